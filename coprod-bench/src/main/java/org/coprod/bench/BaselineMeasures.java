package org.coprod.bench;

import io.vavr.control.Option;
import org.coprod.rules.SideMeasure;

/**
 * The headline measures as the baseline computes them: those of {@link org.coprod.rules.Measures}
 * but the ladder step, which is an assessment rather than a measure.
 *
 * @param hoursShareBySide a side's hours over all hours
 * @param moneyShareBySide the share of the money a side controls
 * @param keyDecisionSayBySide the share of the counted key decisions in which a side had a say
 * @param paidHourShareBySide the share of a side's hours paid, or whose pay was declined
 * @param creditRateBySide a side's credit rate, as {@code credit-parity} with its defaults
 * @param giniHours the Gini coefficient of hours over the contributing people
 * @param giniCredit the Gini coefficient of the number of outputs each contributing person is
 *     credited on
 */
public record BaselineMeasures(
    SideMeasure hoursShareBySide,
    SideMeasure moneyShareBySide,
    SideMeasure keyDecisionSayBySide,
    SideMeasure paidHourShareBySide,
    SideMeasure creditRateBySide,
    Option<Double> giniHours,
    Option<Double> giniCredit) {}
