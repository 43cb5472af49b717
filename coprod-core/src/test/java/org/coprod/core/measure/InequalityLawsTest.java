package org.coprod.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/** The laws the inequality measures obey, checked on small random inputs. */
class InequalityLawsTest {

  // ---- generators ----

  /** Non-negative values with at least one positive, 2 to 20 of them: non-degenerate input. */
  @Provide
  Arbitrary<double[]> incomes() {
    return Arbitraries.doubles()
        .between(0, 1000)
        .ofScale(3)
        .array(double[].class)
        .ofMinSize(2)
        .ofMaxSize(20)
        .filter(x -> Values.sum(x) > 0);
  }

  /** Strictly positive values, for Theil L. */
  @Provide
  Arbitrary<double[]> positiveIncomes() {
    return Arbitraries.doubles()
        .between(0.001, 1000)
        .ofScale(3)
        .array(double[].class)
        .ofMinSize(2)
        .ofMaxSize(20);
  }

  /** Values with a group label (one of four) for each. */
  @Provide
  Arbitrary<Grouped> grouped() {
    return incomes().flatMap(x -> groupsFor(x));
  }

  @Provide
  Arbitrary<Grouped> positiveGrouped() {
    return positiveIncomes().flatMap(x -> groupsFor(x));
  }

  static Arbitrary<Grouped> groupsFor(double[] x) {
    return Arbitraries.of("a", "b", "c", "d")
        .list()
        .ofSize(x.length)
        .map(labels -> new Grouped(x, Vector.ofAll(labels)));
  }

  record Grouped(double[] x, Seq<String> groups) {}

  /**
   * Whole-number values (so sums are exact in binary) and a transfer of {@code amount} from the
   * person at {@code richer} to the person at {@code poorer} that keeps their order.
   */
  @Provide
  Arbitrary<Transfer> transfers() {
    Arbitrary<double[]> x =
        Arbitraries.integers()
            .between(0, 1000)
            .list()
            .ofMinSize(2)
            .ofMaxSize(20)
            .map(list -> list.stream().mapToDouble(Integer::doubleValue).toArray());
    return x.flatMap(
            values ->
                Combinators.combine(
                        Arbitraries.integers().between(0, values.length - 1),
                        Arbitraries.integers().between(0, values.length - 1),
                        Arbitraries.integers().between(1, 500))
                    .as((i, j, amount) -> Transfer.between(values, i, j, amount)))
        .filter(Optional::isPresent)
        .map(Optional::get);
  }

  record Transfer(double[] before, double[] after) {
    /** The transfer, or empty when it would not keep the order (or nobody is richer). */
    static Optional<Transfer> between(double[] x, int i, int j, int amount) {
      int poorer = x[i] <= x[j] ? i : j;
      int richer = poorer == i ? j : i;
      if (poorer == richer || x[poorer] + amount > x[richer] - amount) {
        return Optional.empty();
      }
      double[] after = x.clone();
      after[poorer] += amount;
      after[richer] -= amount;
      return Optional.of(new Transfer(x, after));
    }
  }

  /** Values and the same values in another order. */
  @Provide
  Arbitrary<Permuted> permutations() {
    return incomes()
        .flatMap(
            x ->
                Arbitraries.shuffle(Arrays.stream(x).boxed().collect(Collectors.toList()))
                    .map(
                        shuffled ->
                            new Permuted(x, shuffled.stream().mapToDouble(d -> d).toArray())));
  }

  record Permuted(double[] x, double[] y) {}

  static double[] reversed(double[] x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = x[x.length - 1 - i];
    }
    return out;
  }

  static double[] scaled(double[] x, double factor) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = x[i] * factor;
    }
    return out;
  }

  // ---- Gini ----

  @Property
  void giniLiesInZeroToOne(@ForAll("incomes") double[] x) {
    double g = Inequality.gini(x).get();
    assertThat(g).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
    assertThat(g).isLessThanOrEqualTo(1.0 - 1.0 / x.length + 1e-12);
  }

  @Property
  void correctedGiniLiesInZeroToOneInclusive(@ForAll("incomes") double[] x) {
    assertThat(Inequality.giniCorrected(x).get()).isBetween(0.0, 1.0);
  }

  @Property
  void giniIsUnchangedByPermutation(@ForAll("permutations") Permuted p) {
    // the Gini sorts its input first, so any order gives the very same double
    assertThat(Inequality.gini(p.y()).get()).isEqualTo(Inequality.gini(p.x()).get());
  }

  @Property
  void giniIsUnchangedByPositiveScaling(
      @ForAll("incomes") double[] x,
      @ForAll @DoubleRange(min = 1e-3, max = 1e6) @Scale(6) double factor) {
    assertThat(Inequality.gini(scaled(x, factor)).get())
        .isCloseTo(Inequality.gini(x).get(), within(1e-12));
  }

  @Property
  void giniIsLoweredByAnOrderKeepingTransferFromRicherToPoorer(@ForAll("transfers") Transfer t) {
    // the values are whole numbers, so the Gini's numerator is exact and must strictly fall
    assertThat(Inequality.gini(t.after()).get()).isLessThan(Inequality.gini(t.before()).get());
  }

  @Property
  void giniOfEqualValuesIsZero(
      @ForAll @DoubleRange(min = 1e-6, max = 1e6) @Scale(9) double value,
      @ForAll @IntRange(min = 2, max = 50) int n) {
    double[] x = new double[n];
    Arrays.fill(x, value);
    assertThat(Inequality.gini(x)).contains(0.0);
  }

  // ---- Herfindahl and Blau ----

  @Property
  void herfindahlLiesBetweenOneOverNAndOne(@ForAll("incomes") double[] x) {
    double h = Inequality.herfindahl(x).get();
    assertThat(h).isBetween(1.0 / x.length - 1e-12, 1.0 + 1e-12);
    assertThat(Inequality.herfindahlNormalised(x).get()).isBetween(0.0, 1.0);
  }

  @Property
  void herfindahlIsUnchangedByPermutationAndScaling(
      @ForAll("permutations") Permuted p,
      @ForAll @DoubleRange(min = 1e-3, max = 1e6) @Scale(6) double factor) {
    double[] x = p.x();
    double h = Inequality.herfindahl(x).get();
    assertThat(Inequality.herfindahl(p.y()).get()).isCloseTo(h, within(1e-12));
    assertThat(Inequality.herfindahl(scaled(x, factor)).get()).isCloseTo(h, within(1e-12));
  }

  @Property
  void blauIsOneMinusHerfindahl(@ForAll("incomes") double[] counts) {
    assertThat(Inequality.blau(counts).get())
        .isCloseTo(1.0 - Inequality.herfindahl(counts).get(), within(1e-15));
  }

  // ---- Theil ----

  @Property
  void theilTLiesBetweenZeroAndLogN(@ForAll("incomes") double[] x) {
    assertThat(Inequality.theilT(x).get()).isBetween(0.0, Math.log(x.length) + 1e-12);
  }

  @Property
  void theilIsUnchangedByPermutationAndScaling(
      @ForAll("positiveIncomes") double[] x,
      @ForAll @DoubleRange(min = 1e-3, max = 1e6) @Scale(6) double factor) {
    double t = Inequality.theilT(x).get();
    double l = Inequality.theilL(x).get();
    assertThat(Inequality.theilT(reversed(x)).get()).isCloseTo(t, within(1e-12));
    assertThat(Inequality.theilT(scaled(x, factor)).get()).isCloseTo(t, within(1e-12));
    assertThat(Inequality.theilL(reversed(x)).get()).isCloseTo(l, within(1e-12));
    assertThat(Inequality.theilL(scaled(x, factor)).get()).isCloseTo(l, within(1e-12));
  }

  /** Strictly positive values anywhere in the range of doubles, subnormal ones included. */
  @Provide
  Arbitrary<double[]> positiveValuesOfAnyMagnitude() {
    Arbitrary<Double> magnitude =
        Arbitraries.integers()
            .between(-323, 308)
            .flatMap(
                e ->
                    Arbitraries.doubles()
                        .between(1, 9.99)
                        .map(m -> m * Math.pow(10, e))
                        .filter(v -> v > 0 && Double.isFinite(v)));
    return magnitude.array(double[].class).ofMinSize(2).ofMaxSize(10);
  }

  @Property
  void theilLIsFiniteForEveryStrictlyPositiveVector(
      @ForAll("positiveValuesOfAnyMagnitude") double[] x) {
    assertThat(Inequality.theilL(x).get()).isFinite().isNotNegative();
    TheilDecomposition d =
        Inequality.theilLByGroup(x, Vector.range(0, x.length).map(i -> i % 2)).get();
    assertThat(d.between()).isFinite();
    assertThat(d.within()).isFinite();
  }

  @Property
  void theilTBetweenPlusWithinIsTotal(@ForAll("grouped") Grouped g) {
    TheilDecomposition d = Inequality.theilTByGroup(g.x(), g.groups()).get();
    assertAddsUp(d);
    assertThat(d.total()).isEqualTo(Inequality.theilT(g.x()).get());
  }

  @Property
  void theilLBetweenPlusWithinIsTotal(@ForAll("positiveGrouped") Grouped g) {
    TheilDecomposition d = Inequality.theilLByGroup(g.x(), g.groups()).get();
    assertAddsUp(d);
    assertThat(d.total()).isEqualTo(Inequality.theilL(g.x()).get());
  }

  static void assertAddsUp(TheilDecomposition d) {
    assertThat(d.between()).isGreaterThanOrEqualTo(0.0);
    assertThat(d.within()).isGreaterThanOrEqualTo(0.0);
    // 1e-9 relative; the small absolute floor covers totals of exactly 0 (all equal), where any
    // rounding at all would fail a purely relative bound
    assertThat(d.between() + d.within()).isCloseTo(d.total(), within(1e-9 * d.total() + 1e-15));
  }

  @Property
  void theilTIsLoweredByAnOrderKeepingTransferFromRicherToPoorer(@ForAll("transfers") Transfer t) {
    assertThat(Inequality.theilT(t.after()).get())
        .isLessThanOrEqualTo(Inequality.theilT(t.before()).get());
  }

  // ---- Atkinson ----

  @Property
  void atkinsonLiesInZeroToOne(
      @ForAll("incomes") double[] x, @ForAll @DoubleRange(min = 0, max = 10) double epsilon) {
    assertThat(Inequality.atkinson(x, epsilon).get()).isBetween(0.0, 1.0);
  }

  @Property
  void atkinsonRisesWithAversion(
      @ForAll("positiveIncomes") double[] x,
      @ForAll @DoubleRange(min = 0, max = 5) double low,
      @ForAll @DoubleRange(min = 0, max = 5) double high) {
    Assume.that(low <= high);
    assertThat(Inequality.atkinson(x, low).get())
        .isLessThanOrEqualTo(Inequality.atkinson(x, high).get() + 1e-12);
  }

  @Property
  void atkinsonIsLoweredByAnOrderKeepingTransferFromRicherToPoorer(
      @ForAll("transfers") Transfer t, @ForAll @DoubleRange(min = 0.1, max = 5) double epsilon) {
    assertThat(Inequality.atkinson(t.after(), epsilon).get())
        .isLessThanOrEqualTo(Inequality.atkinson(t.before(), epsilon).get() + 1e-12);
  }

  // ---- Lorenz ----

  @Property
  void lorenzCurveRisesFromOriginToOneOneBelowTheDiagonal(@ForAll("incomes") double[] x) {
    Seq<LorenzPoint> curve = Inequality.lorenz(x).get();
    assertThat(curve).hasSize(x.length + 1);
    assertThat(curve.head()).isEqualTo(new LorenzPoint(0, 0));
    assertThat(curve.last()).isEqualTo(new LorenzPoint(1, 1));
    for (int k = 1; k < curve.size(); k++) {
      LorenzPoint previous = curve.get(k - 1);
      LorenzPoint point = curve.get(k);
      assertThat(point.valueShare()).isGreaterThanOrEqualTo(previous.valueShare());
      assertThat(point.valueShare()).isLessThanOrEqualTo(point.populationShare() + 1e-12);
    }
  }
}
