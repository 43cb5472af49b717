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
   * The first page of the text report alone: what it says at a glance, for the screen at a meeting.
   */
  SUMMARY,
  /** The first page of the HTML report alone, as a page: what a group puts on the screen. */
  SUMMARY_HTML,
  /**
   * The five items of the GRIPP2 short form, drafted from the record in Markdown for the group to
   * finish; it counts people and never names them.
   */
  GRIPP2;

  /** Whether the format is an HTML page a report. */
  boolean isPage() {
    return this == HTML || this == SUMMARY_HTML;
  }

  /** Whether the format is one people read, so it can be written for one audience or another. */
  boolean hasAudience() {
    return this == TEXT || this == MARKDOWN || isPage() || this == SUMMARY;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
