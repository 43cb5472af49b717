package org.coprod.core;

/** How a person is engaged for this work. */
public enum Employment {
  /** Paid by an employer for this time. */
  SALARIED,
  /** Taking part independently (the default). */
  INDEPENDENT,
  /** Giving time as a volunteer. */
  VOLUNTEER
}
