package org.coprod.io.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.coprod.core.Project;
import org.coprod.rules.Policy;

/**
 * What a row of {@link StatsCsv} or {@link RulesCsv} says beside the report: where the project came
 * from, the policy it was checked under, and the smallest group whose figures may be written.
 *
 * @param path the project's file as it was named to the command ({@code /} between folders), or
 *     empty for a project built in code
 * @param input the SHA-256 of the file's bytes, or of the project's canonical JSON
 * @param policy the policy the report was made under ({@link Policy#defaults()} for none)
 * @param minCell the fewest people a figure may rest on (see {@link StatsCsv}); 0 writes every
 *     figure
 */
public record StatsSource(String path, InputDigest input, Policy policy, int minCell) {
  /**
   * The default smallest group, 5: a common small-cell threshold in published health statistics.
   */
  public static final int MIN_CELL = 5;

  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if {@code minCell} is negative
   */
  public StatsSource {
    Objects.requireNonNull(path, "path is null");
    Objects.requireNonNull(input, "input is null");
    Objects.requireNonNull(policy, "policy is null");
    if (minCell < 0) {
      throw new IllegalArgumentException("minCell must be 0 or more, was " + minCell);
    }
  }

  /**
   * The source of a project file: its path as given (with {@code /} between folders, whatever the
   * system) and the SHA-256 of its bytes.
   *
   * @throws IOException if the file cannot be read for its digest
   */
  public static StatsSource ofFile(Path file, Policy policy, int minCell) throws IOException {
    Objects.requireNonNull(file, "file is null");
    return new StatsSource(
        file.toString().replace(file.getFileSystem().getSeparator(), "/"),
        InputDigest.ofFile(file),
        policy,
        minCell);
  }

  /** The source of a project built in code: no path, the digest of its canonical JSON. */
  public static StatsSource ofProject(Project project, Policy policy, int minCell) {
    return new StatsSource("", InputDigest.ofProject(project), policy, minCell);
  }

  /** The SHA-256 of the policy's canonical form ({@link InputDigest#ofPolicy(Policy)}). */
  public String policyDigest() {
    return InputDigest.ofPolicy(policy).sha256();
  }
}
