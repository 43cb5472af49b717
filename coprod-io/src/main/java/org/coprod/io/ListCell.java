package org.coprod.io;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A list in one cell of a table: items separated by {@code ;}, each item that would not read back
 * as itself written in double quotes, as a CSV field is ({@code "a; b"}, {@code "say ""yes"""}). An
 * item needs the quotes when it is empty, holds a {@code ;} or a quote, or begins or ends with a
 * space: so any text goes into a cell and comes back the same, and a cell typed by hand without
 * quotes reads as it always did.
 */
final class ListCell {
  private ListCell() {}

  /** One item read from a cell, and whether it was quoted (a quoted item may be empty). */
  record Item(String text, boolean quoted) {}

  /** The cell that holds these items. */
  static String join(Iterable<String> items) {
    StringBuilder out = new StringBuilder();
    boolean first = true;
    for (String item : items) {
      if (!first) {
        out.append(';');
      }
      first = false;
      out.append(needsQuotes(item) ? quoted(item) : item);
    }
    return out.toString();
  }

  private static boolean needsQuotes(String item) {
    return item.isEmpty()
        || item.indexOf(';') >= 0
        || item.indexOf('"') >= 0
        || !item.equals(item.strip());
  }

  private static String quoted(String item) {
    return '"' + item.replace("\"", "\"\"") + '"';
  }

  /**
   * The items of a cell, each stripped of the spaces around it; a {@code ;} that ends the cell ends
   * the list. A cell whose quotes do not pair up as {@link #join} writes them (a quote inside an
   * item typed by hand, say) is read as it was before quoting existed: split at every {@code ;}.
   */
  static List<Item> split(String cell) {
    List<Item> quoted = splitQuoted(cell);
    return quoted != null ? quoted : splitPlain(cell);
  }

  private static List<Item> splitPlain(String cell) {
    String[] items = cell.split(";", -1);
    int n = items.length;
    if (n > 1 && items[n - 1].isBlank()) {
      n--;
    }
    List<Item> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new Item(items[i].strip(), false));
    }
    return out;
  }

  private static @Nullable List<Item> splitQuoted(String cell) {
    if (cell.indexOf('"') < 0) {
      return null;
    }
    List<Item> out = new ArrayList<>();
    int n = cell.length();
    int i = 0;
    while (true) {
      i = spaces(cell, i);
      if (i < n && cell.charAt(i) == '"') {
        StringBuilder text = new StringBuilder();
        int j = i + 1;
        boolean closed = false;
        while (j < n) {
          char c = cell.charAt(j);
          if (c == '"') {
            if (j + 1 < n && cell.charAt(j + 1) == '"') {
              text.append('"');
              j += 2;
              continue;
            }
            closed = true;
            j++;
            break;
          }
          text.append(c);
          j++;
        }
        if (!closed) {
          return null;
        }
        j = spaces(cell, j);
        if (j < n && cell.charAt(j) != ';') {
          return null;
        }
        out.add(new Item(text.toString(), true));
        if (j >= n) {
          return out;
        }
        i = j + 1;
      } else {
        int end = cell.indexOf(';', i);
        String item = cell.substring(i, end < 0 ? n : end).strip();
        if (item.indexOf('"') >= 0) {
          return null;
        }
        if (end < 0) {
          // a ; that ends the cell ends the list, as a plain cell's does
          if (!item.isEmpty() || out.isEmpty()) {
            out.add(new Item(item, false));
          }
          return out;
        }
        out.add(new Item(item, false));
        i = end + 1;
      }
    }
  }

  private static int spaces(String s, int from) {
    int i = from;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
