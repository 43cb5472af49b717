package org.coprod.core.measure;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Representation and parity across groups: each group's share of the people or of a total, and the
 * demographic-parity difference and ratio of a binary outcome (paid or not, credited or not,
 * invited or not) with Fairlearn's definitions.
 *
 * <p>The selection rate of a group is the mean of its binary outcomes (1 = selected, 0 = not).
 * Between groups, the difference is max rate - min rate and the ratio min rate / max rate. To the
 * overall rate o, the difference is max_g |rate_g - o| and the ratio min_g min(rate_g / o, o /
 * rate_g).
 *
 * <p>Degenerate input (empty, a NaN, an outcome other than 0 or 1, a zero denominator) gives {@link
 * Option#none()}, never NaN. Outcomes and groups of different lengths are a programming error and
 * throw {@link IllegalArgumentException}. Groups are compared with {@code equals}, and results keep
 * the order in which groups first appear.
 */
public final class Parity {
  private Parity() {}

  /**
   * Each group's share of the people: the number of members in the group divided by the number of
   * members.
   *
   * @param <G> the type of the group labels
   * @param groups the group of each member
   * @return the shares, summing to 1, or none when {@code groups} is empty
   */
  public static <G> Option<Map<G, Double>> sharesByGroup(Seq<G> groups) {
    Objects.requireNonNull(groups, "groups is null");
    double[] one = new double[groups.size()];
    // everyone counts once: a headcount is a total of ones
    Arrays.fill(one, 1.0);
    return sharesByGroup(one, groups);
  }

  /**
   * Each group's share of a total: the sum of its members' values divided by the sum of all values
   * (for example each group's share of the hours paid for).
   *
   * @param <G> the type of the group labels
   * @param values the value of each member, non-negative
   * @param groups the group of each member, in the same order as {@code values}
   * @return the shares, summing to 1, or none when {@code values} is empty, holds a NaN, an
   *     infinity or a negative value, or is all zero
   * @throws IllegalArgumentException when {@code values} and {@code groups} differ in length
   */
  public static <G> Option<Map<G, Double>> sharesByGroup(double[] values, Seq<G> groups) {
    Objects.requireNonNull(values, "values is null");
    Objects.requireNonNull(groups, "groups is null");
    Values.requireSameLength(values.length, groups.size());
    return Values.nonNegativeScaled(values, 1)
        .map(
            scaled -> {
              double total = Values.sum(scaled);
              return toVavr(totals(scaled, groups), sumAndCount -> sumAndCount[0] / total);
            });
  }

  /**
   * Each group's share of a total, with values given as a sequence; see {@link
   * #sharesByGroup(double[], Seq)}.
   *
   * @param <G> the type of the group labels
   * @param values the value of each member, non-negative
   * @param groups the group of each member
   * @return the shares, or none for degenerate input
   * @throws IllegalArgumentException when {@code values} and {@code groups} differ in length
   */
  public static <G> Option<Map<G, Double>> sharesByGroup(
      Seq<? extends Number> values, Seq<G> groups) {
    return sharesByGroup(Values.toArray(values, "values"), groups);
  }

  /**
   * The selection rate of each group and overall, from binary outcomes coded 0 and 1.
   *
   * @param <G> the type of the group labels
   * @param outcomes the outcome of each person, each exactly 0 or 1
   * @param groups the group of each person, in the same order as {@code outcomes}
   * @return the rates, or none when {@code outcomes} is empty or holds anything but 0 and 1
   *     (including NaN)
   * @throws IllegalArgumentException when {@code outcomes} and {@code groups} differ in length
   */
  public static <G> Option<SelectionRates<G>> selectionRates(double[] outcomes, Seq<G> groups) {
    Objects.requireNonNull(outcomes, "outcomes is null");
    Objects.requireNonNull(groups, "groups is null");
    Values.requireSameLength(outcomes.length, groups.size());
    if (outcomes.length == 0) {
      return Option.none();
    }
    for (double outcome : outcomes) {
      if (outcome != 0.0 && outcome != 1.0) {
        return Option.none();
      }
    }
    Map<G, Double> rates =
        toVavr(totals(outcomes, groups), sumAndCount -> sumAndCount[0] / sumAndCount[1]);
    return Option.some(new SelectionRates<>(rates, Values.sum(outcomes) / outcomes.length));
  }

  /**
   * The selection rates of outcomes given as a sequence of numbers; see {@link
   * #selectionRates(double[], Seq)}.
   *
   * @param <G> the type of the group labels
   * @param outcomes the outcome of each person, each exactly 0 or 1
   * @param groups the group of each person
   * @return the rates, or none for degenerate input
   * @throws IllegalArgumentException when {@code outcomes} and {@code groups} differ in length
   */
  public static <G> Option<SelectionRates<G>> selectionRates(
      Seq<? extends Number> outcomes, Seq<G> groups) {
    return selectionRates(Values.toArray(outcomes, "outcomes"), groups);
  }

  /**
   * The selection rates of outcomes given as booleans (true = selected); see {@link
   * #selectionRates(double[], Seq)}.
   *
   * @param <G> the type of the group labels
   * @param outcomes the outcome of each person
   * @param groups the group of each person
   * @return the rates, or none when {@code outcomes} is empty
   * @throws IllegalArgumentException when {@code outcomes} and {@code groups} differ in length
   */
  public static <G> Option<SelectionRates<G>> selectionRates(boolean[] outcomes, Seq<G> groups) {
    Objects.requireNonNull(outcomes, "outcomes is null");
    double[] coded = new double[outcomes.length];
    for (int i = 0; i < outcomes.length; i++) {
      coded[i] = outcomes[i] ? 1.0 : 0.0;
    }
    return selectionRates(coded, groups);
  }

  /**
   * The demographic-parity difference between groups, max_g rate_g - min_g rate_g; see {@link
   * SelectionRates#difference()}.
   *
   * @param <G> the type of the group labels
   * @param outcomes the outcome of each person, each exactly 0 or 1
   * @param groups the group of each person
   * @return the difference in [0, 1], or none when {@code outcomes} is empty or not binary
   * @throws IllegalArgumentException when {@code outcomes} and {@code groups} differ in length
   */
  public static <G> Option<Double> difference(double[] outcomes, Seq<G> groups) {
    return selectionRates(outcomes, groups).map(SelectionRates::difference);
  }

  /**
   * The demographic-parity difference between groups, for outcomes given as a sequence; see {@link
   * #difference(double[], Seq)}.
   *
   * @param <G> the type of the group labels
   * @param outcomes the outcome of each person, each exactly 0 or 1
   * @param groups the group of each person
   * @return the difference, or none for degenerate input
   * @throws IllegalArgumentException when {@code outcomes} and {@code groups} differ in length
   */
  public static <G> Option<Double> difference(Seq<? extends Number> outcomes, Seq<G> groups) {
    return selectionRates(outcomes, groups).map(SelectionRates::difference);
  }

  /**
   * The demographic-parity ratio between groups, min_g rate_g / max_g rate_g; see {@link
   * SelectionRates#ratio()}.
   *
   * @param <G> the type of the group labels
   * @param outcomes the outcome of each person, each exactly 0 or 1
   * @param groups the group of each person
   * @return the ratio in [0, 1], or none when {@code outcomes} is empty or not binary, or every
   *     rate is 0
   * @throws IllegalArgumentException when {@code outcomes} and {@code groups} differ in length
   */
  public static <G> Option<Double> ratio(double[] outcomes, Seq<G> groups) {
    return selectionRates(outcomes, groups).flatMap(SelectionRates::ratio);
  }

  /**
   * The demographic-parity ratio between groups, for outcomes given as a sequence; see {@link
   * #ratio(double[], Seq)}.
   *
   * @param <G> the type of the group labels
   * @param outcomes the outcome of each person, each exactly 0 or 1
   * @param groups the group of each person
   * @return the ratio, or none for degenerate input
   * @throws IllegalArgumentException when {@code outcomes} and {@code groups} differ in length
   */
  public static <G> Option<Double> ratio(Seq<? extends Number> outcomes, Seq<G> groups) {
    return selectionRates(outcomes, groups).flatMap(SelectionRates::ratio);
  }

  /**
   * The demographic-parity difference to the overall rate, max_g |rate_g - overall|; see {@link
   * SelectionRates#differenceToOverall()}.
   *
   * @param <G> the type of the group labels
   * @param outcomes the outcome of each person, each exactly 0 or 1
   * @param groups the group of each person
   * @return the difference in [0, 1], or none when {@code outcomes} is empty or not binary
   * @throws IllegalArgumentException when {@code outcomes} and {@code groups} differ in length
   */
  public static <G> Option<Double> differenceToOverall(double[] outcomes, Seq<G> groups) {
    return selectionRates(outcomes, groups).map(SelectionRates::differenceToOverall);
  }

  /**
   * The demographic-parity difference to the overall rate, for outcomes given as a sequence; see
   * {@link #differenceToOverall(double[], Seq)}.
   *
   * @param <G> the type of the group labels
   * @param outcomes the outcome of each person, each exactly 0 or 1
   * @param groups the group of each person
   * @return the difference, or none for degenerate input
   * @throws IllegalArgumentException when {@code outcomes} and {@code groups} differ in length
   */
  public static <G> Option<Double> differenceToOverall(
      Seq<? extends Number> outcomes, Seq<G> groups) {
    return selectionRates(outcomes, groups).map(SelectionRates::differenceToOverall);
  }

  /**
   * The demographic-parity ratio to the overall rate, min_g min(rate_g / overall, overall /
   * rate_g); see {@link SelectionRates#ratioToOverall()}.
   *
   * @param <G> the type of the group labels
   * @param outcomes the outcome of each person, each exactly 0 or 1
   * @param groups the group of each person
   * @return the ratio in [0, 1], or none when {@code outcomes} is empty or not binary, or the
   *     overall rate is 0
   * @throws IllegalArgumentException when {@code outcomes} and {@code groups} differ in length
   */
  public static <G> Option<Double> ratioToOverall(double[] outcomes, Seq<G> groups) {
    return selectionRates(outcomes, groups).flatMap(SelectionRates::ratioToOverall);
  }

  /**
   * The demographic-parity ratio to the overall rate, for outcomes given as a sequence; see {@link
   * #ratioToOverall(double[], Seq)}.
   *
   * @param <G> the type of the group labels
   * @param outcomes the outcome of each person, each exactly 0 or 1
   * @param groups the group of each person
   * @return the ratio, or none for degenerate input
   * @throws IllegalArgumentException when {@code outcomes} and {@code groups} differ in length
   */
  public static <G> Option<Double> ratioToOverall(Seq<? extends Number> outcomes, Seq<G> groups) {
    return selectionRates(outcomes, groups).flatMap(SelectionRates::ratioToOverall);
  }

  /** Per group, in order of first appearance, the pair {sum of values, number of members}. */
  private static <G> java.util.Map<G, double[]> totals(double[] values, Seq<G> groups) {
    java.util.Map<G, double[]> totals = new java.util.LinkedHashMap<>();
    int i = 0;
    for (G group : groups) {
      double[] sumAndCount =
          totals.computeIfAbsent(
              Objects.requireNonNull(group, "groups contains null"), g -> new double[2]);
      sumAndCount[0] += values[i++];
      sumAndCount[1] += 1.0;
    }
    return totals;
  }

  private static <G> Map<G, Double> toVavr(
      java.util.Map<G, double[]> totals, ToDoubleFunction<double[]> value) {
    Map<G, Double> out = LinkedHashMap.empty();
    for (java.util.Map.Entry<G, double[]> entry : totals.entrySet()) {
      out = out.put(entry.getKey(), value.applyAsDouble(entry.getValue()));
    }
    return out;
  }
}
