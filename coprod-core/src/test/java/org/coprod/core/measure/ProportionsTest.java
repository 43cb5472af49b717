package org.coprod.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.statistics.inference.FisherExactTest;
import org.apache.commons.statistics.interval.BinomialConfidenceInterval;
import org.apache.commons.statistics.interval.Interval;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProportionsTest {
  /** R prints seven significant digits; these bounds are as R prints them. */
  static final Offset<Double> R_DIGITS = within(5e-8);

  static ConfidenceInterval interval(int k, int n) {
    return Proportions.clopperPearson(k, n).getOrElseThrow(() -> new AssertionError("none"));
  }

  static double p(int a, int m, int c, int n) {
    return Proportions.fisherExact(a, m, c, n).getOrElseThrow(() -> new AssertionError("none"));
  }

  // ---- published reference values ----

  /**
   * R's own example in {@code ?binom.test} (Mendel's peas, 682 of 925 round): R 4.x prints "95
   * percent confidence interval: 0.7076683 0.7654066".
   */
  @Test
  void clopperPearsonOfMendelsPeasMatchesRsBinomTestExample() {
    ConfidenceInterval ci = interval(682, 925);
    assertThat(ci.lower()).isCloseTo(0.7076683, R_DIGITS);
    assertThat(ci.upper()).isCloseTo(0.7654066, R_DIGITS);
    assertThat(ci.confidence()).isEqualTo(0.95);
  }

  /**
   * R: {@code binom.test(7, 20)} prints "95 percent confidence interval: 0.1539092 0.5921885"; the
   * same as SciPy's {@code binomtest(7, 20).proportion_ci(method='exact')}.
   */
  @Test
  void clopperPearsonOfSevenOfTwentyMatchesR() {
    ConfidenceInterval ci = interval(7, 20);
    assertThat(ci.lower()).isCloseTo(0.1539092, R_DIGITS);
    assertThat(ci.upper()).isCloseTo(0.5921885, R_DIGITS);
  }

  /**
   * R's {@code ?fisher.test} examples: Fisher's tea-tasting table {@code matrix(c(3, 1, 1, 3), 2)}
   * gives a two-sided "p-value = 0.4857"; the Convictions table {@code matrix(c(2, 10, 15, 3), 2)}
   * (2 of 17 dizygotic twins of convicts convicted, 10 of 13 monozygotic) gives "p-value =
   * 0.0005367".
   */
  @Test
  void fisherMatchesTheExamplesOfRsFisherTest() {
    // tea: the first column is (3, 1), so 3 of 4 cups with milk first were guessed right, 1 of 4
    assertThat(p(3, 4, 1, 4)).isCloseTo(0.4857, within(5e-5));
    assertThat(p(3, 4, 1, 4)).isCloseTo(17.0 / 35, within(1e-14));
    // convictions: rows (2, 15) and (10, 3)
    assertThat(p(2, 17, 10, 13)).isCloseTo(0.0005367, within(5e-8));
  }

  /**
   * The case the four-fifths rule flags: 1 of 2 people with lived experience credited against 2 of
   * 2 professionals is a rate of 0.5 against 1, but R's {@code fisher.test(matrix(c(1, 2, 1, 0),
   * 2))} gives p = 1.
   */
  @Test
  void oneOfTwoAgainstTwoOfTwoIsNoEvidenceAtAll() {
    assertThat(p(1, 2, 2, 2)).isEqualTo(1.0);
  }

  /**
   * Tables whose probabilities tie with the observed one count alike, as in R: for (5 of 5, 0 of 5)
   * the two extreme tables each have probability 1/252, and R gives p = 2/252 = 0.007937.
   */
  @Test
  void fisherCountsBothEqualExtremesAsR() {
    assertThat(p(5, 5, 0, 5)).isCloseTo(2.0 / 252, within(1e-15));
    assertThat(p(0, 5, 5, 5)).isCloseTo(2.0 / 252, within(1e-15));
  }

  // ---- edges: 0 of n, n of n, n = 1 ----

  @ParameterizedTest(name = "{0} of {1}")
  @CsvSource({"0, 1", "0, 2", "0, 10", "0, 1000"})
  void noneOfNHasTheClosedFormUpperBound(int k, int n) {
    ConfidenceInterval ci = interval(k, n);
    assertThat(ci.lower()).isZero();
    assertThat(ci.upper()).isCloseTo(1 - Math.pow(0.025, 1.0 / n), within(1e-15));
  }

  @ParameterizedTest(name = "{0} of {1}")
  @CsvSource({"1, 1", "2, 2", "10, 10", "1000, 1000"})
  void allOfNHasTheClosedFormLowerBound(int k, int n) {
    ConfidenceInterval ci = interval(k, n);
    assertThat(ci.lower()).isCloseTo(Math.pow(0.025, 1.0 / n), within(1e-15));
    assertThat(ci.upper()).isEqualTo(1.0);
  }

  /**
   * R: binom.test(0, 1) gives [0, 0.975]; binom.test(1, 1) gives [0.025, 1]; 0 of 10, 0.3084971.
   */
  @Test
  void edgesMatchR() {
    assertThat(interval(0, 1).upper()).isCloseTo(0.975, within(1e-15));
    assertThat(interval(1, 1).lower()).isCloseTo(0.025, within(1e-15));
    assertThat(interval(0, 10).upper()).isCloseTo(0.3084971, R_DIGITS);
    assertThat(interval(10, 10).lower()).isCloseTo(0.6915029, R_DIGITS);
    // binom.test(1, 2): 0.01257912 0.98742088 (SciPy: 0.01257911709367899, 0.987420882906321)
    assertThat(interval(1, 2).lower()).isCloseTo(0.01257912, within(5e-9));
    assertThat(interval(1, 2).upper()).isCloseTo(0.98742088, within(5e-9));
  }

  @Test
  void fisherAtTheEdges() {
    // one person in each group: every table is as probable as the other
    assertThat(p(0, 1, 1, 1)).isEqualTo(1.0);
    assertThat(p(1, 1, 1, 1)).isEqualTo(1.0);
    // nobody credited anywhere, or everybody: one table only
    assertThat(p(0, 5, 0, 7)).isEqualTo(1.0);
    assertThat(p(5, 5, 7, 7)).isEqualTo(1.0);
  }

  @Test
  void anEmptyGroupIsDegenerate() {
    assertThat(Proportions.clopperPearson(0, 0)).isEmpty();
    assertThat(Proportions.fisherExact(0, 0, 1, 2)).isEmpty();
    assertThat(Proportions.fisherExact(1, 2, 0, 0)).isEmpty();
  }

  @Test
  void impossibleCountsAreAProgrammingError() {
    assertThatThrownBy(() -> Proportions.clopperPearson(3, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Proportions.clopperPearson(-1, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Proportions.clopperPearson(1, 2, 1.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Proportions.fisherExact(1, 2, 3, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Proportions.fisherExact(1, -2, 1, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void otherConfidenceLevels() {
    // SciPy 1.17: binomtest(7, 20).proportion_ci(0.9, method='exact') gives 0.17731091757446915,
    // 0.5580345113154889 (the quantiles R's binom.test(7, 20, conf.level = 0.9) takes)
    ConfidenceInterval ci = Proportions.clopperPearson(7, 20, 0.9).get();
    assertThat(ci.lower()).isCloseTo(0.17731091757446915, within(1e-12));
    assertThat(ci.upper()).isCloseTo(0.5580345113154889, within(1e-12));
    assertThat(ci.confidence()).isEqualTo(0.9);
  }

  // ---- against Apache Commons Statistics 1.2 ----

  @Property
  void clopperPearsonAgreesWithCommonsStatistics(
      @ForAll @IntRange(min = 1, max = 400) int n, @ForAll @IntRange(min = 0, max = 400) int k) {
    int successes = k % (n + 1);
    Interval oracle = BinomialConfidenceInterval.CLOPPER_PEARSON.fromErrorRate(n, successes, 0.05);
    ConfidenceInterval ci = interval(successes, n);
    assertThat(ci.lower()).isCloseTo(oracle.getLowerBound(), within(1e-12));
    assertThat(ci.upper()).isCloseTo(oracle.getUpperBound(), within(1e-12));
    assertThat(ci.contains((double) successes / n)).isTrue();
  }

  /**
   * Fisher's p by R's definition, in exact rational arithmetic: the tables with the same margins,
   * each with its hypergeometric weight C(m, x) C(n, k - x), summed where the weight is at most the
   * observed one's times 1 + 1e-7.
   */
  static double fisherByDefinition(int a, int m, int c, int n) {
    int k = a + c;
    java.math.BigInteger observed = weight(a, m, k, n);
    java.math.BigDecimal bound =
        new java.math.BigDecimal(observed).multiply(new java.math.BigDecimal("1.0000001"));
    java.math.BigInteger sum = java.math.BigInteger.ZERO;
    java.math.BigInteger total = java.math.BigInteger.ZERO;
    for (int x = Math.max(0, k - n); x <= Math.min(k, m); x++) {
      java.math.BigInteger w = weight(x, m, k, n);
      total = total.add(w);
      if (new java.math.BigDecimal(w).compareTo(bound) <= 0) {
        sum = sum.add(w);
      }
    }
    return new java.math.BigDecimal(sum)
        .divide(new java.math.BigDecimal(total), java.math.MathContext.DECIMAL128)
        .doubleValue();
  }

  private static java.math.BigInteger weight(int x, int m, int k, int n) {
    return binomial(m, x).multiply(binomial(n, k - x));
  }

  private static java.math.BigInteger binomial(int n, int r) {
    java.math.BigInteger b = java.math.BigInteger.ONE;
    for (int i = 0; i < r; i++) {
      b =
          b.multiply(java.math.BigInteger.valueOf(n - i))
              .divide(java.math.BigInteger.valueOf(i + 1));
    }
    return b;
  }

  @Property
  void fisherAgreesWithRsDefinitionInExactArithmetic(
      @ForAll @IntRange(min = 1, max = 60) int m,
      @ForAll @IntRange(min = 0, max = 60) int a,
      @ForAll @IntRange(min = 1, max = 60) int n,
      @ForAll @IntRange(min = 0, max = 60) int c) {
    int sa = a % (m + 1);
    int sc = c % (n + 1);
    assertThat(p(sa, m, sc, n)).isCloseTo(fisherByDefinition(sa, m, sc, n), within(1e-12));
  }

  /**
   * Where no other table ties with the observed one, Apache Commons Statistics 1.2 agrees too. (It
   * leaves out tables exactly as probable as the observed one: for 1 of 11 against 2 of 6 it gives
   * 0.2720588 where R, SciPy and the definition give 0.5147059, counting the tied table 3 of 11
   * against 0 of 6. So it is an oracle only away from ties.)
   */
  @Property
  void fisherAgreesWithCommonsStatisticsAwayFromTies(
      @ForAll @IntRange(min = 1, max = 60) int m,
      @ForAll @IntRange(min = 0, max = 60) int a,
      @ForAll @IntRange(min = 1, max = 60) int n,
      @ForAll @IntRange(min = 0, max = 60) int c) {
    int sa = a % (m + 1);
    int sc = c % (n + 1);
    net.jqwik.api.Assume.that(!tied(sa, m, sc, n));
    double oracle =
        FisherExactTest.withDefaults().test(new int[][] {{sa, m - sa}, {sc, n - sc}}).getPValue();
    assertThat(p(sa, m, sc, n)).isCloseTo(oracle, within(1e-12));
  }

  @Test
  void commonsStatisticsLeavesOutATiedTable() {
    assertThat(p(1, 11, 2, 6)).isCloseTo(350.0 / 680, within(1e-15));
    assertThat(fisherByDefinition(1, 11, 2, 6)).isCloseTo(350.0 / 680, within(1e-15));
  }

  /** Whether another table with these margins is exactly as probable as the observed one. */
  private static boolean tied(int a, int m, int c, int n) {
    int k = a + c;
    java.math.BigInteger observed = weight(a, m, k, n);
    for (int x = Math.max(0, k - n); x <= Math.min(k, m); x++) {
      if (x != a && weight(x, m, k, n).equals(observed)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void largeGroupsStayAccurate() {
    Interval oracle = BinomialConfidenceInterval.CLOPPER_PEARSON.fromErrorRate(1_000_000, 1, 0.05);
    ConfidenceInterval ci = interval(1, 1_000_000);
    assertThat(ci.lower()).isCloseTo(oracle.getLowerBound(), within(1e-15));
    assertThat(ci.upper()).isCloseTo(oracle.getUpperBound(), within(1e-12));
    double big =
        FisherExactTest.withDefaults().test(new int[][] {{400, 600}, {450, 550}}).getPValue();
    assertThat(p(400, 1000, 450, 1000)).isCloseTo(big, within(1e-12));
  }
}
