package org.coprod.cli;

import java.util.Locale;

/** The formats {@code check} writes a report in. */
enum ReportFormat {
  /** Plain text for a terminal, the default. */
  TEXT,
  /** Markdown, for an issue, a wiki or a README. */
  MARKDOWN,
  /** JSON for machines and baselines: one object, or an array of them for several files. */
  JSON,
  /** CSV of the findings, one row a finding under one header, for a spreadsheet. */
  CSV,
  /** One self-contained HTML page a report, with charts, for people to read. */
  HTML,
  /**
   * The five items of the GRIPP2 short form, drafted from the record in Markdown for the group to
   * finish; it counts people and never names them.
   */
  GRIPP2;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
