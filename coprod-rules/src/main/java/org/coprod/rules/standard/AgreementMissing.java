package org.coprod.rules.standard;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.coprod.core.Agreement;
import org.coprod.core.Decision;
import org.coprod.core.Project;
import org.coprod.rules.Argument;
import org.coprod.rules.Evidence;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Outcome;
import org.coprod.rules.Param;
import org.coprod.rules.Parameter;
import org.coprod.rules.Principle;
import org.coprod.rules.ProjectIndex;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;
import org.coprod.rules.Template;
import org.jspecify.annotations.Nullable;

/**
 * {@code agreement-missing}: the work began more than {@code graceDays} (30) days before the first
 * version of the working agreement (WARNING, {@code late}), or began more than that before the
 * view's date and there is no agreement at all (CONCERN, {@code none}). One finding for the
 * project.
 *
 * <p>"Setting the contract for how you'll work together is a huge step towards actually getting
 * something you'll all be proud of out of the process at the end."
 *
 * <p>The work <em>began</em> on the day of the first contribution or the first decision, whichever
 * came first: a decision taken before anyone contributed (the scope set by a manager alone) is
 * already work done under no contract. The project's start date is not the work's start: a project
 * may be opened on paper well before anyone does anything. "No agreement at all" is read as the
 * view shows it, and only once the grace has run out: a group that signs its agreement on day 25 of
 * the work is never flagged, so it must not be flagged as of day 20 either (a CONCERN that the same
 * group's own future would pass). Before any work begins, nothing is late.
 */
public final class AgreementMissing implements Rule {
  /** The rule's id. */
  public static final String ID = "agreement-missing";

  /** The most days the work may run before the first version of the agreement. */
  public static final Parameter<Integer> GRACE_DAYS =
      Parameter.days(
          "graceDays",
          30,
          "the most days the work may run before the first version of the agreement",
          "NIHR payment guidance (v1.6, 2024): terms set before involvement; a month's grace is a rule of thumb");

  /** The kind {@code late}. */
  public static final FindingKind LATE =
      FindingKind.of(
          "late",
          Severity.WARNING,
          "the work began more than a month before the first version of the agreement",
          "Next time, set the contract before the work begins; for now, check that the agreement covers what was done before it.",
          Template.of(
              "default",
              "The work began {days} days before the first version of the agreement (on {agreed}).",
              Param.count("days"),
              Param.day("agreed")));

  /** The kind {@code none}. */
  public static final FindingKind NONE =
      FindingKind.of(
          "none",
          Severity.CONCERN,
          "there is no working agreement at all",
          "Set the contract together: how the group decides, pays, credits and owns, its ground rules, how disputes are settled and what happens after the close.",
          Template.of(
              "default",
              "There is no working agreement yet. The work began {days} days ago, on {began}.",
              Param.count("days"),
              Param.day("began")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("No working agreement")
          .principle(Principle.RESPECT)
          .addKind(LATE)
          .addKind(NONE)
          .summary(
              "work began more than 30 days before the first agreement (W; terms come before involvement, as NIHR payment guidance says, and a month's grace is a rule of thumb); no agreement at all (C)")
          .rationale(
              "\"Setting the contract for how you'll work together is a huge step towards actually getting something you'll all be proud of out of the process at the end.\"")
          .addSource(
              "NIHR/INVOLVE guidance on co-producing research: ground rules",
              "NIHR payment guidance (v1.6, 2024): payment terms set before involvement; people told at the outset how they will be paid and acknowledged")
          .addParameter(GRACE_DAYS)
          .addLaw(
              Law.RELABELLING,
              Law.HOUR_SCALING,
              Law.MONEY_SCALING,
              Law.SIDE_SYMMETRY,
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
    Project project = context.project();
    Option<LocalDate> began = workBegan(context.index(), project);
    Option<Agreement> first = project.agreements().headOption();
    int grace = context.parameter(GRACE_DAYS);
    if (first.isEmpty()) {
      // Still within the grace period the group would have had anyway: nothing is late yet.
      if (began.isEmpty()) {
        return context.passed();
      }
      long days = ChronoUnit.DAYS.between(began.get(), context.date());
      if (days <= grace) {
        return context.passed();
      }
      return context.outcome(
          List.of(
              context
                  .finding(NONE)
                  .addArgument(
                      Argument.count("days", Math.toIntExact(days)),
                      Argument.day("began", began.get()))
                  .addSubject(project.id())
                  .addEvidence(
                      Evidence.of("workBegan", began.get().toString()),
                      Evidence.of("daysWithoutAgreement", days),
                      Evidence.of("graceDays", grace))
                  .build()));
    }
    if (began.isEmpty()) {
      return context.passed();
    }
    LocalDate agreed = first.get().date();
    long days = ChronoUnit.DAYS.between(began.get(), agreed);
    if (days <= grace) {
      return context.passed();
    }
    return context.outcome(
        List.of(
            context
                .finding(LATE)
                .addArgument(
                    Argument.count("days", Math.toIntExact(days)), Argument.day("agreed", agreed))
                .addSubject(project.id())
                .addEvidence(
                    Evidence.of("workBegan", began.get().toString()),
                    Evidence.of("firstAgreement", agreed.toString()),
                    Evidence.of("daysBeforeAgreement", days),
                    Evidence.of("graceDays", grace))
                .build()));
  }

  /** The day of the first contribution or decision, if there is one. */
  private static Option<LocalDate> workBegan(ProjectIndex index, Project project) {
    @Nullable LocalDate first = index.firstContribution().getOrNull();
    for (Decision d : project.decisions()) {
      if (first == null || d.date().isBefore(first)) {
        first = d.date();
      }
    }
    return Option.of(first);
  }
}
