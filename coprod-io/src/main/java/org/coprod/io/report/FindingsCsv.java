package org.coprod.io.report;

import io.vavr.collection.List;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.coprod.core.Id;
import org.coprod.rules.Finding;
import org.coprod.rules.Report;

/**
 * A report's findings as CSV (RFC 4180, UTF-8, CRLF record ends), one row a finding in report
 * order, under a header of the columns {@link #COLUMNS}: the project and the view's date, then
 * {@code rule, kind, principle, severity, subjects} (ids separated by {@code ;}), {@code message,
 * fingerprint} and {@code acknowledged} (the group's reason, empty when not acknowledged). Rows of
 * several reports may follow one header.
 *
 * <pre>{@code
 * StringBuilder csv = new StringBuilder();
 * FindingsCsv.writeHeader(csv);
 * for (Report r : reports) {
 *   FindingsCsv.writeRows(r, csv);
 * }
 * }</pre>
 */
public final class FindingsCsv {
  private FindingsCsv() {}

  /** The columns, in order. */
  public static final List<String> COLUMNS = List.of("project", "asOf", "rule", "kind", "principle", "severity", "subjects",
      "message", "fingerprint", "acknowledged");

  /**
   * Writes the header row.
   *
   * @throws IOException if the output cannot be written
   */
  public static void writeHeader(Appendable out) throws IOException {
    Csv.record(Objects.requireNonNull(out, "out is null"), COLUMNS);
  }

  /**
   * Writes a row for each finding of a report.
   *
   * @throws IOException if the output cannot be written
   */
  public static void writeRows(Report report, Appendable out) throws IOException {
    Objects.requireNonNull(report, "report is null");
    Objects.requireNonNull(out, "out is null");
    for (Finding f : report.findings()) {
      Csv.record(out, List.of(report.project().value(), report.asOf().toString(), f.rule(), f.kind(), f.principle().name(),
          f.severity().name(), f.subjects().map(Id::value).mkString(";"), f.message(), f.fingerprint(),
          f.acknowledged().getOrElse("")));
    }
  }

  /** A report's findings as CSV text, with the header. */
  public static String toText(Report report) {
    StringBuilder out = new StringBuilder();
    try {
      writeHeader(out);
      writeRows(report, out);
    } catch (IOException e) {
      // a StringBuilder never fails
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
