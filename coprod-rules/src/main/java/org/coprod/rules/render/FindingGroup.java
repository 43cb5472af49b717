package org.coprod.rules.render;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.Objects;
import org.coprod.core.ParticipantId;
import org.coprod.core.Side;
import org.coprod.rules.Finding;
import org.coprod.rules.Principle;
import org.coprod.rules.Report;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;
import org.coprod.rules.SideLabels;

/**
 * One item of a report as people read it: a finding alone, or the findings of one rule and kind
 * about several people, shown together ("Gave a lot, but not credited: 4 of the people with lived
 * experience") with the list beneath, rather than a card each. The model keeps one finding per
 * subject; only the reading groups them.
 *
 * <p>For the {@link Audience#GROUP group}, every finding about a person is {@link #counted()
 * counted}: shown as people counted by side, never as who.
 *
 * @param findings the findings of the item, in report order; one or more, all of one rule, kind and
 *     severity
 * @param counted whether the item is shown as counts by side alone (for the group)
 */
public record FindingGroup(Seq<Finding> findings, boolean counted) {
  /** Checks that there is a finding, and that all are of one rule, kind and severity. */
  public FindingGroup {
    Objects.requireNonNull(findings, "findings is null");
    if (findings.isEmpty()) {
      throw new IllegalArgumentException("a group of findings holds one or more");
    }
    Finding head = findings.head();
    if (findings.exists(f -> !sameItem(f, head))) {
      throw new IllegalArgumentException("a group of findings is of one rule, kind and severity");
    }
  }

  /**
   * The items of a report in its order: the findings about people of one rule, kind and severity
   * together, every other finding alone. For the group, an item about people is counted.
   */
  public static Seq<FindingGroup> of(Report report, Audience audience) {
    Objects.requireNonNull(report, "report is null");
    Objects.requireNonNull(audience, "audience is null");
    java.util.List<java.util.List<Finding>> items = new ArrayList<>();
    java.util.Map<String, java.util.List<Finding>> open = new java.util.HashMap<>();
    for (Finding f : report.findings()) {
      if (!aboutPeople(f, report)) {
        items.add(new ArrayList<>(java.util.List.of(f)));
        continue;
      }
      String key = f.rule() + "\n" + f.kind() + "\n" + f.severity();
      java.util.List<Finding> item = open.get(key);
      if (item == null) {
        item = new ArrayList<>();
        open.put(key, item);
        items.add(item);
      }
      item.add(f);
    }
    return List.ofAll(items)
        .map(
            item ->
                new FindingGroup(
                    List.ofAll(item), audience == Audience.GROUP && aboutPeople(item.get(0))));
  }

  /**
   * Whether a finding is about people: one of its subjects is a person, or its message names
   * someone. The group sees such a finding only counted.
   */
  public static boolean aboutPeople(Finding f) {
    return f.subjects().exists(id -> id instanceof ParticipantId) || !f.peopleNamed().isEmpty();
  }

  /**
   * Whether a finding of a report is about people, or names someone: as {@link
   * #aboutPeople(Finding)} says, or one of its arguments or pieces of evidence is the id of someone
   * in the project (as a stale acknowledgement names the person it was given for).
   */
  public static boolean aboutPeople(Finding f, Report report) {
    return aboutPeople(f) || !idsIn(f, report).isEmpty();
  }

  /**
   * The people of a report whose ids a finding holds as text: as an argument, a piece of evidence,
   * or a word of its message (a rule may write an id into a sentence of its own, as a stale
   * acknowledgement does). The words are only looked at, never edited: a finding that names someone
   * is shown to the group counted, not rewritten.
   */
  private static Seq<ParticipantId> idsIn(Finding f, Report report) {
    java.util.Set<String> words = new java.util.HashSet<>();
    for (org.coprod.rules.Argument a : f.arguments()) {
      words.add(a.value() instanceof org.coprod.core.Id i ? i.value() : String.valueOf(a.value()));
    }
    for (org.coprod.rules.Evidence e : f.evidence()) {
      words.add(String.valueOf(e.value()));
    }
    words.addAll(
        java.util.Arrays.asList(
            Words.message(f, org.coprod.rules.Voice.plain()).split("[^\\p{L}\\p{N}_.:-]+")));
    for (String w : new ArrayList<>(words)) {
      // a word at the end of a sentence keeps its full stop; an id may not end in one
      words.add(w.replaceAll("[.:]+$", ""));
    }
    return report.sides().keySet().toList().filter(p -> words.contains(p.value()));
  }

  /** The first finding, which stands for the item's rule, kind and severity. */
  public Finding head() {
    return findings.head();
  }

  /** The id of the item's rule. */
  public String rule() {
    return head().rule();
  }

  /** The item's kind of finding. */
  public String kind() {
    return head().kind();
  }

  /** The item's severity. */
  public Severity severity() {
    return head().severity();
  }

  /** The principle the item's rule serves. */
  public Principle principle() {
    return head().principle();
  }

  /** Whether the item is about people (see {@link #aboutPeople(Finding, Report)}). */
  public boolean aboutPeople(Report report) {
    return aboutPeople(head(), report);
  }

  /** Whether the group acknowledged every finding of the item. */
  public boolean acknowledged() {
    return findings.forAll(Finding::isAcknowledged);
  }

  /**
   * The people the item is about, each once, in report order: the people among each finding's
   * subjects, or, where none is, the people its message names.
   */
  public Seq<ParticipantId> people() {
    return findings.flatMap(FindingGroup::peopleOf).distinct();
  }

  private static Seq<ParticipantId> peopleOf(Finding f) {
    Seq<ParticipantId> subjects =
        f.subjects().filter(ParticipantId.class::isInstance).map(ParticipantId.class::cast);
    return subjects.isEmpty() ? f.peopleNamed() : subjects;
  }

  /**
   * How many people the item is about, by side, in words that name no one: "4 of the people with
   * lived experience", "3 of the people with lived experience and 1 of the professionals"; "2
   * people" where the report does not know their sides (a report read back from a file).
   */
  public String peopleCounted(Report report, SideLabels labels) {
    Seq<ParticipantId> people =
        people().appendAll(findings.flatMap(f -> idsIn(f, report))).distinct();
    if (people.exists(p -> report.sides().get(p).isEmpty())) {
      return people.size() == 1 ? "1 person" : people.size() + " people";
    }
    java.util.List<String> parts = new ArrayList<>();
    for (Side side : Side.values()) {
      int n = people.count(p -> report.sides().get(p).contains(side));
      if (n > 0) {
        parts.add(n + " of the " + labels.of(side));
      }
    }
    return String.join(" and ", parts);
  }

  /**
   * The item in one sentence that names no one: its rule's title and the people counted by side,
   * "Gave a lot, but not credited: 4 of the people with lived experience."
   */
  public String countedSentence(Report report, SideLabels labels) {
    return report.rule(rule()).map(RuleMetadata::title).getOrElse(rule())
        + ": "
        + peopleCounted(report, labels)
        + ".";
  }

  private static boolean sameItem(Finding a, Finding b) {
    return a.rule().equals(b.rule()) && a.kind().equals(b.kind()) && a.severity() == b.severity();
  }
}
