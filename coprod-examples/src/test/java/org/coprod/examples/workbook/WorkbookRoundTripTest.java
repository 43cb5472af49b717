package org.coprod.examples.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.coprod.cli.Coprod;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.io.Format;
import org.coprod.io.ProjectFiles;
import org.coprod.io.report.InputDigest;
import org.coprod.workbook.Workbooks;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every bundled project file (the founding text's scenarios and the meeting register) written as a
 * workbook reads back as the same project, writes back as the same YAML, and gets the same report
 * from the command as the file it came from, its JSON report digesting the project's canonical
 * JSON.
 */
class WorkbookRoundTripTest {
  private static final Path BASE = Path.of(System.getProperty("basedir", "."));

  static Stream<Path> files() throws IOException {
    return Stream.concat(Files.list(BASE.resolve("scenarios")), Files.list(BASE.resolve("records")))
        .filter(p -> p.toString().endsWith(".yaml"))
        .sorted();
  }

  private static Project read(Path file) {
    Validation<Seq<Problem>, Project> read = ProjectFiles.read(file);
    assertThat(read.isValid()).as("%s", read).isTrue();
    return read.get();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void yamlToWorkbookToYamlGivesTheSameProject(Path file, @TempDir Path dir) throws IOException {
    Project p = read(file);
    Path workbook = dir.resolve("project.xlsx");
    Workbooks.write(p, workbook);
    Validation<Seq<Problem>, Project> back = Workbooks.read(workbook);
    assertThat(back.isValid()).as("%s", back).isTrue();
    assertThat(back.get()).isEqualTo(p);
    assertThat(ProjectFiles.toText(back.get(), Format.YAML))
        .isEqualTo(ProjectFiles.toText(p, Format.YAML));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void theCommandReportsAWorkbookAsItReportsItsFile(Path file, @TempDir Path dir)
      throws IOException {
    Project p = read(file);
    Path workbook = dir.resolve("project.xlsx");
    Workbooks.write(p, workbook);
    String fromFile = check("--format", "markdown", file.toString());
    String fromWorkbook = check("--format", "markdown", workbook.toString());
    assertThat(fromWorkbook).isEqualTo(fromFile);
    String json = check("--format", "json", workbook.toString());
    assertThat(json).contains("\"inputSha256\": \"" + InputDigest.ofProject(p) + "\"");
  }

  private static String check(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Coprod.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code =
        cl.execute(Stream.concat(Stream.of("check"), Stream.of(args)).toArray(String[]::new));
    assertThat(code).as(err.toString()).isIn(0, 1);
    return out.toString();
  }
}
