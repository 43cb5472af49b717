package org.coprod.io.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coprod.core.CreditPreference;
import org.coprod.core.Id;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.ProjectView;
import org.coprod.rules.render.Words;

/**
 * Keeps people who asked not to be named ({@link CreditPreference#ANONYMOUS}) out of a rendered
 * report: where a finding names one by id, in its subjects, its message or its evidence, the report
 * says "a group member" instead.
 */
final class Anonymity {
  /** What a report calls someone it must not name. */
  static final String GROUP_MEMBER = "a group member";

  private final java.util.Set<String> ids;
  private final Pattern mention;

  private Anonymity(java.util.Set<String> ids) {
    this.ids = ids;
    // Longer ids first, so an id that contains another is replaced whole; one pattern, so the
    // words put in for one id are never taken for another.
    List<String> sorted = new ArrayList<>(ids);
    sorted.sort(
        Comparator.comparingInt(String::length)
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    StringBuilder any = new StringBuilder();
    for (String id : sorted) {
      any.append(any.length() == 0 ? "" : "|").append(Pattern.quote(id));
    }
    // The standard rules quote a person's id ('p7'), some after "Person"; elsewhere an id stands
    // as a word of its own (letters, digits, '_' and '-' would continue it).
    this.mention =
        ids.isEmpty()
            ? Pattern.compile("(?!)")
            : Pattern.compile(
                "(?:\\b[Pp]erson )?'(?:"
                    + any
                    + ")'|(?<![\\p{L}\\p{N}_-])(?:"
                    + any
                    + ")(?![\\p{L}\\p{N}_-])");
  }

  /** The people of a view who asked not to be named. */
  static Anonymity of(ProjectView view) {
    java.util.Set<String> ids = new java.util.TreeSet<>();
    for (Participant p : view.project().participants()) {
      if (p.creditPreference() == CreditPreference.ANONYMOUS) {
        ids.add(p.id().value());
      }
    }
    return new Anonymity(ids);
  }

  /** Whether an id is that of someone who must not be named. */
  boolean hides(Id id) {
    return id instanceof ParticipantId && ids.contains(id.value());
  }

  /** A subject as a report may show it. */
  String subject(Id id) {
    // An id made from a person's id (a story's PARTICIPANT.story.DATE, an attendance's
    // MEETING.PARTICIPANT) names them as surely as their own.
    return hides(id) || !text(id.value()).equals(id.value()) ? GROUP_MEMBER : id.value();
  }

  /**
   * Text with every mention of someone who must not be named replaced, keeping a capital at the
   * start.
   */
  String text(String text) {
    if (ids.isEmpty()) {
      return text;
    }
    Matcher m = mention.matcher(text);
    if (!m.find()) {
      return text;
    }
    String out = m.replaceAll(Matcher.quoteReplacement(GROUP_MEMBER));
    if (out.startsWith(GROUP_MEMBER)) {
      out = Words.capitalise(out);
    }
    return out;
  }

  /** A piece of evidence's text as a report may show it. */
  String value(String value) {
    return ids.contains(value) ? GROUP_MEMBER : text(value);
  }
}
