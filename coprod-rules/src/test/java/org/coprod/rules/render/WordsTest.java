package org.coprod.rules.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.coprod.core.LadderStep;
import org.coprod.core.Side;
import org.coprod.rules.LadderBasis;
import org.coprod.rules.LadderBasis.Limit;
import org.coprod.rules.SideLabels;
import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void writesSharesAsPercentagesWithOneDecimalRoundingHalfUp() {
    assertThat(Words.percent(0.125)).isEqualTo("12.5%");
    assertThat(Words.percent(1.0 / 3)).isEqualTo("33.3%");
    assertThat(Words.percent(2.0 / 3)).isEqualTo("66.7%");
    assertThat(Words.percent(0)).isEqualTo("0.0%");
    assertThat(Words.percent(1)).isEqualTo("100.0%");
    assertThat(Words.percent(0.00049)).isEqualTo("0.0%");
    assertThat(Words.percent(0.0005)).isEqualTo("0.1%");
  }

  @Test
  void writesNumbersPlainlyWithoutExponentsOrTrailingZeros() {
    assertThat(Words.number(4.0)).isEqualTo("4");
    assertThat(Words.number(0.5)).isEqualTo("0.5");
    assertThat(Words.number(1.0 / 3)).isEqualTo("0.333");
    assertThat(Words.number(12345678.9)).isEqualTo("12345678.9");
    assertThat(Words.number(1e20)).isEqualTo("100000000000000000000");
    assertThat(Words.number(0.000123456)).isEqualTo("0.000123");
    assertThat(Words.number(-0.0)).isEqualTo("0");
    assertThat(Words.plain(new BigDecimal("12.50"))).isEqualTo("12.5");
    assertThat(Words.plain(new BigDecimal("1E+3"))).isEqualTo("1000");
  }

  @Test
  void writesEvidenceValuesInWords() {
    SideLabels labels = SideLabels.of("experts by experience", "staff");
    assertThat(Words.value(true, labels)).isEqualTo("yes");
    assertThat(Words.value(false, labels)).isEqualTo("no");
    assertThat(Words.value(3, labels)).isEqualTo("3");
    assertThat(Words.value(7L, labels)).isEqualTo("7");
    assertThat(Words.value(0.25, labels)).isEqualTo("0.25");
    assertThat(Words.value("PROFESSIONAL", labels)).isEqualTo("staff");
    assertThat(Words.value("LIVED_EXPERIENCE", labels)).isEqualTo("experts by experience");
    assertThat(Words.value("CO_PRODUCTION", labels)).isEqualTo("co-production");
    assertThat(Words.value("two\nlines", labels)).isEqualTo("two lines");
  }

  @Test
  void turnsEvidenceNamesIntoWords() {
    assertThat(Words.name("otherSideHoursShare")).isEqualTo("other side hours share");
    assertThat(Words.name("hours")).isEqualTo("hours");
    assertThat(Words.name("giniLE")).isEqualTo("gini LE");
    assertThat(Words.name("leHTMLShare")).isEqualTo("le HTML share");
    assertThat(Words.name("worstWeek2")).isEqualTo("worst week2");
  }

  @Test
  void namesLadderStepsAndSeveritiesInPlainWords() {
    assertThat(Words.step(LadderStep.CO_PRODUCTION)).isEqualTo("co-production");
    assertThat(Words.step(LadderStep.CO_DESIGN)).isEqualTo("co-design");
    assertThat(Words.step(LadderStep.CONSULTATION)).isEqualTo("consultation");
    assertThat(Words.count(1, org.coprod.rules.Severity.CONCERN))
        .isEqualTo("1 to talk about first");
    assertThat(Words.count(0, org.coprod.rules.Severity.NOTE)).isEqualTo("0 for information");
  }

  @Test
  void saysWhatTheLadderRestsOnWithoutReadingNoRecordAsNoSay() {
    assertThat(
            Words.ladderBasis(
                LadderStep.ENGAGEMENT,
                new LadderBasis(0, io.vavr.collection.List.of(Limit.NO_KEY_DECISION_RECORDED)),
                SideLabels.defaults()))
        .isEqualTo("No key decision was recorded, so the record cannot show more than engagement.");
    assertThat(
            Words.ladderBasis(
                LadderStep.CO_DESIGN,
                new LadderBasis(2, io.vavr.collection.List.of(Limit.DROP_OFF)),
                SideLabels.defaults()))
        .isEqualTo(
            "The record shows this from 2 key decisions, too few to be sure. It goes no higher"
                + " because most of the people with lived experience who began had stepped back by"
                + " the end (drop-off).");
    assertThat(
            Words.ladderBasis(
                LadderStep.CO_PRODUCTION,
                new LadderBasis(5, io.vavr.collection.List.empty()),
                SideLabels.defaults()))
        .isEqualTo("The record shows this from 5 key decisions.");
    assertThat(
            Words.ladderBasis(
                LadderStep.CONSULTATION,
                new LadderBasis(4, io.vavr.collection.List.of(Limit.ONLY_FEEDBACK_OR_STORY)),
                SideLabels.defaults()))
        .isEqualTo(
            "It goes no higher because people with lived experience gave only feedback or their"
                + " stories.");
    assertThat(
            Words.ladderBasis(
                LadderStep.CO_DESIGN,
                new LadderBasis(1, io.vavr.collection.List.of(Limit.SAY_IN_UNDER_HALF)),
                SideLabels.defaults()))
        .startsWith("The record shows this from 1 key decision, too few to be sure.");
  }

  @Test
  void sideLabelsAreOneShortLineEachAndDiffer() {
    assertThat(SideLabels.defaults().of(Side.LIVED_EXPERIENCE))
        .isEqualTo("people with lived experience");
    assertThat(SideLabels.defaults().of(Side.PROFESSIONAL)).isEqualTo("professionals");
    assertThat(SideLabels.of("  public contributors ", "staff").livedExperience())
        .isEqualTo("public contributors");
    assertThatThrownBy(() -> SideLabels.of("", "staff"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SideLabels.of("two\nlines", "staff"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SideLabels.of("x".repeat(SideLabels.MAX_LENGTH + 1), "staff"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SideLabels.of("staff", "staff"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
