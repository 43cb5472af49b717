package org.coprod.core;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * One thing wrong with a project's input, and where it is: a path such as {@code
 * contributions[3].participant}, and, when it came from a file, the file, line and column. Messages
 * name ids, never a person's name or needs.
 *
 * @param kind what is wrong
 * @param path where in the project's tree, from its top-level key
 * @param message what is wrong, in plain words
 * @param source the file it came from, if any
 * @param line the line in that file (from 1), if known
 * @param column the column in that file (from 1), if known
 */
public record Problem(
    Kind kind,
    String path,
    String message,
    Option<String> source,
    Option<Integer> line,
    Option<Integer> column) {

  /** What is wrong. */
  public enum Kind {
    /** A required value is missing. */
    MISSING,
    /** A reference names an id that does not exist. */
    DANGLING_REFERENCE,
    /** Two things share an id. */
    DUPLICATE_ID,
    /** Something of a person's is dated before they joined. */
    BEFORE_JOINED,
    /** Something of a person's is dated after they left. */
    AFTER_LEFT,
    /** Something is dated after the project closed that must not be. */
    AFTER_CLOSE,
    /** Two dates are in the wrong order (a close before the start, a leaving before joining). */
    DATES_OUT_OF_ORDER,
    /** Agreement versions are not in increasing order of number and date. */
    VERSIONS_OUT_OF_ORDER,
    /** Hours or money below zero, or hours not a finite number. */
    NEGATIVE,
    /** An acknowledgement without a reason. */
    REASON_MISSING,
    /** Money in more than one unit. */
    MONEY_UNITS,
    /** A value of the wrong kind, such as text where a number belongs. */
    WRONG_TYPE,
    /** A value not among those allowed. */
    INVALID_VALUE,
    /** A key the format does not know. */
    UNKNOWN_KEY,
    /** The file cannot be parsed. */
    SYNTAX,
    /** The file breaks a read limit (size, depth, count, length, aliases). */
    LIMIT_EXCEEDED,
    /** The file's format version is not one this reader reads. */
    UNSUPPORTED_VERSION,
    /**
     * A name that has since changed (a rule's former id): still read as the new name, so this is a
     * warning to pass on, never a reason to refuse the file.
     */
    RENAMED
  }

  /** Checks that nothing is null; a blank path stands for the whole input. */
  public Problem {
    Objects.requireNonNull(kind, "kind is null");
    Objects.requireNonNull(path, "path is null");
    Objects.requireNonNull(message, "message is null");
    Objects.requireNonNull(source, "source is null");
    Objects.requireNonNull(line, "line is null");
    Objects.requireNonNull(column, "column is null");
  }

  /** A problem at a path, with no file position yet. */
  public static Problem of(Kind kind, String path, String message) {
    return new Problem(kind, path, message, Option.none(), Option.none(), Option.none());
  }

  /** This problem, placed at a line and column (both from 1). */
  public Problem at(int line, int column) {
    return new Problem(kind, path, message, source, Option.some(line), Option.some(column));
  }

  /** This problem, placed in a file. */
  public Problem in(String source) {
    return new Problem(kind, path, message, Option.some(source), line, column);
  }

  /**
   * The problem as one line: {@code file:line:column: path: message}, leaving out what is not
   * known.
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    source.forEach(s -> out.append(s).append(':'));
    line.forEach(l -> out.append(l).append(':'));
    column.forEach(c -> out.append(c).append(':'));
    if (out.length() > 0) {
      out.append(' ');
    }
    if (!path.isEmpty()) {
      out.append(path).append(": ");
    }
    return out.append(message).toString();
  }
}
