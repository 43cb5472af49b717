package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Rulebook;
import org.junit.jupiter.api.Test;

class RulesCommandTest {
  private final Rulebook standard = Rulebook.standard();

  @Test
  void listsEveryRuleByTitleAndIdWithWhatItLooksForInPlainWords() {
    Run run = Run.coprod("rules").withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.OK);
    assertThat(run.out())
        .startsWith(
            "The coprod-standard rulebook, version "
                + Rulebook.VERSION
                + ": "
                + standard.rules().size()
                + " rules.");
    String unwrapped = run.out().replaceAll("\\s+", " ");
    for (RuleMetadata r : standard.metadata()) {
      assertThat(run.out()).contains("\n  " + r.title() + " (" + r.id() + ")\n");
      assertThat(unwrapped).contains(RulesCommand.looksFor(r));
      // the first kind's description, in the words a report uses
      assertThat(RulesCommand.looksFor(r).toLowerCase(java.util.Locale.ROOT))
          .contains(
              r.kinds()
                  .head()
                  .description(org.coprod.rules.Voice.plain())
                  .toLowerCase(java.util.Locale.ROOT));
    }
  }

  @Test
  void speaksNoAbbreviationOrSeverityLetterInItsText() {
    String out = Run.coprod("rules").out();
    assertThat(out).doesNotContain(" LE ", " PRO ", "(W)", "(C)", "(N)", "Severities:");
  }

  @Test
  void groupsTheRulesUnderTheirPrinciplesInTheFoundingTextsOrder() {
    String out = Run.coprod("rules").out();
    assertThat(out.indexOf("\nPower\n")).isPositive().isLessThan(out.indexOf("\nRespect\n"));
    assertThat(out.indexOf("(decision-share)")).isGreaterThan(out.indexOf("\nPower\n"));
    assertThat(out.indexOf("(credit-one-sided)"))
        .isGreaterThan(out.indexOf("\nKnowing what will happen next\n"));
  }

  @Test
  void wrapsAtAHundredColumnsWithoutTrailingSpaces() {
    Run.coprod("rules")
        .out()
        .lines()
        .forEach(
            l -> {
              assertThat(l.length()).isLessThanOrEqualTo(Lines.WIDTH);
              assertThat(l).doesNotEndWith(" ");
            });
  }

  @Test
  void givesTheCatalogueAsAMarkdownTableOneRowARule() {
    Run run = Run.coprod("rules", "--format", "markdown");
    assertThat(run.code()).isEqualTo(Coprod.OK);
    assertThat(run.out())
        .startsWith(
            "| id | principle | severity | flags |\n|---|---|---|---|\n| `decision-share` | POWER | W/C | ");
    assertThat(run.out().lines().count()).isEqualTo(2 + standard.rules().size());
    assertThat(run.out())
        .contains(
            "| `credit-one-sided` | WHAT_NEXT | N/C | "
                + standard.rule("credit-one-sided").get().metadata().summary()
                + " |\n");
  }

  @Test
  void escapesWhatWouldBreakATableRow() {
    assertThat(RulesCommand.cell("a | b")).isEqualTo("a \\| b");
  }
}
