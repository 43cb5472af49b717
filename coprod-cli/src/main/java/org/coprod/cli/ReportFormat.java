package org.coprod.cli;

import java.util.Locale;

/** The formats {@code check} writes a report in. */
enum ReportFormat {
  /** Plain text for a terminal, the default. */
  TEXT,
  /** Markdown, for an issue, a wiki or a README. */
  MARKDOWN;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
