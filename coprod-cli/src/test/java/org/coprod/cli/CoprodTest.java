package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoprodTest {
  @ParameterizedTest
  @ValueSource(strings = {"check", "rules", "explain", "stats", "schema", "init", "generate"})
  void everySubcommandExplainsItselfWithHelp(String command) {
    Run run = Run.coprod(command, "--help").withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.OK);
    assertThat(run.out()).startsWith("Usage: coprod " + command);
  }

  @Test
  void listsTheSubcommandsAndTheExitCodesInItsHelp() {
    Run run = Run.coprod("--help");
    assertThat(run.code()).isEqualTo(Coprod.OK);
    assertThat(run.out())
        .contains("check", "rules", "explain", "stats", "schema", "init", "generate", "Exit codes");
  }

  @Test
  void saysItsVersionAndTheRulebooks() {
    Run run = Run.coprod("--version");
    assertThat(run.code()).isEqualTo(Coprod.OK);
    assertThat(run.out())
        .startsWith("coprod ")
        .contains("rulebook coprod-standard version " + org.coprod.rules.Rulebook.VERSION)
        .doesNotContain("unknown");
  }

  @Test
  void withoutASubcommandPrintsTheUsageAndExitsTwo() {
    Run run = Run.coprod().withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(run.err()).contains("Usage: coprod");
  }

  @Test
  void anUnknownSubcommandSuggestsTheNearestAndExitsTwo() {
    Run run = Run.coprod("chek").withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(run.err()).contains("chek").contains("check").contains("--help");
  }

  @Test
  void anUnexpectedFailureIsOneLineAndExitsTwo() {
    java.io.StringWriter err = new java.io.StringWriter();
    picocli.CommandLine cl = Coprod.commandLine();
    cl.setErr(new java.io.PrintWriter(err, true));
    int code =
        new Coprod.Failure()
            .handleExecutionException(
                new IllegalStateException("no rule with id x"), cl, cl.parseArgs("rules"));
    assertThat(code).isEqualTo(Coprod.BAD_INPUT);
    assertThat(err.toString())
        .isEqualTo(
            "coprod: could not finish: java.lang.IllegalStateException: no rule with id x"
                + System.lineSeparator());
  }

  @Test
  void aFileThatCannotBeWrittenIsOneLineNamingIt() {
    java.io.StringWriter err = new java.io.StringWriter();
    picocli.CommandLine cl = Coprod.commandLine();
    cl.setErr(new java.io.PrintWriter(err, true));
    int code =
        new Coprod.Failure()
            .handleExecutionException(
                new java.io.UncheckedIOException(
                    new java.nio.file.AccessDeniedException("out.csv")),
                cl,
                cl.parseArgs("rules"));
    assertThat(code).isEqualTo(Coprod.BAD_INPUT);
    assertThat(err.toString()).contains("out.csv: access denied").doesNotContain("\tat ");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Run run = Run.coprod("rules", "--colour").withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(run.err()).contains("--colour");
  }
}
