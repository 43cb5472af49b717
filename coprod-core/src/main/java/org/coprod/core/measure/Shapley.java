package org.coprod.core.measure;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.BitSet;
import java.util.Objects;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * Shapley values of a cooperative game: each player's fair share of what the players make together,
 * the average of what the player adds to the coalition before them over every order in which the
 * players could arrive. In coproduction the players are the participants and the value of a
 * coalition is what those people could make without the others; where neither side alone can make
 * the thing (a glove game), the values show how much each side's presence is worth.
 *
 * <p>Formula: φ_i = Σ_{S ⊆ N \ {i}} |S|! (n - |S| - 1)! / n! · (v(S ∪ {i}) - v(S)). The values are
 * efficient (they sum to v(N) - v(∅)), symmetric (interchangeable players get equal values) and
 * give 0 to a null player (one who adds nothing to any coalition).
 *
 * <p><b>Games.</b> Players are numbered 0 … n - 1. A game is given either as
 *
 * <ul>
 *   <li>a table {@code double[] v} of length 2^n indexed by bitmask: {@code v[mask]} is the value
 *       of the coalition whose members are the set bits of {@code mask} (player i is bit {@code 1
 *       << i}); {@code v[0]} is the empty coalition, usually 0. The three-player values listed as
 *       v1, v2, v3, v12, v13, v23, v123 go to {@code v[1], v[2], v[4], v[3], v[5], v[6], v[7]};
 *   <li>or a characteristic function {@code ToDoubleFunction<BitSet>} taking the set of members. It
 *       is called with a fresh {@code BitSet} each time, so it may keep or change it.
 * </ul>
 *
 * <p>Exact values cost n · 2^n steps and are offered up to {@value #EXACT_LIMIT} players. Above
 * that, {@link #sampled} averages the marginal contributions over random orders drawn from a {@link
 * java.util.Random} seeded by the caller, whose algorithm the Java specification fixes, so the same
 * seed gives the same values on every JVM.
 *
 * <p>Degenerate input (no players, a NaN or infinite coalition value) gives {@link Option#none()},
 * never NaN.
 */
public final class Shapley {
  /** The largest number of players for which exact values are computed. */
  public static final int EXACT_LIMIT = 20;

  private Shapley() {}

  /**
   * The exact Shapley values of a game given as a table of coalition values indexed by bitmask.
   *
   * @param v the value of each coalition, {@code v[mask]}, of length 2^n for n players; not
   *     modified
   * @return the n values, player 0 first, or none when {@code v} has length 0 or 1 (no players) or
   *     holds a NaN or an infinity
   * @throws IllegalArgumentException when the length of {@code v} is not a power of two, or is
   *     larger than 2^{@value #EXACT_LIMIT}
   */
  public static Option<Seq<Double>> exact(double[] v) {
    Objects.requireNonNull(v, "v is null");
    if (v.length <= 1) {
      return Option.none();
    }
    if (Integer.bitCount(v.length) != 1) {
      throw new IllegalArgumentException(
          "v must have length 2^n (one value per coalition), was " + v.length);
    }
    int players = Integer.numberOfTrailingZeros(v.length);
    if (players > EXACT_LIMIT) {
      throw new IllegalArgumentException(
          "exact values are offered up to " + EXACT_LIMIT + " players, was " + players);
    }
    for (double value : v) {
      if (!Double.isFinite(value)) {
        return Option.none();
      }
    }
    return Option.some(exactOf(v, players));
  }

  /**
   * The exact Shapley values of a game given as a characteristic function; the function is called
   * once for each of the 2^n coalitions.
   *
   * @param players the number of players n, at most {@value #EXACT_LIMIT}
   * @param game the value of each coalition, given its members
   * @return the n values, player 0 first, or none when {@code players} is 0 or the game gives a NaN
   *     or an infinity
   * @throws IllegalArgumentException when {@code players} is negative or above {@value
   *     #EXACT_LIMIT}; use {@link #values} or {@link #sampled} for larger games
   */
  public static Option<Seq<Double>> exact(int players, ToDoubleFunction<BitSet> game) {
    Objects.requireNonNull(game, "game is null");
    requirePlayers(players);
    if (players > EXACT_LIMIT) {
      throw new IllegalArgumentException(
          "exact values are offered up to "
              + EXACT_LIMIT
              + " players, was "
              + players
              + "; use values or sampled");
    }
    if (players == 0) {
      return Option.none();
    }
    double[] v = new double[1 << players];
    for (int mask = 0; mask < v.length; mask++) {
      v[mask] = game.applyAsDouble(BitSet.valueOf(new long[] {mask}));
      if (!Double.isFinite(v[mask])) {
        return Option.none();
      }
    }
    return Option.some(exactOf(v, players));
  }

  private static Seq<Double> exactOf(double[] v, int n) {
    // weight(s) = s! (n - s - 1)! / n! = 1 / (n · C(n - 1, s)); C(19, 9) is far below 2^53, so
    // the weights are as exact as a double allows
    double[] weight = new double[n];
    double binomial = 1.0;
    for (int s = 0; s < n; s++) {
      weight[s] = 1.0 / (n * binomial);
      binomial = binomial * (n - 1 - s) / (s + 1);
    }
    Double[] phi = new Double[n];
    for (int i = 0; i < n; i++) {
      int bit = 1 << i;
      // summing the marginals of each coalition size before weighting loses less to rounding
      // than adding 2^(n-1) tiny weighted terms one by one
      double[] bySize = new double[n];
      for (int mask = 0; mask < v.length; mask++) {
        if ((mask & bit) == 0) {
          bySize[Integer.bitCount(mask)] += v[mask | bit] - v[mask];
        }
      }
      double value = 0.0;
      for (int s = 0; s < n; s++) {
        value += weight[s] * bySize[s];
      }
      phi[i] = value;
    }
    return Vector.of(phi);
  }

  /**
   * Shapley values estimated by Monte Carlo: the marginal contributions of each player averaged
   * over {@code permutations} random orders of arrival. Each order costs n + 1 calls of the game.
   * The estimates are efficient exactly as the true values are (each order's marginals sum to v(N)
   * - v(∅)), are unbiased, and have a standard error that shrinks as 1 / √permutations. For a given
   * seed, game and size the result is always the same.
   *
   * @param players the number of players n
   * @param game the value of each coalition, given its members
   * @param permutations how many random orders to average over, at least 1
   * @param seed the seed of the {@link java.util.Random} that draws the orders
   * @return the n estimates, player 0 first, or none when {@code players} is 0 or the game gives a
   *     NaN or an infinity
   * @throws IllegalArgumentException when {@code players} is negative or {@code permutations} is
   *     below 1
   */
  public static Option<Seq<Double>> sampled(
      int players, ToDoubleFunction<BitSet> game, int permutations, long seed) {
    Objects.requireNonNull(game, "game is null");
    requirePlayers(players);
    if (permutations < 1) {
      throw new IllegalArgumentException("permutations must be at least 1, was " + permutations);
    }
    if (players == 0) {
      return Option.none();
    }
    Random random = new Random(seed);
    int[] order = new int[players];
    for (int i = 0; i < players; i++) {
      order[i] = i;
    }
    double[] sum = new double[players];
    double empty = game.applyAsDouble(new BitSet(players));
    if (!Double.isFinite(empty)) {
      return Option.none();
    }
    for (int p = 0; p < permutations; p++) {
      shuffle(order, random);
      BitSet coalition = new BitSet(players);
      double before = empty;
      for (int player : order) {
        coalition.set(player);
        double after = game.applyAsDouble((BitSet) coalition.clone());
        if (!Double.isFinite(after)) {
          return Option.none();
        }
        sum[player] += after - before;
        before = after;
      }
    }
    Double[] phi = new Double[players];
    for (int i = 0; i < players; i++) {
      phi[i] = sum[i] / permutations;
    }
    return Option.some(Vector.of(phi));
  }

  /**
   * Shapley values of a game of any size: exact (as {@link #exact(int, ToDoubleFunction)}) up to
   * {@value #EXACT_LIMIT} players, where {@code permutations} and {@code seed} are not used, and
   * sampled (as {@link #sampled}) above.
   *
   * @param players the number of players n
   * @param game the value of each coalition, given its members
   * @param permutations how many random orders to average over when sampling, at least 1
   * @param seed the seed of the orders when sampling
   * @return the n values, player 0 first, or none when {@code players} is 0 or the game gives a NaN
   *     or an infinity
   * @throws IllegalArgumentException when {@code players} is negative or {@code permutations} is
   *     below 1
   */
  public static Option<Seq<Double>> values(
      int players, ToDoubleFunction<BitSet> game, int permutations, long seed) {
    Objects.requireNonNull(game, "game is null");
    requirePlayers(players);
    if (permutations < 1) {
      throw new IllegalArgumentException("permutations must be at least 1, was " + permutations);
    }
    return players <= EXACT_LIMIT
        ? exact(players, game)
        : sampled(players, game, permutations, seed);
  }

  private static void requirePlayers(int players) {
    if (players < 0) {
      throw new IllegalArgumentException("players must not be negative, was " + players);
    }
  }

  /** Fisher–Yates, so every order is equally likely. */
  private static void shuffle(int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
  }
}
