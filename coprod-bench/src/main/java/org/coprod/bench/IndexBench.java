package org.coprod.bench;

import java.util.concurrent.TimeUnit;
import org.coprod.core.ProjectView;
import org.coprod.rules.Measures;
import org.coprod.rules.ProjectIndex;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The shared index every check builds once ({@link ProjectIndex#of}), and the headline measures
 * read from a built index ({@link Measures#of}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class IndexBench {
  /** The project's view and its index, made once per trial. */
  @State(Scope.Benchmark)
  public static class Data {
    /** Contributions in the project. */
    @Param({"1000000"})
    public int contributions;

    ProjectView view;
    ProjectIndex index;

    /** Generates the project and indexes its view. */
    @Setup
    public void setUp() {
      view = Workload.shared(contributions).view();
      index = ProjectIndex.of(view);
    }
  }

  /** One pass over the view into the shared index. */
  @Benchmark
  public ProjectIndex index(Data data) {
    return ProjectIndex.of(data.view);
  }

  /** The report's headline measures from a built index. */
  @Benchmark
  public Measures headline(Data data) {
    return Measures.of(data.index);
  }
}
