package org.coprod.bench;

import java.util.concurrent.TimeUnit;
import org.coprod.core.Contribution;
import org.coprod.core.Project;
import org.coprod.live.LiveProject;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One event in a live project: a contribution appended ({@link #append}: validated against the
 * project, kept), then the project checked again ({@link #appendAndCheck}), beside the full check
 * of the same project ({@link #fullCheck}), so their ratio is measured in one run. At 50,000
 * contributions the project has 500 people, 2,500 decisions and 5 outputs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class LiveBench {
  /** The project, the live project kept from it, and the contributions to append. */
  @State(Scope.Thread)
  public static class Data {
    /** Contributions in the project (participants and decisions scale with them). */
    @Param({"5000", "50000"})
    public int contributions;

    Project project;
    Rulebook rulebook;
    LiveProject live;
    int next;

    /** Generates the project. */
    @Setup(Level.Trial)
    public void setUp() {
      project = Workload.project(contributions);
      rulebook = Rulebook.standard();
    }

    /** Starts each iteration from the project as generated, so it does not grow without end. */
    @Setup(Level.Iteration)
    public void fresh() {
      live = LiveProject.of(project, rulebook);
      live.check();
    }

    /** A new contribution, like one already kept: by someone present that day. */
    Contribution contribution() {
      Contribution like = project.contributions().get(next++ % project.contributions().size());
      return Contribution.builder()
          .participant(like.participant())
          .date(like.date())
          .phase(like.phase())
          .kind(like.kind())
          .hours(1.5)
          .build();
    }
  }

  /** One contribution appended: validated against the project and kept. */
  @Benchmark
  public Object append(Data data) {
    return data.live.append(data.contribution());
  }

  /** One contribution appended, then the project checked again. */
  @Benchmark
  public Report appendAndCheck(Data data) {
    data.live.append(data.contribution());
    return data.live.check();
  }

  /** The full check of the project, as {@code Rulebook.standard().check(project)}. */
  @Benchmark
  public Report fullCheck(Data data) {
    return data.rulebook.check(data.project);
  }
}
