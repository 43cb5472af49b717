package org.coprod.bench;

import java.util.concurrent.TimeUnit;
import org.coprod.core.ProjectView;
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
 * The yardstick: the headline measures by hand over plain arrays ({@link #pass}), and the same with
 * the arrays first taken out of the view ({@link #extractAndPass}), which is the cost of reading
 * the data from the model rather than from arrays.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class BaselineBench {
  /** The project's view and its arrays, made once per trial. */
  @State(Scope.Benchmark)
  public static class Data {
    /** Contributions in the project. */
    @Param({"1000000"})
    public int contributions;

    ProjectView view;
    BaselineData arrays;

    /** Generates the project and takes its arrays. */
    @Setup
    public void setUp() {
      view = Workload.shared(contributions).view();
      arrays = BaselineData.of(view);
    }
  }

  /** The headline measures in one pass over arrays extracted beforehand. */
  @Benchmark
  public BaselineMeasures pass(Data data) {
    return Baseline.measure(data.arrays);
  }

  /** The arrays extracted from the view, then the one pass. */
  @Benchmark
  public BaselineMeasures extractAndPass(Data data) {
    return Baseline.measure(BaselineData.of(data.view));
  }
}
