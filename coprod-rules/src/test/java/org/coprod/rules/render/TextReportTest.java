package org.coprod.rules.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import java.util.Locale;
import org.coprod.core.ProjectId;
import org.coprod.rules.Finding;
import org.coprod.rules.Principle;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.SideLabels;
import org.coprod.rules.Template;
import org.coprod.rules.TestRule;
import org.junit.jupiter.api.Test;

class TextReportTest {
  private final Report report = Golden.report();
  private final Rulebook rulebook = Golden.rulebook();

  private static List<String> lines(String text) {
    return List.of(text.split("\n", -1));
  }

  @Test
  void rendersTheSmallReportExactlyAsReviewed() {
    String actual = TextReport.of().render(report);
    assertThat(actual).isEqualTo(Golden.expected("golden-report.txt", actual));
  }

  @Test
  void theSameReportGivesTheSameBytesWhateverTheDefaultLocale() {
    String first = TextReport.of().render(report);
    Locale before = Locale.getDefault();
    try {
      // Arabic digits and a comma for the decimal point, if the renderer ever asked the locale.
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      assertThat(TextReport.of().render(Golden.report())).isEqualTo(first);
      Locale.setDefault(Locale.GERMANY);
      assertThat(TextReport.of().render(Golden.report())).isEqualTo(first);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void endsEveryLineWithANewlineAndLeavesNoTrailingSpace() {
    String text = TextReport.of().render(report);
    assertThat(text)
        .endsWith("\n")
        .doesNotEndWith("\n\n")
        .doesNotContain("\r")
        .doesNotContain("\t");
    assertThat(lines(text)).noneMatch(l -> l.endsWith(" "));
  }

  @Test
  void wrapsEveryLineWithinTheWidthEvenAroundLongTitlesAndWords() {
    String longWord = "x".repeat(150);
    Report wordy =
        report
            .withTitle("A very long title " + "about a crisis line redesign ".repeat(8))
            .withProject(ProjectId.of(longWord))
            .withFindings(
                report
                    .findings()
                    .map(
                        f ->
                            Finding.builder()
                                .from(f)
                                .template(
                                    Template.recorded(
                                        "default",
                                        f.message() + " " + longWord + " and more words".repeat(12),
                                        List.empty()))
                                .arguments(List.empty())
                                .build()));
    for (int width : new int[] {TextReport.MIN_WIDTH, 80, TextReport.MAX_WIDTH}) {
      String text = TextReport.of().withWidth(width).render(wordy);
      assertThat(lines(text))
          .allMatch(l -> l.codePointCount(0, l.length()) <= width, "at most " + width + " columns");
      assertThat(lines(text)).noneMatch(l -> l.endsWith(" "));
      // Nothing is lost in wrapping: the long word is all there, broken only at line ends.
      assertThat(text.replaceAll("\n *", "")).contains(longWord);
    }
  }

  @Test
  void refusesAWidthOutsideItsBounds() {
    assertThatThrownBy(() -> TextReport.of().withWidth(TextReport.MAX_WIDTH + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TextReport.of().withWidth(TextReport.MIN_WIDTH - 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void groupsFindingsByPrincipleInTheFoundingTextsOrderMostSeriousFirst() {
    String text = TextReport.of().render(report);
    int power = text.indexOf("Findings: " + Principle.POWER.title());
    int resources = text.indexOf("Findings: " + Principle.RESOURCES.title());
    int whatNext = text.indexOf("Findings: " + Principle.WHAT_NEXT.title());
    assertThat(power).isPositive().isLessThan(resources);
    assertThat(resources).isLessThan(whatNext);
    assertThat(text).doesNotContain("Findings: " + Principle.PURPOSE.title());
    // Within power: the two concerns (ana, then ben) before the note (dana).
    assertThat(text.indexOf("Person ana contributed."))
        .isGreaterThan(power)
        .isLessThan(text.indexOf("Person ben contributed."));
    assertThat(text.indexOf("Person ben contributed."))
        .isLessThan(text.indexOf("For information: Title of by-side"));
  }

  @Test
  void showsEachFindingsSeverityRuleMessageEvidenceAcknowledgementAndNextStep() {
    String text = TextReport.of().render(report);
    assertThat(text)
        .contains(
            String.join(
                "\n",
                "Talk about this first: Title of by-side (by-side), acknowledged",
                "  Person ben contributed.",
                "  About: ben",
                "  Acknowledged by the group: Ben asked to lead this part | and said so *twice*",
                "  What the group could do next: Talk about lived-experience."));
    assertThat(text).contains("  Evidence: hours: 4\n");
  }

  @Test
  void saysWhatAKindFlagsAndWhyItsRuleMattersOnceEach() {
    String text = TextReport.of().render(report);
    assertThat(countOf(text, "Why it matters: \"Why by-side matters.\"")).isEqualTo(1);
    assertThat(countOf(text, "What it flags: something lived-experience.")).isEqualTo(1);
    assertThat(countOf(text, "What it flags: something professional.")).isEqualTo(1);
    assertThat(countOf(text, "What the group could do next: Talk about lived-experience."))
        .isEqualTo(2);
  }

  @Test
  void summarisesCountsTheLadderAndTheRulesThatDidNotApplyOrFailed() {
    String text = TextReport.of().render(report);
    assertThat(text)
        .contains(
            "- Findings: 2 to talk about first, 2 worth talking about, 2 for information; 1 of them"
                + " acknowledged\n  by the group.")
        .contains(
            "- Rules: 6 run; 3 found something, 1 found nothing, 1 did not apply, 1 could not finish.")
        .contains("the project claims co-design; the record shows engagement. No key")
        .contains("decision was recorded, so the record cannot show more than engagement.")
        .contains("- Title of not-yet (not-yet): no outputs yet.")
        .contains(
            "- Title of fragile (fragile): the rule failed with java.lang.IllegalStateException")
        .contains(
            "- Title of each-person (each-person): parameter minHours: 3.0 here, 0.0 by default.")
        .contains("- Title of loud (loud): turned off (on by default).")
        .contains("- Every rule and the ladder (majorityVoice): under majority rule")
        .contains("None is a verdict on anyone.");
  }

  @Test
  void showsTheRulesetsDigestShortWherePeopleReadAndWholeWithTheLibrarysVersionAtTheEnd() {
    String text = TextReport.of().render(report);
    String digest = rulebook.digest();
    assertThat(text)
        .contains(
            "Rulebook: test-rules, version 1 (rules "
                + digest.substring(0, 12)
                + "), with coprod "
                + Golden.LIBRARY_VERSION)
        .contains("Ruleset digest (SHA-256 of the sorted rule ids):\n    " + digest)
        .contains("coprod library: " + Golden.LIBRARY_VERSION)
        .endsWith("coprod library: " + Golden.LIBRARY_VERSION + "\n");
  }

  @Test
  void usesTheGroupsOwnWordsForTheSides() {
    String text =
        TextReport.of().withLabels(SideLabels.of("experts by experience", "staff")).render(report);
    String measures =
        text.substring(text.indexOf("Headline measures"), text.indexOf("Findings: Power"));
    assertThat(measures)
        .contains("  experts by experience: 37.5%\n")
        .contains("  staff:                 62.5%\n")
        .doesNotContain("people with lived experience")
        .doesNotContain("professionals");
  }

  @Test
  void saysSoWhenNothingWasFoundAndLeavesOutEmptySections() {
    Rulebook quiet = Rulebook.of("quiet", List.of(TestRule.passing("calm")));
    String text = TextReport.of().render(quiet.check(Golden.project()));
    assertThat(text)
        .contains("- Findings: none.")
        .contains("No rule found anything to raise.")
        .doesNotContain("Rules that did not apply")
        .doesNotContain("could not finish")
        .doesNotContain("differ from the defaults");
  }

  @Test
  void showsARuleWhoseCatalogueEntryTheReportLacksByItsIdAlone() {
    String text = TextReport.of().render(report.withCatalogue(List.empty()));
    assertThat(text)
        .contains("Talk about this first: by-side (by-side)")
        .contains("- not-yet (not-yet): no outputs yet.");
  }

  private static int countOf(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
