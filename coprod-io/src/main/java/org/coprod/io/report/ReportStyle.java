package org.coprod.io.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The HTML report's style sheet, kept as a CSS file of its own ({@value #RESOURCE} in the jar) so
 * that it can be read, edited and checked as CSS, and inlined into every page: the page loads
 * nothing. Comments in the file explain the choices to whoever edits it; they are dropped from the
 * page, which carries the rules alone.
 */
final class ReportStyle {
  private ReportStyle() {}

  /** Where the style sheet lies in the jar, beside this class. */
  static final String RESOURCE = "report.css";

  private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

  private static final String CSS = load();

  /** The style sheet as the page carries it: without comments or blank lines, no final newline. */
  static String css() {
    return CSS;
  }

  /** The style sheet as written in the file, comments and all. */
  static String source() {
    try (InputStream in = ReportStyle.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the report's style sheet is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String load() {
    String text = COMMENT.matcher(source().replace("\r\n", "\n")).replaceAll("");
    StringBuilder out = new StringBuilder(text.length());
    for (String line : text.split("\n", -1)) {
      if (!line.isBlank()) {
        out.append(out.length() == 0 ? "" : "\n").append(line.stripTrailing());
      }
    }
    return out.toString();
  }
}
