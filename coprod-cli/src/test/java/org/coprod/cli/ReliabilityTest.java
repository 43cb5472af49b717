package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coprod.io.report.InputDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command fails loudly and never half-way: what it writes gets out whole or it says why and
 * exits 2; what a file said cannot turn into a line of its own on the terminal; standard input is a
 * file like any other.
 */
class ReliabilityTest {
  @TempDir Path dir;

  /** A file whose dangling reference names an id made to forge a line and clear the screen. */
  private static String forging() {
    return Projects.broken()
        .replace(
            "{participant: a, date: 2025-01-07, phase: DESING",
            "{participant: \"ghost\\nforged.yaml:1:1: all is well\\e[2J\", date: 2025-01-07,"
                + " phase: DESIGN");
  }

  @Test
  void anIdOnStandardErrorCannotForgeALineOrSendAnEscapeSequence() {
    Path file = Run.file(dir, "forging.yaml", forging());
    Run run = Run.coprod("check", file).withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(run.err())
        .contains("no participant has the id 'ghost\\nforged.yaml:1:1: all is well\\u001B[2J'")
        .doesNotContain("\u001b")
        .doesNotContainPattern("(?m)^forged\\.yaml:1:1:");
    assertThat(run.err().replace("\n", "").chars()).noneMatch(Character::isISOControl);
  }

  @Test
  void aRuleIdTypedWithControlCharactersIsShownEscaped() {
    Run run = Run.coprod("explain", "credit\u001b[31m\nx").withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(run.err()).contains("'credit\\u001B[31m\\nx'").doesNotContain("\u001b");
    Run usage = Run.coprod("check", "--format", "pdf\u001b[2J");
    assertThat(usage.err()).doesNotContain("\u001b");
  }

  @Test
  void aFailedWriteToStandardOutputIsExitTwoWithAMessage() {
    Path file = Run.file(dir, "guide.yaml", Projects.clean());
    for (String[] args :
        new String[][] {
          {"check", file.toString()},
          {"check", "--format", "json", file.toString()},
          {"rules"},
          {"schema"},
          {"generate", "--seed", "1"}
        }) {
      CommandLine cl = Coprod.commandLine();
      StringWriter err = new StringWriter();
      cl.setOut(new PrintWriter(new Broken(), true));
      cl.setErr(new PrintWriter(err, true));
      int code = cl.execute(args);
      assertThat(code).as(String.join(" ", args)).isEqualTo(Coprod.BAD_INPUT);
      assertThat(err.toString()).contains("standard output could not be written");
    }
  }

  @Test
  void runningOutOfMemoryIsOneLineAndExitTwo() {
    CommandLine cl = Coprod.commandLine();
    cl.addSubcommand("boom", new Boom());
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(err, true));
    assertThat(cl.execute("boom")).isEqualTo(Coprod.BAD_INPUT);
    assertThat(err.toString()).isEqualTo("coprod boom: " + Coprod.OUT_OF_MEMORY + "\n");
  }

  @Test
  void anOutputThatIsAnInputIsRefusedAndTheInputKept() throws IOException {
    // the template draws a new fingerprint key each time: the file is compared with what was
    // written
    String project = Projects.clean();
    Path file = Run.file(dir, "guide.yaml", project);
    Path policy = Run.file(dir, "policy.yaml", "coprod-policy: 1\n");
    for (Object[] args :
        new Object[][] {
          {"check", file, "--output", file},
          {"check", file, "--output", dir.resolve(".").resolve("guide.yaml")},
          {"check", file, "--policy", policy, "--output", policy},
          {"stats", file, "--output", file},
          {"stats", dir, "--output", file}
        }) {
      Run run = Run.coprod(args).withoutStackTrace();
      assertThat(run.code()).isEqualTo(Coprod.BAD_INPUT);
      assertThat(run.err()).contains("is one of the files to read");
    }
    assertThat(Run.read(file)).isEqualTo(project);
    assertThat(Run.read(policy)).isEqualTo("coprod-policy: 1\n");
    Path other = dir.resolve("page");
    Run pages =
        Run.coprod(
            "check",
            "--format",
            "html",
            file,
            Run.file(other, "guide.html", "x"),
            "--output",
            other);
    assertThat(pages.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(Run.read(other.resolve("guide.html"))).isEqualTo("x");
  }

  @Test
  void aFailedWriteLeavesTheFileThatWasThere() throws IOException {
    Path file = Run.file(dir, "guide.yaml", Projects.clean());
    Path folder = Files.createDirectories(dir.resolve("report.txt"));
    Run run = Run.coprod("check", file, "--output", folder).withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(folder).isDirectory();
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void writesTheReportWholeInPlaceOfTheOldOne() throws IOException {
    Path file = Run.file(dir, "guide.yaml", Projects.clean());
    Path report = Run.file(dir, "report.txt", "the old report");
    Run run = Run.coprod("check", file, "--output", report).withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.OK);
    assertThat(Run.read(report)).startsWith("Coproduction report:");
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("guide.yaml", "report.txt");
    }
  }

  @Test
  void readsAProjectFromStandardInput() {
    byte[] bytes = Projects.warning().getBytes(StandardCharsets.UTF_8);
    for (String name : new String[] {"-", "/dev/stdin"}) {
      Run run = withStandardInput(bytes, () -> Run.coprod("check", name, "--format", "json"));
      assertThat(run.code()).as(name).isEqualTo(Coprod.OK);
      assertThat(run.out())
          .contains("\"inputSha256\": \"" + InputDigest.ofBytes(bytes).sha256() + "\"")
          .contains("purpose-missing");
    }
    Run broken =
        withStandardInput(
            Projects.broken().getBytes(StandardCharsets.UTF_8), () -> Run.coprod("check", "-"));
    assertThat(broken.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(broken.err()).startsWith("(standard input):9:");
    Run twice = Run.coprod("check", "-", "/dev/stdin");
    assertThat(twice.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(twice.err()).contains("standard input can be read only once");
  }

  @Test
  void statsReadsAProjectFromStandardInput() {
    byte[] bytes = Projects.warning().getBytes(StandardCharsets.UTF_8);
    Path csv = dir.resolve("stats.csv");
    Run run =
        withStandardInput(bytes, () -> Run.coprod("stats", "-", "--output", csv, "--no-progress"));
    assertThat(run.code()).isEqualTo(Coprod.OK);
    assertThat(Run.read(csv)).contains("peer-guide");
  }

  private static Run withStandardInput(byte[] bytes, Callable<Run> run) {
    InputStream before = System.in;
    System.setIn(new ByteArrayInputStream(bytes));
    try {
      return run.call();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      System.setIn(before);
    }
  }

  /** Standard output on a full disk. */
  private static final class Broken extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }
  }

  /** A subcommand that runs out of memory. */
  @CommandLine.Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new OutOfMemoryError("Java heap space");
    }
  }
}
