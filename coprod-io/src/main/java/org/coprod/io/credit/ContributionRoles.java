package org.coprod.io.credit;

import io.vavr.control.Option;
import org.coprod.core.ContributionKind;
import org.coprod.core.CreditRole;

/**
 * How each kind of contribution, and each part credited on an output, is shown in credits: an All
 * Contributors type, and a CRediT role or, where CRediT has no term for it (experiential knowledge,
 * stories, feedback), a role in plain words outside the vocabulary. The table is the project's
 * README's "Credits" table, written once here.
 */
public final class ContributionRoles {
  private ContributionRoles() {}

  /** The All Contributors type of a kind of contribution. */
  public static String allContributorsType(ContributionKind kind) {
    return switch (kind) {
      case IDEA, EXPERIENTIAL_KNOWLEDGE, FEEDBACK -> "ideas";
      case PROFESSIONAL_KNOWLEDGE, LABOUR -> "research";
      case FACILITATION -> "eventOrganizing";
      case WRITING, STORY -> "content";
      case REVIEW -> "review";
    };
  }

  /** The CRediT role of a kind of contribution; none where CRediT has no term for it. */
  public static Option<CreditRoleTerm> creditRole(ContributionKind kind) {
    return switch (kind) {
      case IDEA -> Option.some(CreditRoleTerm.CONCEPTUALIZATION);
      case PROFESSIONAL_KNOWLEDGE -> Option.some(CreditRoleTerm.METHODOLOGY);
      case LABOUR -> Option.some(CreditRoleTerm.INVESTIGATION);
      case FACILITATION -> Option.some(CreditRoleTerm.PROJECT_ADMINISTRATION);
      case WRITING -> Option.some(CreditRoleTerm.WRITING_ORIGINAL_DRAFT);
      case REVIEW -> Option.some(CreditRoleTerm.WRITING_REVIEW_EDITING);
      case EXPERIENTIAL_KNOWLEDGE, STORY, FEEDBACK -> Option.none();
    };
  }

  /** The role in plain words of a kind of contribution: the CRediT term where there is one. */
  public static String plainRole(ContributionKind kind) {
    return switch (kind) {
      case EXPERIENTIAL_KNOWLEDGE -> "Lived experience expertise";
      case STORY -> "Lived experience story";
      case FEEDBACK -> "Feedback";
      default -> creditRole(kind).get().term();
    };
  }

  /** The All Contributors type of a part credited on an output, where it adds one. */
  public static Option<String> allContributorsType(CreditRole role) {
    return switch (role) {
      case PRESENTER -> Option.some("talk");
      case STEWARD -> Option.some("maintenance");
      case AUTHOR, CONTRIBUTOR, ACKNOWLEDGED -> Option.none();
    };
  }

  /** A part credited on an output, in plain words. */
  public static String words(CreditRole role) {
    return switch (role) {
      case AUTHOR -> "Author";
      case CONTRIBUTOR -> "Contributor";
      case ACKNOWLEDGED -> "Acknowledged";
      case PRESENTER -> "Presenter";
      case STEWARD -> "Keeps it going";
    };
  }
}
