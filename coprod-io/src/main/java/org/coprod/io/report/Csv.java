package org.coprod.io.report;

import java.io.IOException;

/**
 * Rows of RFC 4180 CSV: fields separated by commas, records ended by CRLF, a field quoted (its
 * quotes doubled) when it holds a comma, a quote, a line break, or space at either end.
 */
final class Csv {
  private Csv() {}

  /** The end of a record, as RFC 4180 has it. */
  static final String CRLF = "\r\n";

  /** Writes one record. */
  static void record(Appendable out, Iterable<String> fields) throws IOException {
    boolean first = true;
    for (String f : fields) {
      if (!first) {
        out.append(',');
      }
      first = false;
      out.append(field(f));
    }
    out.append(CRLF);
  }

  /** One field, quoted where it must be. */
  static String field(String value) {
    boolean quote =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0
            || (!value.isEmpty()
                && (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' '));
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
