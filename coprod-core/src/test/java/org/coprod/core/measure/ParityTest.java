package org.coprod.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ParityTest {
  static final Offset<Double> ANCHOR = within(1e-6);

  /** Fairlearn user guide, demographic parity example. */
  static final double[] Y_PRED = {0, 0, 1, 0, 1, 1, 1, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1, 0};

  static final Seq<String> GROUPS =
      List.of(
          "b", "b", "a", "b", "b", "c", "c", "c", "a", "a", "c", "a", "b", "c", "c", "b", "c", "c");

  static double value(Option<Double> result) {
    assertThat(result.isDefined()).as("result is defined").isTrue();
    return result.get();
  }

  // ---- anchors ----

  @Test
  void selectionRatesMatchFairlearn() {
    SelectionRates<String> rates = Parity.selectionRates(Y_PRED, GROUPS).get();
    assertThat(rates.byGroup().get("a").get()).isCloseTo(0.75, ANCHOR);
    assertThat(rates.byGroup().get("b").get()).isCloseTo(0.5, ANCHOR);
    assertThat(rates.byGroup().get("c").get()).isCloseTo(0.5, ANCHOR);
    assertThat(rates.overall()).isCloseTo(0.555556, ANCHOR);
    assertThat(rates.byGroup().keySet().toList()).containsExactly("b", "a", "c");
  }

  @Test
  void differenceAndRatioBetweenGroupsMatchFairlearn() {
    assertThat(value(Parity.difference(Y_PRED, GROUPS))).isCloseTo(0.25, ANCHOR);
    assertThat(value(Parity.ratio(Y_PRED, GROUPS))).isCloseTo(0.666667, ANCHOR);
  }

  @Test
  void differenceAndRatioToOverallMatchFairlearn() {
    assertThat(value(Parity.differenceToOverall(Y_PRED, GROUPS))).isCloseTo(0.194444, ANCHOR);
    assertThat(value(Parity.ratioToOverall(Y_PRED, GROUPS))).isCloseTo(0.740741, ANCHOR);
  }

  @Test
  void seqAndBooleanOverloadsAgreeWithArrays() {
    Seq<Integer> seq = Vector.ofAll(Y_PRED).map(Double::intValue);
    boolean[] bools = new boolean[Y_PRED.length];
    for (int i = 0; i < Y_PRED.length; i++) {
      bools[i] = Y_PRED[i] == 1.0;
    }
    Option<SelectionRates<String>> expected = Parity.selectionRates(Y_PRED, GROUPS);
    assertThat(Parity.selectionRates(seq, GROUPS)).isEqualTo(expected);
    assertThat(Parity.selectionRates(bools, GROUPS)).isEqualTo(expected);
    assertThat(Parity.difference(seq, GROUPS)).isEqualTo(Parity.difference(Y_PRED, GROUPS));
    assertThat(Parity.ratio(seq, GROUPS)).isEqualTo(Parity.ratio(Y_PRED, GROUPS));
    assertThat(Parity.differenceToOverall(seq, GROUPS))
        .isEqualTo(Parity.differenceToOverall(Y_PRED, GROUPS));
    assertThat(Parity.ratioToOverall(seq, GROUPS)).isEqualTo(Parity.ratioToOverall(Y_PRED, GROUPS));
  }

  // ---- other cases ----

  @Test
  void aGroupNeverSelectedGivesRatioZero() {
    double[] y = {1, 1, 0, 0};
    Seq<String> groups = List.of("a", "a", "b", "b");
    assertThat(Parity.ratio(y, groups)).contains(0.0);
    assertThat(Parity.ratioToOverall(y, groups)).contains(0.0);
    assertThat(Parity.difference(y, groups)).contains(1.0);
    assertThat(Parity.differenceToOverall(y, groups)).contains(0.5);
  }

  @Test
  void oneGroupIsAtParity() {
    double[] y = {1, 0, 1};
    Seq<String> groups = List.of("a", "a", "a");
    assertThat(Parity.difference(y, groups)).contains(0.0);
    assertThat(Parity.ratio(y, groups)).contains(1.0);
    assertThat(Parity.differenceToOverall(y, groups)).contains(0.0);
    assertThat(Parity.ratioToOverall(y, groups)).contains(1.0);
  }

  @Test
  void everyoneSelectedIsAtParity() {
    double[] y = {1, 1, 1};
    Seq<String> groups = List.of("a", "b", "c");
    assertThat(Parity.ratio(y, groups)).contains(1.0);
    assertThat(Parity.ratioToOverall(y, groups)).contains(1.0);
  }

  @Test
  void sharesOfThePeople() {
    Map<String, Double> shares = Parity.sharesByGroup(List.of("pro", "lived", "pro", "pro")).get();
    assertThat(shares.keySet().toList()).containsExactly("pro", "lived");
    assertThat(shares.get("pro").get()).isCloseTo(0.75, within(1e-15));
    assertThat(shares.get("lived").get()).isCloseTo(0.25, within(1e-15));
  }

  @Test
  void sharesOfATotal() {
    double[] hours = {30, 5, 10, 0, 5};
    Seq<String> groups = List.of("pro", "lived", "pro", "lived", "carer");
    Map<String, Double> shares = Parity.sharesByGroup(hours, groups).get();
    assertThat(shares.get("pro").get()).isCloseTo(0.8, within(1e-15));
    assertThat(shares.get("lived").get()).isCloseTo(0.1, within(1e-15));
    assertThat(shares.get("carer").get()).isCloseTo(0.1, within(1e-15));
    assertThat(Parity.sharesByGroup(List.of(30, 5, 10, 0, 5), groups)).contains(shares);
  }

  @Test
  void aSingleMemberHoldsTheWholeShare() {
    assertThat(Parity.sharesByGroup(List.of("x")).get().get("x")).contains(1.0);
    assertThat(Parity.sharesByGroup(new double[] {3}, List.of("x")).get().get("x")).contains(1.0);
  }

  // ---- degenerate input ----

  @Test
  void emptyInputGivesNone() {
    Seq<String> none = List.empty();
    assertThat(Parity.selectionRates(new double[] {}, none)).isEmpty();
    assertThat(Parity.difference(new double[] {}, none)).isEmpty();
    assertThat(Parity.ratio(new double[] {}, none)).isEmpty();
    assertThat(Parity.differenceToOverall(new double[] {}, none)).isEmpty();
    assertThat(Parity.ratioToOverall(new double[] {}, none)).isEmpty();
    assertThat(Parity.sharesByGroup(none)).isEmpty();
    assertThat(Parity.sharesByGroup(new double[] {}, none)).isEmpty();
  }

  @Test
  void nobodySelectedHasNoRatio() {
    double[] y = {0, 0, 0, 0};
    Seq<String> groups = List.of("a", "a", "b", "b");
    assertThat(Parity.difference(y, groups)).contains(0.0);
    assertThat(Parity.differenceToOverall(y, groups)).contains(0.0);
    assertThat(Parity.ratio(y, groups)).isEmpty();
    assertThat(Parity.ratioToOverall(y, groups)).isEmpty();
  }

  @Test
  void outcomesThatAreNotBinaryGiveNone() {
    Seq<String> groups = List.of("a", "b");
    assertThat(Parity.selectionRates(new double[] {1, Double.NaN}, groups)).isEmpty();
    assertThat(Parity.selectionRates(new double[] {1, 0.5}, groups)).isEmpty();
    assertThat(Parity.selectionRates(new double[] {2, 0}, groups)).isEmpty();
    assertThat(Parity.selectionRates(new double[] {-1, 0}, groups)).isEmpty();
    assertThat(Parity.difference(new double[] {1, Double.NaN}, groups)).isEmpty();
  }

  @Test
  void sharesOfDegenerateTotalsGiveNone() {
    Seq<String> groups = List.of("a", "b");
    assertThat(Parity.sharesByGroup(new double[] {0, 0}, groups)).isEmpty();
    assertThat(Parity.sharesByGroup(new double[] {1, Double.NaN}, groups)).isEmpty();
    assertThat(Parity.sharesByGroup(new double[] {1, Double.POSITIVE_INFINITY}, groups)).isEmpty();
    assertThat(Parity.sharesByGroup(new double[] {3, -1}, groups)).isEmpty();
  }

  @Test
  void lengthsThatDifferAreAProgrammingError() {
    assertThatThrownBy(() -> Parity.selectionRates(new double[] {1, 0}, List.of("a")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Parity.sharesByGroup(new double[] {1}, List.of("a", "b")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nullArgumentsAreNamed() {
    assertThatThrownBy(() -> Parity.selectionRates((double[]) null, GROUPS))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("outcomes is null");
    assertThatThrownBy(() -> Parity.selectionRates(Y_PRED, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("groups is null");
    assertThatThrownBy(() -> Parity.sharesByGroup(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("groups is null");
    assertThatThrownBy(() -> Parity.selectionRates(new double[] {1}, List.of((String) null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("groups contains null");
  }

  @Test
  void selectionRatesRefuseNoGroups() {
    assertThatThrownBy(() -> new SelectionRates<String>(io.vavr.collection.HashMap.empty(), 0.5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
