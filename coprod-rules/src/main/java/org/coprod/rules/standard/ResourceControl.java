package org.coprod.rules.standard;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.math.MathContext;
import org.coprod.core.Decision;
import org.coprod.core.DecisionType;
import org.coprod.core.Side;
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

/**
 * {@code resource-control}: people with lived experience control under 20% of the project's money
 * (WARNING), unless they had a say in every counted key BUDGET decision (at least one); where the
 * agreement in force reserves BUDGET decisions, the finding is a NOTE ({@code reserved}).
 *
 * <p>"Some people have control of resources and some people don't." Each MONEY resource is split
 * evenly among its controllers; money that nobody controls still counts in the whole, since people
 * with lived experience do not control it either. Where NHS financial rules keep budgets with
 * staff, holding the money is rarely open to people outside the organisation, and a say over how it
 * is spent is what counts: a project where lived experience had a say in every counted key budget
 * decision passes. A group that declares budget decisions not shareable (reserved, in its
 * agreement) has said so openly, as TLAP asks, so the finding is for information. Only the
 * lived-experience side is checked: a user-led project where they hold the money passes. Not
 * applicable without money (no MONEY resource, or none with an amount above zero).
 */
public final class ResourceControl implements Rule {
  /** The rule's id. */
  public static final String ID = "resource-control";

  /** The least share of the money people with lived experience should control. */
  public static final Parameter<Double> MIN_SHARE =
      Parameter.share(
          "minShare",
          0.20,
          "the least share of the project's money that people with lived experience should control",
          "coprod's rule of thumb, the share that makes a contribution substantial (20%); NIHR/INVOLVE: sharing power");

  /** The kind {@code under-share}. */
  public static final FindingKind UNDER_SHARE =
      FindingKind.of(
          "under-share",
          Severity.WARNING,
          "{le} control under the set share of the project's money",
          "Talk about who holds the budget: a budget line the group controls together, a fund {le} manage themselves, or budget decisions the whole group makes, moves power as well as money.",
          Template.of(
              "said",
              "{le} hold {leShare} of the money for the work. {pro} hold {proShare}{nobody, select, yes {, and nobody in the group holds {nobodyShare}} other {}}. {le} had a say in {budgetSay} of the {budget} counted key budget decisions.",
              Param.side("le"),
              Param.share("leShare"),
              Param.side("pro"),
              Param.share("proShare"),
              Param.text("nobody"),
              Param.share("nobodyShare"),
              Param.count("budgetSay"),
              Param.count("budget")),
          Template.of(
              "no-budget-decision",
              "{le} hold {leShare} of the money for the work. {pro} hold {proShare}{nobody, select, yes {, and nobody in the group holds {nobodyShare}} other {}}. No key budget decision is recorded in which they could have had a say.",
              Param.side("le"),
              Param.share("leShare"),
              Param.side("pro"),
              Param.share("proShare"),
              Param.text("nobody"),
              Param.share("nobodyShare")));

  /** The kind {@code reserved}. */
  public static final FindingKind RESERVED =
      FindingKind.of(
          "reserved",
          Severity.NOTE,
          "{le} control under the set share of the project's money, and the agreement reserves budget decisions",
          "Check that the reasons for reserving budget decisions still hold, and that everyone can see how the money is spent.",
          Template.of(
              "default",
              "{le} hold {leShare} of the money for the work. {pro} hold {proShare}{nobody, select, yes {, and nobody in the group holds {nobodyShare}} other {}}. The agreement reserves budget decisions, as the group declared.",
              Param.side("le"),
              Param.share("leShare"),
              Param.side("pro"),
              Param.share("proShare"),
              Param.text("nobody"),
              Param.share("nobodyShare")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Control of the money")
          .principle(Principle.POWER)
          .addKind(UNDER_SHARE)
          .addKind(RESERVED)
          .summary(
              "LE controls under 20% of the money (coprod's rule of thumb: the share that makes a contribution substantial), unless LE had a say in every counted key BUDGET decision (at least one); N where the agreement reserves BUDGET")
          .rationale(
              "\"One of the first obstacles to coproduction is power. Some people have control of resources and some people don't.\"")
          .addSource(
              "The founding text: power as control of resources",
              "NIHR/INVOLVE guidance on co-producing research: sharing power from the start to the end",
              "TLAP ladder of co-production: what cannot be shared is said openly")
          .addParameter(MIN_SHARE)
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
    ProjectIndex index = context.index();
    BigDecimal all = index.money();
    if (all.signum() <= 0) {
      return context.notApplicable("no money");
    }
    double min = context.parameter(MIN_SHARE);
    // Shares, not amounts: they stay within 0 and 1 however large the budget, and an even split
    // (100 of 500) is exactly 0.2.
    double leShare = share(index.money(Side.LIVED_EXPERIENCE), all);
    if (ProjectIndex.atLeast(leShare, min, 1.0)) {
      return context.passed();
    }
    Side le = Side.LIVED_EXPERIENCE;
    Seq<Decision> budget = index.countedKeyDecisions(DecisionType.BUDGET);
    int budgetSay = budget.count(d -> index.hadSay(d, le));
    if (!budget.isEmpty() && budgetSay == budget.size()) {
      return context.passed();
    }
    boolean reserved = index.isReserved(DecisionType.BUDGET, context.date());
    double proShare = share(index.money(Side.PROFESSIONAL), all);
    double nobody = Math.max(0.0, 1.0 - leShare - proShare);
    List<Argument> arguments =
        List.of(
            Argument.side("le", Side.LIVED_EXPERIENCE),
            Argument.share("leShare", leShare),
            Argument.side("pro", Side.PROFESSIONAL),
            Argument.share("proShare", proShare),
            Argument.text("nobody", nobody > 1e-9 ? "yes" : "no"),
            Argument.share("nobodyShare", nobody));
    return context.outcome(
        List.of(
            context
                .finding(
                    reserved ? RESERVED : UNDER_SHARE,
                    reserved ? "default" : budget.isEmpty() ? "no-budget-decision" : "said")
                .addAllArguments(arguments)
                .addAllArguments(
                    reserved || budget.isEmpty()
                        ? List.empty()
                        : List.of(
                            Argument.count("budgetSay", budgetSay),
                            Argument.count("budget", budget.size())))
                .addSubject(context.project().id())
                .addEvidence(
                    Evidence.of("livedExperienceMoneyShare", leShare),
                    Evidence.of("professionalMoneyShare", proShare),
                    Evidence.of("minShare", min),
                    Evidence.of("countedBudgetDecisions", budget.size()),
                    Evidence.of("livedExperienceBudgetSay", budgetSay),
                    Evidence.of("budgetReserved", reserved))
                .build()));
  }

  private static double share(BigDecimal part, BigDecimal whole) {
    return part.divide(whole, MathContext.DECIMAL64).doubleValue();
  }
}
