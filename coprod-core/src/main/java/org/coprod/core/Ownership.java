package org.coprod.core;

/** Who holds the right to use, adapt and deliver the outputs. */
public enum Ownership {
  /** Shared by the group. */
  SHARED,
  /** The organisation. */
  ORGANISATION,
  /** Nothing is decided yet (the default). */
  UNDECIDED
}
