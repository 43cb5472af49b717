package org.coprod.rules;

/** How a check ended. */
public enum OutcomeStatus {
  /** The rule applied and found nothing. */
  PASSED,
  /** The rule applied and found something. */
  FINDINGS,
  /** The rule did not apply; the reason says what was missing. */
  NOT_APPLICABLE,
  /** The rule failed; the reason says why. The other rules still ran. */
  ERROR
}
