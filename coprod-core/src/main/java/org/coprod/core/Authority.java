package org.coprod.core;

/** The authority a role carries, from least to most. */
public enum Authority {
  /** No authority. */
  NONE,
  /** May advise. */
  ADVISE,
  /** May propose. */
  PROPOSE,
  /** May decide. */
  DECIDE,
  /** May veto. */
  VETO
}
