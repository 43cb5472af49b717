package org.coprod.core.measure;

import io.vavr.control.Option;
import java.math.BigInteger;

/**
 * Kanter's (1977) classes of a group by the share of its minority: whether the few people of one
 * kind (say, people with lived experience on a board of professionals) are tokens or a real part of
 * the group.
 *
 * <p>With p the minority's share of the group: {@link #UNIFORM} when p = 0, {@link #SKEWED} when 0
 * &lt; p &lt;= 0.15, {@link #TILTED} when 0.15 &lt; p &lt; 0.35, {@link #BALANCED} when 0.35 &lt;=
 * p &lt;= 0.5.
 */
public enum KanterClass {
  /** Only one kind of person: p = 0. */
  UNIFORM,
  /** Up to 85:15; the minority are tokens, seen as symbols of their kind: 0 &lt; p &lt;= 0.15. */
  SKEWED,
  /** About 65:35; the minority can form alliances: 0.15 &lt; p &lt; 0.35. */
  TILTED,
  /** 60:40 to 50:50: 0.35 &lt;= p &lt;= 0.5. */
  BALANCED;

  private static final double SKEWED_MAX = 0.15;
  private static final double TILTED_BELOW = 0.35;

  /**
   * How close to a boundary a share counts as on it. Shares arrive as binary doubles: 1 - 0.85 is
   * 0.15000000000000002, which would otherwise make 85:15 tilted while 15:85 is skewed. A share k /
   * n of real counts (n below 5 · 10^10) that is not on a boundary lies at least 1 / (20 n) away
   * from it, so no such share is misclassed by this tolerance.
   */
  private static final double TOLERANCE = 1e-12;

  /**
   * Kanter's class of a group whose minority has share {@code minorityShare}.
   *
   * <p>The class depends only on how the group splits, so a share above one half is read as the
   * majority's and classed by {@code 1 - minorityShare}: 0.9 and 0.1 both give {@link #SKEWED}, and
   * 1 gives {@link #UNIFORM}. A share within 1e-12 of 0.15 or 0.35 counts as on it, so that
   * rounding in binary does not move a group across a boundary.
   *
   * @param minorityShare the minority's share of the group, in [0, 1]
   * @return the class, or none when the share is NaN or outside [0, 1]
   */
  public static Option<KanterClass> of(double minorityShare) {
    if (!(minorityShare >= 0.0 && minorityShare <= 1.0)) {
      return Option.none();
    }
    // 1 - p is exact for p in [0.5, 1] (Sterbenz), so no rounding enters here
    double p = Math.min(minorityShare, 1.0 - minorityShare);
    if (p == 0.0) {
      return Option.some(UNIFORM);
    }
    if (p <= SKEWED_MAX + TOLERANCE) {
      return Option.some(SKEWED);
    }
    if (p < TILTED_BELOW - TOLERANCE) {
      return Option.some(TILTED);
    }
    return Option.some(BALANCED);
  }

  /**
   * Kanter's class of a group of {@code size} people of whom {@code minority} are of one kind: the
   * class of the share {@code minority / size}, computed from the counts so that, for example, 7 of
   * 20 is exactly 0.35 and {@link #BALANCED}.
   *
   * @param minority how many people are of the kind counted
   * @param size how many people the group has
   * @return the class, or none when {@code size} is not positive or {@code minority} is negative or
   *     larger than {@code size}
   */
  public static Option<KanterClass> of(long minority, long size) {
    if (size <= 0 || minority < 0 || minority > size) {
      return Option.none();
    }
    long few = Math.min(minority, size - minority);
    if (few == 0) {
      return Option.some(UNIFORM);
    }
    // compare in exact integers: 0.15 and 0.35 are not exact in binary, so a double share on a
    // boundary could land on the wrong side; BigInteger because few * 20 can overflow a long
    BigInteger twentyFew = BigInteger.valueOf(few).multiply(BigInteger.valueOf(20));
    BigInteger big = BigInteger.valueOf(size);
    if (twentyFew.compareTo(big.multiply(BigInteger.valueOf(3))) <= 0) {
      return Option.some(SKEWED);
    }
    if (twentyFew.compareTo(big.multiply(BigInteger.valueOf(7))) < 0) {
      return Option.some(TILTED);
    }
    return Option.some(BALANCED);
  }
}
