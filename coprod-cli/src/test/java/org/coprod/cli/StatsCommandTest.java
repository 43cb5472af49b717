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

  /** The rows of a CSV file without quoted cells, each as column to cell. */
  private static List<java.util.Map<String, String>> cells(Path csv) {
    List<String> lines = rows(Run.read(csv));
    String[] header = lines.get(0).split(",", -1);
    List<java.util.Map<String, String>> out = new java.util.ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] row = line.split(",", -1);
      assertThat(row).hasSameSizeAs(header);
      java.util.Map<String, String> cell = new java.util.LinkedHashMap<>();
      for (int i = 0; i < header.length; i++) {
        cell.put(header[i], row[i]);
      }
      out.add(cell);
    }
    return out;
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
    assertThat(rows.get(3)).startsWith("peer-guide," + dir.resolve("sub/c.yaml") + ",");
    assertThat(Run.read(out)).contains("\r\n");
    for (String row : rows) {
      assertThat(row.split(",", -1)).hasSize(StatsCsv.COLUMNS.size());
    }
  }

  @Test
  void givesTheMeasuresBySideTheLadderAndCountsOfFindings() {
    Path file = Run.file(dir, "w.yaml", Projects.acknowledgedWarning());
    Path out = dir.resolve("stats.csv");
    assertThat(Run.coprod("stats", file, "--output", out, "--min-cell", "0").code())
        .isEqualTo(Coprod.OK);
    java.util.Map<String, String> cell = cells(out).get(0);
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

  @Test
  void leavesOutTheFiguresOfASmallSideByDefaultAndSaysSo() throws Exception {
    write("small.json", 4);
    Path out = dir.resolve("stats.csv");
    assertThat(Run.coprod("stats", dir.resolve("small.json"), "--output", out).code())
        .isEqualTo(Coprod.OK);
    java.util.Map<String, String> row = cells(out).get(0);
    assertThat(row)
        .containsEntry("minCell", "5")
        .containsEntry("peopleLivedExperience", "3")
        .containsEntry("hoursShareLivedExperience", "")
        .containsEntry("hoursShareProfessional", "")
        .containsEntry("hours", "");
    assertThat(row.get("suppressed")).contains("livedExperienceUnderMinCell");
    Path open = dir.resolve("open.csv");
    Run.coprod("stats", dir.resolve("small.json"), "--output", open, "--min-cell", "0");
    java.util.Map<String, String> all = cells(open).get(0);
    assertThat(all).containsEntry("minCell", "0").containsEntry("suppressed", "");
    assertThat(all.get("hoursShareLivedExperience")).isNotEmpty();
  }

  @Test
  void refusesANegativeMinCell() throws Exception {
    write("a.json", 1);
    Run run =
        Run.coprod("stats", dir, "--output", dir.resolve("s.csv"), "--min-cell", "-1")
            .withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(run.err()).contains("--min-cell");
  }

  @Test
  void writesWhereEachRowCameFrom() throws Exception {
    Path file = Run.file(dir, "w.yaml", Projects.acknowledgedWarning());
    Path out = dir.resolve("stats.csv");
    Run.coprod("stats", file, "--output", out);
    java.util.Map<String, String> row = cells(out).get(0);
    assertThat(row)
        .containsEntry("path", file.toString().replace(java.io.File.separatorChar, '/'))
        .containsEntry("inputSha256", org.coprod.io.report.InputDigest.ofFile(file).sha256())
        .containsEntry("libraryVersion", org.coprod.core.Library.version())
        .containsEntry("ruleset", org.coprod.rules.Rulebook.standard().name())
        .containsEntry("rulesetDigest", org.coprod.rules.Rulebook.standard().digest())
        .containsEntry(
            "policyDigest",
            org.coprod.io.report.InputDigest.ofPolicy(org.coprod.rules.Policy.defaults()).sha256());
  }

  @Test
  void checksUnderAPolicyAndSaysWhichInEachRow() throws Exception {
    Path file = Run.file(dir, "w.yaml", Projects.acknowledgedWarning());
    Path policy =
        Run.file(
            dir,
            "policy.yaml",
            "coprod-policy: 1\nrules:\n  purpose-missing:\n    enabled: false\n");
    Path plain = dir.resolve("plain.csv");
    Path strict = dir.resolve("strict.csv");
    Path rules = dir.resolve("rules.csv");
    Run.coprod("stats", file, "--output", plain, "--min-cell", "0");
    Run run =
        Run.coprod(
            "stats",
            file,
            "--output",
            strict,
            "--min-cell",
            "0",
            "--policy",
            policy,
            "--rules-output",
            rules);
    assertThat(run.code()).isEqualTo(Coprod.OK);
    assertThat(cells(strict).get(0).get("policyDigest"))
        .isNotEqualTo(cells(plain).get(0).get("policyDigest"));
    assertThat(cells(rules)).noneMatch(r -> r.get("rule").equals("purpose-missing"));
    Path broken = Run.file(dir, "broken-policy.yaml", "coprod-policy: 1\nrulez: {}\n");
    Run bad =
        Run.coprod("stats", file, "--output", dir.resolve("x.csv"), "--policy", broken)
            .withoutStackTrace();
    assertThat(bad.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(bad.err()).contains("broken-policy.yaml").contains("rulez");
  }

  @Test
  void writesEveryRulesOutcomeAsALongTable() throws Exception {
    Path file = Run.file(dir, "w.yaml", Projects.acknowledgedWarning());
    Path out = dir.resolve("stats.csv");
    Path rules = dir.resolve("rules.csv");
    Run run =
        Run.coprod("stats", file, "--output", out, "--rules-output", rules, "--min-cell", "0");
    assertThat(run.code()).isEqualTo(Coprod.OK);
    assertThat(rows(Run.read(rules)).get(0))
        .isEqualTo(org.coprod.io.report.RulesCsv.COLUMNS.mkString(","));
    List<java.util.Map<String, String>> table = cells(rules);
    assertThat(table).hasSize(org.coprod.rules.Rulebook.standard().rules().size());
    assertThat(table)
        .allMatch(r -> r.get("path").equals(cells(out).get(0).get("path")))
        .allMatch(r -> r.get("status").matches("PASSED|FINDINGS|NOT_APPLICABLE|ERROR"));
    int warnings = table.stream().mapToInt(r -> Integer.parseInt(r.get("warnings"))).sum();
    assertThat(warnings).isEqualTo(Integer.parseInt(cells(out).get(0).get("warnings")));
  }

  @Test
  void measuresAsOfADay() throws Exception {
    Path file = Run.file(dir, "w.yaml", Projects.acknowledgedWarning());
    Path out = dir.resolve("stats.csv");
    String started = org.coprod.io.ProjectFiles.read(file).get().started().toString();
    Run run = Run.coprod("stats", file, "--output", out, "--as-of", started);
    assertThat(run.code()).isEqualTo(Coprod.OK);
    assertThat(cells(out).get(0)).containsEntry("asOf", started);
    Run early =
        Run.coprod("stats", file, "--output", out, "--as-of", "1999-01-01").withoutStackTrace();
    assertThat(early.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(early.err()).contains("after --as-of 1999-01-01").contains(file + ": skipped");
  }

  @Test
  void givesTheSameBytesInEveryLocaleAndTimeZone() throws Exception {
    for (int i = 0; i < 4; i++) {
      write("p" + i + ".json", i);
    }
    Path first = dir.resolve("first.csv");
    Path firstRules = dir.resolve("first-rules.csv");
    Run.coprod("stats", dir, "--output", first, "--rules-output", firstRules, "--no-progress");
    java.util.Locale locale = java.util.Locale.getDefault();
    java.util.TimeZone zone = java.util.TimeZone.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG"));
      java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Asia/Kathmandu"));
      Path second = dir.resolve("second.csv");
      Path secondRules = dir.resolve("second-rules.csv");
      Run.coprod("stats", dir, "--output", second, "--rules-output", secondRules, "--no-progress");
      assertThat(Run.read(second)).isEqualTo(Run.read(first));
      assertThat(Run.read(secondRules)).isEqualTo(Run.read(firstRules));
    } finally {
      java.util.Locale.setDefault(locale);
      java.util.TimeZone.setDefault(zone);
    }
  }
}
