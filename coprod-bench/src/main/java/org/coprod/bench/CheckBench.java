package org.coprod.bench;

import io.vavr.control.Option;
import java.util.concurrent.TimeUnit;
import org.coprod.core.Agreement;
import org.coprod.core.Project;
import org.coprod.core.ProjectView;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
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
 * The whole standard rulebook on a project ({@link #check}: the view at the last dated event, the
 * index, every rule, the measures and the report), and its parts: the view alone ({@link #view})
 * and the check of a view made beforehand ({@link #checkView}). Each call takes about a second at
 * full size, so each is timed on its own; six calls warm the JIT up first (with two, the compiled
 * code was still changing and forks differed by a quarter).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6)
@Measurement(iterations = 8)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class CheckBench {
  /** The project, its view and the rulebook, made once per trial. */
  @State(Scope.Benchmark)
  public static class Data {
    /** Contributions in the project (participants and decisions scale with them). */
    @Param({"500000", "1000000"})
    public int contributions;

    Project project;
    ProjectView view;
    Rulebook rulebook;

    /** Generates the project and its view. */
    @Setup
    public void setUp() {
      project = Workload.shared(contributions).project();
      view = Workload.shared(contributions).view();
      rulebook = Rulebook.standard();
    }
  }

  /** {@code Rulebook.standard().check(project)}: what an application calls. */
  @Benchmark
  public Report check(Data data) {
    return data.rulebook.check(data.project);
  }

  /** The view at the project's last dated event, which every check of a project starts with. */
  @Benchmark
  public ProjectView view(Data data) {
    return data.project.view();
  }

  /**
   * The view and the lookup tables of its project (by id, by side, agreement versions by date),
   * which the core builds on first use: the difference from {@link #view} is their cost.
   */
  @Benchmark
  public Option<Agreement> viewAndLookup(Data data) {
    ProjectView v = data.project.view();
    return v.project().agreementInForce(v.date());
  }

  /** The check of a view made beforehand: the index, the rules, the measures and the report. */
  @Benchmark
  public Report checkView(Data data) {
    return data.rulebook.check(data.view);
  }
}
