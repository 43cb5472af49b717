package org.coprod.examples.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vavr.control.Option;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coprod.cli.Coprod;
import org.coprod.core.Side;
import org.coprod.core.measure.ConfidenceInterval;
import org.coprod.core.measure.Proportions;
import org.coprod.core.synthetic.ProjectGenerator;
import org.coprod.core.synthetic.ProjectSpec;
import org.coprod.io.ProjectFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code research/say_and_credit.py} as a researcher would, on the tables {@code coprod stats}
 * writes for a varied population of generated projects, and checks its answer against the same
 * counts, intervals and test computed here with the library. It needs {@code python3} on the path;
 * without it, the tests are skipped and say so on standard error.
 */
class SayAndCreditScriptTest {
  private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
  private static final Path SCRIPT = MODULE.resolve("research").resolve("say_and_credit.py");

  @TempDir static Path tmp;

  private static Path stats;
  private static Path rules;

  /** The interpreter, or none where it is not installed. */
  private static Option<String> python() {
    for (String name : List.of("python3", "python")) {
      try {
        Process p = new ProcessBuilder(name, "--version").redirectErrorStream(true).start();
        String version = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor(1, TimeUnit.MINUTES) && p.exitValue() == 0 && version.contains("Python 3")) {
          return Option.some(name);
        }
      } catch (IOException | InterruptedException e) {
        // not installed under this name: try the next
      }
    }
    return Option.none();
  }

  private static String requirePython() {
    Option<String> python = python();
    if (python.isEmpty()) {
      String message =
          "SKIPPED: no python3 on the PATH, so research/say_and_credit.py was NOT run or tested";
      System.err.println("*".repeat(message.length()));
      System.err.println(message);
      System.err.println("*".repeat(message.length()));
    }
    Assumptions.assumeTrue(python.isDefined(), "python3 is not installed");
    return python.get();
  }

  /** A population as a study might generate it: sizes, say and credit varied by seed. */
  @BeforeAll
  static void runStatsOnAVariedPopulation() throws IOException {
    Path projects = Files.createDirectories(tmp.resolve("projects"));
    for (long seed = 1; seed <= 80; seed++) {
      ProjectSpec spec =
          ProjectSpec.builder()
              .seed(seed)
              // every ninth project has a side too small to report
              .livedExperience(seed % 9 == 0 ? 3 : 5 + (int) (seed % 5))
              // outvoting needs a board of ten or more professionals
              .professional(seed % 3 == 0 ? 10 + (int) (seed % 4) : 5 + (int) (seed * 7 % 4))
              .contributions(60 + (int) (seed % 7) * 20)
              .decisions(seed % 11 == 0 ? 0 : 4 + (int) (seed % 6))
              .outputs(1 + (int) (seed % 3))
              .livedExperienceOutvoted(seed % 3 == 0)
              .creditOnlyTo(seed % 4 == 0 ? Option.some(Side.PROFESSIONAL) : Option.none())
              .closed(seed % 10 != 0)
              .build();
      ProjectFiles.write(
          ProjectGenerator.generate(spec), projects.resolve(String.format("p%03d.json", seed)));
    }
    stats = tmp.resolve("stats.csv");
    rules = tmp.resolve("rules.csv");
    int code =
        Coprod.commandLine()
            .execute(
                "stats",
                projects.toString(),
                "--output",
                stats.toString(),
                "--rules-output",
                rules.toString(),
                "--no-progress");
    assertThat(code).isEqualTo(Coprod.OK);
  }

  private record Ran(int exit, String out, String err) {}

  private static Ran run(String python, Path... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(python, SCRIPT.toString()));
    for (Path a : args) {
      command.add(a.toString());
    }
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("the script did not finish");
    }
    return new Ran(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** The rows of a table without quoted cells, each as column to cell. */
  private static List<Map<String, String>> table(Path csv) throws IOException {
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("\"");
    List<String> lines = text.lines().toList();
    String[] header = lines.get(0).split(",", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i], cells[i]);
      }
      rows.add(row);
    }
    return rows;
  }

  @Test
  void answersTheQuestionWithTheCountsIntervalsAndTestTheLibraryGives() throws Exception {
    String python = requirePython();
    Ran ran = run(python, stats, rules);
    assertThat(ran.exit()).as(ran.err()).isZero();

    // the same table, counted here
    Map<String, String> parity = new HashMap<>();
    for (Map<String, String> r : table(rules)) {
      if (r.get("rule").equals("credit-parity")) {
        parity.put(r.get("path"), r.get("status"));
      }
    }
    int[][] counts = new int[2][2]; // [say in half or more?][parity held?]
    int withheld = 0;
    int running = 0;
    for (Map<String, String> r : table(stats)) {
      String say = r.get("keyDecisionSayLivedExperience");
      String status = parity.get(r.get("path"));
      if (!r.get("closed").equals("TRUE")) {
        running++;
      } else if (status.isEmpty()) {
        withheld++;
      } else if (!say.isEmpty() && (status.equals("PASSED") || status.equals("FINDINGS"))) {
        counts[Double.parseDouble(say) >= 0.5 ? 0 : 1][status.equals("PASSED") ? 0 : 1]++;
      }
    }
    assertThat(withheld).as("the population has projects with a small side").isPositive();
    assertThat(running).isPositive();
    assertThat(counts[0][0] + counts[0][1]).as("projects with a say").isPositive();
    assertThat(counts[1][0] + counts[1][1]).as("projects without").isPositive();

    assertThat(ran.out())
        .startsWith(
            "Is lived-experience say in key decisions associated with credit parity at the close?")
        .contains(running + " still running")
        .contains(withheld + " withheld");
    String[] labels = {"say in half or more", "say in under half"};
    for (int say = 0; say < 2; say++) {
      Matcher m =
          Pattern.compile(
                  Pattern.quote(labels[say])
                      + " +(\\d+) +(\\d+) +(\\d+) +([0-9.]+) \\(([0-9.]+) to ([0-9.]+)\\)")
              .matcher(ran.out());
      assertThat(m.find()).as(labels[say] + " in:\n" + ran.out()).isTrue();
      int held = counts[say][0];
      int total = held + counts[say][1];
      assertThat(Integer.parseInt(m.group(1))).isEqualTo(held);
      assertThat(Integer.parseInt(m.group(2))).isEqualTo(counts[say][1]);
      assertThat(Integer.parseInt(m.group(3))).isEqualTo(total);
      ConfidenceInterval ci = Proportions.clopperPearson(held, total).get();
      assertThat(Double.parseDouble(m.group(4))).isCloseTo((double) held / total, within(1e-6));
      assertThat(Double.parseDouble(m.group(5))).isCloseTo(ci.lower(), within(1e-6));
      assertThat(Double.parseDouble(m.group(6))).isCloseTo(ci.upper(), within(1e-6));
    }
    double p =
        Proportions.fisherExact(
                counts[0][0],
                counts[0][0] + counts[0][1],
                counts[1][0],
                counts[1][0] + counts[1][1])
            .get();
    Matcher m = Pattern.compile("two-sided: p = ([0-9.]+)").matcher(ran.out());
    assertThat(m.find()).isTrue();
    assertThat(Double.parseDouble(m.group(1))).isCloseTo(p, within(1e-6));
  }

  @Test
  void refusesATableThatIsNotCoprodStats() throws Exception {
    String python = requirePython();
    Path other = Files.writeString(tmp.resolve("other.csv"), "a,b\r\n1,2\r\n");
    Ran ran = run(python, other, rules);
    assertThat(ran.exit()).isEqualTo(2);
    assertThat(ran.err()).contains("other.csv").contains("not a table of coprod stats");
  }

  @Test
  void usesOnlyPythonsStandardLibrary() throws IOException {
    String source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
    assertThat(source.lines().filter(l -> l.matches("(import|from) .*")))
        .allMatch(l -> l.matches("import (csv|math|sys)"), "imports csv, math and sys only");
  }
}
