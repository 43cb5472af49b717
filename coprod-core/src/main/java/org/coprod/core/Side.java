package org.coprod.core;

/** The position of a person across the professional divide in one project. */
public enum Side {
  /**
   * Taking part as someone who uses or used the service, or cares for someone who does,
   * independently of the organisations that run it.
   */
  LIVED_EXPERIENCE,
  /** Employed by, or accountable to, the organisations that run the project or the service. */
  PROFESSIONAL;

  /** The other side. */
  public Side other() {
    return this == LIVED_EXPERIENCE ? PROFESSIONAL : LIVED_EXPERIENCE;
  }
}
