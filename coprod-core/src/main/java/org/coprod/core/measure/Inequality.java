package org.coprod.core.measure;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Inequality and concentration measures over non-negative values, such as the hours, money or
 * credit each participant of a project received: Gini, Herfindahl, Theil, Atkinson, the Lorenz
 * curve and the Blau index.
 *
 * <p>Every measure returns an {@link Option}: a value when the input is meaningful, and {@link
 * Option#none()} when it is degenerate, never NaN and never a silent 0. Unless a method says
 * otherwise, the input is degenerate when it holds fewer than two values (inequality needs someone
 * to compare with), any NaN, infinity or negative value, or sums to zero. Each method has an
 * overload taking a Vavr {@link Seq} of numbers, which behaves like the array version.
 *
 * <p>All measures here are scale-invariant, so the input is divided by its maximum first: that
 * keeps sums of very large values from overflowing.
 */
public final class Inequality {
  private Inequality() {}

  /**
   * The Gini coefficient: the mean absolute difference between all pairs of people, divided by
   * twice the mean. 0 when everyone holds the same, approaching 1 when one person holds all.
   *
   * <p>Formula: G = Σ_i Σ_j |x_i - x_j| / (2 n² μ). It is computed from the sorted values as G =
   * Σ_{k=1}^{n-1} k (n - k) (x_(k+1) - x_(k)) / (n Σ x), a sum of non-negative terms, so rounding
   * can never make it negative. This is the uncorrected Gini of R's {@code ineq::Gini}.
   *
   * @param x the values, one per person; not modified
   * @return G in [0, 1 - 1/n], or none for degenerate input (fewer than two values, a NaN, an
   *     infinity, a negative value, or all zero)
   */
  public static Option<Double> gini(double[] x) {
    Objects.requireNonNull(x, "x is null");
    return Values.nonNegativeScaled(x, 2).map(Inequality::giniOf);
  }

  /**
   * The Gini coefficient of a sequence; see {@link #gini(double[])}.
   *
   * @param x the values, one per person
   * @return G, or none for degenerate input
   */
  public static Option<Double> gini(Seq<? extends Number> x) {
    return gini(Values.toArray(x, "x"));
  }

  /**
   * The finite-sample corrected Gini coefficient n / (n - 1) · G, which reaches 1 when one person
   * of n holds everything (the uncorrected Gini stops at 1 - 1/n, which for small groups such as a
   * project board understates concentration).
   *
   * @param x the values, one per person; not modified
   * @return n / (n - 1) · G in [0, 1], or none for degenerate input (as {@link #gini(double[])})
   */
  public static Option<Double> giniCorrected(double[] x) {
    Objects.requireNonNull(x, "x is null");
    int n = x.length;
    return gini(x).map(g -> Math.min(1.0, g * n / (n - 1)));
  }

  /**
   * The corrected Gini coefficient of a sequence; see {@link #giniCorrected(double[])}.
   *
   * @param x the values, one per person
   * @return n / (n - 1) · G, or none for degenerate input
   */
  public static Option<Double> giniCorrected(Seq<? extends Number> x) {
    return giniCorrected(Values.toArray(x, "x"));
  }

  private static double giniOf(double[] scaled) {
    double[] sorted = scaled.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double weighted = 0.0;
    for (int k = 1; k < n; k++) {
      weighted += (double) k * (n - k) * (sorted[k] - sorted[k - 1]);
    }
    return weighted / (n * Values.sum(sorted));
  }

  /**
   * The Herfindahl(-Hirschman) index: the sum of squared shares, H = Σ (x_i / Σ x)². The values may
   * be shares already or sizes (hours, money) that are turned into shares. H = 1/n when all are
   * equal and 1 when one holds everything; the US merger guidelines call H above 0.25 highly
   * concentrated.
   *
   * <p>A single value is not degenerate here: one holder of everything is full concentration, H =
   * 1.
   *
   * @param x the sizes or shares; not modified
   * @return H in [1/n, 1], or none when {@code x} is empty, holds a NaN, an infinity or a negative
   *     value, or is all zero
   */
  public static Option<Double> herfindahl(double[] x) {
    Objects.requireNonNull(x, "x is null");
    return Values.nonNegativeScaled(x, 1).map(Inequality::herfindahlOf);
  }

  /**
   * The Herfindahl index of a sequence; see {@link #herfindahl(double[])}.
   *
   * @param x the sizes or shares
   * @return H, or none for degenerate input
   */
  public static Option<Double> herfindahl(Seq<? extends Number> x) {
    return herfindahl(Values.toArray(x, "x"));
  }

  private static double herfindahlOf(double[] scaled) {
    double total = Values.sum(scaled);
    double h = 0.0;
    for (double value : scaled) {
      double share = value / total;
      h += share * share;
    }
    return h;
  }

  /**
   * The normalised Herfindahl index H* = (H - 1/n) / (1 - 1/n), which rescales H to [0, 1] so that
   * groups of different sizes can be compared: 0 when all are equal, 1 when one holds everything.
   *
   * @param x the sizes or shares; not modified
   * @return H* in [0, 1], or none for degenerate input (fewer than two values, where 1 - 1/n is
   *     zero; a NaN, an infinity, a negative value, or all zero)
   */
  public static Option<Double> herfindahlNormalised(double[] x) {
    Objects.requireNonNull(x, "x is null");
    int n = x.length;
    return Values.nonNegativeScaled(x, 2)
        .map(Inequality::herfindahlOf)
        // H >= 1/n in exact arithmetic; rounding can leave it a hair below when all are equal
        .map(h -> clamp01((h - 1.0 / n) / (1.0 - 1.0 / n)));
  }

  /**
   * The normalised Herfindahl index of a sequence; see {@link #herfindahlNormalised(double[])}.
   *
   * @param x the sizes or shares
   * @return H*, or none for degenerate input
   */
  public static Option<Double> herfindahlNormalised(Seq<? extends Number> x) {
    return herfindahlNormalised(Values.toArray(x, "x"));
  }

  /**
   * Theil's T index (GE(1)), the entropy measure most sensitive to the top of the distribution: T =
   * (1/n) Σ (x_i/μ) ln(x_i/μ), with 0 · ln 0 taken as 0. 0 when all are equal, ln n when one person
   * holds everything.
   *
   * <p><b>Zeros count here; R's ineq drops them.</b> A person who gave nothing is one of the n and
   * pulls the mean μ down, so that one person holding everything is the most unequal case, ln n.
   * R's {@code ineq::Theil(x)} (its default, parameter 0) removes zeros first and measures only the
   * people who hold something, so the two differ exactly by ln(n / n₊), n₊ the number of non-zero
   * values: for x = (0, 1, 2, 3), coprod gives T = 0.3748901 and ineq gives 0.0872080 (the T of (1,
   * 2, 3)) = 0.3748901 - ln(4/3); for (0, 0, 0, 4), coprod gives ln 4 = 1.3862944 and ineq gives 0.
   * Without zeros the two agree. To reproduce ineq, pass the non-zero values only.
   *
   * @param x the values, one per person; not modified
   * @return T in [0, ln n], or none for degenerate input (fewer than two values, a NaN, an
   *     infinity, a negative value, or all zero)
   */
  public static Option<Double> theilT(double[] x) {
    Objects.requireNonNull(x, "x is null");
    return Values.nonNegativeScaled(x, 2).map(Inequality::theilTOf);
  }

  /**
   * Theil's T index of a sequence; see {@link #theilT(double[])}.
   *
   * @param x the values, one per person
   * @return T, or none for degenerate input
   */
  public static Option<Double> theilT(Seq<? extends Number> x) {
    return theilT(Values.toArray(x, "x"));
  }

  /**
   * Theil's L index (GE(0), the mean log deviation), the entropy measure most sensitive to the
   * bottom of the distribution: L = (1/n) Σ ln(μ / x_i). It is undefined when anyone holds zero, so
   * zeros are degenerate here (R's {@code ineq::Theil(x, parameter = 1)}, the same measure, gives
   * {@code Inf} there).
   *
   * <p>It is computed in logarithms of the values divided by the largest, L = ln(mean of x_i / max)
   * - mean of ln(x_i / max), with ln(x_i / max) taken as ln x_i - ln max: a value far below the
   * largest, whose quotient would round to zero, still has a finite logarithm. So the result is
   * finite for every vector of strictly positive finite values: L(1e-300, 1e10) = 356.2075.
   *
   * @param x the values, one per person; not modified
   * @return L &gt;= 0, or none for degenerate input (fewer than two values, a NaN, an infinity, a
   *     negative value, or any zero)
   */
  public static Option<Double> theilL(double[] x) {
    Objects.requireNonNull(x, "x is null");
    return logsOverMax(x).map(Inequality::theilLOfLogs);
  }

  /**
   * Theil's L index of a sequence; see {@link #theilL(double[])}.
   *
   * @param x the values, one per person
   * @return L, or none for degenerate input
   */
  public static Option<Double> theilL(Seq<? extends Number> x) {
    return theilL(Values.toArray(x, "x"));
  }

  private static double theilTOf(double[] scaled) {
    return theilTOf(scaled, Values.sum(scaled) / scaled.length);
  }

  private static double theilTOf(double[] values, double mean) {
    double t = 0.0;
    for (double value : values) {
      if (value > 0.0) {
        double ratio = value / mean;
        t += ratio * Math.log(ratio);
      }
    }
    // T >= 0 in exact arithmetic; rounding can leave equal values a hair below zero
    return Math.max(0.0, t / values.length);
  }

  /**
   * ln(x_i / max x) for each value, taken as ln x_i - ln max so that no quotient rounds to zero; or
   * none when {@code x} has fewer than two values, or a value that is not finite and positive.
   */
  private static Option<double[]> logsOverMax(double[] x) {
    return Values.nonNegativeScaled(x, 2)
        .filter(scaled -> allPositive(x))
        .map(
            scaled -> {
              double logMax = Double.NEGATIVE_INFINITY;
              for (double value : x) {
                logMax = Math.max(logMax, Math.log(value));
              }
              double[] logs = new double[x.length];
              for (int i = 0; i < x.length; i++) {
                logs[i] = Math.log(x[i]) - logMax;
              }
              return logs;
            });
  }

  /** L from the logarithms of the values over the largest: ln(mean) - mean of logs. */
  private static double theilLOfLogs(double[] logs) {
    return Math.max(0.0, logMean(logs) - Values.sum(logs) / logs.length);
  }

  /** The logarithm of the mean of exp(logs), without leaving logarithms. */
  private static double logMean(double[] logs) {
    return logSumExp(logs) - Math.log(logs.length);
  }

  private static boolean allPositive(double[] x) {
    for (double value : x) {
      if (value <= 0.0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Theil's T index split into the part between groups and the part within them.
   *
   * <p>With s_g = Σ_{i∈g} x_i / Σ x the group's share of the total and μ_g its mean: between = Σ_g
   * s_g ln(μ_g / μ), within = Σ_g s_g T_g, and total = T = between + within. A group whose values
   * are all zero holds no share and adds nothing to either part; a group of one person has T_g = 0.
   *
   * @param <G> the type of the group labels, compared with {@code equals}
   * @param x the values, one per person; not modified
   * @param groups the group of each person, in the same order as {@code x}
   * @return the decomposition, or none when {@code x} is degenerate for {@link #theilT(double[])}
   * @throws IllegalArgumentException when {@code x} and {@code groups} differ in length
   */
  public static <G> Option<TheilDecomposition> theilTByGroup(double[] x, Seq<G> groups) {
    Objects.requireNonNull(x, "x is null");
    Objects.requireNonNull(groups, "groups is null");
    Values.requireSameLength(x.length, groups.size());
    return Values.nonNegativeScaled(x, 2)
        .map(scaled -> theilTDecomposed(scaled, split(scaled, groups)));
  }

  /**
   * Theil's T index of a sequence split by group; see {@link #theilTByGroup(double[], Seq)}.
   *
   * @param <G> the type of the group labels
   * @param x the values, one per person
   * @param groups the group of each person
   * @return the decomposition, or none for degenerate input
   * @throws IllegalArgumentException when {@code x} and {@code groups} differ in length
   */
  public static <G> Option<TheilDecomposition> theilTByGroup(
      Seq<? extends Number> x, Seq<G> groups) {
    return theilTByGroup(Values.toArray(x, "x"), groups);
  }

  /**
   * Theil's L index split into the part between groups and the part within them.
   *
   * <p>With w_g = n_g / n the group's share of the people and μ_g its mean: between = Σ_g w_g ln(μ
   * / μ_g), within = Σ_g w_g L_g, and total = L = between + within.
   *
   * @param <G> the type of the group labels, compared with {@code equals}
   * @param x the values, one per person; not modified
   * @param groups the group of each person, in the same order as {@code x}
   * @return the decomposition, or none when {@code x} is degenerate for {@link #theilL(double[])}
   *     (which includes any zero)
   * @throws IllegalArgumentException when {@code x} and {@code groups} differ in length
   */
  public static <G> Option<TheilDecomposition> theilLByGroup(double[] x, Seq<G> groups) {
    Objects.requireNonNull(x, "x is null");
    Objects.requireNonNull(groups, "groups is null");
    Values.requireSameLength(x.length, groups.size());
    return logsOverMax(x).map(logs -> theilLDecomposed(logs, split(logs, groups)));
  }

  /**
   * Theil's L index of a sequence split by group; see {@link #theilLByGroup(double[], Seq)}.
   *
   * @param <G> the type of the group labels
   * @param x the values, one per person
   * @param groups the group of each person
   * @return the decomposition, or none for degenerate input
   * @throws IllegalArgumentException when {@code x} and {@code groups} differ in length
   */
  public static <G> Option<TheilDecomposition> theilLByGroup(
      Seq<? extends Number> x, Seq<G> groups) {
    return theilLByGroup(Values.toArray(x, "x"), groups);
  }

  /** The values of each group, in order of first appearance. */
  private static <G> List<double[]> split(double[] x, Seq<G> groups) {
    Map<G, Integer> sizes = new LinkedHashMap<>();
    for (G group : groups) {
      sizes.merge(Objects.requireNonNull(group, "groups contains null"), 1, Integer::sum);
    }
    Map<G, double[]> byGroup = new LinkedHashMap<>();
    sizes.forEach((group, size) -> byGroup.put(group, new double[size]));
    Map<G, Integer> filled = new HashMap<>();
    int i = 0;
    for (G group : groups) {
      int at = filled.merge(group, 1, Integer::sum) - 1;
      Objects.requireNonNull(byGroup.get(group), "every group was sized in the first pass")[at] =
          x[i++];
    }
    return new ArrayList<>(byGroup.values());
  }

  private static TheilDecomposition theilTDecomposed(double[] all, Iterable<double[]> groups) {
    double total = Values.sum(all);
    double mean = total / all.length;
    double between = 0.0;
    double within = 0.0;
    for (double[] group : groups) {
      double groupTotal = Values.sum(group);
      if (groupTotal > 0.0) {
        double share = groupTotal / total;
        double groupMean = groupTotal / group.length;
        between += share * Math.log(groupMean / mean);
        within += share * theilTOf(group, groupMean);
      }
    }
    return new TheilDecomposition(theilTOf(all, mean), Math.max(0.0, between), within);
  }

  /** The decomposition of L, from the logarithms of the values over the largest (as theilL). */
  private static TheilDecomposition theilLDecomposed(double[] logs, Iterable<double[]> groups) {
    double logMean = logMean(logs);
    double between = 0.0;
    double within = 0.0;
    for (double[] group : groups) {
      double weight = (double) group.length / logs.length;
      between += weight * (logMean - logMean(group));
      within += weight * theilLOfLogs(group);
    }
    return new TheilDecomposition(theilLOfLogs(logs), Math.max(0.0, between), within);
  }

  /**
   * The Atkinson index with inequality aversion ε: the share of the total that could be given up
   * while keeping the same social welfare if the rest were shared equally.
   *
   * <p>Formula: A = 1 - ede / μ with the equally distributed equivalent ede = ((1/n) Σ
   * x_i^(1-ε))^(1/(1-ε)) for ε ≠ 1 and the geometric mean (Π x_i)^(1/n) for ε = 1. ε = 0 gives 0
   * (no aversion). For ε &gt;= 1 a single zero makes ede 0 and A = 1, its limit, which is returned
   * rather than none. It is computed in logarithms, so large ε does not overflow.
   *
   * @param x the values, one per person; not modified
   * @param epsilon the inequality aversion, finite and &gt;= 0
   * @return A in [0, 1], or none for degenerate input (fewer than two values, a NaN, an infinity, a
   *     negative value, or all zero)
   * @throws IllegalArgumentException when {@code epsilon} is negative, NaN or infinite: a wrong
   *     parameter is a programming error, not degenerate data
   */
  public static Option<Double> atkinson(double[] x, double epsilon) {
    Objects.requireNonNull(x, "x is null");
    if (!(epsilon >= 0.0) || epsilon == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("epsilon must be finite and >= 0, was " + epsilon);
    }
    return Values.nonNegativeScaled(x, 2).map(scaled -> atkinsonOf(scaled, epsilon));
  }

  /**
   * The Atkinson index of a sequence; see {@link #atkinson(double[], double)}.
   *
   * @param x the values, one per person
   * @param epsilon the inequality aversion, finite and &gt;= 0
   * @return A, or none for degenerate input
   * @throws IllegalArgumentException when {@code epsilon} is negative, NaN or infinite
   */
  public static Option<Double> atkinson(Seq<? extends Number> x, double epsilon) {
    return atkinson(Values.toArray(x, "x"), epsilon);
  }

  private static double atkinsonOf(double[] scaled, double epsilon) {
    int n = scaled.length;
    double logMean = Math.log(Values.sum(scaled) / n);
    double logEde;
    if (epsilon == 1.0) {
      double sumLogs = 0.0;
      for (double value : scaled) {
        sumLogs += Math.log(value);
      }
      logEde = sumLogs / n;
    } else {
      double power = 1.0 - epsilon;
      double[] terms = new double[n];
      for (int i = 0; i < n; i++) {
        // for ε > 1 a zero gives +∞ here, and ede correctly comes out 0
        terms[i] = power * Math.log(scaled[i]);
      }
      logEde = (logSumExp(terms) - Math.log(n)) / power;
    }
    // ede <= μ in exact arithmetic (power-mean inequality); rounding can overshoot slightly
    return clamp01(1.0 - Math.exp(logEde - logMean));
  }

  private static double logSumExp(double[] terms) {
    double max = Double.NEGATIVE_INFINITY;
    for (double term : terms) {
      max = Math.max(max, term);
    }
    if (Double.isInfinite(max)) {
      return max;
    }
    double sum = 0.0;
    for (double term : terms) {
      sum += Math.exp(term - max);
    }
    return max + Math.log(sum);
  }

  /**
   * The Lorenz curve: with the values sorted from smallest to largest, the point k (k = 0 … n) is
   * (k / n, the sum of the k smallest values / the total). It runs from (0, 0) to (1, 1) and lies
   * on the diagonal when everyone holds the same; twice the area between it and the diagonal is the
   * Gini coefficient.
   *
   * @param x the values, one per person; not modified
   * @return the n + 1 points, or none for degenerate input (fewer than two values, a NaN, an
   *     infinity, a negative value, or all zero)
   */
  public static Option<Seq<LorenzPoint>> lorenz(double[] x) {
    Objects.requireNonNull(x, "x is null");
    return Values.nonNegativeScaled(x, 2).map(Inequality::lorenzOf);
  }

  /**
   * The Lorenz curve of a sequence; see {@link #lorenz(double[])}.
   *
   * @param x the values, one per person
   * @return the n + 1 points, or none for degenerate input
   */
  public static Option<Seq<LorenzPoint>> lorenz(Seq<? extends Number> x) {
    return lorenz(Values.toArray(x, "x"));
  }

  private static Seq<LorenzPoint> lorenzOf(double[] scaled) {
    double[] sorted = scaled.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double total = Values.sum(sorted);
    LorenzPoint[] points = new LorenzPoint[n + 1];
    points[0] = new LorenzPoint(0.0, 0.0);
    double cumulative = 0.0;
    for (int k = 1; k < n; k++) {
      cumulative += sorted[k - 1];
      points[k] = new LorenzPoint((double) k / n, Math.min(1.0, cumulative / total));
    }
    // the running sum can end a hair off the total; the curve ends at (1, 1) by definition
    points[n] = new LorenzPoint(1.0, 1.0);
    return Vector.of(points);
  }

  /**
   * The Blau index of diversity (Gini–Simpson): the chance that two people drawn at random, with
   * replacement, belong to different categories. Blau = 1 - Σ p_i², where p_i is category i's
   * share, taken from counts (or shares) per category. 0 when everyone is in one category, 1 - 1/k
   * for an even spread over k categories.
   *
   * <p>A single category is not degenerate here: a group of one kind has Blau = 0.
   *
   * @param counts the number (or share) of people in each category; not modified
   * @return Blau in [0, 1), or none when {@code counts} is empty, holds a NaN, an infinity or a
   *     negative value, or is all zero
   */
  public static Option<Double> blau(double[] counts) {
    Objects.requireNonNull(counts, "counts is null");
    return herfindahl(counts).map(h -> clamp01(1.0 - h));
  }

  /**
   * The Blau index of counts per category given as a sequence; see {@link #blau(double[])}.
   *
   * @param counts the number (or share) of people in each category
   * @return Blau, or none for degenerate input
   */
  public static Option<Double> blau(Seq<? extends Number> counts) {
    return blau(Values.toArray(counts, "counts"));
  }

  /**
   * The Blau index of a group given as the category of each member (for example each board member's
   * perspective): the categories are counted, compared with {@code equals}, and passed to {@link
   * #blau(double[])}.
   *
   * @param categories the category of each member
   * @return Blau in [0, 1), or none when {@code categories} is empty
   */
  public static Option<Double> blauOfCategories(Seq<?> categories) {
    Objects.requireNonNull(categories, "categories is null");
    Map<Object, Integer> counts = new LinkedHashMap<>();
    for (Object category : categories) {
      counts.merge(Objects.requireNonNull(category, "categories contains null"), 1, Integer::sum);
    }
    return blau(counts.values().stream().mapToDouble(Integer::doubleValue).toArray());
  }

  private static double clamp01(double value) {
    return Math.max(0.0, Math.min(1.0, value));
  }
}
