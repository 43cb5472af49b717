package org.coprod.rules.render;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.Objects;
import org.coprod.core.Side;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Measures;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Report;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;
import org.coprod.rules.SideLabels;
import org.coprod.rules.SideMeasure;

/**
 * What a report says first, in every format: how many things it found by how much they matter, what
 * to talk about first (each in one plain sentence, linked to its detail), the ladder step claimed
 * and the one the record shows, three facts side by side (a say in key decisions, hours paid,
 * credit on outputs), and what went well (the checks that found nothing to raise). It is the page a
 * group puts on the screen at its meeting: short sentences in plain words.
 *
 * <p>For the {@link Audience#GROUP group}, an item about people is counted by side and names no
 * one.
 *
 * @param found how many items the report holds, by how much they matter, in one sentence
 * @param firstHeading what the list of items to talk about first is called; empty when it is empty
 * @param first the items to talk about first: those not acknowledged at the most serious severity
 *     found, at most {@link #MOST_FIRST}
 * @param more how many more items of that severity the list leaves for the body of the report
 * @param ladder the ladder step claimed and assessed, with what the assessment rests on
 * @param facts three facts, each for both sides: a say in key decisions, hours paid, credit
 * @param wentWell the titles of the checks that ran and found nothing to raise, in rulebook order
 */
public record Glance(
    String found,
    String firstHeading,
    Seq<Line> first,
    int more,
    String ladder,
    Seq<String> facts,
    Seq<String> wentWell) {

  /** The most items the list of what to talk about first holds; the rest are in the body. */
  public static final int MOST_FIRST = 5;

  /** The heading of the block, the same in every format. */
  public static final String HEADING = "At a glance";

  /** What introduces the checks that found nothing. */
  public static final String WENT_WELL = "What went well: these checks found nothing to raise.";

  /**
   * One item to talk about first.
   *
   * @param title the title of the item's rule
   * @param sentence the item in one plain sentence
   * @param item the item's place among the report's items, from 1: HTML links it to {@code
   *     #finding-N}
   */
  public record Line(String title, String sentence, int item) {}

  /** The block of a report, with these side labels, for this audience. */
  public static Glance of(Report report, SideLabels labels, Audience audience) {
    Objects.requireNonNull(report, "report is null");
    Objects.requireNonNull(labels, "labels is null");
    Objects.requireNonNull(audience, "audience is null");
    Seq<FindingGroup> items = FindingGroup.of(report, audience);
    Seq<FindingGroup> open = items.filter(i -> !i.acknowledged());
    Severity top =
        open.map(FindingGroup::severity).maxBy(s -> s.ordinal()).getOrElse(Severity.NOTE);
    java.util.List<Line> first = new ArrayList<>();
    int more = 0;
    int place = 0;
    for (FindingGroup item : items) {
      place++;
      if (item.acknowledged() || item.severity() != top || open.isEmpty()) {
        continue;
      }
      if (first.size() < MOST_FIRST) {
        first.add(line(item, place, report, labels));
      } else {
        more++;
      }
    }
    return new Glance(
        found(items),
        first.isEmpty() ? "" : Words.severity(top),
        List.ofAll(first),
        more,
        ladder(report, labels),
        facts(report.measures(), labels),
        report
            .outcomes()
            .filter(o -> o.status() == OutcomeStatus.PASSED)
            .map(o -> report.rule(o.rule()).map(RuleMetadata::title).getOrElse(o.rule()))
            .map(Words::oneLine));
  }

  /**
   * Every sentence of the block, as a reader meets them: each list item counts as a sentence of its
   * own.
   */
  public Seq<String> sentences() {
    java.util.List<String> out = new ArrayList<>();
    out.add(found);
    if (!first.isEmpty()) {
      out.add(firstHeading + ".");
      first.forEach(l -> out.add(l.title() + ": " + l.sentence()));
      if (more > 0) {
        out.add(moreSentence());
      }
    }
    out.add(ladder);
    out.addAll(facts.asJava());
    if (!wentWell.isEmpty()) {
      out.add(WENT_WELL);
      wentWell.forEach(w -> out.add(Words.period(w)));
    }
    return List.ofAll(out);
  }

  /** What the list of items to talk about first leaves for later: "And 3 more below." */
  public String moreSentence() {
    return "And " + more + " more below.";
  }

  private static Line line(FindingGroup item, int place, Report report, SideLabels labels) {
    String title = report.rule(item.rule()).map(RuleMetadata::title).getOrElse(item.rule());
    String sentence;
    if (item.aboutPeople(report)) {
      sentence = Words.capitalise(item.peopleCounted(report, labels)) + ".";
    } else {
      sentence =
          report
              .rule(item.rule())
              .flatMap(r -> r.kind(item.kind()))
              .map((FindingKind k) -> k.description(Words.voice(report, labels)))
              .map(d -> Words.capitalise(Words.period(d)))
              .getOrElse(
                  () -> Words.period(Words.message(item.head(), Words.voice(report, labels))));
    }
    return new Line(Words.oneLine(title), Words.oneLine(sentence), place);
  }

  private static String found(Seq<FindingGroup> items) {
    if (items.isEmpty()) {
      return "The checks found nothing to raise.";
    }
    java.util.List<String> parts = new ArrayList<>();
    for (Severity s : List.of(Severity.CONCERN, Severity.WARNING, Severity.NOTE)) {
      int n = items.count(i -> i.severity() == s && !i.acknowledged());
      if (n > 0) {
        parts.add(Words.count(n, s));
      }
    }
    int acknowledged = items.count(FindingGroup::acknowledged);
    String open =
        parts.isEmpty()
            ? ""
            : "The report found " + org.coprod.rules.Voice.list(List.ofAll(parts)) + ".";
    String done =
        acknowledged == 0
            ? ""
            : (acknowledged == 1 ? "1 more" : acknowledged + " more")
                + " the group has talked about and acknowledged.";
    return (open + " " + Words.capitalise(done)).strip();
  }

  private static String ladder(Report report, SideLabels labels) {
    String claimed =
        report
            .claimedLevel()
            .map(s -> "The project says it is at " + Words.step(s) + ". ")
            .getOrElse("");
    String basis = Words.ladderBasis(report.ladder(), report.measures().ladderBasis(), labels);
    return claimed
        + "The record shows "
        + Words.step(report.ladder())
        + "."
        + (basis.isEmpty() ? "" : " " + basis);
  }

  private static Seq<String> facts(Measures m, SideLabels labels) {
    return List.of(
        fact("A say in key decisions", m.keyDecisionSayBySide(), "no key decisions", labels),
        fact("Hours paid, or pay turned down", m.paidHourShareBySide(), "no hours", labels),
        fact("Credited, of those who gave a lot", m.creditRateBySide(), "nobody yet", labels));
  }

  private static String fact(String what, SideMeasure measure, String absent, SideLabels labels) {
    java.util.List<String> parts = new ArrayList<>();
    for (Side side : Side.values()) {
      parts.add(
          labels.of(side)
              + " "
              + measure.of(side).map(org.coprod.rules.Voice::percent).getOrElse(absent));
    }
    return what + ": " + String.join(", ", parts) + ".";
  }
}
