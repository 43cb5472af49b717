package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreditsCommandTest {
  @TempDir Path dir;

  private Path file(String text) throws IOException {
    Path f = dir.resolve("project.yaml");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  /** The template with a name for everyone to be named. */
  private static String named() {
    return InitCommand.template()
        .replace("  - id: le-1\n", "  - id: le-1\n    name: Ana Silva\n")
        .replace("  - id: pro-1\n", "  - id: pro-1\n    name: Ben Okoro\n")
        .replace("  - id: pro-2\n", "  - id: pro-2\n    name: Cleo Park\n");
  }

  @Test
  void refusesSomeoneToBeNamedWithNoNameAndWritesNothing() throws IOException {
    Run run = Run.coprod("credits", file(InitCommand.template())).withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("participants[0].name: participant 'le-1' is to be credited by name")
        .contains("no credits were written");
  }

  @Test
  void writesTheCreditsInEachFormat() throws IOException {
    Path f = file(named());
    Run md = Run.coprod("credits", f).withoutStackTrace();
    assertThat(md.code()).isEqualTo(Coprod.OK);
    assertThat(md.out()).startsWith("# Credits: ").contains("**Ana Silva**").contains("**Robin**");
    assertThat(md.out()).doesNotContain("le-1").doesNotContain("le-2");
    Run all = Run.coprod("credits", "--format", "allcontributors", f).withoutStackTrace();
    assertThat(all.code()).isEqualTo(Coprod.OK);
    assertThat(all.out()).contains("\"login\" : \"ana-silva\"").contains("\"contributors\"");
    Run jats = Run.coprod("credits", "--format", "JATS", f).withoutStackTrace();
    assertThat(jats.code()).isEqualTo(Coprod.OK);
    assertThat(jats.out()).startsWith("<?xml").contains("<string-name>Robin</string-name>");
  }

  @Test
  void aStatementIsOnePersonsOwn() throws IOException {
    Run run = Run.coprod("statement", file(named()), "--participant", "le-1").withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.OK);
    assertThat(run.out()).contains("# My part in").contains("Ana Silva").doesNotContain("Ben");
    Run json =
        Run.coprod("statement", file(named()), "--participant", "le-1", "--format", "json")
            .withoutStackTrace();
    assertThat(json.out()).contains("\"participant\" : \"le-1\"");
    Run nobody = Run.coprod("statement", file(named()), "--participant", "zed").withoutStackTrace();
    assertThat(nobody.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(nobody.err()).contains("no participant has the id 'zed'");
  }

  @Test
  void checkDraftsTheGripp2ShortFormWithoutNamingAnyone() throws IOException {
    Run run = Run.coprod("check", "--format", "gripp2", file(named())).withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.OK);
    assertThat(run.out())
        .startsWith("# Reporting involvement (GRIPP2 short form): ")
        .contains("## 1. Aim", "## 2. Methods", "## 3. Results", "## 4. Discussion")
        .contains("## 5. Reflections")
        .contains("> *To write:* The group's own reflections go here")
        .doesNotContain("Ana Silva")
        .doesNotContain("le-1");
  }
}
