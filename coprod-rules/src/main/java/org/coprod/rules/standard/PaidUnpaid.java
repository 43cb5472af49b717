package org.coprod.rules.standard;

import io.vavr.collection.List;
import org.coprod.core.Side;
import org.coprod.rules.Argument;
import org.coprod.rules.Evidence;
import org.coprod.rules.Finding;
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
 * {@code paid-unpaid}: the paid-hour rate of people with lived experience is under 4/5 of the
 * professionals' (CONCERN).
 *
 * <p>"Some people are paid for their time and some people aren't." A side's paid-hour rate is its
 * paid hours over its hours ({@link ProjectIndex#paidHours(Side)}): the hours of contributions with
 * {@code paid} above zero, or given by a SALARIED person, or by someone who declines payment (their
 * choice is respected, not counted against the project). The comparison is the four-fifths rule,
 * and it runs one way: professionals paid less often than people with lived experience is not this
 * rule's matter. Not applicable when a side has no hours.
 */
public final class PaidUnpaid implements Rule {
  /** The rule's id. */
  public static final String ID = "paid-unpaid";

  /** The least ratio of the lived-experience paid-hour rate to the professionals'. */
  public static final Parameter<Double> MIN_RATIO =
      Parameter.ratio(
          "minRatio",
          0.8,
          "the least ratio of the paid-hour rate of people with lived experience to that of professionals",
          "The four-fifths rule (29 CFR 1607.4(D)); NIHR payment guidance: pay fair compared with other team members");

  /** The kind {@code paid-less-often}. */
  public static final FindingKind PAID_LESS_OFTEN =
      FindingKind.of(
          "paid-less-often",
          Severity.CONCERN,
          "the hours of {le} are paid far less often than the hours of {pro}",
          "Agree payment terms that cover everyone's time, pay what is owed, and offer benefits advice or a non-cash alternative to anyone a payment could harm.",
          Template.of(
              "default",
              "{le} were paid for {leRate} of their hours. {pro} were paid for {proRate} of theirs. Hours count as paid where someone declined pay or is salaried.",
              Param.side("le"),
              Param.share("leRate"),
              Param.side("pro"),
              Param.share("proRate")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Paid and unpaid time")
          .principle(Principle.POWER)
          .addKind(PAID_LESS_OFTEN)
          .summary("LE's paid-hour rate under 4/5 of PRO's (the four-fifths rule)")
          .rationale(
              "\"Some people have control of resources and some people don't. Some people are paid for their time and some people aren't.\"")
          .addSource(
              "NIHR payment guidance (v1.6, 2024): pay fair compared with other team members; people may decline payment",
              "The four-fifths rule (29 CFR 1607.4(D)): a rate under 80% of the other group's is evidence of adverse impact")
          .addParameter(MIN_RATIO)
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
    Side le = Side.LIVED_EXPERIENCE;
    Side pro = Side.PROFESSIONAL;
    if (!(index.hours(le) > 0)) {
      return context.notApplicable("no hours given by {le}");
    }
    if (!(index.hours(pro) > 0)) {
      return context.notApplicable("no hours given by {pro}");
    }
    double leRate = index.paidHours(le) / index.hours(le);
    double proRate = index.paidHours(pro) / index.hours(pro);
    double min = context.parameter(MIN_RATIO);
    if (ProjectIndex.atLeast(leRate, min, proRate)) {
      return context.passed();
    }
    Finding.Builder finding =
        context
            .finding(PAID_LESS_OFTEN)
            .addArgument(
                Argument.side("le", Side.LIVED_EXPERIENCE),
                Argument.share("leRate", leRate),
                Argument.side("pro", Side.PROFESSIONAL),
                Argument.share("proRate", proRate))
            .addSubject(context.project().id())
            .addEvidence(
                Evidence.of("livedExperiencePaidHourRate", leRate),
                Evidence.of("professionalPaidHourRate", proRate),
                Evidence.of("ratio", leRate / proRate),
                Evidence.of("minRatio", min));
    return context.outcome(List.of(finding.build()));
  }
}
