package org.coprod.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coprod.core.ProjectView;
import org.coprod.core.Side;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.SideLabels;
import org.junit.jupiter.api.Test;

/** The charts name each side in words beside its bars, so none speaks by colour alone. */
class ChartsTest {
  private static final SideLabels LABELS = SideLabels.of("experts by experience", "trust staff");

  private static Picture picture(ProjectView view) {
    Report report = Rulebook.standard().check(view);
    return Picture.of(report);
  }

  /** How many of a side's bars a chart draws, swatches (9 units high) left out. */
  private static int bars(String svg, String side) {
    Matcher m =
        Pattern.compile("<rect [^>]*height=\"([0-9.]+)\"[^>]*class=\"bar " + side + "\"")
            .matcher(svg);
    int n = 0;
    while (m.find()) {
      if (Double.parseDouble(m.group(1)) > 9) {
        n++;
      }
    }
    return n;
  }

  /** How many of a chart's texts name a label. */
  private static int named(String svg, String label) {
    Matcher m = Pattern.compile("<text [^>]*>([^<]*)</text>").matcher(svg);
    int n = 0;
    while (m.find()) {
      if (m.group(1).toLowerCase(java.util.Locale.ROOT).contains(label)) {
        n++;
      }
    }
    return n;
  }

  private static void everyBarIsNamed(String svg) {
    for (Side side : Side.values()) {
      int drawn = bars(svg, Charts.side(side));
      assertThat(named(svg, LABELS.of(side)))
          .as("texts naming %s, for its %d bars", LABELS.of(side), drawn)
          .isGreaterThanOrEqualTo(drawn);
    }
  }

  @Test
  void everyBarOfTheOutputsAndMoneyChartsHasItsSideNamedBesideIt() {
    Picture p = picture(ReportFixtures.rich(7).view());
    String outputs = Charts.outputs(p, LABELS, "d");
    String money = Charts.money(p, LABELS, "d");
    assertThat(bars(outputs, "le") + bars(outputs, "pro")).isPositive();
    assertThat(bars(money, "le") + bars(money, "pro")).isPositive();
    everyBarIsNamed(outputs);
    everyBarIsNamed(money);
  }

  @Test
  void everyBarOfTheMeasuresChartHasItsSideAndValueNamedAboveIt() {
    String svg =
        Charts.measures(
            List.of(
                new Charts.Measure("Hours given", Option.some(0.3), Option.some(0.7)),
                new Charts.Measure("Money controlled", Option.none(), Option.some(1.0))),
            LABELS,
            "d");
    everyBarIsNamed(svg);
    assertThat(svg)
        .contains("Experts by experience: 30.0%", "Trust staff: 70.0%")
        .contains("Experts by experience: not available", "Trust staff: 100.0%");
  }

  @Test
  void theDecisionsTimelineNamesEachSidesLaneAndLine() {
    String svg = Charts.decisions(picture(ReportFixtures.rich(7).view()), LABELS, "d");
    assertThat(svg)
        .contains("Experts by experience: had a say, or not", "Trust staff: had a say, or not")
        .containsPattern(">Experts by experience [0-9.]+%<")
        .containsPattern(">Trust staff [0-9.]+%<")
        .containsPattern(">(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{4}<");
  }

  @Test
  void theAssessedStepIsDrawnInNeitherSidesColour() {
    String svg = Charts.ladder(picture(ReportFixtures.rich(7).view()), "d");
    assertThat(svg)
        .containsPattern("fill=\"" + Charts.ASSESSED + "\" class=\"step assessed")
        .doesNotContain("fill=\"" + Charts.LE + "\" class=\"step")
        .doesNotContain("fill=\"" + Charts.PRO + "\" class=\"step");
  }
}
