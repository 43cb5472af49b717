package org.coprod.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InequalityTest {
  static final Offset<Double> ANCHOR = within(1e-6);

  /** The example income vector shipped with R's ineq package. */
  static final double[] INEQ_X = {541, 1463, 2445, 3438, 4437, 5401, 6392, 8304, 11904, 22261};

  static double value(Option<Double> result) {
    assertThat(result.isDefined()).as("result is defined").isTrue();
    return result.get();
  }

  // ---- anchors ----

  @Test
  void giniOfTheIneqExampleMatchesR() {
    assertThat(value(Inequality.gini(INEQ_X))).isCloseTo(0.4620911, ANCHOR);
  }

  @Test
  void herfindahlOfTheIneqExampleMatchesR() {
    assertThat(value(Inequality.herfindahl(INEQ_X))).isCloseTo(0.1840812, ANCHOR);
  }

  @Test
  void atkinsonHalfOfTheIneqExampleMatchesR() {
    assertThat(value(Inequality.atkinson(INEQ_X, 0.5))).isCloseTo(0.1796591, ANCHOR);
  }

  static Stream<Arguments> giniAnchors() {
    return Stream.of(
        Arguments.of(new double[] {1, 1, 1, 1}, 0.0, 0.0),
        Arguments.of(new double[] {0, 0, 0, 1}, 0.75, 1.0),
        Arguments.of(new double[] {3, 1}, 0.25, 0.5),
        Arguments.of(new double[] {1, 2, 3, 4, 5}, 0.2666667, 0.3333333));
  }

  @ParameterizedTest
  @MethodSource("giniAnchors")
  void giniMatchesAnchor(double[] x, double gini, double corrected) {
    assertThat(value(Inequality.gini(x))).isCloseTo(gini, ANCHOR);
  }

  @ParameterizedTest
  @MethodSource("giniAnchors")
  void correctedGiniMatchesAnchor(double[] x, double gini, double corrected) {
    assertThat(value(Inequality.giniCorrected(x))).isCloseTo(corrected, ANCHOR);
  }

  @Test
  void herfindahlOfSharesMatchesAnchor() {
    double[] shares = {0.5, 0.3, 0.2};
    assertThat(value(Inequality.herfindahl(shares))).isCloseTo(0.38, ANCHOR);
    assertThat(value(Inequality.herfindahlNormalised(shares))).isCloseTo(0.07, ANCHOR);
  }

  // ---- other known values ----

  @Test
  void herfindahlTurnsSizesIntoShares() {
    assertThat(value(Inequality.herfindahl(new double[] {50, 30, 20}))).isCloseTo(0.38, ANCHOR);
  }

  @Test
  void herfindahlOfOneHolderIsFullConcentration() {
    assertThat(Inequality.herfindahl(new double[] {7})).contains(1.0);
  }

  @Test
  void normalisedHerfindahlRunsFromEqualToConcentrated() {
    assertThat(value(Inequality.herfindahlNormalised(new double[] {2, 2, 2})))
        .isCloseTo(0.0, within(1e-12));
    assertThat(value(Inequality.herfindahlNormalised(new double[] {0, 0, 5})))
        .isCloseTo(1.0, within(1e-12));
  }

  @Test
  void theilTOfOneHolderIsLogN() {
    assertThat(value(Inequality.theilT(new double[] {0, 0, 0, 4})))
        .isCloseTo(Math.log(4), within(1e-12));
  }

  @Test
  void theilIndicesOfAKnownPairMatchTheirFormulas() {
    // x = 1, 3: μ = 2; T = (0.5 ln 0.5 + 1.5 ln 1.5) / 2; L = (ln 2 + ln(2/3)) / 2
    double t = (0.5 * Math.log(0.5) + 1.5 * Math.log(1.5)) / 2;
    double l = (Math.log(2) + Math.log(2.0 / 3)) / 2;
    assertThat(value(Inequality.theilT(new double[] {1, 3}))).isCloseTo(t, within(1e-12));
    assertThat(value(Inequality.theilL(new double[] {1, 3}))).isCloseTo(l, within(1e-12));
  }

  /**
   * R's ineq::Theil(x) (parameter 0) drops zeros: for (0, 1, 2, 3) it measures (1, 2, 3), giving (1
   * ln(1/2) + 2 ln 1 + 3 ln(3/2)) / 6 = 0.08720802; coprod keeps the zero, and the two differ by
   * ln(n / n₊) = ln(4/3). Python's math module, on the formula, gives 0.37489009641253884 and
   * 0.08720802396075798.
   */
  @Test
  void theilTKeepsZerosWhereRsIneqDropsThem() {
    double ineq = (Math.log(0.5) + 3 * Math.log(1.5)) / 6;
    assertThat(ineq).isCloseTo(0.08720802396075798, within(1e-15));
    assertThat(value(Inequality.theilT(new double[] {1, 2, 3}))).isCloseTo(ineq, within(1e-15));
    assertThat(value(Inequality.theilT(new double[] {0, 1, 2, 3})))
        .isCloseTo(0.37489009641253884, within(1e-15))
        .isCloseTo(ineq + Math.log(4.0 / 3), within(1e-15));
    // one holder of everything: ineq gives 0 (one value left), coprod ln 4
    assertThat(value(Inequality.theilT(new double[] {0, 0, 0, 4})))
        .isCloseTo(Math.log(4), within(1e-15));
  }

  @Test
  void theilLStaysFiniteWhenOneValueIsFarBelowTheLargest() {
    // 1e-300 / 1e10 rounds to zero; its logarithm does not: ln(1/2) - (ln 1e-300 - ln 1e10) / 2
    double expected = Math.log(0.5) - (Math.log(1e-300) - Math.log(1e10)) / 2;
    assertThat(value(Inequality.theilL(new double[] {1e-300, 1e10})))
        .isFinite()
        .isCloseTo(expected, within(1e-12))
        .isCloseTo(356.20754223351713, within(1e-9));
    assertThat(value(Inequality.theilL(new double[] {Double.MIN_VALUE, Double.MAX_VALUE})))
        .isFinite();
    TheilDecomposition d =
        Inequality.theilLByGroup(new double[] {1e-300, 1e10, 1e-320}, List.of("a", "b", "a")).get();
    assertThat(d.total()).isFinite();
    assertThat(d.between()).isFinite();
    assertThat(d.within()).isFinite();
    assertThat(d.between() + d.within()).isCloseTo(d.total(), within(1e-9));
  }

  @Test
  void theilOfEqualValuesIsZero() {
    double[] equal = {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1};
    assertThat(Inequality.theilT(equal)).contains(0.0);
    assertThat(Inequality.theilL(equal)).contains(0.0);
  }

  @Test
  void theilTDecompositionOfAKnownCase() {
    // two groups with equal values inside: all inequality is between the groups
    double[] x = {1, 1, 3, 3};
    Seq<String> groups = List.of("a", "a", "b", "b");
    TheilDecomposition d = Inequality.theilTByGroup(x, groups).get();
    assertThat(d.within()).isCloseTo(0.0, within(1e-12));
    assertThat(d.between()).isCloseTo(value(Inequality.theilT(x)), within(1e-12));
    assertThat(d.total()).isCloseTo(value(Inequality.theilT(x)), within(1e-12));
  }

  @Test
  void theilLDecompositionOfAKnownCase() {
    // one group holding everyone: all inequality is within
    double[] x = {1, 2, 4};
    TheilDecomposition d = Inequality.theilLByGroup(x, List.of("a", "a", "a")).get();
    assertThat(d.between()).isCloseTo(0.0, within(1e-12));
    assertThat(d.within()).isCloseTo(d.total(), within(1e-12));
  }

  @Test
  void theilTDecompositionGivesAnAllZeroGroupNoWeight() {
    double[] x = {0, 0, 2, 6};
    TheilDecomposition d = Inequality.theilTByGroup(x, List.of("z", "z", "p", "p")).get();
    assertThat(d.between() + d.within()).isCloseTo(d.total(), within(1e-12));
    assertThat(d.total()).isCloseTo(value(Inequality.theilT(x)), within(1e-15));
  }

  @Test
  void atkinsonOfOneIsOneMinusGeometricOverArithmeticMean() {
    // x = 1, 4: geometric mean 2, arithmetic mean 2.5
    assertThat(value(Inequality.atkinson(new double[] {1, 4}, 1.0)))
        .isCloseTo(1 - 2 / 2.5, within(1e-12));
  }

  @Test
  void atkinsonOfTwoIsOneMinusHarmonicOverArithmeticMean() {
    // x = 1, 4: harmonic mean 2 / (1 + 1/4) = 1.6
    assertThat(value(Inequality.atkinson(new double[] {1, 4}, 2.0)))
        .isCloseTo(1 - 1.6 / 2.5, within(1e-12));
  }

  @Test
  void atkinsonWithoutAversionIsZero() {
    assertThat(value(Inequality.atkinson(INEQ_X, 0.0))).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void atkinsonOfAtLeastOneWithAZeroIsOne() {
    assertThat(Inequality.atkinson(new double[] {0, 5, 5}, 1.0)).contains(1.0);
    assertThat(Inequality.atkinson(new double[] {0, 5, 5}, 3.0)).contains(1.0);
  }

  @Test
  void atkinsonWithLargeAversionDoesNotOverflow() {
    // ede tends to the minimum as ε grows: for 1e-4 and 1 at ε = 100 it is about 2^(1/99) · 1e-4
    double a = value(Inequality.atkinson(new double[] {1e-4, 1}, 100));
    double ede = Math.pow(2, 1.0 / 99) * 1e-4;
    assertThat(a).isCloseTo(1 - ede / 0.50005, within(1e-9));
  }

  @Test
  void atkinsonRefusesABadEpsilon() {
    assertThatThrownBy(() -> Inequality.atkinson(INEQ_X, -0.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Inequality.atkinson(INEQ_X, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Inequality.atkinson(INEQ_X, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lorenzCurveOfAKnownCase() {
    Seq<LorenzPoint> curve = Inequality.lorenz(new double[] {3, 0, 1}).get();
    assertThat(curve)
        .containsExactly(
            new LorenzPoint(0, 0),
            new LorenzPoint(1.0 / 3, 0),
            new LorenzPoint(2.0 / 3, 0.25),
            new LorenzPoint(1, 1));
  }

  @Test
  void giniIsTwiceTheAreaBetweenTheLorenzCurveAndTheDiagonal() {
    Seq<LorenzPoint> curve = Inequality.lorenz(INEQ_X).get();
    double area = 0.0;
    for (int k = 1; k < curve.size(); k++) {
      LorenzPoint a = curve.get(k - 1);
      LorenzPoint b = curve.get(k);
      area += (b.populationShare() - a.populationShare()) * (a.valueShare() + b.valueShare()) / 2;
    }
    assertThat(1 - 2 * area).isCloseTo(value(Inequality.gini(INEQ_X)), within(1e-12));
  }

  @Test
  void blauOfKnownGroups() {
    assertThat(value(Inequality.blau(new double[] {5, 5}))).isCloseTo(0.5, within(1e-12));
    assertThat(value(Inequality.blau(new double[] {0.5, 0.3, 0.2}))).isCloseTo(0.62, ANCHOR);
    assertThat(Inequality.blau(new double[] {9})).contains(0.0);
    assertThat(value(Inequality.blauOfCategories(List.of("lived", "pro", "pro", "lived"))))
        .isCloseTo(0.5, within(1e-12));
    assertThat(Inequality.blauOfCategories(List.of("pro", "pro", "pro"))).contains(0.0);
  }

  @Test
  void seqOverloadsAgreeWithArrays() {
    Seq<Integer> seq = List.of(541, 1463, 2445, 3438, 4437, 5401, 6392, 8304, 11904, 22261);
    assertThat(Inequality.gini(seq)).isEqualTo(Inequality.gini(INEQ_X));
    assertThat(Inequality.giniCorrected(seq)).isEqualTo(Inequality.giniCorrected(INEQ_X));
    assertThat(Inequality.herfindahl(seq)).isEqualTo(Inequality.herfindahl(INEQ_X));
    assertThat(Inequality.herfindahlNormalised(seq))
        .isEqualTo(Inequality.herfindahlNormalised(INEQ_X));
    assertThat(Inequality.theilT(seq)).isEqualTo(Inequality.theilT(INEQ_X));
    assertThat(Inequality.theilL(seq)).isEqualTo(Inequality.theilL(INEQ_X));
    assertThat(Inequality.atkinson(seq, 0.5)).isEqualTo(Inequality.atkinson(INEQ_X, 0.5));
    assertThat(Inequality.lorenz(seq)).isEqualTo(Inequality.lorenz(INEQ_X));
    assertThat(Inequality.blau(seq)).isEqualTo(Inequality.blau(INEQ_X));
    Seq<String> groups = List.of("a", "b", "a", "b", "a", "b", "a", "b", "a", "b");
    assertThat(Inequality.theilTByGroup(seq, groups))
        .isEqualTo(Inequality.theilTByGroup(INEQ_X, groups));
    assertThat(Inequality.theilLByGroup(seq, groups))
        .isEqualTo(Inequality.theilLByGroup(INEQ_X, groups));
  }

  @Test
  void hugeValuesDoNotOverflow() {
    double big = Double.MAX_VALUE / 2;
    assertThat(value(Inequality.gini(new double[] {big, big, big, 0})))
        .isCloseTo(0.25, within(1e-12));
    assertThat(value(Inequality.herfindahl(new double[] {big, big, big, big})))
        .isCloseTo(0.25, within(1e-12));
  }

  // ---- degenerate input ----

  /** Every measure whose degenerate input is fewer than two values, a NaN or all zeros. */
  static Stream<Arguments> measures() {
    return Stream.of(
        measure("gini", Inequality::gini),
        measure("giniCorrected", Inequality::giniCorrected),
        measure("herfindahlNormalised", Inequality::herfindahlNormalised),
        measure("theilT", Inequality::theilT),
        measure("theilL", Inequality::theilL),
        measure("atkinson(0.5)", x -> Inequality.atkinson(x, 0.5)),
        measure("atkinson(1)", x -> Inequality.atkinson(x, 1.0)),
        measure("atkinson(2)", x -> Inequality.atkinson(x, 2.0)),
        measure("lorenz", x -> Inequality.lorenz(x).map(Seq::size).map(Integer::doubleValue)),
        measure(
            "theilTByGroup",
            x -> Inequality.theilTByGroup(x, labels(x.length)).map(TheilDecomposition::total)),
        measure(
            "theilLByGroup",
            x -> Inequality.theilLByGroup(x, labels(x.length)).map(TheilDecomposition::total)));
  }

  static Arguments measure(String name, Function<double[], Option<?>> measure) {
    return Arguments.of(name, measure);
  }

  static Seq<String> labels(int n) {
    return List.fill(n, "g");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("measures")
  void degenerateInputGivesNone(String name, Function<double[], Option<?>> measure) {
    assertThat(measure.apply(new double[] {})).as("empty").isEmpty();
    assertThat(measure.apply(new double[] {0, 0, 0})).as("all zero").isEmpty();
    assertThat(measure.apply(new double[] {4})).as("single element").isEmpty();
    assertThat(measure.apply(new double[] {1, Double.NaN, 2})).as("NaN").isEmpty();
    assertThat(measure.apply(new double[] {1, Double.POSITIVE_INFINITY})).as("infinite").isEmpty();
    assertThat(measure.apply(new double[] {3, -1, 2})).as("negative").isEmpty();
    assertThat(measure.apply(new double[] {1, 2})).as("a valid pair").isNotEmpty();
  }

  @Test
  void theilLTreatsAZeroAsDegenerate() {
    assertThat(Inequality.theilL(new double[] {0, 1, 2})).isEmpty();
    assertThat(Inequality.theilLByGroup(new double[] {0, 1, 2}, labels(3))).isEmpty();
  }

  @Test
  void herfindahlAndBlauRefuseOnlyEmptyNanNegativeAndAllZero() {
    for (Function<double[], Option<Double>> m :
        List.<Function<double[], Option<Double>>>of(Inequality::herfindahl, Inequality::blau)) {
      assertThat(m.apply(new double[] {})).as("empty").isEmpty();
      assertThat(m.apply(new double[] {0, 0})).as("all zero").isEmpty();
      assertThat(m.apply(new double[] {Double.NaN})).as("NaN").isEmpty();
      assertThat(m.apply(new double[] {Double.NEGATIVE_INFINITY, 1})).as("infinite").isEmpty();
      assertThat(m.apply(new double[] {-1, 2})).as("negative").isEmpty();
      assertThat(m.apply(new double[] {4})).as("single element").isNotEmpty();
    }
    assertThat(Inequality.blauOfCategories(List.empty())).isEmpty();
  }

  @Test
  void decompositionsRefuseGroupsOfTheWrongLength() {
    assertThatThrownBy(() -> Inequality.theilTByGroup(new double[] {1, 2}, List.of("a")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Inequality.theilLByGroup(new double[] {1, 2}, List.of("a")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nullArgumentsAreNamed() {
    assertThatThrownBy(() -> Inequality.gini((double[]) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("x is null");
    assertThatThrownBy(() -> Inequality.gini((Seq<Double>) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("x is null");
    assertThatThrownBy(() -> Inequality.gini(List.of(1.0, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("x contains null");
    assertThatThrownBy(() -> Inequality.theilTByGroup(new double[] {1, 2}, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("groups is null");
    assertThatThrownBy(() -> Inequality.blau((double[]) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("counts is null");
  }
}
