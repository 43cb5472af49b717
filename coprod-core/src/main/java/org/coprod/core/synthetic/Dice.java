package org.coprod.core.synthetic;

/**
 * SplitMix64, written out here rather than taken from the JDK so that a seed gives the same numbers
 * on every JDK: the library's bounded and floating-point draws are not part of its contract.
 * Integer arithmetic only, so no platform difference can creep in.
 */
final class Dice {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private long state;

  Dice(long seed) {
    this.state = seed;
  }

  /** An independent stream for one part of the project, so resizing one part leaves the others. */
  static Dice stream(long seed, int part) {
    return new Dice(mix(seed ^ mix(GOLDEN * (part + 1L))));
  }

  private static long mix(long z) {
    long x = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
    return x ^ (x >>> 31);
  }

  long nextLong() {
    state += GOLDEN;
    return mix(state);
  }

  /** Uniform in [0, bound); bound must be positive. */
  int below(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive");
    }
    // Multiply-shift: 32 random bits scaled to the bound (Lemire), without division.
    return (int) (((nextLong() >>> 32) * bound) >>> 32);
  }

  /** Uniform in [low, high], both included; high must not be below low. */
  int between(int low, int high) {
    return low + below(high - low + 1);
  }

  /** Uniform in [0, 1). */
  double unit() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** True with this probability. */
  boolean chance(double p) {
    return unit() < p;
  }

  /** One of the items, uniformly. */
  <T> T pick(T[] items) {
    return items[below(items.length)];
  }
}
