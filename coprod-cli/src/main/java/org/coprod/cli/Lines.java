package org.coprod.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Text laid out for a terminal: paragraphs wrapped at a width with a first-line and a hanging
 * indent, lines ending in {@code \n} without trailing spaces, so the same metadata always gives the
 * same bytes.
 */
final class Lines {
  /** The width the catalogue and explanations wrap at, as the text report does. */
  static final int WIDTH = 100;

  private final StringBuilder out = new StringBuilder();

  /** Adds a line as it is. */
  Lines line(String text) {
    out.append(text.stripTrailing()).append('\n');
    return this;
  }

  /** Adds an empty line. */
  Lines blank() {
    out.append('\n');
    return this;
  }

  /**
   * Adds a paragraph wrapped at {@link #WIDTH}: the first line starts with {@code first}, the
   * others with {@code rest}. A word longer than the room left stands on a line of its own.
   */
  Lines wrap(String text, String first, String rest) {
    for (String line : wrapped(text, first, rest, WIDTH)) {
      line(line);
    }
    return this;
  }

  /** The lines of a wrapped paragraph (see {@link #wrap}). */
  static List<String> wrapped(String text, String first, String rest, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder(first);
    int indent = first.length();
    for (String word : text.trim().split("\\s+", -1)) {
      if (word.isEmpty()) {
        continue;
      }
      boolean empty = current.length() == indent;
      if (!empty && current.length() + 1 + word.length() > width) {
        lines.add(current.toString());
        current = new StringBuilder(rest);
        indent = rest.length();
        empty = true;
      }
      if (!empty) {
        current.append(' ');
      }
      current.append(word);
    }
    lines.add(current.toString());
    return lines;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
