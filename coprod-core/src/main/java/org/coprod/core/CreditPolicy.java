package org.coprod.core;

/** What the agreement says about credit. */
public enum CreditPolicy {
  /** Every contributor is named. */
  ALL_CONTRIBUTORS_NAMED,
  /** Credit follows roles. */
  BY_ROLE,
  /** Only the organisation is credited. */
  ORGANISATION_ONLY,
  /** Nothing is decided yet (the default). */
  UNDECIDED
}
