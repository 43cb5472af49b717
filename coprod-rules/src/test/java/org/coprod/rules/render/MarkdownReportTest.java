package org.coprod.rules.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import org.coprod.rules.Finding;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.SideLabels;
import org.coprod.rules.Template;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {
  private final Report report = Golden.report();
  private final Rulebook rulebook = Golden.rulebook();

  private static List<String> lines(String text) {
    return List.of(text.split("\n", -1));
  }

  @Test
  void rendersTheSmallReportExactlyAsReviewed() {
    String actual = MarkdownReport.of().render(report);
    assertThat(actual).isEqualTo(Golden.expected("golden-report.md", actual));
  }

  @Test
  void theSameReportGivesTheSameBytes() {
    assertThat(MarkdownReport.of().render(Golden.report()))
        .isEqualTo(MarkdownReport.of().render(report));
  }

  @Test
  void endsEveryLineWithANewlineAndLeavesNoTrailingSpace() {
    String md = MarkdownReport.of().render(report);
    assertThat(md).endsWith("\n").doesNotEndWith("\n\n").doesNotContain("\r").doesNotContain("\t");
    assertThat(lines(md)).noneMatch(l -> l.endsWith(" "));
  }

  @Test
  void escapesMarkupInTextSoItShowsAsWritten() {
    assertThat(MarkdownReport.escape("a | b *c* _d_ [e](f) <g> `h` ~i~ &amp; #j \\"))
        .isEqualTo("a \\| b \\*c\\* \\_d\\_ \\[e\\](f) \\<g\\> \\`h\\` \\~i\\~ \\&amp; \\#j \\\\");
  }

  @Test
  void escapesWhatWouldStartABlockAtTheBeginningOfALine() {
    assertThat(MarkdownReport.escape("- a list")).isEqualTo("\\- a list");
    assertThat(MarkdownReport.escape("+ a list")).isEqualTo("\\+ a list");
    assertThat(MarkdownReport.escape("---")).isEqualTo("\\---");
    assertThat(MarkdownReport.escape("===")).isEqualTo("\\===");
    assertThat(MarkdownReport.escape("1. an ordered list")).isEqualTo("1\\. an ordered list");
    assertThat(MarkdownReport.escape("12) another")).isEqualTo("12\\) another");
    assertThat(MarkdownReport.escape("# a heading")).isEqualTo("\\# a heading");
    assertThat(MarkdownReport.escape("> a quote")).isEqualTo("\\> a quote");
    // What starts nothing stays as it is.
    assertThat(MarkdownReport.escape("50.0%")).isEqualTo("50.0%");
    assertThat(MarkdownReport.escape("-5 hours")).isEqualTo("-5 hours");
    assertThat(MarkdownReport.escape("decision-share")).isEqualTo("decision-share");
  }

  @Test
  void putsTextOnOneLineSoItCannotEndAParagraphOrATable() {
    assertThat(MarkdownReport.escape("first\n\n# second\r\nthird\tfourth  "))
        .isEqualTo("first \\# second third fourth");
  }

  @Test
  void fencesACodeSpanLongerThanAnyRunOfBackticksInIt() {
    assertThat(MarkdownReport.code("decision-share")).isEqualTo("`decision-share`");
    assertThat(MarkdownReport.code("a`b``c")).isEqualTo("```a`b``c```");
    assertThat(MarkdownReport.code("`edge")).isEqualTo("`` `edge ``");
  }

  @Test
  void keepsUserTextFromBreakingTheHeadingsListsAndTables() {
    String nasty = "- 1. <b>x</b> | *a* [l](u) `c` # ---";
    Report hostile =
        report
            .withTitle(nasty)
            .withFindings(
                report
                    .findings()
                    .map(
                        f ->
                            Finding.builder()
                                .from(f)
                                .template(Template.recorded("default", nasty, List.empty()))
                                .arguments(List.empty())
                                .build()
                                .withAcknowledged(f.acknowledged().map(a -> nasty))));
    String md =
        MarkdownReport.of()
            .withLabels(SideLabels.of("experts | by experience", "<staff>"))
            .render(hostile);

    assertThat(md)
        .startsWith(
            "# Coproduction report: \\- 1. \\<b\\>x\\</b\\> \\| \\*a\\* \\[l\\](u) \\`c\\` \\# ---\n");
    assertThat(md)
        .contains("\n\\- 1. \\<b\\>x\\</b\\>")
        .doesNotContain("<b>")
        .doesNotContain("\n- 1.");
    assertThat(md)
        .contains("| Measure | experts \\| by experience | \\<staff\\> |\n| --- | ---: | ---: |\n");
    // Every row of a table has as many unescaped pipes as its header.
    for (String table : md.split("\n\n")) {
      if (table.startsWith("| ")) {
        List<Integer> pipes =
            lines(table).filter(l -> !l.isEmpty()).map(MarkdownReportTest::unescapedPipes);
        assertThat(pipes.distinct()).hasSize(1);
      }
    }
  }

  @Test
  void laysOutHeadingsInOrderFromTheTitleToEachFinding() {
    List<String> headings =
        lines(MarkdownReport.of().render(report)).filter(l -> l.startsWith("#"));
    assertThat(headings)
        .containsExactly(
            "# Coproduction report: Aftercare leaflet",
            "## Summary",
            "## Headline measures",
            "## Findings",
            "### Power",
            "#### Talk about this first: Title of by-side (`by-side`)",
            "#### Talk about this first: Title of by-side (`by-side`), acknowledged",
            "#### For information: Title of by-side (`by-side`)",
            "### Resources",
            "#### Worth talking about: Title of each-person (`each-person`)",
            "#### Worth talking about: Title of each-person (`each-person`)",
            "### Knowing what will happen next",
            "#### For information: Title of whole (`whole`)",
            "## Rules that did not apply",
            "## Rules that could not finish",
            "## Settings that differ from the defaults",
            "## About this report");
  }

  @Test
  void usesTheGroupsOwnWordsForTheSidesInTheMeasuresTable() {
    String md =
        MarkdownReport.of()
            .withLabels(SideLabels.of("carers and families", "staff"))
            .render(report);
    assertThat(md)
        .contains("| Measure | carers and families | staff |")
        .doesNotContain("people with lived experience");
  }

  private static int unescapedPipes(String line) {
    int n = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '\\') {
        i++;
      } else if (line.charAt(i) == '|') {
        n++;
      }
    }
    return n;
  }
}
