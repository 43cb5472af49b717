package org.coprod.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The regularised incomplete beta function behind the exact intervals, against its closed forms
 * I_x(1, b) = 1 - (1 - x)^b and I_x(a, 1) = x^a, on both sides of the mean where the continued
 * fraction is evaluated differently.
 */
class BetaTest {
  @Test
  void matchesTheClosedFormsBelowAndAboveTheMean() {
    for (double x : new double[] {0.05, 0.2, 0.5, 0.8, 0.9, 0.99}) {
      for (int n = 1; n <= 6; n++) {
        assertThat(Proportions.Beta.regularised(x, 1, n))
            .as("I_%s(1, %s)", x, n)
            .isCloseTo(1 - Math.pow(1 - x, n), within(1e-12));
        assertThat(Proportions.Beta.regularised(x, n, 1))
            .as("I_%s(%s, 1)", x, n)
            .isCloseTo(Math.pow(x, n), within(1e-12));
      }
    }
  }

  @Test
  void isNothingAtZeroAndEverythingAtOne() {
    assertThat(Proportions.Beta.regularised(0.0, 2, 3)).isEqualTo(0.0);
    assertThat(Proportions.Beta.regularised(1.0, 2, 3)).isEqualTo(1.0);
  }

  @Test
  void theQuantileInvertsTheFunction() {
    for (double p : new double[] {0.025, 0.5, 0.975}) {
      // I_x(1, 3) = p at x = 1 - (1 - p)^(1/3)
      assertThat(Proportions.Beta.quantile(p, 1, 3))
          .isCloseTo(1 - Math.pow(1 - p, 1.0 / 3), within(1e-12));
    }
  }
}
