package org.coprod.rules;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.coprod.core.LadderStep;
import org.coprod.core.Output;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.measure.Inequality;

/**
 * The headline measures of a report; each is absent where it cannot be computed.
 *
 * @param hoursShareBySide a side's hours over all hours
 * @param moneyShareBySide the share of the money a side controls, as {@code resource-control}
 * @param keyDecisionSayBySide the share of the counted key decisions in which a side had a say (the
 *     two may sum above 1)
 * @param paidHourShareBySide the share of a side's hours that were paid, or given by someone who
 *     declined pay or is salaried, as {@code paid-unpaid} counts them: a share of hours, not money
 *     per hour; reports say "paid, or pay declined"
 * @param creditRateBySide a side's credit rate, as {@code credit-parity} with its defaults
 * @param giniHours the Gini coefficient of hours over the contributing people
 * @param giniCredit the Gini coefficient of the number of outputs each contributing person is
 *     credited on
 * @param ladder the assessed step of the ladder of co-production
 * @param ladderBasis what the assessed step rests on
 */
public record Measures(
    SideMeasure hoursShareBySide,
    SideMeasure moneyShareBySide,
    SideMeasure keyDecisionSayBySide,
    SideMeasure paidHourShareBySide,
    SideMeasure creditRateBySide,
    Option<Double> giniHours,
    Option<Double> giniCredit,
    LadderStep ladder,
    LadderBasis ladderBasis) {

  /** The credit-parity defaults used for {@link #creditRateBySide()}. */
  static final double CREDIT_SHARE = 0.05;

  static final double CREDIT_HOURS = 2.0;

  /** Checks that nothing is null. */
  public Measures {
    Objects.requireNonNull(hoursShareBySide, "hoursShareBySide is null");
    Objects.requireNonNull(moneyShareBySide, "moneyShareBySide is null");
    Objects.requireNonNull(keyDecisionSayBySide, "keyDecisionSayBySide is null");
    Objects.requireNonNull(paidHourShareBySide, "paidHourShareBySide is null");
    Objects.requireNonNull(creditRateBySide, "creditRateBySide is null");
    Objects.requireNonNull(giniHours, "giniHours is null");
    Objects.requireNonNull(giniCredit, "giniCredit is null");
    Objects.requireNonNull(ladder, "ladder is null");
    Objects.requireNonNull(ladderBasis, "ladderBasis is null");
  }

  /**
   * The headline measures of an indexed view, with the ladder capped where {@code drop-off} would
   * raise its WARNING under the default policy (see {@link Ladder#assessment(ProjectIndex)}).
   */
  public static Measures of(ProjectIndex index) {
    return of(index, Ladder.assessment(index));
  }

  /**
   * The headline measures of an indexed view, with the ladder as assessed by a check.
   *
   * @param ladder the assessed step and its basis
   */
  public static Measures of(ProjectIndex index, Ladder.Assessment ladder) {
    double hours = index.hours();
    SideMeasure hoursShare =
        SideMeasure.of(s -> hours > 0 ? Option.some(index.hours(s) / hours) : Option.none());
    SideMeasure moneyShare =
        SideMeasure.of(
            s ->
                index.money().signum() > 0
                    ? Option.some(
                        index.money(s).divide(index.money(), MathContext.DECIMAL64).doubleValue())
                    : Option.none());
    Seq<org.coprod.core.Decision> counted = index.countedKeyDecisions();
    SideMeasure say =
        SideMeasure.of(
            s ->
                counted.isEmpty()
                    ? Option.none()
                    : Option.some(
                        (double) counted.count(d -> index.hadSay(d, s)) / counted.size()));
    SideMeasure paid =
        SideMeasure.of(
            s ->
                index.hours(s) > 0
                    ? Option.some(index.paidHours(s) / index.hours(s))
                    : Option.none());
    SideMeasure credit =
        SideMeasure.of(s -> index.creditRate(s, CREDIT_SHARE, CREDIT_HOURS).rate());
    Seq<Participant> contributing = index.contributors();
    double[] hoursEach =
        contributing.toJavaStream().mapToDouble(p -> index.hours(p.id())).toArray();
    Map<ParticipantId, Integer> credited = new HashMap<>();
    for (Output o : index.project().outputs()) {
      o.credited().forEach(id -> credited.merge(id, 1, Integer::sum));
    }
    double[] creditEach =
        contributing.toJavaStream().mapToDouble(p -> credited.getOrDefault(p.id(), 0)).toArray();
    return new Measures(
        hoursShare,
        moneyShare,
        say,
        paid,
        credit,
        Inequality.gini(hoursEach),
        Inequality.gini(creditEach),
        ladder.step(),
        ladder.basis());
  }

  /** The measure of one side, by its name in reports ({@code hoursShareBySide}, ...). */
  public Option<SideMeasure> bySide(String name) {
    return switch (name) {
      case "hoursShareBySide" -> Option.some(hoursShareBySide);
      case "moneyShareBySide" -> Option.some(moneyShareBySide);
      case "keyDecisionSayBySide" -> Option.some(keyDecisionSayBySide);
      case "paidHourShareBySide" -> Option.some(paidHourShareBySide);
      case "creditRateBySide" -> Option.some(creditRateBySide);
      default -> Option.none();
    };
  }
}
