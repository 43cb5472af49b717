package org.coprod.rules.standard;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Locale;
import org.coprod.core.LadderStep;
import org.coprod.rules.Argument;
import org.coprod.rules.Evidence;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Ladder;
import org.coprod.rules.Law;
import org.coprod.rules.Outcome;
import org.coprod.rules.Param;
import org.coprod.rules.Principle;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Rulebook;
import org.coprod.rules.Severity;
import org.coprod.rules.Template;

/**
 * {@code claimed-level}: the step of the ladder of co-production the project claims is above the
 * step its record supports, as {@link Ladder#assessment(org.coprod.rules.ProjectIndex, boolean)}
 * reads it (WARNING). It runs after the other rules, since the ladder stops below co-production
 * where {@code drop-off} raised its WARNING in the same check.
 *
 * <p>"It's something that exists in theory far more than it exists in actuality." The assessment
 * never infers COERCION or EDUCATING, so a claim of either is never above it unless the project has
 * no people with lived experience at all (assessed NONE). A claim equal to the assessed step
 * passes. Not applicable when the project claims no step.
 */
public final class ClaimedLevel implements Rule.OnFindings {
  /** The rule's id. */
  public static final String ID = "claimed-level";

  /** The kind {@code over-claimed}. */
  public static final FindingKind OVER_CLAIMED =
      FindingKind.of(
          "over-claimed",
          Severity.WARNING,
          "the project claims a higher step of the ladder of co-production than its record supports",
          "Look at what the next step would take (who contributes, in which phases, with a say in which decisions), or claim the step the project has reached.",
          Template.of(
              "default",
              "This project is said to be {claimed}. What it records reaches {assessed}.",
              Param.text("claimed"),
              Param.text("assessed")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Claimed step higher than the record shows")
          .principle(Principle.POWER)
          .addKind(OVER_CLAIMED)
          .summary("the claimed ladder step is above the assessed one")
          .rationale(
              "\"It's something that exists in theory far more than it exists in actuality.\"")
          .addSource(
              "TLAP / NCAG ladder of co-production: doing to, doing for, doing with",
              "Arnstein (1969): a ladder of citizen participation")
          .addLaw(
              Law.RELABELLING,
              Law.HOUR_SCALING,
              Law.MONEY_SCALING,
              Law.TIME,
              Law.DETERMINISM,
              Law.TOTALITY,
              Law.ORDER_INDEPENDENCE)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Outcome check(RuleContext context) {
    Option<LadderStep> claim = context.project().claimedLevel();
    if (claim.isEmpty()) {
      return context.notApplicable("no claimed step of the ladder");
    }
    LadderStep claimed = claim.get();
    Ladder.Assessment assessment =
        Ladder.assessment(context.index(), Rulebook.droppedOff(context.otherFindings()));
    LadderStep assessed = assessment.step();
    if (!claimed.isAbove(assessed)) {
      return context.passed();
    }
    return context.outcome(
        List.of(
            context
                .finding(OVER_CLAIMED)
                .addArgument(
                    Argument.text("claimed", words(claimed)),
                    Argument.text("assessed", words(assessed)))
                .addSubject(context.project().id())
                .addEvidence(
                    Evidence.of("claimedLevel", claimed.name()),
                    Evidence.of("assessedLevel", assessed.name()),
                    Evidence.of("stepsAbove", claimed.ordinal() - assessed.ordinal()),
                    Evidence.of("countedKeyDecisions", assessment.basis().countedKeyDecisions()))
                .build()));
  }

  private static String words(LadderStep step) {
    return step == LadderStep.NONE
        ? "no step (no people with lived experience)"
        : step.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
