package org.coprod.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** The bounds a confidence interval of a proportion accepts, each edge included or refused. */
class ConfidenceIntervalTest {
  @Test
  void acceptsTheWholeRangeAndAPointAtEitherEnd() {
    assertThat(new ConfidenceInterval(0.0, 1.0, 0.95).lower()).isEqualTo(0.0);
    assertThat(new ConfidenceInterval(0.0, 0.0, 0.95).upper()).isEqualTo(0.0);
    assertThat(new ConfidenceInterval(1.0, 1.0, 0.95).lower()).isEqualTo(1.0);
  }

  @Test
  void refusesBoundsOutsideZeroToOneOrOutOfOrderAndAConfidenceOfNothingOrCertainty() {
    assertThatIllegalArgumentException().isThrownBy(() -> new ConfidenceInterval(-0.01, 0.5, 0.95));
    assertThatIllegalArgumentException().isThrownBy(() -> new ConfidenceInterval(0.1, 1.01, 0.95));
    assertThatIllegalArgumentException().isThrownBy(() -> new ConfidenceInterval(0.6, 0.5, 0.95));
    assertThatIllegalArgumentException().isThrownBy(() -> new ConfidenceInterval(0.1, 0.5, 0.0));
    assertThatIllegalArgumentException().isThrownBy(() -> new ConfidenceInterval(0.1, 0.5, 1.0));
    assertThat(new ConfidenceInterval(0.1, 0.5, Math.nextUp(0.0)).confidence()).isPositive();
  }

  @Test
  void containsItsBoundsAndNothingOutsideThem() {
    ConfidenceInterval i = new ConfidenceInterval(0.2, 0.4, 0.95);
    assertThat(i.contains(0.2)).isTrue();
    assertThat(i.contains(0.4)).isTrue();
    assertThat(i.contains(0.3)).isTrue();
    assertThat(i.contains(0.19)).isFalse();
    assertThat(i.contains(0.41)).isFalse();
  }
}
