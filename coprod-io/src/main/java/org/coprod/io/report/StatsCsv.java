package org.coprod.io.report;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.coprod.core.Decision;
import org.coprod.core.Project;
import org.coprod.core.ProjectView;
import org.coprod.core.Side;
import org.coprod.rules.Finding;
import org.coprod.rules.Measures;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.ProjectIndex;
import org.coprod.rules.Report;
import org.coprod.rules.Severity;
import org.coprod.rules.SideMeasure;

/**
 * One CSV row a project of aggregate measures, for research ({@code coprod stats}): RFC 4180,
 * UTF-8, CRLF record ends, the columns {@link #COLUMNS}. Aggregates only: counts, hours, shares by
 * side, Gini coefficients, ladder steps and counts of findings; never a name, never a person's
 * data, never a person's id. Numbers are in the JSON report's canonical form; a measure that cannot
 * be computed is an empty field.
 *
 * <pre>{@code
 * StatsCsv.writeHeader(out);
 * for (Path file : files) {
 *   ProjectView view = project.view();
 *   StatsCsv.writeRow(rulebook.check(view), view, out);
 * }
 * }</pre>
 */
public final class StatsCsv {
  private StatsCsv() {}

  /** The columns, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "project",
          "asOf",
          "closed",
          "ruleset",
          "rulesetVersion",
          "people",
          "peopleLivedExperience",
          "peopleProfessional",
          "contributingPeople",
          "contributions",
          "hours",
          "decisions",
          "keyDecisions",
          "countedKeyDecisions",
          "outputs",
          "hoursShareLivedExperience",
          "hoursShareProfessional",
          "moneyShareLivedExperience",
          "moneyShareProfessional",
          "keyDecisionSayLivedExperience",
          "keyDecisionSayProfessional",
          "paidHourShareLivedExperience",
          "paidHourShareProfessional",
          "creditRateLivedExperience",
          "creditRateProfessional",
          "giniHours",
          "giniCredit",
          "ladder",
          "claimedLevel",
          "concerns",
          "warnings",
          "notes",
          "acknowledged",
          "rulesNotApplicable",
          "rulesErrored");

  /**
   * Writes the header row.
   *
   * @throws IOException if the output cannot be written
   */
  public static void writeHeader(Appendable out) throws IOException {
    Csv.record(Objects.requireNonNull(out, "out is null"), COLUMNS);
  }

  /**
   * Writes the row of one project's report.
   *
   * @param report the report, made from {@code view}
   * @param view the view it was made from, for the counts
   * @throws IOException if the output cannot be written
   * @throws IllegalArgumentException if the report was not made from this view
   */
  public static void writeRow(Report report, ProjectView view, Appendable out) throws IOException {
    Csv.record(Objects.requireNonNull(out, "out is null"), fields(report, view));
  }

  /** The header row as text, ending in CRLF. */
  public static String header() {
    StringBuilder out = new StringBuilder();
    try {
      writeHeader(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The row of one project's report as text, ending in CRLF. */
  public static String row(Report report, ProjectView view) {
    StringBuilder out = new StringBuilder();
    try {
      writeRow(report, view, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static List<String> fields(Report report, ProjectView view) {
    Objects.requireNonNull(report, "report is null");
    Objects.requireNonNull(view, "view is null");
    if (!report.project().equals(view.project().id()) || !report.asOf().equals(view.date())) {
      throw new IllegalArgumentException(
          "the report was made from another view than the one given");
    }
    Project p = view.project();
    ProjectIndex index = ProjectIndex.of(view);
    Measures m = report.measures();
    java.util.List<String> f = new java.util.ArrayList<>();
    f.add(report.project().value());
    f.add(report.asOf().toString());
    f.add(Boolean.toString(report.closed()));
    f.add(report.ruleset());
    f.add(report.rulesetVersion());
    f.add(Integer.toString(p.participants().size()));
    f.add(Integer.toString(p.participantsOn(Side.LIVED_EXPERIENCE).size()));
    f.add(Integer.toString(p.participantsOn(Side.PROFESSIONAL).size()));
    f.add(Integer.toString(index.contributors().size()));
    f.add(Integer.toString(p.contributions().size()));
    f.add(Numbers.text(index.hours()));
    f.add(Integer.toString(p.decisions().size()));
    f.add(Integer.toString(p.decisions().count(Decision::key)));
    f.add(Integer.toString(index.countedKeyDecisions().size()));
    f.add(Integer.toString(p.outputs().size()));
    for (SideMeasure sm :
        List.of(
            m.hoursShareBySide(),
            m.moneyShareBySide(),
            m.keyDecisionSayBySide(),
            m.paidHourShareBySide(),
            m.creditRateBySide())) {
      f.add(number(sm.livedExperience()));
      f.add(number(sm.professional()));
    }
    f.add(number(m.giniHours()));
    f.add(number(m.giniCredit()));
    f.add(m.ladder().name());
    f.add(report.claimedLevel().map(Enum::name).getOrElse(""));
    f.add(Integer.toString(report.findings().count(x -> x.severity() == Severity.CONCERN)));
    f.add(Integer.toString(report.findings().count(x -> x.severity() == Severity.WARNING)));
    f.add(Integer.toString(report.findings().count(x -> x.severity() == Severity.NOTE)));
    f.add(Integer.toString(report.findings().count(Finding::isAcknowledged)));
    f.add(
        Integer.toString(report.outcomes().count(o -> o.status() == OutcomeStatus.NOT_APPLICABLE)));
    f.add(Integer.toString(report.outcomes().count(o -> o.status() == OutcomeStatus.ERROR)));
    return List.ofAll(f);
  }

  private static String number(Option<Double> value) {
    return value.map(Numbers::text).getOrElse("");
  }
}
