package org.coprod.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vavr.Tuple2;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The laws the parity measures obey, checked on small random outcomes. */
class ParityLawsTest {

  record Outcomes(double[] y, Seq<String> groups) {}

  @Provide
  Arbitrary<Outcomes> outcomes() {
    return Arbitraries.integers()
        .between(1, 30)
        .flatMap(
            n ->
                Combinators.combine(
                        Arbitraries.of(0.0, 1.0).array(double[].class).ofSize(n),
                        Arbitraries.of("a", "b", "c", "d").list().ofSize(n))
                    .as((y, groups) -> new Outcomes(y, Vector.ofAll(groups))));
  }

  @Property
  void selectionRatesLieInZeroToOneAndBracketTheOverallRate(@ForAll("outcomes") Outcomes o) {
    SelectionRates<String> rates = Parity.selectionRates(o.y(), o.groups()).get();
    double min = rates.byGroup().values().min().get();
    double max = rates.byGroup().values().max().get();
    assertThat(min).isGreaterThanOrEqualTo(0.0);
    assertThat(max).isLessThanOrEqualTo(1.0);
    // the overall rate is a weighted mean of the group rates
    assertThat(rates.overall()).isBetween(min - 1e-15, max + 1e-15);
  }

  @Property
  void overallRateIsTheWeightedMeanOfGroupRates(@ForAll("outcomes") Outcomes o) {
    SelectionRates<String> rates = Parity.selectionRates(o.y(), o.groups()).get();
    Map<String, Double> shares = Parity.sharesByGroup(o.groups()).get();
    double weighted = 0.0;
    for (Tuple2<String, Double> rate : rates.byGroup()) {
      weighted += rate._2() * shares.get(rate._1()).get();
    }
    assertThat(weighted).isCloseTo(rates.overall(), within(1e-12));
  }

  @Property
  void parityMeasuresLieInZeroToOne(@ForAll("outcomes") Outcomes o) {
    SelectionRates<String> rates = Parity.selectionRates(o.y(), o.groups()).get();
    assertThat(rates.difference()).isBetween(0.0, 1.0);
    assertThat(rates.differenceToOverall()).isBetween(0.0, rates.difference());
    rates.ratio().forEach(r -> assertThat(r).isBetween(0.0, 1.0));
    rates.ratioToOverall().forEach(r -> assertThat(r).isBetween(0.0, 1.0));
  }

  @Property
  void ratioIsMissingOnlyWhenNobodyIsSelected(@ForAll("outcomes") Outcomes o) {
    SelectionRates<String> rates = Parity.selectionRates(o.y(), o.groups()).get();
    boolean nobody = rates.overall() == 0.0;
    assertThat(rates.ratio().isEmpty()).isEqualTo(nobody);
    assertThat(rates.ratioToOverall().isEmpty()).isEqualTo(nobody);
  }

  @Property
  void parityIsUnchangedByReorderingPeople(@ForAll("outcomes") Outcomes o) {
    int n = o.y().length;
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = o.y()[n - 1 - i];
    }
    Seq<String> groups = o.groups().reverse();
    SelectionRates<String> a = Parity.selectionRates(o.y(), o.groups()).get();
    SelectionRates<String> b = Parity.selectionRates(y, groups).get();
    assertThat(b.byGroup().toJavaMap()).isEqualTo(a.byGroup().toJavaMap());
    assertThat(b.difference()).isEqualTo(a.difference());
    assertThat(b.ratio()).isEqualTo(a.ratio());
  }

  @Property
  void sharesSumToOne(@ForAll("outcomes") Outcomes o) {
    double sum = Parity.sharesByGroup(o.groups()).get().values().sum().doubleValue();
    assertThat(sum).isCloseTo(1.0, within(1e-12));
  }
}
