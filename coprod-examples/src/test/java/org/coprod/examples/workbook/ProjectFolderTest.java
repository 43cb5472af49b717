package org.coprod.examples.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.coprod.cli.Coprod;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.io.ProjectFiles;
import org.coprod.io.ProjectFolders;
import org.coprod.io.report.InputDigest;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The meeting register kept as a folder ({@code records/meeting-register-folder}: a project file
 * and CSV lists) is the same project as the file, and the command gives the same report for it.
 */
class ProjectFolderTest {
  private static final Path RECORDS = Path.of(System.getProperty("basedir", "."), "records");
  private static final Path FILE = RECORDS.resolve("meeting-register.yaml");
  private static final Path FOLDER = RECORDS.resolve("meeting-register-folder");

  /** What the command said. */
  private record Said(int code, String out, String err) {}

  private static Said coprod(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Coprod.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Said(code, out.toString(), err.toString());
  }

  @Test
  void theFolderIsTheSameProjectAsTheFile() {
    Validation<Seq<Problem>, Project> folder = ProjectFolders.read(FOLDER);
    assertThat(folder.isValid()).as("%s", folder).isTrue();
    assertThat(folder.get()).isEqualTo(ProjectFiles.read(FILE).get());
  }

  @Test
  void theCommandGivesTheFolderTheFilesReport() {
    Said file = coprod("check", "--format", "markdown", FILE.toString());
    Said folder = coprod("check", "--format", "markdown", FOLDER.toString());
    assertThat(folder.code()).as(folder.err()).isEqualTo(file.code());
    assertThat(folder.out()).isEqualTo(file.out());
    Said json = coprod("check", "--format", "json", FOLDER.toString());
    assertThat(json.out())
        .contains(
            "\"inputSha256\": \"" + InputDigest.ofProject(ProjectFiles.read(FILE).get()) + "\"");
  }

  @Test
  void statsTakeTheFolderAsOneProject(@org.junit.jupiter.api.io.TempDir Path dir)
      throws java.io.IOException {
    Said stats =
        coprod(
            "stats",
            "--no-progress",
            "--output",
            dir.resolve("stats.csv").toString(),
            FOLDER.toString());
    assertThat(stats.code()).as(stats.err()).isZero();
    java.util.List<String> rows = java.nio.file.Files.readAllLines(dir.resolve("stats.csv"));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1)).contains("meeting-register-folder");
  }

  @Test
  void aCsvFileAloneIsToldWhatElseItNeeds() {
    Said alone = coprod("check", FOLDER.resolve("contributions.csv").toString());
    assertThat(alone.code()).isEqualTo(2);
    assertThat(alone.out()).isEmpty();
    assertThat(alone.err())
        .contains("a CSV file holds one list of a project, and a project needs more")
        .contains("coprod check FOLDER")
        .doesNotContain("expected a mapping");
  }
}
