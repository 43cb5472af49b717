package org.coprod.core.measure;

import io.vavr.control.Option;

/**
 * Exact inference on counts, for the small groups of a coproduction project: the Clopper-Pearson
 * interval of a proportion (how sure "3 of 4 people were credited" can make anyone) and Fisher's
 * exact test of two proportions (whether one side's rate differs from the other's by more than
 * chance would). Both follow R's {@code binom.test} and {@code fisher.test}, whose outputs the
 * tests check.
 *
 * <p>Counts are of whole people or decisions. A group with nobody in it is degenerate and gives
 * {@link Option#none()}; counts that cannot be (negative, or more successes than trials) are a
 * programming error and throw {@link IllegalArgumentException}.
 *
 * <pre>{@code
 * Proportions.clopperPearson(7, 20);      // Some([0.1539092, 0.5921885]) at 95%
 * Proportions.fisherExact(1, 2, 2, 2);    // Some(1.0): 1 of 2 against 2 of 2 is no evidence
 * }</pre>
 */
public final class Proportions {
  private Proportions() {}

  /** The confidence level used when none is given. */
  public static final double CONFIDENCE = 0.95;

  /**
   * R's relative tolerance for tables as probable as the observed one: a table's probability is
   * computed with rounding error, and tables of equal probability must count alike.
   */
  private static final double RELATIVE_TOLERANCE = 1 + 1e-7;

  /**
   * The exact (Clopper-Pearson) 95% confidence interval of a proportion: {@code successes} of
   * {@code trials}. See {@link #clopperPearson(int, int, double)}.
   *
   * @param successes how many of the trials succeeded (people credited, decisions with a say)
   * @param trials how many there were
   * @return the interval, or none when there are no trials
   * @throws IllegalArgumentException when a count is negative or successes exceed trials
   */
  public static Option<ConfidenceInterval> clopperPearson(int successes, int trials) {
    return clopperPearson(successes, trials, CONFIDENCE);
  }

  /**
   * The exact (Clopper-Pearson) confidence interval of a proportion, as R's {@code
   * binom.test(successes, trials, conf.level = confidence)} gives it: with α = (1 - confidence) /
   * 2, the lower bound is the α quantile of Beta(k, n - k + 1) (0 when k = 0) and the upper bound
   * the 1 - α quantile of Beta(k + 1, n - k) (1 when k = n). It covers the true proportion with at
   * least the stated confidence for every n, which small groups need: the normal approximation's
   * interval of 1 of 2 runs below 0.
   *
   * <p>At the edges the bounds have closed forms, used here: 0 of n gives [0, 1 - α^(1/n)], n of n
   * gives [α^(1/n), 1]; so 0 of 1 gives [0, 0.975] at 95%.
   *
   * @param successes how many of the trials succeeded, 0 to {@code trials}
   * @param trials how many there were, zero or more
   * @param confidence the confidence level, in (0, 1)
   * @return the interval, or none when there are no trials
   * @throws IllegalArgumentException when a count is negative, successes exceed trials, or the
   *     confidence lies outside (0, 1)
   */
  public static Option<ConfidenceInterval> clopperPearson(
      int successes, int trials, double confidence) {
    requireCounts(successes, trials, "successes", "trials");
    if (!(confidence > 0.0 && confidence < 1.0)) {
      throw new IllegalArgumentException("confidence must lie in (0, 1), was " + confidence);
    }
    if (trials == 0) {
      return Option.none();
    }
    double alpha = (1.0 - confidence) / 2.0;
    int k = successes;
    int n = trials;
    double lower;
    double upper;
    if (k == 0) {
      lower = 0.0;
      // 1 - α^(1/n), written so that it keeps its digits when n is large
      upper = -Math.expm1(Math.log(alpha) / n);
    } else if (k == n) {
      lower = Math.exp(Math.log(alpha) / n);
      upper = 1.0;
    } else {
      lower = Beta.quantile(alpha, k, n - k + 1.0);
      // the 1 - α quantile of Beta(k + 1, n - k) is 1 - the α quantile of Beta(n - k, k + 1)
      upper = 1.0 - Beta.quantile(alpha, n - k, k + 1.0);
    }
    return Option.some(new ConfidenceInterval(lower, Math.max(lower, upper), confidence));
  }

  /**
   * Fisher's exact test that two proportions are equal, two-sided, as R's {@code
   * fisher.test(matrix(c(successesA, successesB, trialsA - successesA, trialsB - successesB), 2))}
   * gives it: with the margins of the 2×2 table fixed, the p value is the sum of the probabilities
   * of every table no more probable than the one observed (allowing R's relative tolerance of 1e-7,
   * so tables of equal probability count alike).
   *
   * <p>A margin of zero (nobody succeeded, or everybody did) leaves one possible table, and p = 1,
   * as in R. For credit parity: {@code fisherExact(1, 2, 2, 2)} (1 of 2 people with lived
   * experience credited, 2 of 2 professionals) is 1.0, however far apart the rates 0.5 and 1 look.
   *
   * @param successesA successes in the first group, 0 to {@code trialsA}
   * @param trialsA the size of the first group
   * @param successesB successes in the second group, 0 to {@code trialsB}
   * @param trialsB the size of the second group
   * @return the p value in (0, 1], or none when either group is empty (there is no rate to compare)
   * @throws IllegalArgumentException when a count is negative or successes exceed trials
   */
  public static Option<Double> fisherExact(
      int successesA, int trialsA, int successesB, int trialsB) {
    requireCounts(successesA, trialsA, "successesA", "trialsA");
    requireCounts(successesB, trialsB, "successesB", "trialsB");
    if (trialsA == 0 || trialsB == 0) {
      return Option.none();
    }
    // The table [[a, m - a], [k - a, n - k + a]]: a follows the hypergeometric distribution.
    long m = trialsA;
    long n = trialsB;
    long k = (long) successesA + successesB;
    long lo = Math.max(0, k - n);
    long hi = Math.min(k, m);
    int size = (int) (hi - lo + 1);
    // log densities up to a constant, by the ratio of neighbouring terms:
    // d(x + 1) / d(x) = (m - x)(k - x) / ((x + 1)(n - k + x + 1))
    double[] log = new double[size];
    for (int i = 1; i < size; i++) {
      long x = lo + i - 1;
      log[i] =
          log[i - 1]
              + Math.log((double) (m - x))
              + Math.log((double) (k - x))
              - Math.log((double) (x + 1))
              - Math.log((double) (n - k + x + 1));
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double l : log) {
      max = Math.max(max, l);
    }
    double total = 0.0;
    double[] density = new double[size];
    for (int i = 0; i < size; i++) {
      density[i] = Math.exp(log[i] - max);
      total += density[i];
    }
    double observed = density[(int) (successesA - lo)];
    double p = 0.0;
    for (double d : density) {
      if (d <= observed * RELATIVE_TOLERANCE) {
        p += d;
      }
    }
    return Option.some(Math.min(1.0, p / total));
  }

  private static void requireCounts(int successes, int trials, String s, String t) {
    if (trials < 0 || successes < 0 || successes > trials) {
      throw new IllegalArgumentException(
          "counts must satisfy 0 <= "
              + s
              + " <= "
              + t
              + ", were "
              + s
              + " = "
              + successes
              + ", "
              + t
              + " = "
              + trials);
    }
  }

  /** The beta distribution's quantiles, through its regularised incomplete beta function. */
  static final class Beta {
    private Beta() {}

    private static final double TINY = 1e-300;
    private static final double EPSILON = 1e-16;
    private static final int MAX_TERMS = 100_000;

    /**
     * The p quantile of Beta(a, b), p in (0, 1): the x with I_x(a, b) = p, found by bisection,
     * which cannot fail to converge; it stops when the interval holds no double between its ends.
     */
    static double quantile(double p, double a, double b) {
      double lo = 0.0;
      double hi = 1.0;
      for (int i = 0; i < 2_200; i++) {
        double mid = lo + (hi - lo) / 2.0;
        if (mid <= lo || mid >= hi) {
          break;
        }
        if (regularised(mid, a, b) < p) {
          lo = mid;
        } else {
          hi = mid;
        }
      }
      return lo + (hi - lo) / 2.0;
    }

    /**
     * The regularised incomplete beta function I_x(a, b), by its continued fraction (Lentz's
     * method, as in Numerical Recipes' betacf), evaluated on the side where it converges fast.
     */
    static double regularised(double x, double a, double b) {
      if (x <= 0.0) {
        return 0.0;
      }
      if (x >= 1.0) {
        return 1.0;
      }
      double front =
          Math.exp(
              logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
      if (x < (a + 1.0) / (a + b + 2.0)) {
        return front * continuedFraction(x, a, b) / a;
      }
      return 1.0 - front * continuedFraction(1.0 - x, b, a) / b;
    }

    private static double continuedFraction(double x, double a, double b) {
      double qab = a + b;
      double qap = a + 1.0;
      double qam = a - 1.0;
      double c = 1.0;
      double d = nonZero(1.0 - qab * x / qap);
      d = 1.0 / d;
      double h = d;
      for (int m = 1; m <= MAX_TERMS; m++) {
        int m2 = 2 * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 / nonZero(1.0 + aa * d);
        c = nonZero(1.0 + aa / c);
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 / nonZero(1.0 + aa * d);
        c = nonZero(1.0 + aa / c);
        double step = d * c;
        h *= step;
        if (Math.abs(step - 1.0) < EPSILON) {
          break;
        }
      }
      return h;
    }

    private static double nonZero(double v) {
      return Math.abs(v) < TINY ? TINY : v;
    }

    private static final double[] LANCZOS = {
      0.9999999999998099,
      676.5203681218851,
      -1259.1392167224028,
      771.3234287776531,
      -176.6150291621406,
      12.507343278686905,
      -0.13857109526572012,
      9.984369578019572e-6,
      1.5056327351493116e-7
    };

    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    /** ln Γ(x) for x &gt;= 1, by Lanczos' approximation (g = 7, nine terms). */
    static double logGamma(double x) {
      double y = x - 1.0;
      double sum = LANCZOS[0];
      for (int i = 1; i < LANCZOS.length; i++) {
        sum += LANCZOS[i] / (y + i);
      }
      double t = y + 7.5;
      return HALF_LOG_TWO_PI + (y + 0.5) * Math.log(t) - t + Math.log(sum);
    }
  }
}
