package org.coprod.bench;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.io.Format;
import org.coprod.io.ProjectFiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a project file, JSON and YAML, with the default limits: parsing, building the values and
 * validating them. The file is written once per trial with {@link ProjectFiles#write}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class FileBench {
  /** A project file on disk, made once per trial. */
  @State(Scope.Benchmark)
  public static class Data {
    /** Contributions in the project (participants and decisions scale with them). */
    @Param({"100000"})
    public int contributions;

    /** The notation of the file. */
    @Param({"JSON", "YAML"})
    public Format format;

    Path dir = Path.of(".");
    Path file = Path.of(".");

    /** Generates the project and writes it. */
    @Setup
    public void setUp() throws IOException {
      Project project = Workload.project(contributions);
      dir = Files.createTempDirectory("coprod-bench");
      file = dir.resolve("project." + format.name().toLowerCase(java.util.Locale.ROOT));
      ProjectFiles.write(project, file, format);
      if (ProjectFiles.read(file).isInvalid()) {
        throw new IllegalStateException("the written file does not read back");
      }
    }

    /** Removes the file. */
    @TearDown
    public void tearDown() throws IOException {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  /** Reads the file into a validated project. */
  @Benchmark
  public Validation<Seq<Problem>, Project> read(Data data) {
    return ProjectFiles.read(data.file);
  }
}
