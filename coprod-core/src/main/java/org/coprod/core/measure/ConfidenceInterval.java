package org.coprod.core.measure;

/**
 * A confidence interval for a proportion, such as the share of a side's people who were credited.
 * Made by {@link Proportions#clopperPearson(int, int)}.
 *
 * @param lower the lower bound, in [0, 1]
 * @param upper the upper bound, in [lower, 1]
 * @param confidence the confidence level, in (0, 1): 0.95 for a 95% interval
 */
public record ConfidenceInterval(double lower, double upper, double confidence) {
  /**
   * Checks the bounds.
   *
   * @throws IllegalArgumentException when a bound lies outside [0, 1], the lower above the upper,
   *     or the confidence outside (0, 1)
   */
  public ConfidenceInterval {
    if (!(lower >= 0.0 && lower <= upper && upper <= 1.0)) {
      throw new IllegalArgumentException(
          "an interval of a proportion has 0 <= lower <= upper <= 1, was ["
              + lower
              + ", "
              + upper
              + "]");
    }
    if (!(confidence > 0.0 && confidence < 1.0)) {
      throw new IllegalArgumentException("confidence must lie in (0, 1), was " + confidence);
    }
  }

  /** Whether a proportion lies in the interval, bounds included. */
  public boolean contains(double proportion) {
    return proportion >= lower && proportion <= upper;
  }
}
