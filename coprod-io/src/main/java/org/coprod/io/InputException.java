package org.coprod.io;

import java.io.IOException;
import org.coprod.core.Problem;

/**
 * A problem found below the parser, in the bytes or characters of a file: bytes that are not UTF-8,
 * a file over its size limit, an alias that cannot be repeated. It travels through the parser as an
 * {@link IOException} (the parsers wrap what their reader throws) and becomes a {@link Problem}
 * where reading stops. It never leaves this module.
 */
final class InputException extends IOException {
  private static final long serialVersionUID = 1L;

  private final Problem.Kind kind;
  private final int line;
  private final int column;

  InputException(Problem.Kind kind, String message, int line, int column) {
    super(message);
    this.kind = kind;
    this.line = line;
    this.column = column;
  }

  /** Rare and caught where reading stops: the stack trace would only cost time. */
  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }

  Problem.Kind kind() {
    return kind;
  }

  /** The line (from 1), or 0 when unknown. */
  int line() {
    return line;
  }

  /** The column (from 1), or 0 when unknown. */
  int column() {
    return column;
  }

  /** The first {@code InputException} among a throwable and its causes, if any. */
  static @org.jspecify.annotations.Nullable InputException in(Throwable thrown) {
    Throwable t = thrown;
    for (int hops = 0; t != null && hops < 20; hops++) {
      if (t instanceof InputException found) {
        return found;
      }
      t = t.getCause();
    }
    return null;
  }
}
