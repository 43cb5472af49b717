package org.coprod.rules.standard;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.coprod.core.Acknowledgement;
import org.coprod.core.Agreement;
import org.coprod.core.AgreementVersion;
import org.coprod.rules.Argument;
import org.coprod.rules.Evidence;
import org.coprod.rules.Finding;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Outcome;
import org.coprod.rules.Param;
import org.coprod.rules.Principle;
import org.coprod.rules.ProjectIndex;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;
import org.coprod.rules.Template;

/**
 * {@code stale-acknowledgement}: an acknowledgement in the agreement in force that matches no
 * finding, so the group's reason no longer stands against anything (or never did: a typo in a rule
 * id or subject); or one that names a rule by an id it had before it was renamed, which still
 * matches (kind {@code former-id}, naming the new id). One NOTE per agreement version, with the
 * acknowledgements counted: where some are stale and others use a former id, the finding is of kind
 * {@code stale} and the former ids are in its evidence and its words.
 *
 * <p>"For anyone in a coproduction project, respect for each other and responsibility to the
 * project is vital." Runs after every other rule and reads their findings. An acknowledgement in a
 * version without its quorum of the core people with lived experience ({@link
 * org.coprod.rules.ProjectIndex#quorum}) is void: it neither acknowledges nor is called stale, so
 * the rule does not apply to it.
 */
public final class StaleAcknowledgement implements Rule.OnFindings {
  /** The rule's id. */
  public static final String ID = "stale-acknowledgement";

  /** The kind {@code stale}. */
  public static final FindingKind STALE =
      FindingKind.of(
          "stale",
          Severity.NOTE,
          "the agreement in force acknowledges something no rule finds",
          "Remove the acknowledgement, or correct the rule id or subject it names, so the agreement says what the group really accepts.",
          Template.of("default", "{words}", Param.text("words")));

  /** The kind {@code former-id}. */
  public static final FindingKind FORMER_ID =
      FindingKind.of(
          "former-id",
          Severity.NOTE,
          "the agreement in force names a rule by the id it had before it was renamed; the acknowledgement still counts",
          "Write the rule's id as it is now in the next version of the agreement.",
          Template.of("default", "{words}", Param.text("words")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("An acknowledgement out of date")
          .principle(Principle.RESPECT)
          .addKind(STALE)
          .addKind(FORMER_ID)
          .summary(
              "an acknowledgement that matches no finding; one naming a rule by a former id (N, kind former-id)")
          .rationale(
              "\"For anyone in a coproduction project, respect for each other and responsibility to the project is vital.\"")
          .addSource(
              "Arnstein (1969): at partnership the arrangement cannot be changed unilaterally")
          .addLaw(Law.RELABELLING, Law.TIME, Law.DETERMINISM, Law.TOTALITY, Law.ORDER_INDEPENDENCE)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Outcome check(RuleContext context) {
    Option<Agreement> inForce = context.index().agreementInForce();
    if (inForce.isEmpty()) {
      return context.notApplicable("no agreement in force");
    }
    Agreement agreement = inForce.get();
    if (agreement.acknowledged().isEmpty()) {
      return context.notApplicable("the agreement in force acknowledges nothing");
    }
    ProjectIndex.Quorum quorum = context.index().quorum(agreement);
    if (!quorum.met()) {
      return context.notApplicable(
          "the agreement in force was not consented to by enough of the core {le} for its acknowledgements to count");
    }
    Seq<Finding> findings = context.otherFindings();
    Seq<RuleMetadata> catalogue = context.catalogue();
    Seq<Acknowledgement> stale =
        agreement.acknowledged().filter(a -> findings.forAll(f -> !matches(a, f, catalogue)));
    Seq<Acknowledgement> renamed =
        agreement
            .acknowledged()
            .filter(a -> catalogue.exists(m -> m.formerIds().contains(a.rule())));
    if (stale.isEmpty() && renamed.isEmpty()) {
      return context.passed();
    }
    // Everyone, not only those who asked not to be named: the finding is about the agreement, and
    // the group reads it too, so it names the rule and the version, never a person.
    Seq<String> people = context.project().participants().map(p -> p.id().value());
    String version = "Version " + agreement.version() + " of the agreement";
    String staleWords =
        stale.size() == 1
            ? version
                + " acknowledges "
                + describe(stale.head(), catalogue, people)
                + ", which no rule finds."
            : version
                + " acknowledges "
                + stale.size()
                + " things no rule finds: "
                + stale.map(a -> describe(a, catalogue, people)).mkString("; ")
                + ".";
    Seq<String> formerIds = renamed.map(Acknowledgement::rule).distinct();
    String renamedWords =
        formerIds
                .map(
                    id ->
                        "'"
                            + id
                            + "' is now called '"
                            + catalogue.find(m -> m.formerIds().contains(id)).get().id()
                            + "'")
                .mkString("; ")
            + (formerIds.size() == 1 ? ": the acknowledgement" : ": the acknowledgements")
            + " naming "
            + (formerIds.size() == 1 ? "it still counts." : "them still count.");
    String message =
        stale.isEmpty()
            ? version + " names a rule by an id it had before: " + renamedWords
            : staleWords + (renamed.isEmpty() ? "" : " Also, " + renamedWords);
    return context.outcome(
        List.of(
            context
                .finding(stale.isEmpty() ? FORMER_ID : STALE)
                .addArgument(Argument.text("words", message))
                .addSubject(AgreementVersion.of(agreement))
                .addEvidence(
                    Evidence.of("stale", stale.size()),
                    Evidence.of("formerIds", renamed.size()),
                    Evidence.of("acknowledgements", agreement.acknowledged().size()),
                    Evidence.of(
                        "rules",
                        stale
                            .appendAll(renamed)
                            .map(Acknowledgement::rule)
                            .distinct()
                            .mkString(",")),
                    Evidence.of("quorumEligible", quorum.eligible()),
                    Evidence.of("quorumConsented", quorum.consented()))
                .build()));
  }

  /** Whether an acknowledgement names a finding's rule (by its id, or one it had) and subject. */
  private static boolean matches(Acknowledgement a, Finding f, Seq<RuleMetadata> catalogue) {
    boolean rule =
        a.rule().equals(f.rule())
            || catalogue.exists(m -> m.id().equals(f.rule()) && m.formerIds().contains(a.rule()));
    return rule && a.subject().forAll(s -> f.subjects().exists(id -> id.value().equals(s)));
  }

  /**
   * An acknowledgement in words: its rule and its subject, except that a subject that is a person,
   * or an id made from theirs (a story's {@code PERSON.story.DATE}, an attendance's {@code
   * MEETING.PERSON}), is "a group member" and never their id: an acknowledgement about one person
   * (an access need, a break) is theirs to share, and the version of the agreement says where to
   * look.
   */
  private static String describe(
      Acknowledgement a, Seq<RuleMetadata> catalogue, Seq<String> people) {
    Option<String> now =
        catalogue.find(m -> m.formerIds().contains(a.rule())).map(RuleMetadata::id);
    return "'"
        + a.rule()
        + "'"
        + now.map(id -> " (now '" + id + "')").getOrElse("")
        + a.subject()
            .map(
                s ->
                    people.contains(s)
                        ? " for a group member"
                        : people.exists(id -> madeFrom(s, id))
                            ? " for one of a group member's contributions"
                            : " for '" + s + "'")
            .getOrElse("");
  }

  /** Whether an id is made from a person's: theirs with other parts joined by dots. */
  private static boolean madeFrom(String id, String person) {
    return id.startsWith(person + ".")
        || id.endsWith("." + person)
        || id.contains("." + person + ".");
  }
}
