package org.coprod.io.report;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.coprod.core.Id;
import org.coprod.rules.Finding;
import org.coprod.rules.Report;
import org.coprod.rules.ReportedResponse;
import org.coprod.rules.Voice;
import org.coprod.rules.render.Words;

/**
 * A report's findings as CSV (RFC 4180, UTF-8, CRLF record ends), one row a finding in report
 * order, under a header of the columns {@link #COLUMNS}: the project and the view's date, then
 * {@code rule, kind, principle, severity, subjects} (ids separated by {@code ;}), {@code message,
 * fingerprint}, {@code acknowledged} (the group's reason, empty when not acknowledged), the group's
 * latest response to it, if it responded ({@code action}, {@code owner} by id, {@code reviewBy},
 * {@code status}: {@code OPEN}, {@code DONE} or {@code DECLINED}; empty otherwise), and what made
 * the row: {@code ruleset}, {@code rulesetVersion}, {@code rulesetDigest} (SHA-256 of the sorted
 * rule ids) and {@code libraryVersion}. Rows of several reports may follow one header. Given the
 * view a report was made from, the rows show nobody who asked not to be named.
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
          "action",
          "owner",
          "reviewBy",
          "status",
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
   * Writes a row for each finding of a report. Subjects are named by id, except someone whose
   * credit preference is {@code ANONYMOUS}, written {@code anonymous-N} (N numbering the report's
   * ANONYMOUS people in the order of their ids); the message is filled from its template with the
   * report's side labels, such a person in it "a group member"; and a finding about such a person
   * has no fingerprint unless the project's key made it, since a hash of a short id can be undone
   * by guessing.
   *
   * @throws IOException if the output cannot be written
   */
  public static void writeRows(Report report, Appendable out) throws IOException {
    Objects.requireNonNull(report, "report is null");
    Objects.requireNonNull(out, "out is null");
    Voice voice = Words.voice(report, report.sideLabels());
    for (Finding f : report.findings()) {
      String subjects = f.subjects().map(id -> fileId(report, id)).sorted().mkString(";");
      Option<ReportedResponse> response =
          report.responseTo(f).map(x -> x.withoutAnonymous(report, report::fileId));
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
              report.withoutAnonymous(Words.message(f, voice), who -> Words.GROUP_MEMBER),
              report.fileFingerprint(f).getOrElse(""),
              f.acknowledged().map(a -> report.withoutAnonymous(a, report::fileId)).getOrElse(""),
              response.flatMap(ReportedResponse::action).getOrElse(""),
              response.flatMap(ReportedResponse::owner).map(report::fileId).getOrElse(""),
              response.flatMap(ReportedResponse::reviewBy).map(Object::toString).getOrElse(""),
              response.map(x -> x.status().name()).getOrElse(""),
              report.ruleset(),
              report.rulesetVersion(),
              report.rulesetDigest(),
              report.libraryVersion()));
    }
  }

  /**
   * An id as files write it: {@code anonymous-N} for someone who asked not to be named, also within
   * an id made from theirs.
   */
  static String fileId(Report report, Id id) {
    return report.fileId(id);
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
