package org.coprod.core;

/** What a resource is. */
public enum ResourceKind {
  /** Money; all money of a project shares one unit. */
  MONEY,
  /** Paid staff time. */
  STAFF_TIME,
  /** A place to meet. */
  VENUE,
  /** Data. */
  DATA,
  /** Equipment. */
  EQUIPMENT,
  /** Contacts and networks. */
  NETWORK,
  /** Support that meets access needs. */
  SUPPORT
}
