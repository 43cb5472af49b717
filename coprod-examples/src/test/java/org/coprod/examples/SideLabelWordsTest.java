package org.coprod.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.coprod.core.Project;
import org.coprod.io.ProjectFiles;
import org.coprod.rules.Finding;
import org.coprod.rules.Outcome;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.SideLabels;
import org.coprod.rules.Voice;
import org.junit.jupiter.api.Test;

/**
 * A group's side labels reach the sentences of the rules that speak of people of a side, in the
 * singular where one person is meant: the crisis line trips drop-off, preset-direction and
 * dissent-unrecorded, the recovery college's year voice-gap, and where lone-voice or
 * feedback-missing does not apply its reason says so in the labels.
 */
class SideLabelWordsTest {
  private static final Path DIR = Path.of(System.getProperty("basedir", "."), "scenarios");
  private static final SideLabels LABELS = SideLabels.of("experts by experience", "staff");

  @Test
  void theGroupsLabelsAreWhatTheRulesSentencesSay() {
    assertLabelled("crisis-line", "drop-off", "preset-direction", "dissent-unrecorded");
    assertLabelled("recovery-college-year", "voice-gap");
  }

  @Test
  void withoutLabelsTheDefaultsStand() {
    Report report = Rulebook.standard().check(project("crisis-line"));
    Finding f = report.findings().find(x -> x.rule().equals("preset-direction")).get();
    assertThat(f.message()).contains("before the first person with lived experience joined");
  }

  private static void assertLabelled(String scenario, String... rules) {
    Rulebook standard = Rulebook.standard();
    Report report =
        standard.withPolicy(standard.policy().withLabels(LABELS)).check(project(scenario));
    Voice voice = Voice.plain().withLabels(report.sideLabels());
    for (String rule : rules) {
      Finding f = report.findings().find(x -> x.rule().equals(rule)).get();
      assertThat(f.template().format(f.arguments(), voice))
          .as(rule)
          .contains(" by experience")
          .doesNotContain("lived experience");
    }
    for (String rule : new String[] {"lone-voice", "feedback-missing"}) {
      Outcome o = report.outcomes().find(x -> x.rule().equals(rule)).get();
      assertThat(o.reason(voice)).as(rule).doesNotContain("lived experience");
    }
  }

  private static Project project(String name) {
    return ProjectFiles.read(DIR.resolve(name + ".yaml")).get();
  }
}
