package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.coprod.core.synthetic.ProjectGenerator;
import org.coprod.core.synthetic.ProjectSpec;
import org.coprod.io.Format;
import org.coprod.io.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command as a process, as people run it: its exit code and its last words when the machine
 * fails it (memory runs out, standard output is a full disk).
 */
class ProcessTest {
  @TempDir Path dir;

  /** Runs {@code coprod} in a JVM of its own; standard output goes to {@code out}. */
  private static Result coprod(List<String> jvm, File out, Path err, String... args)
      throws IOException, InterruptedException {
    String classPath =
        System.getProperty("java.class.path")
            + File.pathSeparator
            + System.getProperty("jdk.module.path", "");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.add("-cp");
    command.add(classPath);
    command.add(Coprod.class.getName());
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectOutput(out).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the command ends").isTrue();
    return new Result(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
  }

  private record Result(int code, String err) {}

  @Test
  void runningOutOfMemoryIsOneLineAndExitTwo() throws Exception {
    Path big = dir.resolve("big.json");
    ProjectFiles.write(
        ProjectGenerator.generate(
            ProjectSpec.builder()
                .seed(3)
                .contributions(60_000)
                .livedExperience(100)
                .professional(100)
                .build()),
        big,
        Format.JSON);
    Result run =
        coprod(
            List.of("-Xmx16m", "-XX:TieredStopAtLevel=1"),
            dir.resolve("out.txt").toFile(),
            dir.resolve("err.txt"),
            "check",
            big.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).startsWith("coprod").contains("ran out of memory");
  }

  @Test
  void aFullStandardOutputIsExitTwoWithAMessage() throws Exception {
    File full = new File("/dev/full");
    assumeThat(full).exists();
    Path file = Run.file(dir, "guide.yaml", Projects.clean());
    Result run = coprod(List.of(), full, dir.resolve("err.txt"), "check", file.toString());
    assertThat(run.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(run.err()).contains("standard output could not be written");
  }
}
