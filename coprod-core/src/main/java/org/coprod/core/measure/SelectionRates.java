package org.coprod.core.measure;

import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The selection rate of each group and of everyone, with the demographic-parity comparisons that
 * Fairlearn defines over them. Made by {@link Parity#selectionRates(double[],
 * io.vavr.collection.Seq)}.
 *
 * @param <G> the type of the group labels
 * @param byGroup each group's selection rate (the mean of its binary outcomes), in order of the
 *     group's first appearance; never empty when made by {@link Parity}
 * @param overall the mean of all outcomes
 */
public record SelectionRates<G>(Map<G, Double> byGroup, double overall) {

  /**
   * Checks the rates.
   *
   * @param byGroup each group's selection rate; must not be empty
   * @param overall the mean of all outcomes
   * @throws IllegalArgumentException when {@code byGroup} is empty
   */
  public SelectionRates {
    Objects.requireNonNull(byGroup, "byGroup is null");
    if (byGroup.isEmpty()) {
      throw new IllegalArgumentException("byGroup is empty");
    }
  }

  /**
   * The demographic-parity difference between groups: max_g rate_g - min_g rate_g. 0 is parity.
   *
   * @return the difference, in [0, 1]
   */
  public double difference() {
    return max() - min();
  }

  /**
   * The demographic-parity ratio between groups: min_g rate_g / max_g rate_g. 1 is parity; the
   * four-fifths rule of thumb flags a ratio under 0.8.
   *
   * @return the ratio in [0, 1], or none when every group's rate is 0 (a zero denominator)
   */
  public Option<Double> ratio() {
    double max = max();
    return max == 0.0 ? Option.none() : Option.some(min() / max);
  }

  /**
   * The demographic-parity difference to the overall rate: max_g |rate_g - overall|.
   *
   * @return the difference, in [0, 1]
   */
  public double differenceToOverall() {
    return byGroup.values().map(rate -> Math.abs(rate - overall)).max().getOrElse(0.0);
  }

  /**
   * The demographic-parity ratio to the overall rate: min_g min(rate_g / overall, overall /
   * rate_g). A group with rate 0 gives 0, as in Fairlearn, where overall / 0 is infinite.
   *
   * @return the ratio in [0, 1], or none when the overall rate is 0 (a zero denominator)
   */
  public Option<Double> ratioToOverall() {
    if (overall == 0.0) {
      return Option.none();
    }
    return byGroup
        .values()
        .map(rate -> rate == 0.0 ? 0.0 : Math.min(rate / overall, overall / rate))
        .min();
  }

  private double max() {
    return byGroup.values().max().getOrElse(0.0);
  }

  private double min() {
    return byGroup.values().min().getOrElse(0.0);
  }
}
