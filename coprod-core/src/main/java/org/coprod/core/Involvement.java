package org.coprod.core;

/** How closely a person is involved. */
public enum Involvement {
  /** Part of the working group (the default). */
  CORE,
  /** A one-off contributor, such as a workshop attendee. */
  OCCASIONAL
}
