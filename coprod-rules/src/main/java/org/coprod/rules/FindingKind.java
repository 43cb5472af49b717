package org.coprod.rules;

import java.util.Objects;

/**
 * A kind of finding a rule can raise, with its default severity, what it means and what the group
 * could do next.
 *
 * @param name the kind's name, unique within its rule (kebab-case)
 * @param severity its default severity; a policy may change it
 * @param description what it flags, in a sentence
 * @param nextStep what the group could do next, in a sentence
 */
public record FindingKind(String name, Severity severity, String description, String nextStep) {
  /** Checks that nothing is null or blank. */
  public FindingKind {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(severity, "severity is null");
    Objects.requireNonNull(description, "description is null");
    Objects.requireNonNull(nextStep, "nextStep is null");
    if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("a finding kind is kebab-case: " + name);
    }
  }

  /** A kind of finding. */
  public static FindingKind of(
      String name, Severity severity, String description, String nextStep) {
    return new FindingKind(name, severity, description, nextStep);
  }
}
