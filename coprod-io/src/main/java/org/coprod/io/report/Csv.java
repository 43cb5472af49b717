package org.coprod.io.report;

import java.io.IOException;
import org.coprod.rules.render.SafeText;

/**
 * Rows of a report's RFC 4180 CSV: fields separated by commas, records ended by CRLF, a field
 * quoted (its quotes doubled) when it holds a comma, a quote, or space at either end. Every field
 * is first made a {@linkplain SafeText#csvCell(String) safe cell}: no control characters, and no
 * formula a spreadsheet would run.
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

  /** One field, made safe and quoted where it must be. */
  static String field(String text) {
    String value = SafeText.csvCell(text);
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
