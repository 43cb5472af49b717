package org.coprod.io;

/**
 * Reading cannot go on (a syntax error, a broken limit, an unreadable file); the problem that says
 * why has been recorded. Thrown inside a reader and caught where it began, never further.
 */
final class Stop extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean alone;

  /**
   * @param alone whether the problem makes every other one moot (a format version this reader does
   *     not read), so it is reported alone
   */
  Stop(boolean alone) {
    super(null, null, false, false);
    this.alone = alone;
  }

  boolean alone() {
    return alone;
  }
}
