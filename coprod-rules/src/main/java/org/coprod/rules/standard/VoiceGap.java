package org.coprod.rules.standard;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.coprod.core.CheckIn;
import org.coprod.core.Project;
import org.coprod.core.Side;
import org.coprod.core.Tally;
import org.coprod.rules.Argument;
import org.coprod.rules.Evidence;
import org.coprod.rules.Finding;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Outcome;
import org.coprod.rules.Param;
import org.coprod.rules.Parameter;
import org.coprod.rules.Principle;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;
import org.coprod.rules.Template;

/**
 * {@code voice-gap}: in the group's recent anonymous check-ins, people with lived experience feel
 * less heard, or less able to influence the work, than professionals do (a median a point or more
 * below theirs), or feel unheard outright (a median of 2 or lower): WARNING, one finding.
 *
 * <p>"For many of us who have been users of services and tried to change them our experience has
 * been one of being ignored or spoken over or belittled by people with more experience or what
 * feels like a higher social position than us." Only the people it happens to can say whether it is
 * happening; the check-ins are where they say it. Recent is the last 3 rounds or the rounds of the
 * last 180 days before the view's date, whichever holds more rounds; each side's answers in them
 * are pooled (the tallies added), so a median rests on every answer given, never on one person's.
 * The gap is tested when each side has 3 or more respondents in total, the low median when lived
 * experience has; with fewer, a median could give someone's answer away and the rule does not
 * apply. Where lived experience's median is low, the finding is {@code low}; otherwise a gap is
 * {@code gap}. The rule is about lived experience only: it does not look for professionals feeling
 * less heard.
 */
public final class VoiceGap implements Rule {
  /** The rule's id. */
  public static final String ID = "voice-gap";

  private static final String STARTING_POINT = "a starting point your group can change";

  /** The latest rounds to look at, at least. */
  public static final Parameter<Integer> ROUNDS =
      Parameter.count(
          "rounds", 3, "the number of latest check-in rounds looked at", STARTING_POINT);

  /** The days before the view's date whose rounds are looked at, where they are more rounds. */
  public static final Parameter<Integer> DAYS =
      Parameter.days(
          "days",
          180,
          "the days before the view's date whose check-in rounds are looked at, where they hold more rounds",
          STARTING_POINT);

  /** The fewest respondents a side needs in total before its median is read. */
  public static final Parameter<Integer> MIN_RESPONDENTS =
      Parameter.count(
          "minRespondents",
          3,
          "the fewest respondents a side needs in total before its median is read",
          STARTING_POINT + "; fewer could give one person's answer away");

  /** How far below professionals' median lived experience's may fall. */
  public static final Parameter<Double> GAP =
      Parameter.number(
          "gap",
          1.0,
          "how many points below professionals' median answer lived experience's may fall before it is raised",
          STARTING_POINT + " (answers run from 1 to 5)");

  /** The highest median that reads as feeling unheard. */
  public static final Parameter<Double> LOW =
      Parameter.number(
          "low",
          2.0,
          "the highest median answer of lived experience that reads as feeling unheard",
          STARTING_POINT + " (2 is \"disagree\" on a scale of 1 to 5)");

  /** The kind {@code gap}. */
  public static final FindingKind GAP_KIND =
      FindingKind.of(
          "gap",
          Severity.WARNING,
          "in recent check-ins, {le} feel less heard, or less able to shape the work, than {pro} do",
          "Talk together about how meetings run: who speaks first, who sets the agenda, how decisions are made, and what would help everyone be heard.",
          Template.of(
              "default",
              "The check-ins show a gap on {question}. In the recent check-ins, the {leAnswers} answers from {le} give a middle answer of {leMedian} out of 5 on {question}, against {proMedian} from the {proAnswers} answers of {pro}.",
              Param.count("leAnswers"),
              Param.side("le"),
              Param.text("leMedian"),
              Param.text("question"),
              Param.text("proMedian"),
              Param.count("proAnswers"),
              Param.side("pro")));

  /** The kind {@code low}. */
  public static final FindingKind LOW_KIND =
      FindingKind.of(
          "low",
          Severity.WARNING,
          "in recent check-ins, {le} mostly do not feel heard, or able to shape the work",
          "Ask the {le}, in the way they prefer, what would make them feel heard, and change how the group works.",
          Template.of(
              "default",
              "Many in the check-ins gave low marks on {question}. In the recent check-ins, the {leAnswers} answers from {le} give a middle answer of {leMedian} out of 5 on {question}: at least half of the answers were 1 or 2.",
              Param.count("leAnswers"),
              Param.side("le"),
              Param.text("leMedian"),
              Param.text("question")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Feeling less heard")
          .principle(Principle.POWER)
          .addKind(GAP_KIND, LOW_KIND)
          .summary(
              "over the last 3 check-in rounds or 180 days, whichever holds more, with 3+ respondents a side, LE's median 'heard' or 'influence' a point or more below PRO's; or, with 3+ LE respondents, LE's median 2 or lower (the numbers are starting points your group can change)")
          .rationale(
              "\"For many of us who have been users of services and tried to change them our experience has been one of being ignored or spoken over or belittled by people with more experience or what feels like a higher social position than us.\"")
          .addSource(
              "Arnstein (1969): consultation, heard without the power to see one's views heeded",
              "NIHR/INVOLVE guidance on co-producing research: respecting all knowledge, relationships")
          .addParameter(ROUNDS, DAYS, MIN_RESPONDENTS, GAP, LOW)
          .addLaw(
              Law.RELABELLING,
              Law.HOUR_SCALING,
              Law.MONEY_SCALING,
              Law.TIME,
              Law.DETERMINISM,
              Law.TOTALITY,
              Law.ORDER_INDEPENDENCE)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  /** The two questions the rule reads, by the words a member reads. */
  private enum Question {
    HEARD("heard", "being heard"),
    INFLUENCE("influence", "shaping the work");

    final String key;
    final String words;

    Question(String key, String words) {
      this.key = key;
      this.words = words;
    }

    Option<Tally> tally(CheckIn c) {
      return this == HEARD ? c.heard() : c.influence();
    }
  }

  /** One side's pooled answers over the recent rounds. */
  private record Pool(int respondents, Option<Double> heard, Option<Double> influence) {
    Option<Double> median(Question q) {
      return q == Question.HEARD ? heard : influence;
    }
  }

  @Override
  public Outcome check(RuleContext context) {
    Project project = context.project();
    LocalDate today = context.date();
    Seq<CheckIn> held = project.checkIns().filter(c -> !c.round().isAfter(today));
    if (held.isEmpty()) {
      return context.notApplicable("no check-in round yet");
    }
    Seq<CheckIn> recent = recent(held, today, context.parameter(ROUNDS), context.parameter(DAYS));
    int rounds = recent.map(CheckIn::round).distinct().size();
    Pool le = pool(recent, Side.LIVED_EXPERIENCE);
    Pool pro = pool(recent, Side.PROFESSIONAL);
    int least = context.parameter(MIN_RESPONDENTS);
    if (le.respondents() < least) {
      return context.notApplicable(
          "fewer than " + least + " of {le} answered the recent check-ins");
    }
    boolean compared = pro.respondents() >= least;
    double gapAllowed = context.parameter(GAP);
    double low = context.parameter(LOW);
    Question lowOn = null;
    Question gapOn = null;
    for (Question q : Question.values()) {
      Option<Double> mine = le.median(q);
      if (mine.isEmpty()) {
        continue;
      }
      if (lowOn == null && mine.get() <= low) {
        lowOn = q;
      }
      Option<Double> theirs = pro.median(q);
      if (gapOn == null
          && compared
          && theirs.isDefined()
          && theirs.get() - mine.get() >= gapAllowed) {
        gapOn = q;
      }
    }
    Question on = lowOn != null ? lowOn : gapOn;
    if (on == null) {
      return context.passed();
    }
    boolean isLow = lowOn != null;
    Finding.Builder f =
        context
            .finding(isLow ? LOW_KIND : GAP_KIND)
            .addArgument(
                Argument.count("leAnswers", le.respondents()),
                Argument.side("le", Side.LIVED_EXPERIENCE),
                Argument.text("leMedian", number(le.median(on).get())),
                Argument.text("question", on.words))
            .addSubject(project.id())
            .addEvidence(
                Evidence.of("rounds", rounds),
                Evidence.of("from", recent.map(CheckIn::round).min().get().toString()),
                Evidence.of("livedExperienceRespondents", le.respondents()),
                Evidence.of("professionalRespondents", pro.respondents()));
    if (!isLow) {
      f.addArgument(
          Argument.text("proMedian", number(pro.median(on).get())),
          Argument.count("proAnswers", pro.respondents()),
          Argument.side("pro", Side.PROFESSIONAL));
    }
    for (Question q : Question.values()) {
      le.median(q).forEach(m -> f.addEvidence(Evidence.of("livedExperience" + cap(q.key), m)));
      if (compared) {
        pro.median(q).forEach(m -> f.addEvidence(Evidence.of("professional" + cap(q.key), m)));
      }
    }
    return context.outcome(List.of(f.build()));
  }

  /**
   * The recent rounds: the latest {@code rounds} rounds, or those of the last {@code days} days,
   * whichever holds more rounds (both are the latest rounds, so the larger holds the smaller).
   */
  private static Seq<CheckIn> recent(Seq<CheckIn> held, LocalDate today, int rounds, int days) {
    TreeSet<LocalDate> dates = new TreeSet<>(held.map(CheckIn::round).asJava());
    LocalDate byCount =
        dates.descendingSet().stream()
            .skip(Math.max(rounds, 1) - 1L)
            .findFirst()
            .orElse(dates.first());
    LocalDate byDays = today.minusDays(days);
    LocalDate byDaysFirst = dates.ceiling(byDays);
    LocalDate first = byDaysFirst == null || byCount.isBefore(byDaysFirst) ? byCount : byDaysFirst;
    return held.filter(c -> !c.round().isBefore(first));
  }

  private static Pool pool(Seq<CheckIn> recent, Side side) {
    Seq<CheckIn> mine = recent.filter(c -> c.side() == side);
    int respondents = mine.map(CheckIn::respondents).sum().intValue();
    return new Pool(respondents, median(mine, Question.HEARD), median(mine, Question.INFLUENCE));
  }

  private static Option<Double> median(Seq<CheckIn> checkIns, Question q) {
    Option<Tally> all = Option.none();
    for (CheckIn c : checkIns) {
      Option<Tally> t = q.tally(c);
      if (t.isDefined()) {
        all = Option.some(all.isEmpty() ? t.get() : all.get().plus(t.get()));
      }
    }
    return all.flatMap(Tally::median);
  }

  private static String cap(String key) {
    return Character.toUpperCase(key.charAt(0)) + key.substring(1);
  }

  private static String number(double value) {
    return value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }
}
