package org.coprod.io.report;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;
import org.coprod.core.Agreement;
import org.coprod.core.CheckIn;
import org.coprod.core.Impact;
import org.coprod.core.ImpactOutcome;
import org.coprod.core.Meeting;
import org.coprod.core.MeetingFormat;
import org.coprod.core.Participant;
import org.coprod.core.PaymentTerms;
import org.coprod.core.Perspective;
import org.coprod.core.Phase;
import org.coprod.core.Project;
import org.coprod.core.ProjectView;
import org.coprod.core.Side;
import org.coprod.core.Support;
import org.coprod.core.Tally;
import org.coprod.rules.ChartTotals;
import org.coprod.rules.Finding;
import org.coprod.rules.ProjectIndex;
import org.coprod.rules.Report;
import org.coprod.rules.render.Words;

/**
 * The five items of the GRIPP2 short form (GRIPP2-SF, Staniszewska et al., BMJ 2017), drafted from
 * the record in Markdown for people to check and finish: the aim of involvement, its methods, its
 * results (what changed and what did not, with reasons), how far it influenced the work, and the
 * group's own reflections. Everything is drawn from what the group recorded: the aim and the
 * reflections are the group's own words, quoted as written, and where they are missing the draft
 * asks for them; it never writes prose on the group's behalf. It speaks to the whole group: people
 * are counted, never named, and a characteristic shared by fewer than 5 people is written "fewer
 * than 5", so no one can be picked out.
 */
public final class Gripp2 {
  /** Characteristics of fewer people than this are written "fewer than 5". */
  static final int SMALL = 5;

  private Gripp2() {}

  /**
   * The draft for a report and the view it was made of.
   *
   * @param report the report of the view, as the check made it: who had a say in each key decision
   *     is taken from its chart totals, counted under the policy it was checked with (a report read
   *     back from a file carries none, and the draft then says nothing of key decisions)
   * @param view the view checked
   * @return Markdown, ending in a line break
   */
  public static String render(Report report, ProjectView view) {
    Objects.requireNonNull(report, "report is null");
    Objects.requireNonNull(view, "view is null");
    Project p = view.project();
    // Who took part, when and for how many hours, paid or not: nothing a policy changes. Who had a
    // say depends on the policy's majority voice, so it comes from the report, as the check saw it.
    ProjectIndex index = ProjectIndex.of(view);
    StringBuilder out = new StringBuilder();
    out.append("# Reporting involvement (GRIPP2 short form): ")
        .append(md(p.title()))
        .append("\n\n");
    out.append("Drafted from the project's record as of ")
        .append(view.date())
        .append(
            " for the group to check, correct and finish together. It follows the short form of"
                + " the GRIPP2 checklist for reporting patient and public involvement; a paper"
                + " whose main subject is involvement should use the long form (GRIPP2-LF).\n");

    out.append("\n## 1. Aim\n\n");
    out.append("*Report the aim of involvement in the study.*\n\n");
    out.append(
        p.involvementAim()
            .map(a -> quote(a))
            .getOrElse(
                prompt(
                    "What did the group want involving people with lived experience to achieve?"
                        + " Write it in the project's involvement aim (not its purpose).")));

    out.append("\n## 2. Methods\n\n");
    out.append("*Give a clear description of the methods used for involvement.*\n\n");
    methods(out, p, index);

    out.append("\n## 3. Results\n\n");
    out.append(
        "*Outline the results of involvement, including positive and negative outcomes.*\n\n");
    results(out, p, report);

    out.append("\n## 4. Discussion and conclusions\n\n");
    out.append(
        "*Report how far involvement influenced the work overall, with its positive and negative"
            + " effects.*\n\n");
    influence(out, p, report);

    out.append("\n## 5. Reflections and critical perspective\n\n");
    out.append(
        "*Comment critically on the work, on what went well and what did not, so others can"
            + " learn from it.*\n\n");
    out.append(
        p.reflections()
            .map(r -> r.strip() + "\n")
            .getOrElse(
                prompt(
                    "The group's own reflections go here, written together, ideally with the"
                        + " people with lived experience. Some questions to start from: What went"
                        + " well in working together? What did not, and why? What would you do"
                        + " differently? What did people with lived experience get from taking part?"
                        + " Record them in the project's reflections.")));
    return out.toString();
  }

  private static void methods(StringBuilder out, Project p, ProjectIndex index) {
    Seq<Participant> le = index.contributors(Side.LIVED_EXPERIENCE);
    Seq<Participant> pro = index.contributors(Side.PROFESSIONAL);
    int core = le.count(Participant::isCore);
    out.append("- Who took part: ")
        .append(people(le.size()))
        .append(" with lived experience (")
        .append(count(core))
        .append(" throughout the work, ")
        .append(count(le.size() - core))
        .append(" occasionally) and ")
        .append(people(pro.size()))
        .append(" working in services or research.\n");
    Seq<String> perspectives =
        io.vavr.collection.List.of(Perspective.values())
            .map(
                v ->
                    new Object() {
                      final Perspective perspective = v;
                      final int count = le.count(x -> x.perspectives().contains(v));
                    })
            .filter(x -> x.count > 0)
            .map(x -> perspective(x.perspective) + " (" + count(x.count) + ")");
    if (!perspectives.isEmpty()) {
      out.append("- The experience they brought: ")
          .append(perspectives.mkString(", "))
          .append(".\n");
    }
    Option<Agreement> first = p.agreements().headOption();
    out.append("- How people were recruited: ")
        .append(
            first
                .flatMap(Agreement::recruitment)
                .map(Gripp2::inline)
                .getOrElse(missing("the agreement's recruitment")))
        .append("\n");
    out.append("- Training offered: ")
        .append(
            first
                .flatMap(Agreement::training)
                .map(Gripp2::inline)
                .getOrElse(missing("the agreement's training")))
        .append("\n");
    Option<Support> support = p.agreements().flatMap(Agreement::support).lastOption();
    out.append("- Support: ")
        .append(support.map(Gripp2::support).getOrElse(missing("the agreement's support")))
        .append("\n");
    Seq<Meeting> meetings = p.meetings();
    if (!meetings.isEmpty()) {
      int consultations = meetings.count(m -> m.format() == MeetingFormat.CONSULTATION);
      out.append("- Meetings: ")
          .append(meetings.size())
          .append(meetings.size() == 1 ? " meeting" : " meetings")
          .append(" (")
          .append(meetings.size() - consultations)
          .append(" working, ")
          .append(consultations)
          .append(consultations == 1 ? " consultation" : " consultations")
          .append(").\n");
    }
    Seq<Phase> phases = io.vavr.collection.List.ofAll(index.phases(Side.LIVED_EXPERIENCE)).sorted();
    if (!phases.isEmpty()) {
      out.append("- Stages of the work people with lived experience took part in: ")
          .append(phases.map(Gripp2::phase).mkString(", "))
          .append(" (of ")
          .append(Phase.values().length)
          .append(").\n");
    }
    Option<PaymentTerms> terms = p.agreements().flatMap(Agreement::payment).lastOption();
    double hours = index.hours(Side.LIVED_EXPERIENCE);
    out.append("- Payment: ")
        .append(
            terms
                .flatMap(PaymentTerms::ratePerHour)
                .map(
                    r ->
                        Words.plain(r)
                            + terms.flatMap(PaymentTerms::currency).map(c -> " " + c).getOrElse("")
                            + " an hour, paid within "
                            + terms.get().paymentWithinDays()
                            + " days")
                .getOrElse("no rate is recorded in the agreement"))
        .append(
            hours > 0
                ? "; "
                    + Words.percent(index.paidHours(Side.LIVED_EXPERIENCE) / hours)
                    + " of the hours of people with lived experience were paid.\n"
                : ".\n");
  }

  private static void results(StringBuilder out, Project p, Report report) {
    Seq<Impact> impacts = p.impacts();
    if (impacts.isEmpty()) {
      out.append(
          prompt(
              "Nothing is recorded yet about what changed because of what people with lived"
                  + " experience said. Record each change, and what was not taken up and why,"
                  + " as the project's impacts."));
    } else {
      out.append("What changed because of what people said (")
          .append(impacts.size())
          .append(impacts.size() == 1 ? " item" : " items")
          .append("):\n\n");
      out.append("| outcome | what | why not, where it was not taken up |\n|---|---|---|\n");
      for (ImpactOutcome o : ImpactOutcome.values()) {
        for (Impact i : impacts.filter(i -> i.outcome() == o)) {
          out.append("| ")
              .append(outcome(o))
              .append(" | ")
              .append(cell(report.withoutAnonymous(i.change(), who -> Words.GROUP_MEMBER)))
              .append(" | ")
              .append(
                  i.reason()
                      .map(r -> cell(report.withoutAnonymous(r, who -> Words.GROUP_MEMBER)))
                      .getOrElse(""))
              .append(" |\n");
        }
      }
      out.append("\nIn all: ");
      out.append(
          io.vavr.collection.List.of(ImpactOutcome.values())
              .map(
                  o ->
                      impacts.count(i -> i.outcome() == o)
                          + " "
                          + outcome(o).toLowerCase(Locale.ROOT))
              .mkString(", "));
      out.append(".\n");
    }
    Seq<Finding> raised =
        report.findings().filter(f -> f.severity().isAtLeast(org.coprod.rules.Severity.WARNING));
    if (!raised.isEmpty()) {
      out.append(
          "\nWhat the record shows did not go as hoped (coprod's findings to talk about):\n\n");
      java.util.function.Function<Finding, String> words =
          f ->
              Words.severity(f.severity())
                  + ": "
                  + report
                      .rule(f.rule())
                      .map(r -> r.title())
                      .getOrElse(f.rule())
                      .toLowerCase(Locale.ROOT);
      for (String said : raised.map(words).distinct()) {
        int n = raised.count(f -> words.apply(f).equals(said));
        out.append("- ").append(said).append(n > 1 ? " (" + n + " times)" : "").append("\n");
      }
    }
  }

  private static void influence(StringBuilder out, Project p, Report report) {
    Seq<Impact> taken =
        p.impacts()
            .filter(
                i -> i.outcome() == ImpactOutcome.ADOPTED || i.outcome() == ImpactOutcome.ADAPTED);
    int onDecisions = taken.count(i -> i.decision().isDefined());
    int onOutputs = taken.count(i -> i.output().isDefined());
    out.append("- Of ")
        .append(taken.size())
        .append(taken.size() == 1 ? " change" : " changes")
        .append(" taken up, ")
        .append(onDecisions)
        .append(" shaped a recorded decision and ")
        .append(onOutputs)
        .append(" changed an output.\n");
    Seq<ChartTotals.KeyDecisionSay> key =
        report.charts().decisions().filter(ChartTotals.KeyDecisionSay::counted);
    if (!key.isEmpty()) {
      out.append("- People with lived experience had a say in ")
          .append(key.count(d -> d.hadSay(Side.LIVED_EXPERIENCE)))
          .append(" of ")
          .append(key.size())
          .append(" key decisions.\n");
    }
    out.append("- On the ladder of co-production, the record shows ")
        .append(Words.step(report.ladder()))
        .append(".");
    String basis =
        Words.ladderBasis(report.ladder(), report.measures().ladderBasis(), report.sideLabels());
    if (!basis.isEmpty()) {
      out.append(" ").append(basis);
    }
    out.append("\n");
    Seq<CheckIn> le = p.checkIns().filter(c -> c.side() == Side.LIVED_EXPERIENCE);
    Option<Tally> heard = le.flatMap(CheckIn::heard).reduceOption(Tally::plus);
    Option<Tally> shaped = le.flatMap(CheckIn::influence).reduceOption(Tally::plus);
    if (heard.exists(t -> t.answers() >= 3) || shaped.exists(t -> t.answers() >= 3)) {
      out.append("- In the group's anonymous check-ins over the whole work, people with lived")
          .append(" experience gave a middle answer")
          .append(
              heard
                  .filter(t -> t.answers() >= 3)
                  .flatMap(Tally::median)
                  .map(
                      m ->
                          " of "
                              + Words.number(m)
                              + " out of 5 on being heard ("
                              + heard.get().answers()
                              + " answers)")
                  .getOrElse(""))
          .append(
              heard.exists(t -> t.answers() >= 3) && shaped.exists(t -> t.answers() >= 3)
                  ? " and"
                  : "")
          .append(
              shaped
                  .filter(t -> t.answers() >= 3)
                  .flatMap(Tally::median)
                  .map(
                      m ->
                          " of "
                              + Words.number(m)
                              + " out of 5 on shaping the work ("
                              + shaped.get().answers()
                              + " answers)")
                  .getOrElse(""))
          .append(".\n");
    }
  }

  private static String support(Support s) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    s.contact().forEach(t -> parts.add("contact: " + inline(t)));
    s.debrief().forEach(t -> parts.add("debrief: " + inline(t)));
    s.disclosure().forEach(t -> parts.add("if someone discloses risk: " + inline(t)));
    s.independence().forEach(t -> parts.add("independence from care: " + inline(t)));
    return parts.isEmpty() ? missing("the agreement's support") : String.join("; ", parts);
  }

  private static String people(int n) {
    return n == 1 ? "1 person" : n + " people";
  }

  /** A count of people sharing a characteristic: "fewer than 5" below 5. */
  static String count(int n) {
    return n == 0 ? "none" : n < SMALL ? "fewer than " + SMALL : String.valueOf(n);
  }

  private static String perspective(Perspective p) {
    return switch (p) {
      case SERVICE_USE -> "using services";
      case CARING -> "caring for someone";
      case PEER_SUPPORT_WORK -> "peer support work";
      case PRACTICE -> "professional practice";
      case MANAGEMENT -> "managing services";
      case COMMISSIONING -> "commissioning";
      case RESEARCH -> "research";
      case FUNDING -> "funding";
      case OTHER -> "other experience";
    };
  }

  private static String phase(Phase p) {
    return switch (p) {
      case SCOPING -> "scoping";
      case DESIGN -> "design";
      case DELIVERY -> "delivery";
      case EVALUATION -> "evaluation";
      case DISSEMINATION -> "sharing the results";
    };
  }

  private static String outcome(ImpactOutcome o) {
    return switch (o) {
      case ADOPTED -> "Taken up";
      case ADAPTED -> "Taken up with changes";
      case NOT_ADOPTED -> "Not taken up";
      case PENDING -> "Not decided yet";
    };
  }

  private static String missing(String what) {
    return "*not recorded yet (" + what + ")*";
  }

  private static String prompt(String text) {
    return "> *To write:* " + md(text) + "\n";
  }

  private static String quote(String text) {
    return md(text.strip()) + "\n";
  }

  private static String inline(String text) {
    return md(text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " "));
  }

  /** Text for a table's cell: on one line, its pipes escaped (once, by {@link #md}). */
  private static String cell(String text) {
    return inline(text);
  }

  /** Text safe in Markdown: its special characters escaped. */
  private static String md(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>|~#".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
