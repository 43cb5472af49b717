package org.coprod.core.measure;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KanterClassTest {

  @ParameterizedTest(name = "p = {0} is {1}")
  @CsvSource({
    "0.0, UNIFORM",
    "0.01, SKEWED",
    "0.15, SKEWED",
    "0.1500001, TILTED",
    "0.15000000000000002, SKEWED",
    "0.25, TILTED",
    "0.3499999, TILTED",
    "0.35, BALANCED",
    "0.4, BALANCED",
    "0.5, BALANCED",
    // a share above one half is the majority's: the class is that of the other side
    "0.6, BALANCED",
    "0.65, BALANCED",
    "0.7, TILTED",
    "0.85, SKEWED",
    "0.99, SKEWED",
    "1.0, UNIFORM"
  })
  void classOfAShare(double p, KanterClass expected) {
    assertThat(KanterClass.of(p)).contains(expected);
  }

  @Test
  void classOfOneMinusABoundaryIsTheBoundarysClass() {
    assertThat(KanterClass.of(1 - 0.85)).contains(KanterClass.SKEWED);
    assertThat(KanterClass.of(1 - 0.65)).contains(KanterClass.BALANCED);
    assertThat(KanterClass.of(3.0 / 20)).contains(KanterClass.SKEWED);
    assertThat(KanterClass.of(7.0 / 20)).contains(KanterClass.BALANCED);
  }

  @ParameterizedTest(name = "{0} of {1} is {2}")
  @CsvSource({
    "0, 10, UNIFORM",
    "10, 10, UNIFORM",
    "1, 10, SKEWED",
    "3, 20, SKEWED",
    "17, 20, SKEWED",
    "4, 20, TILTED",
    "6, 20, TILTED",
    "7, 20, BALANCED",
    "13, 20, BALANCED",
    "14, 20, TILTED",
    "1, 2, BALANCED",
    "1, 1, UNIFORM",
    "922337203685477580, 9223372036854775807, SKEWED",
    "3227180361319831283, 9223372036854775807, TILTED"
  })
  void classOfCounts(long minority, long size, KanterClass expected) {
    assertThat(KanterClass.of(minority, size)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource({"-0.01", "1.01", "NaN", "Infinity", "-Infinity"})
  void aShareOutsideZeroToOneGivesNone(double p) {
    assertThat(KanterClass.of(p)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"0, 0", "1, 0", "-1, 5", "6, 5", "0, -3"})
  void impossibleCountsGiveNone(long minority, long size) {
    assertThat(KanterClass.of(minority, size)).isEmpty();
  }

  @Property
  void kanterClassIsTheSameForEitherSide(
      @ForAll @IntRange(min = 1, max = 1000) int size,
      @ForAll @IntRange(min = 0, max = 1000) int k) {
    long minority = k % (size + 1);
    assertThat(KanterClass.of(minority, size)).isEqualTo(KanterClass.of(size - minority, size));
  }

  @Property
  void kanterClassOfASymmetricShareIsTheSame(@ForAll @DoubleRange(min = 0, max = 1) double p) {
    // includes the boundaries, where 1 - 0.85 is not exactly 0.15 in binary
    assertThat(KanterClass.of(p).get()).isEqualTo(KanterClass.of(1 - p).get());
  }

  @Property
  void kanterClassOfCountsAgreesWithTheShare(
      @ForAll @IntRange(min = 1, max = 1000) int size,
      @ForAll @IntRange(min = 0, max = 1000) int k) {
    long minority = k % (size + 1);
    assertThat(KanterClass.of(minority, size)).isEqualTo(KanterClass.of((double) minority / size));
  }

  @Property
  void kanterClassOfHugeCountsDoesNotOverflow(
      @ForAll @LongRange(min = 4, max = Long.MAX_VALUE) long size) {
    // floor(size / 2) of size is at least 2 of 5: balanced from size 4 up
    assertThat(KanterClass.of(size / 2, size)).containsExactly(KanterClass.BALANCED);
    assertThat(KanterClass.of(0, size)).containsExactly(KanterClass.UNIFORM);
  }
}
