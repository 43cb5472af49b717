package org.coprod.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.Seq;
import java.util.BitSet;
import java.util.function.ToDoubleFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The Shapley axioms, checked on small random games. */
class ShapleyLawsTest {

  /** A game on 1 to 6 players as a table v[mask] of whole numbers in [-50, 100]. */
  @Provide
  Arbitrary<double[]> games() {
    return Arbitraries.integers()
        .between(1, 6)
        .flatMap(
            n ->
                Arbitraries.integers()
                    .between(-50, 100)
                    .map(Integer::doubleValue)
                    .array(double[].class)
                    .ofSize(1 << n));
  }

  /** Seeds without jqwik's edge cases (0, ±1, extremes), which would crowd out random games. */
  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs().withoutEdgeCases();
  }

  static int players(double[] v) {
    return Integer.numberOfTrailingZeros(v.length);
  }

  static ToDoubleFunction<BitSet> asFunction(double[] v) {
    return s -> v[(int) (s.isEmpty() ? 0 : s.toLongArray()[0])];
  }

  static double tolerance(double[] v) {
    double scale = 1.0;
    for (double value : v) {
      scale = Math.max(scale, Math.abs(value));
    }
    return 1e-9 * scale;
  }

  /** The coalition with players i and j swapped. */
  static int swap(int mask, int i, int j) {
    int bi = (mask >> i) & 1;
    int bj = (mask >> j) & 1;
    if (bi == bj) {
      return mask;
    }
    return mask ^ ((1 << i) | (1 << j));
  }

  @Property
  void shapleyValuesAreEfficient(@ForAll("games") double[] v) {
    Seq<Double> phi = Shapley.exact(v).get();
    double grand = v[v.length - 1] - v[0];
    assertThat(phi.sum().doubleValue()).isCloseTo(grand, within(tolerance(v)));
  }

  @Property
  void interchangeablePlayersGetEqualValues(
      @ForAll("games") double[] game,
      @ForAll @IntRange(min = 0, max = 5) int a,
      @ForAll @IntRange(min = 0, max = 5) int b) {
    int n = players(game);
    int i = a % n;
    int j = b % n;
    // v(S) + v(S with i and j swapped) is a game in which i and j are interchangeable
    double[] v = new double[game.length];
    for (int mask = 0; mask < v.length; mask++) {
      v[mask] = game[mask] + game[swap(mask, i, j)];
    }
    Seq<Double> phi = Shapley.exact(v).get();
    assertThat(phi.get(i)).isCloseTo(phi.get(j), within(tolerance(v)));
  }

  @Property
  void aNullPlayerGetsZero(
      @ForAll("games") double[] game, @ForAll @IntRange(min = 0, max = 5) int k) {
    int nullPlayer = k % players(game);
    int bit = 1 << nullPlayer;
    // v(S) = game(S without the null player): joining adds nothing to any coalition
    double[] v = new double[game.length];
    for (int mask = 0; mask < v.length; mask++) {
      v[mask] = game[mask & ~bit];
    }
    assertThat(Shapley.exact(v).get().get(nullPlayer)).isEqualTo(0.0);
  }

  @Property
  void shapleyValuesAreAdditiveOverGames(@ForAll("games") double[] v) {
    double[] w = new double[v.length];
    double[] sum = new double[v.length];
    for (int mask = 0; mask < v.length; mask++) {
      w[mask] = (mask * 37 % 11) - 5;
      sum[mask] = v[mask] + w[mask];
    }
    Seq<Double> phiV = Shapley.exact(v).get();
    Seq<Double> phiW = Shapley.exact(w).get();
    Seq<Double> phiSum = Shapley.exact(sum).get();
    for (int i = 0; i < players(v); i++) {
      assertThat(phiSum.get(i)).isCloseTo(phiV.get(i) + phiW.get(i), within(tolerance(sum)));
    }
  }

  @Property
  void exactValuesOfATableAndOfItsFunctionAreTheSame(@ForAll("games") double[] v) {
    assertThat(Shapley.exact(players(v), asFunction(v))).isEqualTo(Shapley.exact(v));
  }

  @Property
  void sampledShapleyIsDeterministicForASeed(
      @ForAll("games") double[] v,
      @ForAll("seeds") long seed,
      @ForAll @IntRange(min = 1, max = 30) int permutations) {
    ToDoubleFunction<BitSet> game = asFunction(v);
    int n = players(v);
    assertThat(Shapley.sampled(n, game, permutations, seed))
        .isEqualTo(Shapley.sampled(n, game, permutations, seed));
  }

  @Property
  void sampledShapleyValuesAreEfficient(
      @ForAll("games") double[] v,
      @ForAll("seeds") long seed,
      @ForAll @IntRange(min = 1, max = 30) int permutations) {
    Seq<Double> phi = Shapley.sampled(players(v), asFunction(v), permutations, seed).get();
    assertThat(phi.sum().doubleValue()).isCloseTo(v[v.length - 1] - v[0], within(tolerance(v)));
  }

  @Property
  void sampledShapleyGivesANullPlayerZero(
      @ForAll("games") double[] game,
      @ForAll @IntRange(min = 0, max = 5) int k,
      @ForAll("seeds") long seed) {
    int nullPlayer = k % players(game);
    int bit = 1 << nullPlayer;
    double[] v = new double[game.length];
    for (int mask = 0; mask < v.length; mask++) {
      v[mask] = game[mask & ~bit];
    }
    Seq<Double> phi = Shapley.sampled(players(v), asFunction(v), 10, seed).get();
    assertThat(phi.get(nullPlayer)).isEqualTo(0.0);
  }
}
