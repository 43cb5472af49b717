package org.coprod.rules.render;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Text from a project file made safe for the people and programs that read a report: every writer
 * of a report (text, Markdown, CSV, HTML) and every message on a terminal passes what a file said
 * through here, so that no title, id or reason can reach its reader as anything but text.
 *
 * <ul>
 *   <li>{@link #printable(String)} keeps a text's characters but for the control characters, which
 *       could move a terminal's cursor, colour it, ring its bell or start a line of its own;
 *   <li>{@link #oneLine(String)} puts a text on one line, for reports laid out in lines;
 *   <li>{@link #csvCell(String)} keeps a spreadsheet from taking a cell for a formula ({@code
 *       =HYPERLINK(…)}, {@code +cmd|…}, {@code @SUM(…)}), as OWASP's advice on CSV injection has
 *       it, while numbers stay numbers;
 *   <li>{@link #escaped(String)} and {@link #quoted(String)} show a message on a terminal with
 *       every control character written out ({@code \n}, {@code \u001B}), so an id cannot forge a
 *       line such as {@code file:1:1: …} or send an escape sequence.
 * </ul>
 *
 * <pre>{@code
 * SafeText.csvCell("=HYPERLINK(\"http://x\")")  // '=HYPERLINK("http://x")
 * SafeText.csvCell("-0.25")                     // -0.25
 * SafeText.quoted("ana\nfile.yaml:1:1: forged") // 'ana\nfile.yaml:1:1: forged', on one line
 * }</pre>
 */
public final class SafeText {
  private SafeText() {}

  /** A number as reports write it: a spreadsheet reads it as the number, never as a formula. */
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");

  /**
   * Text without control characters: a run of line breaks and tabs becomes one space (words stay
   * apart), every other control character (C0, DEL, C1) is removed, and a lone surrogate, which no
   * UTF-8 file can hold, becomes U+FFFD. Everything else, any script and any emoji, stays.
   *
   * @param text any text
   * @return the text with nothing in it that a terminal or a file format could take for an
   *     instruction; never null
   */
  public static String printable(String text) {
    Objects.requireNonNull(text, "text is null");
    if (clean(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean brokenLine = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (breaksLine(c)) {
        if (!brokenLine) {
          out.append(' ');
          brokenLine = true;
        }
        continue;
      }
      brokenLine = false;
      if (Character.isISOControl(c)) {
        continue;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append('\uFFFD');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Text on one line: {@link #printable(String) printable}, with every run of white space (of any
   * kind, the non-breaking space too) made one space and none at either end.
   *
   * @param text any text
   * @return the text on one line; never null
   */
  public static String oneLine(String text) {
    String t = printable(text);
    StringBuilder out = new StringBuilder(t.length());
    boolean space = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A cell of a report's CSV (findings, statistics) that a spreadsheet shows as written: {@link
   * #printable(String) printable}, and, where its first character that is not a space is one that
   * starts a formula ({@code =}, {@code +}, {@code -}, {@code @}, or their full-width forms) and
   * the cell is not a number, led by an apostrophe, as OWASP advises. A number ({@code -0.25},
   * {@code 1.5E+300}) is left as it is, so it is still read as a number. The CSV quoting of the
   * cell is the writer's.
   *
   * <p>Only for files a report writes: a project's CSV ledgers are input and keep their round trip.
   *
   * @param cell the text of a cell
   * @return the text to write in its place; never null
   */
  public static String csvCell(String cell) {
    String t = printable(cell);
    int first = 0;
    while (first < t.length() && t.charAt(first) == ' ') {
      first++;
    }
    if (first == t.length() || !startsFormula(t.charAt(first))) {
      return t;
    }
    return NUMBER.matcher(t).matches() ? t : "'" + t;
  }

  /**
   * A message for a terminal or a log, on one line: every control character written out as an
   * escape ({@code \n}, {@code \r}, {@code \t}, else {@code \u001B} and so on), and so are the
   * characters that turn text round on screen (bidirectional overrides and isolates) and the
   * Unicode line and paragraph separators. A backslash stays as it is.
   *
   * @param text a message that may hold what a file said
   * @return the message with nothing in it a terminal would act on; never null
   */
  public static String escaped(String text) {
    Objects.requireNonNull(text, "text is null");
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escape = escape(c);
      if (escape == null) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      out.append(escape);
    }
    return out == null ? text : out.toString();
  }

  /**
   * Text such as an id, quoted for a message: {@code 'ana'}, with its control characters {@link
   * #escaped(String) escaped}, so where it starts and ends shows however it was written.
   *
   * @param text an id or other text from a file
   * @return the text between apostrophes; never null
   */
  public static String quoted(String text) {
    return "'" + escaped(text) + "'";
  }

  private static boolean clean(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || breaksLine(c) || Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** Line breaks and tabs, which part words; the Unicode separators too. */
  private static boolean breaksLine(char c) {
    return c == '\n'
        || c == '\r'
        || c == '\t'
        || c == '\u000B'
        || c == '\u000C'
        || c == '\u0085'
        || c == '\u2028'
        || c == '\u2029';
  }

  private static boolean startsFormula(char c) {
    return c == '='
        || c == '+'
        || c == '-'
        || c == '@'
        || c == '\uFF1D'
        || c == '\uFF0B'
        || c == '\uFF0D'
        || c == '\uFF20';
  }

  private static @org.jspecify.annotations.Nullable String escape(char c) {
    String named =
        switch (c) {
          case '\n' -> "\\n";
          case '\r' -> "\\r";
          case '\t' -> "\\t";
          default -> null;
        };
    if (named != null) {
      return named;
    }
    boolean turns = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    if (Character.isISOControl(c) || turns || c == '\u2028' || c == '\u2029') {
      return String.format(java.util.Locale.ROOT, "\\u%04X", (int) c);
    }
    return null;
  }
}
