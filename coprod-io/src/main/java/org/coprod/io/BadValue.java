package org.coprod.io;

import org.coprod.core.Problem;

/** Why a piece of text is not the value it should be; caught where the value is read. */
final class BadValue extends Exception {
  private static final long serialVersionUID = 1L;

  private final Problem.Kind kind;
  private final boolean predicate;

  private BadValue(Problem.Kind kind, String message, boolean predicate) {
    super(message);
    this.kind = kind;
    this.predicate = predicate;
  }

  /** The value, whatever it says, is wrong for this reason: "the number is too large". */
  static BadValue because(Problem.Kind kind, String sentence) {
    return new BadValue(kind, sentence, false);
  }

  /** The text is wrong, as a predicate to put after it: "is not a date written YYYY-MM-DD". */
  static BadValue text(Problem.Kind kind, String predicate) {
    return new BadValue(kind, predicate, true);
  }

  Problem.Kind kind() {
    return kind;
  }

  /**
   * The message about a value: the text quoted (cut short) before the predicate, or "the value"
   * where the text may be personal data (a side, a perspective, an access need), which problems
   * never repeat.
   */
  String about(String text, boolean personal) {
    if (!predicate) {
      return String.valueOf(getMessage());
    }
    String subject =
        personal
            ? "the value"
            : "'" + (text.length() <= 40 ? text : text.substring(0, 37) + "...") + "'";
    return subject + " " + getMessage();
  }

  /** Expected, and caught at once: a stack trace would only cost time. */
  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
