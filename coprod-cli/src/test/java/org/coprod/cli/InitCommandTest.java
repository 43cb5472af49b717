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
}
