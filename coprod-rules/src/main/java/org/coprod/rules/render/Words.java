package org.coprod.rules.render;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import org.coprod.core.Id;
import org.coprod.core.ImpactOutcome;
import org.coprod.core.LadderStep;
import org.coprod.core.ParticipantId;
import org.coprod.core.ResponseStatus;
import org.coprod.core.Side;
import org.coprod.rules.Finding;
import org.coprod.rules.LadderBasis;
import org.coprod.rules.Report;
import org.coprod.rules.ReportedResponse;
import org.coprod.rules.Severity;
import org.coprod.rules.SideLabels;
import org.coprod.rules.Voice;

/**
 * The words and numbers every rendering shares (text, Markdown, and io's HTML report). Numbers go
 * through {@link BigDecimal} built from the exact binary value, so the same double gives the same
 * digits on any JDK and in any locale.
 */
public final class Words {
  private Words() {}

  /** What a report calls someone who asked not to be named. */
  public static final String GROUP_MEMBER = "a group member";

  /**
   * The voice a report is written in for people: the side labels given; people by their role title
   * with their id after it ("the peer researcher (p3)") where they hold a role, else by id in
   * quotes, and "a group member" for those who asked not to be named; outputs and decisions by id
   * in quotes.
   */
  public static Voice voice(Report report, SideLabels labels) {
    return Voice.plain()
        .withLabels(labels)
        .withPeople(id -> person(id, report))
        .withThings(id -> report.hides(id) ? GROUP_MEMBER : "'" + id.value() + "'");
  }

  /**
   * The voice a report's data is written in (JSON): as {@link #voice(Report, SideLabels)}, but
   * people by id in quotes, never by role title, so a finding's message in a report file is the
   * message the finding alone gives, and a role renamed changes no stored words. Those who asked
   * not to be named are "a group member" here too.
   */
  public static Voice dataVoice(Report report, SideLabels labels) {
    return Voice.plain()
        .withLabels(labels)
        .withPeople(id -> report.isAnonymous(id) ? GROUP_MEMBER : "'" + id.value() + "'")
        .withThings(id -> report.hides(id) ? GROUP_MEMBER : "'" + id.value() + "'");
  }

  /**
   * A person as a report names them: "a group member" if they asked not to be named; else by their
   * role title, its first letter small unless the title begins with capitals ("NHS lead"), with
   * their id after it: "the peer researcher (p3)"; else by their id in quotes.
   */
  public static String person(ParticipantId id, Report report) {
    if (report.isAnonymous(id)) {
      return GROUP_MEMBER;
    }
    String title = report.roleTitles().get(id).map(SafeText::oneLine).getOrElse("");
    if (title.isBlank()) {
      return "'" + id.value() + "'";
    }
    boolean acronym = title.length() > 1 && Character.isUpperCase(title.charAt(1));
    String written =
        acronym ? title : title.substring(0, 1).toLowerCase(Locale.ROOT) + title.substring(1);
    boolean hasArticle = written.startsWith("the ") || written.startsWith("a ");
    return (hasArticle ? "" : "the ") + written + " (" + id.value() + ")";
  }

  /** A finding's message in a voice. */
  public static String message(Finding f, Voice voice) {
    return f.template().format(f.arguments(), voice);
  }

  /**
   * Whether a finding is about, or names, someone who asked not to be named: files then write it
   * with no fingerprint.
   */
  public static boolean namesAnonymous(Finding f, Report report) {
    return report.namesAnonymous(f);
  }

  /**
   * A subject as a report shows it: "a group member" for someone who asked not to be named, and for
   * an id made from theirs (a story's {@code PARTICIPANT.story.DATE}, an attendance's {@code
   * MEETING.PARTICIPANT}), which names them as surely; a person with a role by its title and their
   * id ("the peer researcher (p3)"); others by id.
   */
  public static String subject(Id id, Report report) {
    if (report.hides(id)) {
      return GROUP_MEMBER;
    }
    if (id instanceof ParticipantId p) {
      String written = person(p, report);
      return written.startsWith("'") ? id.value() : written;
    }
    return id.value();
  }

  /** Whose words a standard rule's rationale quotes: the founding text's author and year. */
  public static final String FOUNDING_TEXT = "Mark Brown, 2017";

  /** The rationale of each built-in rule, by id: each quotes the founding text. */
  private static final java.util.Map<String, String> STANDARD_RATIONALES =
      org.coprod.rules.standard.StandardRules.all()
          .toJavaMap(r -> io.vavr.Tuple.of(r.metadata().id(), r.metadata().rationale()));

  /**
   * A rule's rationale as a report shows it, its quotation attributed: a built-in rule's quotes the
   * founding text, so its words are followed by "(Mark Brown, 2017)" unless they name the founding
   * text already; any other rule's rationale is shown as its author wrote it.
   */
  public static String rationale(String rule, String rationale) {
    String words = oneLine(rationale);
    if (!rationale.equals(STANDARD_RATIONALES.get(rule)) || words.contains("founding text")) {
      return words;
    }
    return words + " (" + FOUNDING_TEXT + ")";
  }

  /**
   * A piece of evidence's value as a report shows it: as {@link #value(Object, SideLabels)} says,
   * and "a group member" for the id of someone who asked not to be named.
   */
  public static String evidence(Object value, Report report, SideLabels labels) {
    if (value instanceof String s && report.mentionsAnonymous(s)) {
      return report.anonymous().exists(id -> id.value().equals(s))
          ? GROUP_MEMBER
          : oneLine(report.withoutAnonymous(s, id -> GROUP_MEMBER));
    }
    return value(value, labels);
  }

  /** A share as a percentage with one decimal: {@code 0.125} is {@code 12.5%}. */
  public static String percent(double share) {
    return new BigDecimal(share).movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString()
        + "%";
  }

  /**
   * A number written plainly: whole numbers without a decimal point, others to three decimals (or
   * three significant digits when smaller than 0.001), trailing zeros dropped, never an exponent.
   */
  public static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    BigDecimal exact = new BigDecimal(value);
    BigDecimal rounded =
        Math.abs(value) >= 0.001
            ? exact.setScale(3, RoundingMode.HALF_UP)
            : exact.round(new MathContext(3, RoundingMode.HALF_UP));
    return plain(rounded);
  }

  /** A decimal written plainly: no exponent, no trailing zeros. */
  public static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.signum() == 0 ? "0" : stripped.toPlainString();
  }

  /**
   * A piece of evidence's value in words: numbers plainly, flags as yes or no, a side by its label,
   * a ladder step as the summary names it, other text on one line.
   */
  static String value(Object value, SideLabels labels) {
    if (value instanceof Double d) {
      return number(d);
    }
    if (value instanceof BigDecimal b) {
      return plain(b);
    }
    if (value instanceof Boolean b) {
      return b ? "yes" : "no";
    }
    if (value instanceof String s) {
      for (Side side : Side.values()) {
        if (s.equals(side.name())) {
          return labels.of(side);
        }
      }
      for (LadderStep step : LadderStep.values()) {
        if (s.equals(step.name())) {
          return step(step);
        }
      }
      return oneLine(s);
    }
    return String.valueOf(value);
  }

  /**
   * A lowerCamelCase name in words: {@code otherSideHoursShare} is "other side hours share"; a run
   * of capitals stays as it is ({@code giniLE} is "gini LE").
   */
  public static String name(String camel) {
    StringBuilder out = new StringBuilder();
    int n = camel.length();
    for (int i = 0; i < n; i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        char before = camel.charAt(i - 1);
        boolean startsWord =
            !Character.isUpperCase(before)
                || (i + 1 < n && Character.isLowerCase(camel.charAt(i + 1)));
        if (startsWord) {
          out.append(' ');
        }
      }
      boolean inCapitals =
          Character.isUpperCase(c)
              && ((i + 1 < n && Character.isUpperCase(camel.charAt(i + 1)))
                  || (i > 0
                      && Character.isUpperCase(camel.charAt(i - 1))
                      && (i + 1 == n || !Character.isLowerCase(camel.charAt(i + 1)))));
      out.append(inCapitals ? c : Character.toLowerCase(c));
    }
    return out.toString();
  }

  /** Text on one line, its control characters gone ({@link SafeText#oneLine(String)}). */
  static String oneLine(String text) {
    return SafeText.oneLine(text);
  }

  /**
   * A severity as people read it: "Talk about this first" (CONCERN), "Worth talking about"
   * (WARNING), "For information" (NOTE). "Concern" reads as safeguarding language in a room that
   * holds the people a finding is about.
   */
  public static String severity(Severity severity) {
    return switch (severity) {
      case CONCERN -> "Talk about this first";
      case WARNING -> "Worth talking about";
      case NOTE -> "For information";
    };
  }

  /** A count of findings of a severity: "1 to talk about first", "2 worth talking about". */
  public static String count(int n, Severity severity) {
    return n
        + switch (severity) {
          case CONCERN -> " to talk about first";
          case WARNING -> " worth talking about";
          case NOTE -> " for information";
        };
  }

  /** What became of something people said, in words: "Taken up", "Not taken up". */
  public static String impactOutcome(ImpactOutcome outcome) {
    return switch (outcome) {
      case ADOPTED -> "Taken up";
      case ADAPTED -> "Taken up with changes";
      case NOT_ADOPTED -> "Not taken up";
      case PENDING -> "Not decided yet";
    };
  }

  /**
   * The group's response to a finding in one line: what it will do, where that stands and when it
   * looks again.
   */
  public static String response(ReportedResponse r) {
    String status =
        switch (r.status()) {
          case OPEN -> "still to be done";
          case DONE -> "done";
          case DECLINED -> "the group decided not to act";
        };
    return oneLine(
        r.action().map(a -> period(oneLine(a)) + " ").getOrElse("")
            + "Responded on "
            + r.date()
            + "; "
            + status
            + r.reason().map(x -> " (" + oneLine(x) + ")").getOrElse("")
            + (r.status() == ResponseStatus.OPEN
                ? r.reviewBy().map(d -> "; to be looked at again by " + d).getOrElse("")
                : "")
            + ".");
  }

  /** A ladder step in words: "co-production", "consultation". */
  public static String step(LadderStep step) {
    return step.name().toLowerCase(Locale.ROOT).replace("co_", "co-").replace('_', ' ');
  }

  /**
   * What an assessed ladder step rests on, in sentences a group reads with the step: how many key
   * decisions the record shows it from (saying when that is too few to be sure), or that none was
   * recorded, which is not the same as having had no say; and what kept it from rising. The side is
   * named by its label; empty at the top step with a sound basis.
   */
  public static String ladderBasis(LadderStep step, LadderBasis basis, SideLabels labels) {
    String le = labels.livedExperience();
    String one = labels.one(org.coprod.core.Side.LIVED_EXPERIENCE);
    StringBuilder out = new StringBuilder();
    if (basis.stoppedBy().contains(LadderBasis.Limit.NO_KEY_DECISION_RECORDED)) {
      return "No key decision was recorded, so the record cannot show more than engagement.";
    }
    if (step.isAbove(LadderStep.CONSULTATION)) {
      int n = basis.countedKeyDecisions();
      out.append("The record shows this from ")
          .append(n)
          .append(n == 1 ? " key decision" : " key decisions")
          .append(basis.thin() ? ", too few to be sure." : ".");
    }
    java.util.List<String> why = new java.util.ArrayList<>();
    for (LadderBasis.Limit limit : basis.stoppedBy()) {
      why.add(limit(limit, le, one));
    }
    if (!why.isEmpty()) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append("It goes no higher because ").append(String.join("; ", why)).append('.');
    }
    return out.toString();
  }

  private static String limit(LadderBasis.Limit limit, String le, String one) {
    return switch (limit) {
      case NO_LIVED_EXPERIENCE -> "no " + one + " takes part";
      case NOTHING_GIVEN -> le + " have not contributed yet";
      case ONLY_FEEDBACK_OR_STORY -> le + " gave only feedback or their stories";
      case NO_KEY_DECISION_RECORDED -> "no key decision was recorded";
      case NO_SAY_IN_KEY_DECISIONS -> le + " had a say in none of the key decisions";
      case NOT_IN_DESIGN_AND_DELIVERY -> le + " did not contribute both in design and in delivery";
      case NO_SAY_IN_SCOPE_OR_BUDGET -> le + " had a say in no scope or budget decision";
      case SAY_IN_UNDER_HALF -> le + " had a say in under half the key decisions";
      case DROP_OFF -> "most of the " + le + " who began had stepped back by the end (drop-off)";
    };
  }

  /** Text with its first letter a capital. */
  public static String capitalise(String text) {
    if (text.isEmpty()) {
      return text;
    }
    int first = text.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toTitleCase(first))
        .append(text.substring(Character.charCount(first)))
        .toString();
  }

  /**
   * Text on one line ending in a full stop, question or exclamation mark (one is added if none).
   */
  static String period(String text) {
    String t = oneLine(text);
    if (t.isEmpty() || t.endsWith(".") || t.endsWith("?") || t.endsWith("!")) {
      return t;
    }
    return t + ".";
  }
}
