package org.coprod.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.coprod.core.Project;
import org.coprod.core.synthetic.ProjectGenerator;
import org.coprod.core.synthetic.ProjectSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading streams: a workbook of 100,000 contributions is read in a JVM of its own whose heap is
 * 256 MB ({@code -Dcoprod.workbook.heap=96m} tries another). The test checks that it completes, not
 * how fast.
 */
class WorkbookMemoryTest {
  private static final int CONTRIBUTIONS = 100_000;

  @Test
  void aWorkbookOf100000ContributionsReadsWithin256Megabytes(@TempDir Path dir)
      throws IOException, InterruptedException {
    Project project =
        ProjectGenerator.generate(
            ProjectSpec.builder()
                .seed(100_000)
                .livedExperience(40)
                .professional(20)
                .contributions(CONTRIBUTIONS)
                .decisions(200)
                .build());
    assertThat(project.contributions().size()).isGreaterThanOrEqualTo(CONTRIBUTIONS);
    Path file = dir.resolve("large.xlsx");
    Workbooks.write(project, file);

    String target = System.getProperty("coprod.target", "target");
    String classpath =
        String.join(
            File.pathSeparator,
            List.of(
                Path.of(target, "test-classes").toString(),
                Path.of(target, "classes").toString(),
                System.getProperty("coprod.workbook.classpath", "")));
    Path log = dir.resolve("child.log");
    // the heap can be made smaller to find how little suffices; the garbage collector's log is
    // kept in target/ for the record (README.md says how it was read)
    String heap = System.getProperty("coprod.workbook.heap", "256m");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-Xlog:gc:file=" + Path.of(target, "workbook-read-gc-" + heap + ".log"),
                "-cp",
                classpath,
                ReadInSmallHeap.class.getName(),
                file.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!child.waitFor(10, TimeUnit.MINUTES)) {
      child.destroyForcibly();
    }
    String said = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(child.exitValue()).as(said).isZero();
    assertThat(said).contains("contributions: " + project.contributions().size());
  }
}
