package org.coprod.rules.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import org.coprod.core.DecisionId;
import org.coprod.core.OutputId;
import org.coprod.core.ParticipantId;
import org.coprod.core.Phase;
import org.coprod.core.ProjectId;
import org.coprod.core.Side;
import org.coprod.rules.Argument;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Param;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Rulebook;
import org.coprod.rules.Template;
import org.coprod.rules.Voice;
import org.junit.jupiter.api.Test;

/**
 * The first sentence of every template of every standard rule's finding kinds, filled with ordinary
 * arguments (a person and an output by short ids, 2 of a count, 25%), is plain enough for a reading
 * age of about 9 to 11: a Flesch-Kincaid grade of 6 or lower with the default side labels. The
 * example scenarios check the same with real projects; this reaches the kinds they do not raise.
 */
class PlainHeadlinesTest {
  /** The highest grade a first sentence may have. */
  private static final double GRADE = 6.0;

  /** An ordinary argument of a parameter's type. */
  private static Argument sample(Param p) {
    String n = p.name();
    return switch (p.type()) {
      case PERSON -> Argument.person(n, ParticipantId.of("ana"));
      case PEOPLE -> Argument.people(n, List.of(ParticipantId.of("ana"), ParticipantId.of("ben")));
      case OUTPUT -> Argument.output(n, OutputId.of("report"));
      case DECISION -> Argument.decision(n, DecisionId.of("scope"));
      case THING -> Argument.thing(n, ProjectId.of("work"));
      case SIDE -> Argument.side(n, Side.LIVED_EXPERIENCE);
      case COUNT -> Argument.count(n, 2);
      case SHARE -> Argument.share(n, 0.25);
      case RATIO -> Argument.ratio(n, 0.5);
      case HOURS -> Argument.hours(n, 3);
      case MONEY -> Argument.money(n, new BigDecimal("20"));
      case DAY -> Argument.day(n, LocalDate.of(2024, 3, 4));
      case PHASE -> Argument.phase(n, Phase.DESIGN);
      // decision-share's reasons are whole sentences after its own, each after a space; other
      // words pick a select's usual case ("yes") or are short ("budget")
      case TEXT ->
          Argument.text(n, n.equals("reasons") ? " Of them, 1 was led by one side." : "yes");
    };
  }

  @Test
  void everyStandardTemplatesFirstSentenceIsAtGradeSixOrBelow() {
    java.util.List<String> over = new ArrayList<>();
    int measured = 0;
    for (RuleMetadata rule : Rulebook.standard().metadata()) {
      for (FindingKind kind : rule.kinds()) {
        for (Template t : kind.templates()) {
          Seq<Argument> args = t.params().map(PlainHeadlinesTest::sample);
          String headline = Readability.firstSentence(t.format(args, Voice.plain()));
          double grade = Readability.grade(headline);
          measured++;
          if (grade > GRADE) {
            over.add(
                String.format(
                    Locale.ROOT,
                    "%.1f %s/%s/%s: %s",
                    grade,
                    rule.id(),
                    kind.name(),
                    t.variant(),
                    headline));
          }
        }
      }
    }
    assertThat(measured).isGreaterThan(60);
    assertThat(over).as("first sentences above grade %s", GRADE).isEmpty();
  }

  @Test
  void theGradeFollowsTheFormulaOnAKnownSentence() {
    // 9 words, 1 sentence, 12 syllables (the-peo-ple-with-lived-ex-pe-rience counts "experience"
    // as 3, as the simple counter does): 0.39 * 9 + 11.8 * 12 / 9 - 15.59
    String s = "People with lived experience had no say at all.";
    assertThat(Readability.words(s)).hasSize(9);
    assertThat(Readability.syllables("people")).isEqualTo(2);
    assertThat(Readability.syllables("lived")).isEqualTo(1);
    assertThat(Readability.syllables("decided")).isEqualTo(3);
    assertThat(Readability.syllables("whole")).isEqualTo(1);
    assertThat(Readability.syllables("2017")).isEqualTo(1);
    assertThat(Readability.grade(s)).isCloseTo(0.39 * 9 + 11.8 * 12 / 9 - 15.59, within());
    assertThat(Readability.firstSentence("One 4.5% here. Two.")).isEqualTo("One 4.5% here.");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
