package org.coprod.core.synthetic;

import java.util.Objects;
import org.coprod.core.Project;

/**
 * Makes synthetic, valid, realistic coproduction projects of any size from a seed, for the
 * command's {@code generate}, the benchmarks and the testkit's arbitraries.
 *
 * <p>A project made here has people on both sides who join before they act, core and occasional
 * members, roles with authority, a money budget and an access-support fund, versions of an
 * agreement consented to by the people present, key and everyday decisions across the phases, a
 * contributions ledger spread over phases and kinds with pay, payment dates and expenses, and
 * outputs with owners, credits and rewards. It always passes validation. The same {@link
 * ProjectSpec} gives an equal project on any JDK: nothing reads the clock, and the random numbers
 * come from a generator written out in this package.
 *
 * <p>It is built in one pass over each part: a million contributions, ten thousand people and fifty
 * thousand decisions take seconds and fit well within a 1 GB heap.
 */
public final class ProjectGenerator {
  private ProjectGenerator() {}

  /**
   * The project a spec describes.
   *
   * @param spec what the project should look like; not null
   * @return a valid project, equal for equal specs; never null
   */
  public static Project generate(ProjectSpec spec) {
    Objects.requireNonNull(spec, "spec is null");
    return new Draft(spec).project();
  }

  /**
   * A closed project of this size with the other attributes of {@link ProjectSpec} at their
   * defaults and no chosen imbalance.
   *
   * @param seed the seed of every random choice
   * @param livedExperience people on the lived-experience side, zero or more
   * @param professional people on the professional side, zero or more (with the above, at least
   *     one)
   * @param contributions contributions in the ledger, zero or more
   * @param decisions decisions made, zero or more
   * @param outputs outputs made, zero or more
   * @return a valid project, equal for equal arguments; never null
   * @throws IllegalArgumentException if a count is negative or there is nobody
   */
  public static Project generate(
      long seed,
      int livedExperience,
      int professional,
      int contributions,
      int decisions,
      int outputs) {
    return generate(
        ProjectSpec.builder()
            .seed(seed)
            .livedExperience(livedExperience)
            .professional(professional)
            .contributions(contributions)
            .decisions(decisions)
            .outputs(outputs)
            .build());
  }
}
