package org.coprod.rules;

import io.vavr.control.Option;
import java.util.Objects;
import org.coprod.core.Side;

/**
 * A measure taken for each side; either may be absent where it cannot be computed (no hours, no
 * money, no counted decisions).
 *
 * @param livedExperience the lived-experience side's value
 * @param professional the professional side's value
 */
public record SideMeasure(Option<Double> livedExperience, Option<Double> professional) {
  /** Checks that nothing is null. */
  public SideMeasure {
    Objects.requireNonNull(livedExperience, "livedExperience is null");
    Objects.requireNonNull(professional, "professional is null");
  }

  /** The measure of each side, computed by a function that may find nothing. */
  public static SideMeasure of(java.util.function.Function<Side, Option<Double>> measure) {
    return new SideMeasure(measure.apply(Side.LIVED_EXPERIENCE), measure.apply(Side.PROFESSIONAL));
  }

  /** The value of one side. */
  public Option<Double> of(Side side) {
    return side == Side.LIVED_EXPERIENCE ? livedExperience : professional;
  }
}
