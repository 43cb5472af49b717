package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {
  @TempDir Path dir;

  @Test
  void printsACommentedTemplateThatChecksCleanAtEveryLevel() {
    Run init = Run.coprod("init").withoutStackTrace();
    assertThat(init.code()).isEqualTo(Coprod.OK);
    assertThat(init.out()).startsWith("# ").contains("\ncoprod: 1").contains("pseudonym");
    Path file = Run.file(dir, "project.yaml", init.out());
    Run check = Run.coprod("check", "--fail-on", "note", file).withoutStackTrace();
    assertThat(check.code()).isEqualTo(Coprod.OK);
    assertThat(check.out()).contains("No rule found anything to raise.");
  }

  @Test
  void writesTheTemplateToAFileAndWillNotOverwriteItUnlessForced() {
    Path file = dir.resolve("project.yaml");
    assertThat(Run.coprod("init", "--output", file).code()).isEqualTo(Coprod.OK);
    assertThat(Run.coprod("check", file).code()).isEqualTo(Coprod.OK);
    Run again = Run.coprod("init", "--output", file).withoutStackTrace();
    assertThat(again.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(again.err()).contains("already exists").contains("--force");
    assertThat(Run.coprod("init", "--output", file, "--force").code()).isEqualTo(Coprod.OK);
  }

  @Test
  void namesNobodyAndUsesPseudonymousIds() {
    InitCommand.template()
        .lines()
        .map(l -> l.contains("#") ? l.substring(0, l.indexOf('#')) : l)
        .forEach(l -> assertThat(l).doesNotContain("name:"));
    assertThat(InitCommand.template()).contains("id: le-1").contains("id: pro-1");
  }

  @Test
  void writesAFreshFingerprintKeyEachTimeAndNothingElseDiffers() {
    String one = Run.coprod("init").out();
    String two = Run.coprod("init").out();
    java.util.regex.Pattern key =
        java.util.regex.Pattern.compile("fingerprintKey: ([0-9a-f]{64})\n");
    java.util.regex.Matcher first = key.matcher(one);
    java.util.regex.Matcher second = key.matcher(two);
    assertThat(first.find()).isTrue();
    assertThat(second.find()).isTrue();
    assertThat(first.group(1)).isNotEqualTo(second.group(1));
    assertThat(one.replace(first.group(1), "K")).isEqualTo(two.replace(second.group(1), "K"));
    assertThat(InitCommand.template("ab".repeat(32)))
        .contains("fingerprintKey: " + "ab".repeat(32));
  }

  @Test
  void theTemplateShowsAMeetingRegisterAndTheRestOfTheRecord() {
    org.coprod.core.Project p =
        org.coprod.io.ProjectFiles.read(
                new java.io.StringReader(InitCommand.template()),
                org.coprod.io.Format.YAML,
                "template.yaml")
            .get();
    assertThat(p.meetings()).hasSize(1);
    assertThat(p.contributionsAt(org.coprod.core.MeetingId.of("kickoff"))).hasSize(4);
    assertThat(p.decisions().filter(d -> d.meeting().isDefined())).hasSize(2);
    assertThat(p.impacts()).hasSize(1);
    assertThat(p.checkIns()).hasSize(2);
    assertThat(p.involvementAim()).isNotEmpty();
    assertThat(p.agreements().head().support().get().isComplete()).isTrue();
    assertThat(p.agreements().head().stopClause()).isNotEmpty();
    assertThat(p.fingerprintKey()).isNotEmpty();
  }
}
