package org.coprod.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.Array;
import org.junit.jupiter.api.Test;

/** A check-in's tally and its median, against the values R's {@code median} gives. */
class TallyTest {
  @Test
  void theMedianIsTheMiddleAnswerOrTheMeanOfTheTwoMiddleAnswersAsInR() {
    // median(c(1, 2, 2, 4, 5)) is 2
    assertThat(Tally.of(1, 2, 0, 1, 1).median()).contains(2.0);
    // median(c(1, 3)) is 2
    assertThat(Tally.of(1, 0, 1, 0, 0).median()).contains(2.0);
    // median(c(4, 5)) is 4.5
    assertThat(Tally.of(0, 0, 0, 1, 1).median()).contains(4.5);
    // median(c(5)) is 5; median(c(1)) is 1
    assertThat(Tally.of(0, 0, 0, 0, 1).median()).contains(5.0);
    assertThat(Tally.of(1, 0, 0, 0, 0).median()).contains(1.0);
    // median(c(1, 1, 1, 5, 5, 5)) is 3; median(c(2, 2, 3, 3, 3, 3, 4)) is 3
    assertThat(Tally.of(3, 0, 0, 0, 3).median()).contains(3.0);
    assertThat(Tally.of(0, 2, 4, 1, 0).median()).contains(3.0);
    // median(c(1, 2, 2, 2)) is 2
    assertThat(Tally.of(1, 3, 0, 0, 0).median()).contains(2.0);
  }

  @Test
  void noMedianWhenNobodyAnsweredOrTheTallyIsNotFiveCounts() {
    assertThat(Tally.of(0, 0, 0, 0, 0).median()).isEmpty();
    assertThat(Tally.builder().counts(Array.of(1, 2, 3)).build().median()).isEmpty();
  }

  @Test
  void tallyAddsAnswerByAnswerAndCountsAnswers() {
    Tally sum = Tally.of(1, 2, 3, 4, 5).plus(Tally.of(5, 4, 3, 2, 1));
    assertThat(sum.counts()).containsExactly(6, 6, 6, 6, 6);
    assertThat(sum.answers()).isEqualTo(30);
    assertThatThrownBy(
            () -> Tally.of(1, 0, 0, 0, 0).plus(Tally.builder().counts(Array.of(1)).build()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
