package org.coprod.bench;

import org.coprod.core.Project;
import org.coprod.core.ProjectView;
import org.coprod.core.synthetic.ProjectGenerator;
import org.coprod.core.synthetic.ProjectSpec;
import org.jspecify.annotations.Nullable;

/**
 * The projects the benchmarks run on: one shape, scaled by the number of contributions, so that
 * doubling a project doubles every part of it. At 1,000,000 contributions it has the size of the
 * first target: 10,000 participants and 50,000 decisions.
 */
public final class Workload {
  /** The seed of every benchmark project: the same numbers on every run. */
  public static final long SEED = 20_170_926L;

  /** The size of the first target. */
  public static final int FULL = 1_000_000;

  private Workload() {}

  /**
   * The spec of a project with this many contributions: one participant per 100 contributions (half
   * on each side), one decision per 20, one output per 10,000 (at least 3).
   *
   * @param contributions the number of contributions, at least 200
   * @return the spec; never null
   */
  public static ProjectSpec spec(int contributions) {
    if (contributions < 200) {
      throw new IllegalArgumentException(
          "contributions must be at least 200, was " + contributions);
    }
    int people = contributions / 100;
    return ProjectSpec.builder()
        .seed(SEED)
        .livedExperience(people / 2)
        .professional(people - people / 2)
        .contributions(contributions)
        .decisions(contributions / 20)
        .outputs(Math.max(3, contributions / 10_000))
        .build();
  }

  /** The project with this many contributions (see {@link #spec(int)}). */
  public static Project project(int contributions) {
    return ProjectGenerator.generate(spec(contributions));
  }

  /**
   * The project of {@link #project(int)} and its view, kept for the next call with the same size:
   * when benchmarks run one after another in one JVM, the project is generated once.
   */
  public static synchronized Shared shared(int contributions) {
    Shared last = lastShared;
    if (last == null || last.project().contributions().size() != contributions) {
      // let the old one go before the new one is made
      lastShared = null;
      Project project = project(contributions);
      last = new Shared(project, project.view());
      lastShared = last;
    }
    return last;
  }

  /**
   * A project and its view at its last dated event.
   *
   * @param project the project
   * @param view its view
   */
  public record Shared(Project project, ProjectView view) {}

  private static @Nullable Shared lastShared;
}
