package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.coprod.core.Participant;
import org.coprod.core.Project;
import org.coprod.core.synthetic.ProjectGenerator;
import org.coprod.io.Format;
import org.coprod.io.ProjectFiles;
import org.coprod.io.report.StatsCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {
  @TempDir Path dir;

  private Project write(String name, long seed) throws Exception {
    Project p = ProjectGenerator.generate(seed, 3, 3, 40, 5, 2);
    ProjectFiles.write(p, dir.resolve(name), Format.ofFileName(name).get());
    return p;
  }

  private static List<String> rows(String csv) {
    return csv.lines().toList();
  }

  @Test
  void writesOneRowAProjectInPathOrderWithAHeader() throws Exception {
    write("b.json", 2);
    write("a.yaml", 1);
    Run.file(dir, "sub/c.yaml", Projects.clean());
    Path out = dir.resolve("out").resolve("stats.csv");
    java.nio.file.Files.createDirectories(out.getParent());
    Run run = Run.coprod("stats", dir, "--output", out).withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.OK);
    List<String> rows = rows(Run.read(out));
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0)).isEqualTo(StatsCsv.COLUMNS.mkString(","));
    assertThat(rows.get(1)).startsWith("synthetic-1,");
    assertThat(rows.get(2)).startsWith("synthetic-2,");
    assertThat(rows.get(3))
        .startsWith("peer-guide,2025-04-28,false,coprod-standard,2,4,2,2,4,11,36,");
    assertThat(Run.read(out)).contains("\r\n");
    for (String row : rows) {
      assertThat(row.split(",", -1)).hasSize(StatsCsv.COLUMNS.size());
    }
  }

  @Test
  void givesTheMeasuresBySideTheLadderAndCountsOfFindings() {
    Path file = Run.file(dir, "w.yaml", Projects.acknowledgedWarning());
    Path out = dir.resolve("stats.csv");
    assertThat(Run.coprod("stats", file, "--output", out).code()).isEqualTo(Coprod.OK);
    List<String> rows = rows(Run.read(out));
    String[] header = rows.get(0).split(",");
    String[] row = rows.get(1).split(",", -1);
    java.util.Map<String, String> cell = new java.util.HashMap<>();
    for (int i = 0; i < header.length; i++) {
      cell.put(header[i], row[i]);
    }
    // 20 of the 36 hours are lived experience's; the two sides control the money equally
    assertThat(Double.parseDouble(cell.get("hoursShareLivedExperience"))).isEqualTo(20.0 / 36);
    assertThat(cell.get("hours")).isEqualTo("36");
    assertThat(cell.get("moneyShareLivedExperience")).isEqualTo("0.5");
    assertThat(cell.get("keyDecisionSayProfessional")).isEqualTo("1");
    assertThat(cell.get("claimedLevel")).isEqualTo("CO_PRODUCTION");
    assertThat(cell.get("ladder")).isEqualTo("CO_PRODUCTION");
    assertThat(cell.get("warnings")).isEqualTo("1");
    assertThat(cell.get("concerns")).isEqualTo("0");
    assertThat(cell.get("acknowledged")).isEqualTo("1");
    assertThat(cell.get("rulesErrored")).isEqualTo("0");
  }

  @Test
  void writesNoNameNorAnyPersonsId() throws Exception {
    Project p = write("p.json", 5);
    Path out = dir.resolve("stats.csv");
    Run.coprod("stats", dir.resolve("p.json"), "--output", out);
    String csv = Run.read(out);
    for (Participant person : p.participants()) {
      person.name().forEach(name -> assertThat(csv).doesNotContain(name));
      assertThat(csv.split("[,\r\n]")).doesNotContain(person.id().value());
    }
  }

  @Test
  void reportsABadFileWithItsLineAndPathSkipsItAndExitsTwo() throws Exception {
    write("a.json", 1);
    Path broken = Run.file(dir, "broken.yaml", Projects.broken());
    write("c.json", 3);
    Path out = dir.resolve("stats.csv");
    Run run = Run.coprod("stats", dir, "--output", dir.resolve("stats.csv")).withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(run.err())
        .contains(broken + ":9:")
        .contains("contributions[0].phase")
        .contains(broken + ": skipped")
        .contains("2 of 3 rows written");
    List<String> rows = rows(Run.read(out));
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1)).contains("synthetic-1");
    assertThat(rows.get(2)).contains("synthetic-3");
  }

  @Test
  void leavesOutHiddenFilesAndFilesThatAreNotProjects() throws Exception {
    write("a.json", 1);
    Run.file(dir, ".hidden/b.yaml", Projects.broken());
    Run.file(dir, ".c.yaml", Projects.broken());
    Run.file(dir, "notes.txt", "not a project");
    Path out = dir.resolve("stats.csv");
    Run run = Run.coprod("stats", dir, "--output", out);
    assertThat(run.code()).isEqualTo(Coprod.OK);
    assertThat(rows(Run.read(out))).hasSize(2);
  }

  @Test
  void givesTheSameBytesRunAfterRun() throws Exception {
    for (int i = 0; i < 6; i++) {
      write("p" + i + ".json", i);
    }
    Path first = dir.resolve("first.csv");
    Path second = dir.resolve("second.csv");
    Run.coprod("stats", dir, "--output", first, "--no-progress");
    Run.coprod("stats", dir, "--output", second, "--no-progress");
    assertThat(Run.read(first)).isEqualTo(Run.read(second));
    assertThat(rows(Run.read(first))).hasSize(7);
  }

  @Test
  void drawsAProgressBarOnStandardErrorUnlessAskedNotTo() throws Exception {
    write("a.json", 1);
    write("b.json", 2);
    Run shown = Run.coprod("stats", dir, "--output", dir.resolve("s.csv"));
    assertThat(shown.err()).contains("2/2 projects").contains("[####");
    assertThat(shown.out()).isEmpty();
    Run hidden =
        Run.coprod(
            "stats",
            dir.resolve("a.json"),
            dir.resolve("b.json"),
            "--output",
            dir.resolve("t.csv"),
            "--no-progress");
    assertThat(hidden.err()).isEmpty();
  }

  @Test
  void aFolderWithoutProjectsIsBadInput() {
    Run run = Run.coprod("stats", dir, "--output", dir.resolve("s.csv")).withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(run.err()).contains("found no project file");
  }

  @Test
  void theOutputFileIsRequired() {
    Run run = Run.coprod("stats", dir).withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(run.err()).contains("--output");
  }
}
