package org.coprod.core;

/** The part a person is credited with on an output. */
public enum CreditRole {
  /** An author: credit. */
  AUTHOR,
  /** A contributor: credit. */
  CONTRIBUTOR,
  /** Acknowledged: recognition, not credit. */
  ACKNOWLEDGED,
  /** A presenter: credit. */
  PRESENTER,
  /** A steward who keeps the output going: credit. */
  STEWARD;

  /** Whether this role is credit (everything but {@link #ACKNOWLEDGED}, which is recognition). */
  public boolean isCredit() {
    return this != ACKNOWLEDGED;
  }
}
