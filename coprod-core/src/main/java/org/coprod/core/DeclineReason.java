package org.coprod.core;

/** Why a person declines payment. */
public enum DeclineReason {
  /** Payment could affect their benefits. */
  BENEFITS,
  /** Their employer does not allow it. */
  EMPLOYER,
  /** Their own choice. */
  PERSONAL
}
