package org.coprod.examples.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.coprod.cli.Coprod;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.io.ProjectFiles;
import org.coprod.workbook.Workbooks;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A real client: Debian's LibreOffice Calc, headless, opens the workbooks coprod writes, converts
 * them, and saves them again as {@code .xlsx}; what it saved reads back as the same project, and
 * the template of {@code coprod init --workbook} still checks clean once saved by it.
 *
 * <p>It runs under the Maven profile {@code libreoffice} ({@code mvn -Plibreoffice ...}), which
 * sets {@code coprod.libreoffice=true}; there a missing {@code soffice} fails it. Elsewhere it is
 * skipped, and says so loudly on the console.
 */
@Tag("libreoffice")
class LibreOfficeTest {
  private static final boolean ENABLED = Boolean.getBoolean("coprod.libreoffice");
  private static final Path BASE = Path.of(System.getProperty("basedir", "."));

  private static Path soffice;
  private static String skipped = "";

  @BeforeAll
  static void findLibreOffice() {
    Optional<Path> found = onPath("soffice", "libreoffice");
    if (!ENABLED) {
      String why =
          "SKIPPED: the LibreOffice test of workbooks (LibreOfficeTest) runs only under the Maven"
              + " profile 'libreoffice' (mvn -Plibreoffice ...). Here soffice is "
              + (found.isPresent() ? "installed" : "MISSING")
              + ".";
      banner(why);
      skipped = why;
      return;
    }
    if (found.isEmpty()) {
      fail(
          "the libreoffice profile is on, but soffice is missing: install it"
              + " (apt-get install libreoffice-calc-nogui)");
    }
    soffice = found.get();
  }

  /** Each test is reported as skipped outside the profile, so a run's totals show it too. */
  @BeforeEach
  void skipOutsideTheProfile() {
    Assumptions.assumeTrue(skipped.isEmpty(), skipped);
  }

  @Test
  void theTemplateSavedByLibreOfficeReadsBackAsItWasAndChecksClean(@TempDir Path dir)
      throws Exception {
    Path template = dir.resolve("template.xlsx");
    assertThat(coprod("init", "--workbook", template.toString())).isZero();
    Validation<Seq<Problem>, Project> written = Workbooks.read(template);
    assertThat(written.isValid()).as("%s", written).isTrue();

    Path saved = convert(dir, template, "xlsx:Calc MS Excel 2007 XML").get(0);
    Validation<Seq<Problem>, Project> back = Workbooks.read(saved);
    assertThat(back.isValid()).as("%s", back).isTrue();
    assertThat(back.get()).isEqualTo(written.get());
    assertThat(coprod("check", saved.toString())).isZero();

    // it opens the template as a spreadsheet does, and renders every sheet
    Path pdf = convert(dir, template, "pdf").get(0);
    assertThat(Files.size(pdf)).isGreaterThan(1_000);
  }

  @Test
  void everyBundledProjectSavedByLibreOfficeReadsBackAsTheSameProject(@TempDir Path dir)
      throws Exception {
    List<Path> files;
    try (Stream<Path> scenarios = Files.list(BASE.resolve("scenarios"));
        Stream<Path> records = Files.list(BASE.resolve("records"))) {
      files =
          Stream.concat(scenarios, records)
              .filter(p -> p.toString().endsWith(".yaml"))
              .sorted()
              .toList();
    }
    List<Path> workbooks = new ArrayList<>();
    List<Project> projects = new ArrayList<>();
    for (Path file : files) {
      Project p = ProjectFiles.read(file).get();
      Path workbook = dir.resolve(String.valueOf(file.getFileName()).replace(".yaml", ".xlsx"));
      Workbooks.write(p, workbook);
      workbooks.add(workbook);
      projects.add(p);
    }
    List<Path> saved = convert(dir, workbooks, "xlsx:Calc MS Excel 2007 XML");
    for (int i = 0; i < saved.size(); i++) {
      Validation<Seq<Problem>, Project> back = Workbooks.read(saved.get(i));
      assertThat(back.isValid()).as("%s: %s", saved.get(i), back).isTrue();
      assertThat(back.get()).as("%s", saved.get(i)).isEqualTo(projects.get(i));
    }
  }

  private static List<Path> convert(Path dir, Path file, String to) throws Exception {
    return convert(dir, List.of(file), to);
  }

  /** Has LibreOffice open each file and save it in another form, into a folder of its own. */
  private static List<Path> convert(Path dir, List<Path> files, String to) throws Exception {
    Path out = Files.createTempDirectory(dir, "saved");
    Path profile = Files.createTempDirectory(dir, "profile");
    List<String> command = new ArrayList<>();
    command.add(soffice.toString());
    command.add("--headless");
    command.add("--norestore");
    command.add("-env:UserInstallation=" + profile.toUri());
    command.add("--convert-to");
    command.add(to);
    command.add("--outdir");
    command.add(out.toString());
    files.forEach(f -> command.add(f.toString()));
    Path log = dir.resolve("soffice.log");
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail("soffice took more than 10 minutes: " + Files.readString(log, StandardCharsets.UTF_8));
    }
    String extension = to.contains(":") ? to.substring(0, to.indexOf(':')) : to;
    List<Path> saved = new ArrayList<>();
    for (Path f : files) {
      String name = String.valueOf(f.getFileName());
      Path s = out.resolve(name.substring(0, name.lastIndexOf('.')) + "." + extension);
      assertThat(s)
          .as("soffice saved %s: %s", s, Files.readString(log, StandardCharsets.UTF_8))
          .exists();
      saved.add(s);
    }
    return saved;
  }

  private static int coprod(String... args) {
    CommandLine cl = Coprod.commandLine();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private static Optional<Path> onPath(String... names) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : names) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  private static void banner(String message) {
    String line = "!".repeat(100);
    System.out.println(line);
    System.out.println("!!! " + message);
    System.out.println(line);
  }
}
