package org.coprod.io.report;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.coprod.core.Decision;
import org.coprod.core.Project;
import org.coprod.core.ProjectView;
import org.coprod.core.Side;
import org.coprod.core.measure.ConfidenceInterval;
import org.coprod.core.measure.Proportions;
import org.coprod.rules.Finding;
import org.coprod.rules.Measures;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Parameter;
import org.coprod.rules.Policy;
import org.coprod.rules.ProjectIndex;
import org.coprod.rules.ProjectIndex.CreditRate;
import org.coprod.rules.Report;
import org.coprod.rules.Severity;
import org.coprod.rules.standard.CreditParity;

/**
 * One CSV row a project of aggregate measures, for research ({@code coprod stats}): RFC 4180,
 * UTF-8, CRLF record ends, the columns {@link #COLUMNS}, each described in the repository's {@code
 * docs/stats-columns.md}. Aggregates only: counts, hours, shares and rates by side with the counts
 * behind them and exact 95% intervals, Gini coefficients, the ladder step and counts of findings;
 * never a name, a person's id or a person's data.
 *
 * <p>Every row says where it came from: the file's path and SHA-256, the library's version, the
 * rulebook's name, version and digest, and the digest of the policy. Numbers are in the JSON
 * report's canonical form, booleans {@code TRUE} or {@code FALSE} (as R and pandas read them).
 *
 * <p><b>Small groups.</b> In a group of six, the figures of the one person with lived experience
 * are that person's. So, with {@code minCell} N (5 by default; 0 writes everything): where a side
 * has 1 to N - 1 people, its shares, rates, counts of decisions with a say and of credit, and their
 * intervals are blank; so are the other side's hour and money shares (they are 1 minus the small
 * side's), the totals of contributions, hours and contributing people, the Gini coefficients and
 * Fisher's p, from which the small side's figures would follow. Where a side is large enough but
 * the people its credit rate rests on are few (N or more must be eligible, credited, and eligible
 * but not credited), that rate, its counts and interval, and Fisher's p are blank; where fewer than
 * N people contributed, the Gini coefficients are. Decisions are not people: counts of decisions
 * are written whatever their size. Each blank cell has one reason: the column {@code suppressed}
 * lists the reasons for cells left blank for privacy, {@code missing} those for cells that cannot
 * be computed (no money, nobody eligible), each reason once, separated by {@code ;}. A reason for
 * privacy hides the reason a cell would have been missing, which could say as much as the figure.
 *
 * <pre>{@code
 * StatsCsv.writeHeader(out);
 * for (Path file : files) {
 *   ProjectView view = ProjectFiles.read(file).get().view();
 *   StatsSource source = StatsSource.ofFile(file, Policy.defaults(), StatsSource.MIN_CELL);
 *   StatsCsv.writeRow(rulebook.check(view), view, source, out);
 * }
 * }</pre>
 */
public final class StatsCsv {
  private StatsCsv() {}

  private static final String LE = "LivedExperience";
  private static final String PRO = "Professional";

  /** The columns, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "project",
          "path",
          "inputSha256",
          "asOf",
          "closed",
          "libraryVersion",
          "ruleset",
          "rulesetVersion",
          "rulesetDigest",
          "policyDigest",
          "minCell",
          "suppressed",
          "missing",
          "people",
          "people" + LE,
          "people" + PRO,
          "contributingPeople",
          "contributions",
          "hours",
          "decisions",
          "keyDecisions",
          "countedKeyDecisions",
          "outputs",
          "hoursShare" + LE,
          "hoursShare" + PRO,
          "moneyShare" + LE,
          "moneyShare" + PRO,
          "paidHourShare" + LE,
          "paidHourShare" + PRO,
          "keyDecisionsWithSay" + LE,
          "keyDecisionSay" + LE,
          "keyDecisionSay" + LE + "Lower",
          "keyDecisionSay" + LE + "Upper",
          "keyDecisionsWithSay" + PRO,
          "keyDecisionSay" + PRO,
          "keyDecisionSay" + PRO + "Lower",
          "keyDecisionSay" + PRO + "Upper",
          "creditEligible" + LE,
          "credited" + LE,
          "creditRate" + LE,
          "creditRate" + LE + "Lower",
          "creditRate" + LE + "Upper",
          "creditEligible" + PRO,
          "credited" + PRO,
          "creditRate" + PRO,
          "creditRate" + PRO + "Lower",
          "creditRate" + PRO + "Upper",
          "creditParityP",
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
   * @param report the report, made from {@code view} under {@code source}'s policy
   * @param view the view it was made from, for the counts
   * @param source where the project came from, its policy and the smallest group to write
   * @throws IOException if the output cannot be written
   * @throws IllegalArgumentException if the report was not made from this view
   */
  public static void writeRow(Report report, ProjectView view, StatsSource source, Appendable out)
      throws IOException {
    Csv.record(Objects.requireNonNull(out, "out is null"), fields(report, view, source));
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

  /** The row of one project's report as text, ending in CRLF; see {@link #writeRow}. */
  public static String row(Report report, ProjectView view, StatsSource source) {
    StringBuilder out = new StringBuilder();
    try {
      writeRow(report, view, source, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A boolean as R's {@code read.csv} and pandas read one. */
  static String bool(boolean value) {
    return value ? "TRUE" : "FALSE";
  }

  /** The reason a side's figures are withheld, where it has 1 to minCell - 1 people. */
  static Option<String> smallSide(ProjectView view, Side side, int minCell) {
    int people = view.project().participantsOn(side).size();
    return people > 0 && people < minCell
        ? Option.some(name(side) + "UnderMinCell")
        : Option.none();
  }

  /** The reasons a project's figures by person are withheld: its sides under minCell. */
  static Seq<String> smallSides(ProjectView view, int minCell) {
    return List.of(Side.LIVED_EXPERIENCE, Side.PROFESSIONAL)
        .flatMap(s -> smallSide(view, s, minCell));
  }

  private static String name(Side side) {
    return side == Side.LIVED_EXPERIENCE ? "livedExperience" : "professional";
  }

  private static String suffix(Side side) {
    return side == Side.LIVED_EXPERIENCE ? LE : PRO;
  }

  /** The cells of a row, each set once, and why each blank one is blank. */
  private static final class Cells {
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> missing = new HashMap<>();
    private final Map<String, String> suppressed = new HashMap<>();
    private final Set<String> suppressedReasons = new LinkedHashSet<>();

    void put(String column, String value) {
      if (!COLUMNS.contains(column) || values.put(column, value) != null) {
        throw new IllegalStateException("a column unknown or set twice: " + column);
      }
    }

    void number(String column, Option<Double> value, String missingReason) {
      text(column, value.map(Numbers::text), missingReason);
    }

    void text(String column, Option<String> value, String missingReason) {
      put(column, value.getOrElse(""));
      if (value.isEmpty()) {
        missing.put(column, missingReason);
      }
    }

    void put(String column, int value) {
      put(column, Integer.toString(value));
    }

    void suppress(String reason, String... columns) {
      suppressedReasons.add(reason);
      for (String column : columns) {
        suppressed.putIfAbsent(column, reason);
      }
    }

    List<String> fields() {
      Set<String> missingReasons = new LinkedHashSet<>();
      for (String column : COLUMNS) {
        if (!suppressed.containsKey(column) && missing.containsKey(column)) {
          missingReasons.add(missing.get(column));
        }
      }
      values.put("suppressed", String.join(";", suppressedReasons));
      values.put("missing", String.join(";", missingReasons));
      return COLUMNS.map(
          c -> {
            if (suppressed.containsKey(c)) {
              return "";
            }
            return Objects.requireNonNull(values.get(c), () -> "no value for column " + c);
          });
    }
  }

  /** A rule parameter as the policy sets it, else its default. */
  private static <T> T parameter(Policy policy, String rule, Parameter<T> parameter) {
    return policy
        .parameter(rule, parameter.name())
        .filter(parameter::accepts)
        .map(parameter.type()::cast)
        .getOrElse(parameter::defaultValue);
  }

  private static List<String> fields(Report report, ProjectView view, StatsSource source) {
    Objects.requireNonNull(report, "report is null");
    Objects.requireNonNull(view, "view is null");
    Objects.requireNonNull(source, "source is null");
    if (!report.project().equals(view.project().id()) || !report.asOf().equals(view.date())) {
      throw new IllegalArgumentException(
          "the report was made from another view than the one given");
    }
    Project p = view.project();
    // a say under majority rule, as the rules judge it: by the policy's majority voice
    ProjectIndex index = ProjectIndex.of(view, source.policy().majorityVoice());
    Measures m = report.measures();
    int minCell = source.minCell();
    Cells c = new Cells();

    c.put("project", report.project().value());
    c.put("path", source.path());
    c.put("inputSha256", source.input().sha256());
    c.put("asOf", report.asOf().toString());
    c.put("closed", bool(report.closed()));
    c.put("libraryVersion", report.libraryVersion());
    c.put("ruleset", report.ruleset());
    c.put("rulesetVersion", report.rulesetVersion());
    c.put("rulesetDigest", report.rulesetDigest());
    c.put("policyDigest", source.policyDigest());
    c.put("minCell", minCell);

    int contributing = index.contributors().size();
    c.put("people", p.participants().size());
    c.put("people" + LE, p.participantsOn(Side.LIVED_EXPERIENCE).size());
    c.put("people" + PRO, p.participantsOn(Side.PROFESSIONAL).size());
    c.put("contributingPeople", contributing);
    c.put("contributions", p.contributions().size());
    c.put("hours", Numbers.text(index.hours()));
    c.put("decisions", p.decisions().size());
    c.put("keyDecisions", p.decisions().count(Decision::key));
    Seq<Decision> counted = index.countedKeyDecisions();
    c.put("countedKeyDecisions", counted.size());
    c.put("outputs", p.outputs().size());

    for (Side s : Side.values()) {
      String side = suffix(s);
      c.number("hoursShare" + side, m.hoursShareBySide().of(s), "noHours");
      c.number("moneyShare" + side, m.moneyShareBySide().of(s), "noMoney");
      c.number("paidHourShare" + side, m.paidHourShareBySide().of(s), "noHours" + side);
    }

    // Decisions with a say: counted key decisions, the say as the report's measure defines it.
    for (Side s : Side.values()) {
      String side = suffix(s);
      int withSay = counted.count(d -> index.hadSay(d, s));
      c.put("keyDecisionsWithSay" + side, withSay);
      rate(c, "keyDecisionSay" + side, withSay, counted.size(), "noCountedKeyDecisions");
    }

    // Credit, as credit-parity counts it under the policy's thresholds.
    Policy policy = source.policy();
    double share = parameter(policy, CreditParity.ID, CreditParity.PERSONAL_SHARE);
    double hours = parameter(policy, CreditParity.ID, CreditParity.PERSONAL_HOURS);
    CreditRate le = index.creditRate(Side.LIVED_EXPERIENCE, share, hours);
    CreditRate pro = index.creditRate(Side.PROFESSIONAL, share, hours);
    for (Side s : Side.values()) {
      String side = suffix(s);
      CreditRate r = s == Side.LIVED_EXPERIENCE ? le : pro;
      c.put("creditEligible" + side, r.eligible());
      c.put("credited" + side, r.credited());
      rate(c, "creditRate" + side, r.credited(), r.eligible(), "noneEligible" + side);
    }
    c.number(
        "creditParityP",
        Proportions.fisherExact(le.credited(), le.eligible(), pro.credited(), pro.eligible()),
        le.eligible() == 0 ? "noneEligible" + LE : "noneEligible" + PRO);

    c.number("giniHours", m.giniHours(), contributing < 2 ? "fewerThanTwoContributors" : "noHours");
    c.number(
        "giniCredit", m.giniCredit(), contributing < 2 ? "fewerThanTwoContributors" : "noCredit");
    c.put("ladder", m.ladder().name());
    c.text("claimedLevel", report.claimedLevel().map(Enum::name), "notClaimed");
    c.put("concerns", report.findings().count(x -> x.severity() == Severity.CONCERN));
    c.put("warnings", report.findings().count(x -> x.severity() == Severity.WARNING));
    c.put("notes", report.findings().count(x -> x.severity() == Severity.NOTE));
    c.put("acknowledged", report.findings().count(Finding::isAcknowledged));
    c.put(
        "rulesNotApplicable",
        report.outcomes().count(o -> o.status() == OutcomeStatus.NOT_APPLICABLE));
    c.put("rulesErrored", report.outcomes().count(o -> o.status() == OutcomeStatus.ERROR));

    if (minCell > 0) {
      withhold(c, view, minCell, contributing, le, pro);
    }
    return c.fields();
  }

  /** A rate of counts with its exact 95% interval, in the columns NAME, NAMELower, NAMEUpper. */
  private static void rate(Cells c, String column, int successes, int trials, String missing) {
    Option<ConfidenceInterval> ci = Proportions.clopperPearson(successes, trials);
    c.number(
        column, trials == 0 ? Option.none() : Option.some((double) successes / trials), missing);
    c.number(column + "Lower", ci.map(ConfidenceInterval::lower), missing);
    c.number(column + "Upper", ci.map(ConfidenceInterval::upper), missing);
  }

  /** Blanks what would tell the figures of fewer than minCell people; see the class's Javadoc. */
  private static void withhold(
      Cells c, ProjectView view, int minCell, int contributing, CreditRate le, CreditRate pro) {
    for (Side s : Side.values()) {
      Option<String> small = smallSide(view, s, minCell);
      if (small.isDefined()) {
        String side = suffix(s);
        String other = suffix(s.other());
        c.suppress(
            small.get(),
            "hoursShare" + side,
            "moneyShare" + side,
            "paidHourShare" + side,
            "keyDecisionsWithSay" + side,
            "keyDecisionSay" + side,
            "keyDecisionSay" + side + "Lower",
            "keyDecisionSay" + side + "Upper",
            "creditEligible" + side,
            "credited" + side,
            "creditRate" + side,
            "creditRate" + side + "Lower",
            "creditRate" + side + "Upper",
            // the other side's shares are 1 minus this side's
            "hoursShare" + other,
            "moneyShare" + other,
            // totals from which this side's part follows, and measures over everyone
            "contributingPeople",
            "contributions",
            "hours",
            "giniHours",
            "giniCredit",
            "creditParityP");
      } else {
        CreditRate r = s == Side.LIVED_EXPERIENCE ? le : pro;
        int eligible = r.eligible();
        int credited = r.credited();
        if (eligible < minCell || credited < minCell || eligible - credited < minCell) {
          String side = suffix(s);
          String reason = "smallCellCredit" + side;
          c.suppress(
              reason,
              "credited" + side,
              "creditRate" + side,
              "creditRate" + side + "Lower",
              "creditRate" + side + "Upper",
              "creditParityP");
          if (eligible < minCell) {
            c.suppress(reason, "creditEligible" + side);
          }
        }
      }
    }
    if (contributing < minCell) {
      c.suppress("fewerContributorsThanMinCell", "giniHours", "giniCredit");
    }
  }
}
