package org.coprod.core.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The generator's random numbers are SplitMix64's, so a seed means the same on every JDK. */
class DiceTest {
  @Test
  void drawsTheReferenceSplitMix64Sequence() {
    // Vigna's splitmix64.c from state 0, and the widely used test vector from 1234567.
    Dice zero = new Dice(0);
    assertThat(zero.nextLong()).isEqualTo(0xE220A8397B1DCDAFL);
    assertThat(zero.nextLong()).isEqualTo(0x6E789E6AA1B965F4L);
    assertThat(zero.nextLong()).isEqualTo(0x06C45D188009454FL);
    Dice vector = new Dice(1234567);
    assertThat(vector.nextLong()).isEqualTo(6457827717110365317L);
    assertThat(vector.nextLong()).isEqualTo(3203168211198807973L);
  }

  @Test
  void staysWithinItsBounds() {
    Dice dice = new Dice(42);
    int[] seen = new int[7];
    for (int i = 0; i < 10_000; i++) {
      int x = dice.between(3, 9);
      assertThat(x).isBetween(3, 9);
      seen[x - 3]++;
      assertThat(dice.unit()).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
    }
    assertThat(java.util.Arrays.stream(seen).boxed().toList())
        .allSatisfy(count -> assertThat(count).isBetween(1_200, 1_700));
    assertThat(dice.between(5, 5)).isEqualTo(5);
    assertThatThrownBy(() -> dice.below(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givesEachPartItsOwnStream() {
    assertThat(Dice.stream(7, 1).nextLong()).isNotEqualTo(Dice.stream(7, 2).nextLong());
    assertThat(Dice.stream(7, 1).nextLong()).isEqualTo(Dice.stream(7, 1).nextLong());
    assertThat(Dice.stream(7, 1).nextLong()).isNotEqualTo(Dice.stream(8, 1).nextLong());
  }
}
