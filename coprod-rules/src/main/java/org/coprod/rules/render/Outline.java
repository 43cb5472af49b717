package org.coprod.rules.render;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.coprod.core.ImpactOutcome;
import org.coprod.core.Side;
import org.coprod.rules.Evidence;
import org.coprod.rules.Finding;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Measures;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.PolicyDifference;
import org.coprod.rules.Principle;
import org.coprod.rules.Report;
import org.coprod.rules.ReportedImpact;
import org.coprod.rules.ReportedResponse;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;
import org.coprod.rules.SideLabels;
import org.coprod.rules.SideMeasure;
import org.coprod.rules.Voice;

/**
 * What a rendered report says, in order, before it is laid out as text or Markdown: both renderings
 * say the same things. Every string here is plain text on one line; the Markdown rendering escapes
 * it.
 *
 * <p>Only the report is read (with the catalogue entries it carries), never the project: a report
 * holds no names, access needs or decline reasons, so no rendering can show them.
 */
record Outline(
    Glance glance,
    String title,
    List<Entry> header,
    List<String> summary,
    List<String> sides,
    List<MeasureRow> bySide,
    List<Entry> overall,
    List<Section> findings,
    List<RuleLine> notApplicable,
    List<RuleLine> errors,
    List<RuleLine> policy,
    List<Entry> provenance,
    List<Entry> changes,
    List<Entry> checkIns) {

  /** What precedes the impacts table. */
  static final String CHANGES_INTRO =
      "What changed because of what people said, and what did not and why, as the group recorded"
          + " it.";

  /** What precedes the check-ins. */
  static final String CHECK_INS_INTRO =
      "How people answered the group's anonymous check-ins, from 1 (not at all) to 5 (very much):"
          + " the middle answer and how many answered, never one person's answer. A question fewer"
          + " than 3 people answered shows no middle answer.";

  /** The sentence that sets the tone: findings are prompts, not verdicts. */
  static final String PROMPT =
      "Each finding below is a prompt for the group to talk about, with the evidence and the"
          + " reason behind it. None is a verdict on anyone.";

  /**
   * The label of a finding's evidence by name, shown last and apart: its message already says the
   * numbers in words.
   */
  static final String TECHNICAL = "Technical detail";

  /** What a report says when nothing was found. */
  static final String NOTHING_FOUND = "No rule found anything to raise.";

  /** What precedes the rules that did not apply. */
  static final String NOT_APPLICABLE_INTRO =
      "These rules did not apply to this project as it stands; each says why.";

  /** What precedes the rules that ended in an error. */
  static final String ERRORS_INTRO =
      "These rules could not finish, so what they look at is missing from this report."
          + " The error says where the rule stopped, for whoever maintains it.";

  /** What precedes the report's provenance. */
  static final String PROVENANCE_INTRO =
      "What made this report, so that it can be made again and compared with others.";

  /** How many hex digits of the ruleset's digest a person reads in the header. */
  static final int SHORT_DIGEST = 12;

  /** What precedes the policy's differences. */
  static final String POLICY_INTRO =
      "This report was made with settings that differ from the rulebook's defaults.";

  /** A labelled line: "About: report". */
  record Entry(String label, String text) {}

  /** One headline measure taken for each side. */
  record MeasureRow(String name, String livedExperience, String professional) {}

  /** The findings of one principle, most serious first. */
  record Section(String title, List<Block> findings) {}

  /** One finding, with what the rulebook says about its rule and kind. */
  record Block(
      Severity severity,
      String ruleTitle,
      String rule,
      boolean acknowledged,
      String message,
      List<String> members,
      List<Entry> details) {
    /** The severity and the rule's title: "Concern: Credit on one side". */
    String heading() {
      return Words.severity(severity) + ": " + ruleTitle;
    }
  }

  /** A rule named with its title and id, and what is said of it. */
  record RuleLine(String ruleTitle, String rule, String text) {}

  /** The outline of a report, with these side labels, for the facilitator. */
  static Outline of(Report report, SideLabels labels) {
    return of(report, labels, Audience.FACILITATOR);
  }

  /** The outline of a report, with these side labels, for an audience. */
  static Outline of(Report report, SideLabels labels, Audience audience) {
    Map<String, RuleMetadata> rules =
        HashMap.ofEntries(report.catalogue().map(m -> io.vavr.Tuple.of(m.id(), m)));
    Function<String, String> titleOf = id -> rules.get(id).map(RuleMetadata::title).getOrElse(id);

    List<Entry> header =
        List.of(
            new Entry("Project", Words.oneLine(report.project().value())),
            new Entry(
                "As of",
                report.asOf()
                    + (report.closed()
                        ? ", after the project closed"
                        : ", while the project was running")),
            new Entry(
                "Rulebook",
                Words.oneLine(report.ruleset())
                    + ", version "
                    + Words.oneLine(report.rulesetVersion())
                    + " (rules "
                    + shortDigest(report.rulesetDigest())
                    + "), with coprod "
                    + Words.oneLine(report.libraryVersion())));

    return new Outline(
        Glance.of(report, labels, audience),
        Words.oneLine(report.title()),
        header,
        summary(report, labels),
        List.of(labels.livedExperience(), labels.professional()),
        bySide(report.measures()),
        overall(report.measures()),
        sections(report, rules, labels, audience),
        lines(report, OutcomeStatus.NOT_APPLICABLE, titleOf, labels),
        lines(report, OutcomeStatus.ERROR, titleOf, labels),
        report
            .policy()
            .map(
                d ->
                    d.rule().isEmpty()
                        ? new RuleLine(
                            "Every rule and the ladder",
                            d.setting(),
                            "under majority rule, the least share of the deciders that gives a"
                                + " side a say: "
                                + Words.oneLine(d.to())
                                + " here, "
                                + Words.oneLine(d.from())
                                + " by default.")
                        : new RuleLine(titleOf.apply(d.rule()), d.rule(), difference(d)))
            .toList(),
        List.of(
            new Entry(
                "Ruleset",
                Words.oneLine(report.ruleset())
                    + ", version "
                    + Words.oneLine(report.rulesetVersion())),
            new Entry(
                "Ruleset digest (SHA-256 of the sorted rule ids)",
                Words.oneLine(report.rulesetDigest())),
            new Entry("coprod library", Words.oneLine(report.libraryVersion()))),
        changes(report),
        checkIns(report, labels));
  }

  /** The impacts table, by outcome: taken up, taken up with changes, not taken up, undecided. */
  private static List<Entry> changes(Report report) {
    java.util.List<Entry> out = new ArrayList<>();
    for (ImpactOutcome o : ImpactOutcome.values()) {
      for (ReportedImpact shown : report.impacts()) {
        if (shown.outcome() != o) {
          continue;
        }
        ReportedImpact i = shown.withoutAnonymous(report, id -> Words.GROUP_MEMBER);
        String text =
            Words.oneLine(i.change())
                + " ("
                + i.date()
                + ")"
                + i.reason().map(r -> ". Why: " + Words.oneLine(r)).getOrElse("")
                + (o == ImpactOutcome.PENDING
                    ? ""
                    : i.toldOn()
                        .map(t -> ". People were told on " + t + ".")
                        .getOrElse(". People have not been told yet."));
        out.add(new Entry(Words.impactOutcome(o), Words.period(text)));
      }
    }
    return List.ofAll(out);
  }

  /** The check-in rounds, as medians and counts. */
  private static List<Entry> checkIns(Report report, SideLabels labels) {
    return report
        .checkIns()
        .map(
            c -> {
              java.util.List<String> medians = new ArrayList<>();
              c.heard().forEach(m -> medians.add("being heard " + Words.number(m)));
              c.influence().forEach(m -> medians.add("shaping the work " + Words.number(m)));
              c.supported().forEach(m -> medians.add("feeling supported " + Words.number(m)));
              return new Entry(
                  c.round() + ", " + labels.of(c.side()),
                  c.respondents()
                      + " answered"
                      + (medians.isEmpty()
                          ? "."
                          : "; middle answers: " + String.join(", ", medians) + "."));
            })
        .toList();
  }

  /** The first digits of a digest, enough for a person to compare two reports by eye. */
  static String shortDigest(String digest) {
    String d = Words.oneLine(digest);
    return d.length() > SHORT_DIGEST ? d.substring(0, SHORT_DIGEST) : d;
  }

  private static List<String> summary(Report report, SideLabels labels) {
    java.util.List<String> out = new ArrayList<>();
    int findings = report.findings().size();
    int acknowledged = report.findings().count(Finding::isAcknowledged);
    if (findings == 0) {
      out.add("Findings: none.");
    } else {
      out.add(
          "Findings: "
              + Words.count(
                  report.findings().count(f -> f.severity() == Severity.CONCERN), Severity.CONCERN)
              + ", "
              + Words.count(
                  report.findings().count(f -> f.severity() == Severity.WARNING), Severity.WARNING)
              + ", "
              + Words.count(
                  report.findings().count(f -> f.severity() == Severity.NOTE), Severity.NOTE)
              + (acknowledged == 0
                  ? "; none acknowledged by the group."
                  : "; " + acknowledged + " of them acknowledged by the group."));
    }
    int passed = report.outcomes().count(o -> o.status() == OutcomeStatus.PASSED);
    int found = report.outcomes().count(o -> o.status() == OutcomeStatus.FINDINGS);
    int notApplicable = report.outcomes().count(o -> o.status() == OutcomeStatus.NOT_APPLICABLE);
    int errors = report.outcomes().count(o -> o.status() == OutcomeStatus.ERROR);
    out.add(
        "Rules: "
            + report.outcomes().size()
            + " run; "
            + found
            + " found something, "
            + passed
            + " found nothing, "
            + notApplicable
            + " did not apply"
            + (errors == 0 ? "." : ", " + errors + " could not finish."));
    String claimed =
        report
            .claimedLevel()
            .map(s -> "the project claims " + Words.step(s))
            .getOrElse("the project claims no step");
    String assessed = "the record shows " + Words.step(report.ladder());
    String basis = Words.ladderBasis(report.ladder(), report.measures().ladderBasis(), labels);
    out.add(
        "Ladder of co-production: "
            + claimed
            + "; "
            + assessed
            + "."
            + (basis.isEmpty() ? "" : " " + basis)
            + (report.claimedLevel().exists(s -> s.isAbove(report.ladder()))
                ? " What would the group need to do, or to record, to reach its claim?"
                : ""));
    return List.ofAll(out);
  }

  private static List<MeasureRow> bySide(Measures m) {
    return List.of(
        row("Share of all hours given", m.hoursShareBySide(), "no hours recorded"),
        row("Share of the money controlled", m.moneyShareBySide(), "no money recorded"),
        row(
            "Share of counted key decisions with a say (the two may add up to more than 100%)",
            m.keyDecisionSayBySide(), "no counted key decisions"),
        row(
            "Share of their own hours paid, or pay declined",
            m.paidHourShareBySide(),
            "no hours from this side"),
        row(
            "Share of substantial contributors credited on an output",
            m.creditRateBySide(),
            "no substantial contributor"));
  }

  private static MeasureRow row(String name, SideMeasure measure, String absent) {
    return new MeasureRow(
        name,
        measure.of(Side.LIVED_EXPERIENCE).map(Words::percent).getOrElse(absent),
        measure.of(Side.PROFESSIONAL).map(Words::percent).getOrElse(absent));
  }

  private static List<Entry> overall(Measures m) {
    return List.of(
        new Entry(
            "Spread of hours among contributing people (Gini: 0 is even, 1 is all with one person)",
            m.giniHours().map(Words::number).getOrElse("no hours recorded")),
        new Entry(
            "Spread of credit among contributing people (Gini: 0 is even, 1 is all with one person)",
            m.giniCredit().map(Words::number).getOrElse("no credit given yet")));
  }

  private static List<Section> sections(
      Report report, Map<String, RuleMetadata> rules, SideLabels labels, Audience audience) {
    Set<String> described = new HashSet<>();
    Set<String> explained = new HashSet<>();
    Seq<FindingGroup> items = FindingGroup.of(report, audience);
    java.util.List<Section> out = new ArrayList<>();
    for (Principle principle : Principle.values()) {
      java.util.List<Block> blocks = new ArrayList<>();
      for (FindingGroup item : items) {
        if (item.principle() == principle) {
          blocks.add(
              block(item, rules.get(item.rule()), report, labels, audience, described, explained));
        }
      }
      if (!blocks.isEmpty()) {
        out.add(new Section(principle.title(), List.ofAll(blocks)));
      }
    }
    return List.ofAll(out);
  }

  /**
   * One item: a finding, or the findings of one rule and kind about several people, listed beneath
   * one sentence that counts them. What its kind flags and why its rule matters are said once, at
   * the first item of that kind or rule, so a report with many findings of one rule does not repeat
   * itself. Where the group acknowledged or responded to it, its reason or response stands in place
   * of what it could do next. An item counted for the group names no one: no subjects, no evidence.
   */
  private static Block block(
      FindingGroup item,
      Option<RuleMetadata> rule,
      Report report,
      SideLabels labels,
      Audience audience,
      Set<String> described,
      Set<String> explained) {
    Voice voice = Words.voice(report, labels);
    Finding f = item.head();
    boolean single = item.findings().size() == 1 && !item.counted();
    java.util.List<Entry> details = new ArrayList<>();
    java.util.List<String> members = new ArrayList<>();
    if (single) {
      if (!f.subjects().isEmpty()) {
        details.add(
            new Entry(
                "About",
                f.subjects()
                    .map(id -> Words.subject(id, report))
                    .map(Words::oneLine)
                    .mkString(", ")));
      }
    } else if (!item.counted()) {
      for (Finding m : item.findings()) {
        members.add(
            Words.oneLine(Words.message(m, voice))
                + (m.evidence().isEmpty()
                    ? ""
                    : " Evidence: "
                        + m.evidence()
                            .map(e -> evidence(e, report, labels, audience))
                            .mkString("; ")
                        + ".")
                + m.acknowledged()
                    .map(r -> " Acknowledged by the group: " + Words.period(r))
                    .getOrElse(""));
      }
    }
    Option<FindingKind> kind = rule.flatMap(r -> r.kind(f.kind()));
    if (kind.isDefined() && described.add(f.rule() + "\n" + f.kind())) {
      details.add(new Entry("What it flags", Words.period(kind.get().description(voice))));
    }
    if (rule.isDefined() && explained.add(f.rule())) {
      details.add(new Entry("Why it matters", Words.rationale(f.rule(), rule.get().rationale())));
    }
    if (single || item.counted()) {
      item.findings()
          .flatMap(Finding::acknowledged)
          .distinct()
          .forEach(
              reason ->
                  details.add(
                      new Entry(
                          "Acknowledged by the group",
                          Words.oneLine(
                              report.withoutAnonymous(reason, id -> Words.GROUP_MEMBER)))));
    }
    Seq<ReportedResponse> responses = item.findings().flatMap(report::responseTo);
    responses.forEach(
        r ->
            details.add(
                new Entry(
                    "The group's response",
                    Words.response(r.withoutAnonymous(report, id -> Words.GROUP_MEMBER)))));
    // The item ends with what the group could do: a prompt to talk, not a verdict; where the group
    // has acknowledged or responded to every finding of it, its reason or response stands instead.
    boolean answered =
        item.findings().forAll(m -> m.isAcknowledged() || report.responseTo(m).isDefined());
    if (!answered) {
      kind.forEach(
          k ->
              details.add(
                  new Entry("What the group could do next", Words.oneLine(k.nextStep(voice)))));
    }
    // The numbers behind the message, by name, last: the message says them in words, and this line
    // is for whoever checks them.
    if (single && !f.evidence().isEmpty()) {
      details.add(
          new Entry(
              TECHNICAL,
              f.evidence().map(e -> evidence(e, report, labels, audience)).mkString("; ")));
    }
    String message =
        single
            ? Words.oneLine(Words.message(f, voice))
            : Words.oneLine(item.countedSentence(report, labels));
    return new Block(
        f.severity(),
        rule.map(RuleMetadata::title).getOrElse(f.rule()),
        f.rule(),
        item.acknowledged(),
        message,
        List.ofAll(members),
        List.ofAll(details));
  }

  /**
   * A piece of evidence in words. For the group, a value that is someone's id is "a group member":
   * the group's report names no one.
   */
  private static String evidence(Evidence e, Report report, SideLabels labels, Audience audience) {
    boolean someone =
        audience == Audience.GROUP
            && e.value() instanceof String s
            && report.sides().keySet().exists(id -> id.value().equals(s));
    return Words.name(e.name())
        + ": "
        + (someone ? Words.GROUP_MEMBER : Words.evidence(e.value(), report, labels));
  }

  private static List<RuleLine> lines(
      Report report, OutcomeStatus status, Function<String, String> titleOf, SideLabels labels) {
    return report
        .outcomes()
        .filter(o -> o.status() == status)
        .map(
            o ->
                new RuleLine(
                    titleOf.apply(o.rule()),
                    o.rule(),
                    // A reason is free text, which can hold the id of someone who asked not to be
                    // named.
                    Words.period(
                        report.withoutAnonymous(
                            o.reason(Words.voice(report, labels)), id -> Words.GROUP_MEMBER))))
        .toList();
  }

  private static String difference(PolicyDifference d) {
    if (d.setting().equals("rule")) {
      return "turned "
          + Words.oneLine(d.to())
          + (d.from().isEmpty() ? "" : " (" + Words.oneLine(d.from()) + " by default)")
          + ".";
    }
    return Words.oneLine(d.setting())
        + ": "
        + Words.oneLine(d.to())
        + " here"
        + (d.from().isEmpty() ? "" : ", " + Words.oneLine(d.from()) + " by default")
        + ".";
  }
}
