package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.io.report.InputDigest;
import org.coprod.workbook.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands read workbooks and project folders as they read project files: {@code init
 * --workbook} writes a template that checks clean, {@code check} and {@code stats} take {@code
 * .xlsx} by its name and a folder by what it holds, and a CSV file alone is told what else it
 * needs.
 */
class WorkbookInputsTest {
  @TempDir Path dir;

  @Test
  void initWritesAWorkbookTemplateWithOneRowASheetThatChecksClean() {
    Path file = dir.resolve("project.xlsx");
    Run init = Run.coprod("init", "--workbook", file).withoutStackTrace();
    assertThat(init.code()).as(init.err()).isEqualTo(Coprod.OK);
    Validation<Seq<Problem>, Project> read = Workbooks.read(file);
    assertThat(read.isValid()).as("%s", read).isTrue();
    Project p = read.get();
    assertThat(p.participants()).hasSize(2);
    assertThat(p.meetings()).hasSize(1);
    assertThat(p.recordedContributions()).hasSize(1);
    assertThat(p.decisions()).hasSize(1);
    assertThat(p.agreements()).hasSize(1);
    assertThat(p.outputs()).hasSize(1);
    assertThat(p.impacts()).hasSize(1);
    assertThat(p.checkIns()).hasSize(1);
    assertThat(p.fingerprintKey().get()).isNotEqualTo(InitCommand.KEY_PLACE);
    Run check = Run.coprod("check", file).withoutStackTrace();
    assertThat(check.code()).as(check.out() + check.err()).isEqualTo(Coprod.OK);
    assertThat(check.out()).contains("A guide for new members");
  }

  @Test
  void initWillNotOverwriteAWorkbookUnlessForcedNorWriteOneNotNamedXlsx() {
    Path file = dir.resolve("project.xlsx");
    assertThat(Run.coprod("init", "--workbook", file).code()).isEqualTo(Coprod.OK);
    Run again = Run.coprod("init", "--workbook", file).withoutStackTrace();
    assertThat(again.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(again.err()).contains("already exists").contains("--force");
    assertThat(Run.coprod("init", "--workbook", file, "--force").code()).isEqualTo(Coprod.OK);
    Run named = Run.coprod("init", "--workbook", dir.resolve("project.ods")).withoutStackTrace();
    assertThat(named.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(named.err()).contains("name the workbook FILE.xlsx");
    Run both =
        Run.coprod("init", "--workbook", file, "--output", dir.resolve("p.yaml"), "--force")
            .withoutStackTrace();
    assertThat(both.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(both.err()).contains("not both");
  }

  @Test
  void aWorkbooksJsonReportDigestsTheProjectsCanonicalJson() {
    Path file = dir.resolve("project.xlsx");
    Run.coprod("init", "--workbook", file);
    Project p = Workbooks.read(file).get();
    Run json = Run.coprod("check", "--format", "json", file).withoutStackTrace();
    assertThat(json.code()).isEqualTo(Coprod.OK);
    assertThat(json.out()).contains("\"inputSha256\": \"" + InputDigest.ofProject(p) + "\"");
  }

  @Test
  void aWorkbookThatIsNoWorkbookIsBadInputAndChecksNothing() {
    Path file = Run.file(dir, "project.xlsx", "coprod: 1\n");
    Run check = Run.coprod("check", file).withoutStackTrace();
    assertThat(check.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(check.out()).isEmpty();
    assertThat(check.err())
        .contains(file + ": the file is not a workbook (.xlsx)")
        .contains("nothing was checked");
  }

  @Test
  void aCsvFileAloneIsToldWhatElseItNeeds() {
    Path csv = Run.file(dir, "ledger.csv", "participant,date,phase,kind,hours\r\n");
    Run check = Run.coprod("check", csv).withoutStackTrace();
    assertThat(check.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(check.err())
        .contains("a CSV file holds one list of a project, and a project needs more")
        .contains("coprod init --output project.yaml")
        .contains(
            "participants.csv, meetings.csv, attendance.csv, contributions.csv, decisions.csv")
        .doesNotContain("expected a mapping");
  }

  @Test
  void aFolderOfProjectFilesAndWorkbooksGivesAReportEach() throws IOException {
    Run.coprod("init", "--output", dir.resolve("one.yaml"));
    Run.coprod("init", "--workbook", dir.resolve("two.xlsx"));
    Run check = Run.coprod("check", "--format", "json", dir).withoutStackTrace();
    assertThat(check.code()).as(check.err()).isEqualTo(Coprod.OK);
    assertThat(check.out()).startsWith("[");
    assertThat(check.out().split("\"inputSha256\"", -1)).hasSize(3);
    Files.createDirectories(dir.resolve("out"));
    Run stats =
        Run.coprod("stats", "--no-progress", "--output", dir.resolve("out/stats.csv"), dir)
            .withoutStackTrace();
    assertThat(stats.code()).as(stats.err()).isEqualTo(Coprod.OK);
    assertThat(Files.readAllLines(dir.resolve("out/stats.csv"))).hasSize(3);
  }

  @Test
  void aProjectFolderIsOneProjectToCheckAndToMeasure() throws IOException {
    Path folder = dir.resolve("cafe");
    Files.createDirectories(folder);
    Run.coprod("init", "--output", folder.resolve("project.yaml"));
    Run.file(
        folder,
        "participants.csv",
        "id,side,perspectives,joined\r\n"
            + "le-1,LIVED_EXPERIENCE,SERVICE_USE,2025-01-06\r\n"
            + "le-2,LIVED_EXPERIENCE,SERVICE_USE;CARING,2025-01-06\r\n"
            + "pro-1,PROFESSIONAL,PRACTICE,2025-01-06\r\n"
            + "pro-2,PROFESSIONAL,MANAGEMENT,2025-01-06\r\n");
    Run check = Run.coprod("check", folder).withoutStackTrace();
    assertThat(check.code()).as(check.err()).isIn(Coprod.OK, Coprod.FAILED);
    assertThat(check.out()).contains("Coproduction report");
    Run.file(folder, "participants.csv", "id,side,joined\r\nle-1,LIVED_EXPERIENCE,soon\r\n");
    Run bad = Run.coprod("check", folder).withoutStackTrace();
    assertThat(bad.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(bad.err())
        .contains(folder.resolve("participants.csv") + ":C2: participants[0].joined");
  }
}
