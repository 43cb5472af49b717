package org.coprod.io.report;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.coprod.core.ProjectView;
import org.coprod.rules.Finding;
import org.coprod.rules.Outcome;
import org.coprod.rules.Report;
import org.coprod.rules.Severity;

/**
 * The outcome of every rule for every project, as a long table for research ({@code coprod stats
 * --rules-output}): one row a project and rule, in the rulebook's order, with the columns {@link
 * #COLUMNS} (described in the repository's {@code docs/stats-columns.md}): the project, its file's
 * path and SHA-256 (to join the rows of {@link StatsCsv}), the view's date, the rule's id, its
 * {@code status} ({@code PASSED}, {@code FINDINGS}, {@code NOT_APPLICABLE} or {@code ERROR}) and
 * the number of its findings by severity, and of those acknowledged by the group. "Which rules fire
 * most" is then a count of rows.
 *
 * <p>Findings are about people: in a group with one person on a side, "1 access need not met" is
 * about that person. So where a side of the project has 1 to minCell - 1 people, as in {@link
 * StatsCsv}, the status and counts of every rule of that project are blank and {@code suppressed}
 * names the side; the rows stay, so the table still says which rules ran.
 */
public final class RulesCsv {
  private RulesCsv() {}

  /** The columns, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "project",
          "path",
          "inputSha256",
          "asOf",
          "rule",
          "status",
          "concerns",
          "warnings",
          "notes",
          "acknowledged",
          "minCell",
          "suppressed");

  /**
   * Writes the header row.
   *
   * @throws IOException if the output cannot be written
   */
  public static void writeHeader(Appendable out) throws IOException {
    Csv.record(Objects.requireNonNull(out, "out is null"), COLUMNS);
  }

  /**
   * Writes a row for each rule that ran in a report.
   *
   * @param report the report, made from {@code view}
   * @param view the view it was made from, for the size of each side
   * @param source where the project came from, and the smallest group to write
   * @throws IOException if the output cannot be written
   * @throws IllegalArgumentException if the report was not made from this view
   */
  public static void writeRows(Report report, ProjectView view, StatsSource source, Appendable out)
      throws IOException {
    Objects.requireNonNull(report, "report is null");
    Objects.requireNonNull(view, "view is null");
    Objects.requireNonNull(source, "source is null");
    Objects.requireNonNull(out, "out is null");
    if (!report.project().equals(view.project().id()) || !report.asOf().equals(view.date())) {
      throw new IllegalArgumentException(
          "the report was made from another view than the one given");
    }
    Seq<String> small = StatsCsv.smallSides(view, source.minCell());
    for (Outcome o : report.outcomes()) {
      Seq<Finding> found = report.findings(o.rule());
      boolean hide = !small.isEmpty();
      Csv.record(
          out,
          List.of(
              report.project().value(),
              source.path(),
              source.input().sha256(),
              report.asOf().toString(),
              o.rule(),
              hide ? "" : o.status().name(),
              hide ? "" : count(found, Severity.CONCERN),
              hide ? "" : count(found, Severity.WARNING),
              hide ? "" : count(found, Severity.NOTE),
              hide ? "" : Integer.toString(found.count(Finding::isAcknowledged)),
              Integer.toString(source.minCell()),
              small.mkString(";")));
    }
  }

  /** The header as text, ending in CRLF. */
  public static String header() {
    StringBuilder out = new StringBuilder();
    try {
      writeHeader(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The rows of one report as text, each ending in CRLF; see {@link #writeRows}. */
  public static String rows(Report report, ProjectView view, StatsSource source) {
    StringBuilder out = new StringBuilder();
    try {
      writeRows(report, view, source, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String count(Seq<Finding> findings, Severity severity) {
    return Integer.toString(findings.count(f -> f.severity() == severity));
  }
}
