package org.coprod.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.Seq;
import java.util.BitSet;
import java.util.function.ToDoubleFunction;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ShapleyTest {
  static final Offset<Double> ANCHOR = within(1e-6);

  /**
   * The table of a three-player game from its values listed as v1, v2, v3, v12, v13, v23, v123 (by
   * the size, then the order, of the coalitions); the empty coalition is worth 0.
   */
  static double[] threePlayers(
      double v1, double v2, double v3, double v12, double v13, double v23, double v123) {
    double[] v = new double[8];
    v[0b001] = v1;
    v[0b010] = v2;
    v[0b100] = v3;
    v[0b011] = v12;
    v[0b101] = v13;
    v[0b110] = v23;
    v[0b111] = v123;
    return v;
  }

  /** Player 0 holds a left glove, players 1 and 2 a right one; a pair is worth 1. */
  static final ToDoubleFunction<BitSet> GLOVES =
      s -> s.get(0) && (s.get(1) || s.get(2)) ? 1.0 : 0.0;

  static void assertValues(Seq<Double> actual, double... expected) {
    assertThat(actual).hasSize(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat(actual.get(i)).as("player %d", i).isCloseTo(expected[i], ANCHOR);
    }
  }

  // ---- anchors ----

  @Test
  void firstReferenceGame() {
    assertValues(Shapley.exact(threePlayers(6, 12, 42, 12, 42, 42, 42)).get(), 2, 5, 35);
  }

  @Test
  void secondReferenceGame() {
    assertValues(Shapley.exact(threePlayers(68, 102, 0, 170, 710, 762, 992)).get(), 229, 272, 491);
  }

  @Test
  void gloveGame() {
    assertValues(Shapley.exact(3, GLOVES).get(), 2.0 / 3, 1.0 / 6, 1.0 / 6);
    assertValues(Shapley.exact(threePlayers(0, 0, 0, 1, 1, 0, 1)).get(), 2.0 / 3, 1.0 / 6, 1.0 / 6);
  }

  // ---- other known values ----

  @Test
  void tableAndFunctionAgree() {
    double[] v = threePlayers(68, 102, 0, 170, 710, 762, 992);
    ToDoubleFunction<BitSet> game = s -> v[(int) (s.isEmpty() ? 0 : s.toLongArray()[0])];
    assertThat(Shapley.exact(3, game)).isEqualTo(Shapley.exact(v));
  }

  @Test
  void anAdditiveGameGivesEachPlayerTheirOwnValue() {
    double[] weights = {3, 1, 4, 1, 5};
    ToDoubleFunction<BitSet> additive = s -> s.stream().mapToDouble(i -> weights[i]).sum();
    assertValues(Shapley.exact(5, additive).get(), weights);
  }

  @Test
  void theEmptyCoalitionsValueIsSubtracted() {
    // v(∅) = 10 and every coalition is worth 10 more: the values are those of the plain game
    double[] v = threePlayers(16, 22, 52, 22, 52, 52, 52);
    v[0] = 10;
    assertValues(Shapley.exact(v).get(), 2, 5, 35);
  }

  @Test
  void aOnePlayerGameGivesThePlayerItsValueOverNothing() {
    assertThat(Shapley.exact(new double[] {1, 5}).get()).containsExactly(4.0);
  }

  @Test
  void twentyPlayersAreSolvedExactly() {
    // unanimity game: only the grand coalition is worth anything, so it is shared equally
    int n = Shapley.EXACT_LIMIT;
    Seq<Double> phi = Shapley.exact(n, s -> s.cardinality() == n ? 20.0 : 0.0).get();
    assertThat(phi).hasSize(n).allSatisfy(p -> assertThat(p).isCloseTo(1.0, within(1e-9)));
  }

  @Test
  void aGloveGameAboveTheExactLimitIsSampled() {
    // player 0 holds the only left glove, 24 players a right one: player 0 gets 1 - 1/25 exactly
    // in expectation; the right-glove holders split the remaining 1/25
    int n = 25;
    ToDoubleFunction<BitSet> gloves = s -> s.get(0) && s.cardinality() > 1 ? 1.0 : 0.0;
    Seq<Double> phi = Shapley.values(n, gloves, 20_000, 42L).get();
    assertThat(phi.sum().doubleValue()).isCloseTo(1.0, within(1e-9));
    assertThat(phi.get(0)).isCloseTo(24.0 / 25, within(0.01));
  }

  @Test
  void sampledValuesOfAnAdditiveGameAreExact() {
    // every order gives each player their own weight, so sampling has no error at all
    int n = 30;
    ToDoubleFunction<BitSet> additive = s -> s.stream().mapToDouble(i -> i + 1).sum();
    Seq<Double> phi = Shapley.values(n, additive, 7, 1L).get();
    for (int i = 0; i < n; i++) {
      assertThat(phi.get(i)).isEqualTo(i + 1.0);
    }
  }

  @Test
  void sampledValuesApproachTheExactOnes() {
    double[] v = threePlayers(68, 102, 0, 170, 710, 762, 992);
    ToDoubleFunction<BitSet> game = s -> v[(int) (s.isEmpty() ? 0 : s.toLongArray()[0])];
    assertValuesWithin(Shapley.sampled(3, game, 50_000, 2026L).get(), 5.0, 229, 272, 491);
  }

  static void assertValuesWithin(Seq<Double> actual, double tolerance, double... expected) {
    for (int i = 0; i < expected.length; i++) {
      assertThat(actual.get(i)).isCloseTo(expected[i], within(tolerance));
    }
  }

  @Test
  void theSameSeedGivesTheSameSample() {
    int n = 22;
    ToDoubleFunction<BitSet> game = s -> Math.sqrt(s.cardinality()) + (s.get(3) ? 2 : 0);
    assertThat(Shapley.sampled(n, game, 100, 99L)).isEqualTo(Shapley.sampled(n, game, 100, 99L));
    assertThat(Shapley.sampled(n, game, 100, 99L)).isNotEqualTo(Shapley.sampled(n, game, 100, 98L));
  }

  @Test
  void theGameMayKeepOrChangeTheCoalitionItIsGiven() {
    ToDoubleFunction<BitSet> meddling =
        s -> {
          double value = GLOVES.applyAsDouble(s);
          s.clear();
          return value;
        };
    assertValues(Shapley.exact(3, meddling).get(), 2.0 / 3, 1.0 / 6, 1.0 / 6);
    assertValuesWithin(
        Shapley.sampled(3, meddling, 20_000, 5L).get(), 0.02, 2.0 / 3, 1.0 / 6, 1.0 / 6);
  }

  // ---- degenerate input ----

  @Test
  void noPlayersGiveNone() {
    assertThat(Shapley.exact(new double[] {})).isEmpty();
    assertThat(Shapley.exact(new double[] {3})).isEmpty();
    assertThat(Shapley.exact(0, s -> 1.0)).isEmpty();
    assertThat(Shapley.sampled(0, s -> 1.0, 10, 1L)).isEmpty();
    assertThat(Shapley.values(0, s -> 1.0, 10, 1L)).isEmpty();
  }

  @Test
  void aNanOrInfiniteCoalitionValueGivesNone() {
    double[] v = threePlayers(6, 12, 42, 12, 42, Double.NaN, 42);
    assertThat(Shapley.exact(v)).isEmpty();
    v[6] = Double.POSITIVE_INFINITY;
    assertThat(Shapley.exact(v)).isEmpty();
    ToDoubleFunction<BitSet> nanForPairs = s -> s.cardinality() == 2 ? Double.NaN : 1.0;
    assertThat(Shapley.exact(3, nanForPairs)).isEmpty();
    assertThat(Shapley.sampled(3, nanForPairs, 10, 1L)).isEmpty();
    assertThat(Shapley.sampled(3, s -> s.isEmpty() ? Double.NaN : 1.0, 10, 1L)).isEmpty();
    assertThat(Shapley.values(25, s -> Double.NEGATIVE_INFINITY, 10, 1L)).isEmpty();
  }

  @Test
  void malformedArgumentsAreProgrammingErrors() {
    assertThatThrownBy(() -> Shapley.exact(new double[] {0, 1, 2}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Shapley.exact(21, s -> 0.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Shapley.exact(-1, s -> 0.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Shapley.sampled(3, s -> 0.0, 0, 1L))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Shapley.values(3, s -> 0.0, 0, 1L))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Shapley.values(-2, s -> 0.0, 10, 1L))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nullArgumentsAreNamed() {
    assertThatThrownBy(() -> Shapley.exact(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("v is null");
    assertThatThrownBy(() -> Shapley.exact(3, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("game is null");
    assertThatThrownBy(() -> Shapley.sampled(3, null, 10, 1L))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("game is null");
  }

  @Test
  void aNegativeNumberOfPlayersIsAProgrammingError() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Shapley.values(-1, s -> 0, 10, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("players must not be negative");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Shapley.sampled(-1, s -> 0, 10, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("players must not be negative");
  }
}
