package org.coprod.core.measure;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/** Input checks shared by the measures; package-private so the public surface stays small. */
final class Values {
  private Values() {}

  /** Copies a Vavr sequence of numbers into an array, refusing null elements by name. */
  static double[] toArray(Seq<? extends Number> values, String name) {
    Objects.requireNonNull(values, name + " is null");
    double[] out = new double[values.size()];
    int i = 0;
    for (Number value : values) {
      out[i++] = Objects.requireNonNull(value, name + " contains null").doubleValue();
    }
    return out;
  }

  /**
   * A copy of {@code x} divided by its largest value, or none when {@code x} is shorter than {@code
   * minLength}, holds a NaN, an infinity or a negative value, or is all zero.
   *
   * <p>Every measure that uses this is scale-invariant, and dividing by the maximum first keeps
   * sums of huge values from overflowing to infinity.
   */
  static Option<double[]> nonNegativeScaled(double[] x, int minLength) {
    if (x.length < minLength) {
      return Option.none();
    }
    double max = 0.0;
    for (double value : x) {
      // written so that NaN fails too
      if (!(value >= 0.0) || value == Double.POSITIVE_INFINITY) {
        return Option.none();
      }
      max = Math.max(max, value);
    }
    if (max == 0.0) {
      return Option.none();
    }
    double[] scaled = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      scaled[i] = x[i] / max;
    }
    return Option.some(scaled);
  }

  static double sum(double[] x) {
    double sum = 0.0;
    for (double value : x) {
      sum += value;
    }
    return sum;
  }

  static void requireSameLength(int values, int groups) {
    if (values != groups) {
      throw new IllegalArgumentException(
          "values and groups differ in length: " + values + " values, " + groups + " groups");
    }
  }
}
