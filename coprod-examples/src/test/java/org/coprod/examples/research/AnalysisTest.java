package org.coprod.examples.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.coprod.core.Project;
import org.coprod.core.synthetic.ProjectGenerator;
import org.coprod.examples.embedding.ReadmeBlock;
import org.coprod.io.ProjectFiles;
import org.coprod.rules.Finding;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code research/Analysis.java} as a researcher would, in a child JVM launched on the single
 * source file, and reads the CSV it writes. The class path is coprod's core, rules and io with
 * their dependencies, which the build passes in {@code coprod.research.classpath} (what {@code
 * coprod-cli/target/coprod.jar} holds, unshaded).
 */
class AnalysisTest {
  private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
  private static final Path SCRIPT = MODULE.resolve("research").resolve("Analysis.java");

  private static final List<String> COLUMNS =
      List.of(
          "file",
          "project",
          "asOf",
          "closed",
          "ladder",
          "claimedLevel",
          "contributors",
          "contributorsLivedExperience",
          "hours",
          "outputs",
          "hoursShareLivedExperience",
          "giniHours",
          "giniHoursCorrected",
          "theilBetweenShare",
          "creditParityRatio",
          "shapleyShareLivedExperience",
          "creditShareLivedExperience",
          "concerns",
          "warnings",
          "notes");

  /**
   * A project small enough to work out by hand. The guide (8 hours) was shaped by both sides: an
   * idea from le-1, the writing by pro-1; only pro-1 is credited. The poster (4.5 hours) was made
   * by pro-1, with half an hour of feedback from le-2 (11%: not substantial); both are credited.
   */
  private static final String SMALL =
      """
      coprod: 1
      project: {id: small, title: Small, started: 2024-01-01, closed: 2024-06-30}
      participants:
        - {id: le-1, side: LIVED_EXPERIENCE, joined: 2024-01-01}
        - {id: le-2, side: LIVED_EXPERIENCE, joined: 2024-01-01}
        - {id: pro-1, side: PROFESSIONAL, employment: SALARIED, joined: 2024-01-01}
      contributions:
        - {participant: le-1, date: 2024-02-01, phase: DESIGN, kind: IDEA, hours: 2, output: guide}
        - {participant: pro-1, date: 2024-02-02, phase: DESIGN, kind: WRITING, hours: 6, output: guide}
        - {participant: pro-1, date: 2024-03-01, phase: DELIVERY, kind: LABOUR, hours: 4, output: poster}
        - {participant: le-2, date: 2024-03-02, phase: DELIVERY, kind: FEEDBACK, hours: 0.5, output: poster}
      outputs:
        - {id: guide, title: Guide, date: 2024-04-01, credits: [{participant: pro-1, as: AUTHOR}]}
        - id: poster
          title: Poster
          date: 2024-04-02
          credits: [{participant: pro-1, as: AUTHOR}, {participant: le-2, as: CONTRIBUTOR}]
      """;

  /** What the child JVM did. */
  private record Run(int exit, String out, String err, Seq<Seq<String>> rows) {
    Seq<String> header() {
      return rows.head();
    }

    Seq<String> row(String file) {
      return rows.tail()
          .find(r -> r.head().equals(file))
          .getOrElseThrow(() -> new AssertionError("no row for " + file));
    }

    String cell(String file, String column) {
      return row(file).get(COLUMNS.indexOf(column));
    }

    double number(String file, String column) {
      return Double.parseDouble(cell(file, column));
    }
  }

  private static Run analyse(Path dir, Path csv) throws IOException, InterruptedException {
    String classpath = System.getProperty("coprod.research.classpath", "");
    assertThat(classpath)
        .as("the build passes the class path in coprod.research.classpath")
        .isNotBlank();
    Path out = Files.createTempFile(csv.getParent(), "stdout", ".txt");
    Path err = Files.createTempFile(csv.getParent(), "stderr", ".txt");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // start-up flags only, for a machine shared with other builds: the script runs the
                // same
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                classpath,
                SCRIPT.toString(),
                dir.toString(),
                csv.toString())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    // Not a speed check: only a guard against a child that never ends.
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the script did not finish");
    }
    Seq<Seq<String>> rows =
        Files.exists(csv) ? parse(Files.readString(csv, StandardCharsets.UTF_8)) : List.empty();
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8),
        rows);
  }

  /** RFC 4180 records with CRLF line ends: quoted cells may hold commas, quotes and line breaks. */
  private static Seq<Seq<String>> parse(String csv) {
    assertThat(csv).endsWith("\r\n");
    java.util.List<Seq<String>> rows = new java.util.ArrayList<>();
    java.util.List<String> row = new java.util.ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(List.ofAll(row));
        row.clear();
        i++;
      } else {
        cell.append(c);
      }
    }
    return List.ofAll(rows);
  }

  @TempDir static Path tmp;

  /** One run over a folder of every sort of file: the child JVM compiles the script each time. */
  private static Run run;

  private static Path projects;

  private static java.util.List<Path> scenarios;

  @BeforeAll
  static void analyseAFolderOfProjects() throws IOException, InterruptedException {
    projects = Files.createDirectories(tmp.resolve("projects"));
    Files.writeString(projects.resolve("small.yaml"), SMALL, StandardCharsets.UTF_8);
    ProjectFiles.write(
        ProjectGenerator.generate(11, 4, 3, 60, 8, 2), projects.resolve("generated-1.json"));
    Path wave2 = Files.createDirectories(projects.resolve("wave-2"));
    ProjectFiles.write(
        ProjectGenerator.generate(12, 2, 5, 40, 5, 3), wave2.resolve("generated, \"second\".yaml"));
    Files.writeString(
        projects.resolve("broken.yaml"),
        "coprod: 1\nproject:\n  id: broken\n  titel: Oops\n  started: 2020-01-01\n");
    Files.writeString(projects.resolve("notes.md"), "not a project file, and not read");
    // the bundled scenarios, with their golden reports and README beside them, which are not read;
    // a golden JSON report is left behind, since a .json file is read as a project and refused
    Path copies = Files.createDirectories(projects.resolve("scenarios"));
    try (var files = Files.list(MODULE.resolve("scenarios"))) {
      for (Path file : files.filter(p -> !p.toString().endsWith(".report.json")).toList()) {
        Files.copy(file, copies.resolve(file.getFileName().toString()));
      }
    }
    try (var files = Files.list(copies)) {
      scenarios = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    run = analyse(projects, tmp.resolve("out.csv"));
  }

  @Test
  void writesOneTidyRowAProjectAndReportsABadFileOnStandardErrorAndSkipsIt() throws IOException {
    assertThat(run.exit()).as("a skipped file is bad input: " + run.err()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            projects.resolve("broken.yaml")
                + ":4:3: project.titel: 'titel' is not a key of the project; did you mean 'title'?")
        .contains(projects.resolve("broken.yaml") + ": skipped")
        .contains((scenarios.size() + 3) + " rows written")
        .contains("1 file skipped");
    assertThat(run.out()).isEmpty();
    assertThat(run.header().asJava()).containsExactlyElementsOf(COLUMNS);
    assertThat(run.rows().tail().map(Seq::head).asJava())
        .as("one row a readable project, sorted by path, with '/' between folders")
        .containsExactlyElementsOf(
            List.of("generated-1.json")
                .appendAll(List.ofAll(scenarios).map(p -> "scenarios/" + p.getFileName()))
                .appendAll(List.of("small.yaml", "wave-2/generated, \"second\".yaml")));
    assertThat(Files.readString(tmp.resolve("out.csv"), StandardCharsets.UTF_8))
        .as("a cell holding a comma or a quote is quoted, its quotes doubled")
        .contains("\r\n\"wave-2/generated, \"\"second\"\".yaml\",synthetic-12,");
    for (Seq<String> row : run.rows().tail()) {
      assertThat(row).hasSize(COLUMNS.size());
      for (String cell : row.drop(6)) {
        assertThat(cell).as("numbers have a '.' and no exponent").matches("|-?[0-9]+(\\.[0-9]+)?");
      }
    }
  }

  @Test
  void computesEachMeasureOfASmallProjectAsWorkedOutByHand() {
    String f = "small.yaml";
    assertThat(run.row(f).take(10).asJava())
        .containsExactly(
            "small.yaml", "small", "2024-06-30", "true", "ENGAGEMENT", "", "3", "2", "12.5", "2");
    assertThat(run.number(f, "hoursShareLivedExperience")).isCloseTo(2.5 / 12.5, within(1e-12));
    // hours 2, 10, 0.5: Σ|xi - xj| over ordered pairs is 38, 2 n² μ is 75
    assertThat(run.number(f, "giniHours")).isCloseTo(38.0 / 75, within(1e-12));
    assertThat(run.number(f, "giniHoursCorrected")).isCloseTo(38.0 / 75 * 3 / 2, within(1e-12));
    // as credit-parity counts it: le-1 (an idea for the guide) and le-2 (11% of the poster's hours)
    // made a substantial contribution, and only le-2 is credited; pro-1 is, of one
    assertThat(run.number(f, "creditParityRatio")).isCloseTo(0.5, within(1e-12));
    // the guide needed both sides (8 hours, split 4 and 4); the poster needed professionals only
    assertThat(run.number(f, "shapleyShareLivedExperience")).isCloseTo(4 / 12.5, within(1e-12));
    // the guide's credit is all professional; half the poster's credit (4.5 hours) is LE's
    assertThat(run.number(f, "creditShareLivedExperience"))
        .isCloseTo(0.5 * 4.5 / 12.5, within(1e-12));
    assertThat(run.cell(f, "theilBetweenShare")).matches("0\\.[0-9]+");
  }

  @Test
  void agreesWithTheRulebookOnEveryBundledScenario() {
    assertThat(scenarios).isNotEmpty();
    for (Path file : scenarios) {
      Project project = ProjectFiles.read(file).get();
      Report report = Rulebook.standard().check(project);
      String name = "scenarios/" + file.getFileName();
      Seq<Finding> open = report.unacknowledged();
      assertThat(run.cell(name, "project")).isEqualTo(project.id().value());
      assertThat(run.cell(name, "asOf")).isEqualTo(report.asOf().toString());
      assertThat(run.cell(name, "ladder")).isEqualTo(report.ladder().name());
      assertThat(run.cell(name, "concerns"))
          .isEqualTo(String.valueOf(open.count(x -> x.severity() == Severity.CONCERN)));
      assertThat(run.cell(name, "warnings"))
          .isEqualTo(String.valueOf(open.count(x -> x.severity() == Severity.WARNING)));
      assertThat(run.cell(name, "notes"))
          .isEqualTo(String.valueOf(open.count(x -> x.severity() == Severity.NOTE)));
      assertThat(run.cell(name, "hoursShareLivedExperience"))
          .isEqualTo(
              report
                  .measures()
                  .hoursShareBySide()
                  .livedExperience()
                  .map(
                      d ->
                          new java.math.BigDecimal(Double.toString(d))
                              .stripTrailingZeros()
                              .toPlainString())
                  .getOrElse(""));
    }
    // one definition of credit parity: the library's
    for (Path file : scenarios) {
      Report report = Rulebook.standard().check(ProjectFiles.read(file).get());
      String name = "scenarios/" + file.getFileName();
      io.vavr.control.Option<Double> le = report.measures().creditRateBySide().livedExperience();
      io.vavr.control.Option<Double> pro = report.measures().creditRateBySide().professional();
      if (le.isDefined() && pro.isDefined() && Math.max(le.get(), pro.get()) > 0) {
        assertThat(run.number(name, "creditParityRatio"))
            .isCloseTo(
                Math.min(le.get(), pro.get()) / Math.max(le.get(), pro.get()), within(1e-12));
      } else {
        assertThat(run.cell(name, "creditParityRatio")).isEmpty();
      }
    }
    // the crisis line credits staff only, though the peers were needed for its report
    assertThat(run.number("scenarios/crisis-line.yaml", "creditShareLivedExperience")).isZero();
    assertThat(run.number("scenarios/crisis-line.yaml", "shapleyShareLivedExperience"))
        .isPositive();
  }

  @Test
  void theReadmeShowsTheRowsOfARealRunOnTheScenarios() throws IOException {
    // the scenarios were copied into a subfolder here; the README runs on their own folder
    Seq<String> lines =
        List.of(Files.readString(tmp.resolve("out.csv"), StandardCharsets.UTF_8).split("\r\n"));
    String csv =
        lines
            .take(1)
            .appendAll(
                lines
                    .filter(l -> l.startsWith("scenarios/"))
                    .map(l -> l.substring("scenarios/".length())))
            .mkString("", "\n", "\n");

    ReadmeBlock.assertHolds("research-csv", "csv", csv);
  }

  @Test
  void theScriptUsesOnlyWhatTheCommandJarHolds() throws IOException {
    String source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
    Seq<String> imports = List.ofAll(source.lines().filter(l -> l.startsWith("import ")).toList());

    assertThat(imports).isNotEmpty();
    assertThat(imports.asJava())
        .allMatch(
            l -> l.matches("import (java\\.|io\\.vavr\\.|org\\.coprod\\.(core|rules|io)[.;]).*"),
            "imports from the JDK, Vavr, or coprod's core, rules and io only");
    assertThat(source.lines()).noneMatch(l -> l.startsWith("package "));
    assertThat(source).contains("public static void main(String[] args)");
  }
}
