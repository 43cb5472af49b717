package org.coprod.io.report;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.coprod.core.Id;
import org.coprod.core.ProjectView;
import org.coprod.rules.Finding;
import org.coprod.rules.Report;

/**
 * A report's findings as CSV (RFC 4180, UTF-8, CRLF record ends), one row a finding in report
 * order, under a header of the columns {@link #COLUMNS}: the project and the view's date, then
 * {@code rule, kind, principle, severity, subjects} (ids separated by {@code ;}), {@code message,
 * fingerprint}, {@code acknowledged} (the group's reason, empty when not acknowledged), and what
 * made the row: {@code ruleset}, {@code rulesetVersion}, {@code rulesetDigest} (SHA-256 of the
 * sorted rule ids) and {@code libraryVersion}. Rows of several reports may follow one header. Given
 * the view a report was made from, the rows show nobody who asked not to be named.
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
  public static final List<String> COLUMNS =
      List.of(
          "project",
          "asOf",
          "rule",
          "kind",
          "principle",
          "severity",
          "subjects",
          "message",
          "fingerprint",
          "acknowledged",
          "ruleset",
          "rulesetVersion",
          "rulesetDigest",
          "libraryVersion");

  /**
   * Writes the header row.
   *
   * @throws IOException if the output cannot be written
   */
  public static void writeHeader(Appendable out) throws IOException {
    Csv.record(Objects.requireNonNull(out, "out is null"), COLUMNS);
  }

  /**
   * Writes a row for each finding of a report, naming every subject by id: for machines, such as a
   * baseline of findings. Someone who asked not to be named is named by id here too; use {@link
   * #writeRows(Report, ProjectView, Appendable)} for a file people will read or share.
   *
   * @throws IOException if the output cannot be written
   */
  public static void writeRows(Report report, Appendable out) throws IOException {
    Objects.requireNonNull(report, "report is null");
    Objects.requireNonNull(out, "out is null");
    rows(report, Option.none(), out);
  }

  /**
   * Writes a row for each finding of a report, with everyone whose credit preference is {@code
   * ANONYMOUS} in the view shown as "a group member" in the subjects and the message (the
   * fingerprint, a hash, stays as it is, so rows can still be matched to a baseline).
   *
   * @param report the report, made from {@code view}
   * @param view the view it was made from, for who asked not to be named
   * @throws IOException if the output cannot be written
   * @throws IllegalArgumentException if the report was not made from this view
   */
  public static void writeRows(Report report, ProjectView view, Appendable out) throws IOException {
    Objects.requireNonNull(report, "report is null");
    Objects.requireNonNull(view, "view is null");
    Objects.requireNonNull(out, "out is null");
    if (!report.project().equals(view.project().id()) || !report.asOf().equals(view.date())) {
      throw new IllegalArgumentException(
          "the report was made from another view than the one given");
    }
    rows(report, Option.some(Anonymity.of(view)), out);
  }

  private static void rows(Report report, Option<Anonymity> anonymity, Appendable out)
      throws IOException {
    for (Finding f : report.findings()) {
      String subjects =
          anonymity.isEmpty()
              ? f.subjects().map(Id::value).mkString(";")
              : f.subjects().map(anonymity.get()::subject).distinct().mkString(";");
      String message = anonymity.map(a -> a.text(f.message())).getOrElse(f.message());
      String reason =
          f.acknowledged().map(r -> anonymity.map(a -> a.text(r)).getOrElse(r)).getOrElse("");
      Csv.record(
          out,
          List.of(
              report.project().value(),
              report.asOf().toString(),
              f.rule(),
              f.kind(),
              f.principle().name(),
              f.severity().name(),
              subjects,
              message,
              f.fingerprint(),
              reason,
              report.ruleset(),
              report.rulesetVersion(),
              report.rulesetDigest(),
              report.libraryVersion()));
    }
  }

  /** A report's findings as CSV text, with the header, naming every subject by id. */
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

  /** A report's findings as CSV text, with the header, naming nobody who asked not to be named. */
  public static String toText(Report report, ProjectView view) {
    StringBuilder out = new StringBuilder();
    try {
      writeHeader(out);
      writeRows(report, view, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
