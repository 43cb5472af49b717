package org.coprod.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Sums of hours that do not depend on the order the hours come in. */
class HoursProperties {
  @Property
  void aSumOfHoursIsTheSameInAnyOrder(
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 10_000_000) Integer> hundredths,
      @ForAll long seed) {
    List<Double> hours = new ArrayList<>();
    hundredths.forEach(h -> hours.add(h / 100.0));
    List<Double> shuffled = new ArrayList<>(hours);
    Collections.shuffle(shuffled, new Random(seed));
    Hours.Total inOrder = new Hours.Total();
    hours.forEach(inOrder::add);
    Hours.Total otherOrder = new Hours.Total();
    shuffled.forEach(otherOrder::add);
    assertThat(Double.doubleToRawLongBits(otherOrder.hours()))
        .isEqualTo(Double.doubleToRawLongBits(inOrder.hours()));
    // and it is the double nearest the exact decimal sum
    long exact = hundredths.stream().mapToLong(Integer::longValue).sum();
    assertThat(inOrder.hours()).isEqualTo(exact / 100.0);
  }

  @Example
  void theSumIsTheDecimalSumWhereAddingDoublesInOrderIsNot() {
    assertThat((0.1 + 0.2) + 0.3).isNotEqualTo(0.1 + (0.2 + 0.3));
    assertThat(Hours.sum(0.1, 0.2, 0.3)).isEqualTo(0.6).isEqualTo(Hours.sum(0.3, 0.2, 0.1));
    assertThat(new Hours.Total().add(0.1).add(new Hours.Total().add(0.2)).micros())
        .isEqualTo(300_000L);
    assertThat(Hours.toMicros(1.5)).isEqualTo(1_500_000L);
    assertThat(Hours.ofMicros(250_000L)).isEqualTo(0.25);
  }

  @Example
  void hoursThatAreNotANumberAreRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Hours.toMicros(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
