package org.coprod.rules;

/** How serious a finding is, from least to most: a note, a warning, a concern. */
public enum Severity {
  /** Worth knowing; often a question for the group. */
  NOTE,
  /** A prompt for the group to talk. */
  WARNING,
  /** A serious imbalance; by default the level at which the command fails. */
  CONCERN;

  /** Whether this severity is at or above {@code level}. */
  public boolean isAtLeast(Severity level) {
    return compareTo(level) >= 0;
  }
}
