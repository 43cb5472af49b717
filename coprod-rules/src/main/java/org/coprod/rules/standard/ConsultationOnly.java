package org.coprod.rules.standard;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.coprod.core.ContributionKind;
import org.coprod.core.Decision;
import org.coprod.core.LadderStep;
import org.coprod.core.Side;
import org.coprod.rules.Evidence;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Outcome;
import org.coprod.rules.Principle;
import org.coprod.rules.ProjectIndex;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;

/**
 * {@code consultation-only}: people with lived experience gave only FEEDBACK or STORY and had a say
 * in no key decision, while the project claims more than consultation (CONCERN).
 *
 * <p>"Public services had spent a lot of time people asking whether people liked things via
 * consultations and involvement of the public; but that still didn't seem to translate into things
 * that did what people really wanted them to." The project claims more than consultation when its
 * {@code claimedLevel} is above CONSULTATION, or when it claims nothing (a project that calls
 * itself coproduction need not say so twice); a project that honestly claims CONSULTATION or less
 * passes. "A say" is the shared {@link ProjectIndex#hadSay(org.coprod.core.Decision, Side)} over
 * every key decision, counted or not, as the ladder reads it. Not applicable without people with
 * lived experience, or when they have not contributed at all (that is the ladder's INFORMING, and
 * {@code claimed-level}'s matter).
 */
public final class ConsultationOnly implements Rule {
  /** The rule's id. */
  public static final String ID = "consultation-only";

  private static final Set<ContributionKind> RESPONSES =
      EnumSet.of(ContributionKind.FEEDBACK, ContributionKind.STORY);

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Consultation called coproduction")
          .principle(Principle.POWER)
          .addKind(
              FindingKind.of(
                  "consulted-only",
                  Severity.CONCERN,
                  "people with lived experience only gave feedback or their stories and had a say in no key decision, while the project claims more than consultation",
                  "Either bring people with lived experience into making the work and its key decisions, or describe the project honestly as a consultation."))
          .summary(
              "LE gave only FEEDBACK or STORY and had a say in no key decision, while the project claims more than consultation")
          .rationale(
              "\"Public services had spent a lot of time people asking whether people liked things via consultations and involvement of the public; but that still didn't seem to translate into things that did what people really wanted them to.\"")
          .addSource(
              "TLAP ladder of co-production: consultation is \"doing for\", not \"doing with\"",
              "Arnstein (1969): consultation is a rung of tokenism")
          .addLaw(
              Law.RELABELLING,
              Law.HOUR_SCALING,
              Law.MONEY_SCALING,
              Law.TIME,
              Law.DETERMINISM,
              Law.TOTALITY)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Outcome check(RuleContext context) {
    ProjectIndex index = context.index();
    Side le = Side.LIVED_EXPERIENCE;
    if (index.people(le).isEmpty()) {
      return context.notApplicable("no people with lived experience");
    }
    Set<ContributionKind> kinds = index.kinds(le);
    if (kinds.isEmpty()) {
      return context.notApplicable("no contributions by people with lived experience");
    }
    Option<LadderStep> claim = context.project().claimedLevel();
    if (claim.exists(c -> !c.isAbove(LadderStep.CONSULTATION))) {
      return context.passed();
    }
    if (!RESPONSES.containsAll(kinds)) {
      return context.passed();
    }
    int keyDecisions = 0;
    for (Decision d : context.project().decisions()) {
      if (d.key()) {
        keyDecisions++;
        if (index.hadSay(d, le)) {
          return context.passed();
        }
      }
    }
    return context.outcome(
        List.of(
            context
                .finding("consulted-only")
                .message(
                    "People with lived experience only gave feedback or their stories and had a say in none of the "
                        + keyDecisions
                        + " key decisions, while the project claims "
                        + claim
                            .map(ConsultationOnly::words)
                            .getOrElse("no level, which reads as a claim to coproduction")
                        + ".")
                .addSubject(context.project().id())
                .addEvidence(
                    Evidence.of("claimedLevel", claim.map(LadderStep::name).getOrElse("none")),
                    Evidence.of(
                        "livedExperienceKinds",
                        List.ofAll(kinds).map(ContributionKind::name).mkString(",")),
                    Evidence.of("keyDecisions", keyDecisions),
                    Evidence.of("livedExperienceSay", 0))
                .build()));
  }

  private static String words(LadderStep step) {
    return step.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
