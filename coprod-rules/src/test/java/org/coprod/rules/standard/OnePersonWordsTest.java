package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.coprod.core.DecisionId;
import org.coprod.core.Phase;
import org.coprod.core.Side;
import org.coprod.rules.Argument;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Param;
import org.coprod.rules.SideLabels;
import org.coprod.rules.Template;
import org.coprod.rules.Voice;
import org.junit.jupiter.api.Test;

/**
 * The rules whose sentences speak of one person or of a number of people of a side (drop-off,
 * feedback-missing, lone-voice, voice-gap) write the side through their template's arguments, so a
 * group's labels reach those sentences too, in the singular where one person is meant; with no
 * labels set, the defaults read as they always did.
 */
class OnePersonWordsTest {
  private static final Voice LABELLED =
      Voice.plain().withLabels(SideLabels.of("experts by experience", "staff"));

  private static final Seq<FindingKind> KINDS =
      List.of(
          DropOff.DROPPED,
          DropOff.SAME_PEOPLE,
          FeedbackMissing.NOT_TOLD,
          LoneVoice.OUTNUMBERED,
          VoiceGap.GAP_KIND,
          VoiceGap.LOW_KIND);

  @Test
  void withLabelsTheSentencesUseThemForOnePersonAndForMany() {
    for (FindingKind kind : KINDS) {
      for (int n : new int[] {1, 3}) {
        String words = kind.template().format(arguments(kind.template(), n), LABELLED);
        assertThat(words)
            .as("%s with %d", kind.name(), n)
            .doesNotContainIgnoringCase("lived experience")
            .containsIgnoringCase(" by experience");
        assertThat(kind.description(LABELLED))
            .as(kind.name())
            .doesNotContainIgnoringCase("lived experience")
            .containsIgnoringCase("experts by experience");
      }
    }
  }

  @Test
  void oneCorePersonAndOneAskedReadInTheSingular() {
    assertThat(
            DropOff.DROPPED.template().format(arguments(DropOff.DROPPED.template(), 1), LABELLED))
        .contains("In scoping, one core expert by experience took part;");
    assertThat(
            FeedbackMissing.NOT_TOLD
                .template()
                .format(arguments(FeedbackMissing.NOT_TOLD.template(), 1), LABELLED))
        .startsWith("One expert by experience was asked, but not told what was decided.");
    assertThat(
            LoneVoice.OUTNUMBERED
                .template()
                .format(arguments(LoneVoice.OUTNUMBERED.template(), 1), LABELLED))
        .startsWith("Only one expert by experience was among the 1 who made 'd1'.");
    assertThat(
            LoneVoice.OUTNUMBERED
                .template()
                .format(arguments(LoneVoice.OUTNUMBERED.template(), 3), Voice.plain()))
        .startsWith("Only 3 people with lived experience were among the 3 who made 'd1'.");
  }

  @Test
  void withoutLabelsTheSentencesUseTheDefaults() {
    assertThat(
            DropOff.DROPPED
                .template()
                .format(arguments(DropOff.DROPPED.template(), 1), Voice.plain()))
        .contains("In scoping, one core person with lived experience took part;");
    assertThat(
            DropOff.SAME_PEOPLE
                .template()
                .format(arguments(DropOff.SAME_PEOPLE.template(), 3), Voice.plain()))
        .contains("In scoping, 3 core people with lived experience took part,");
    assertThat(
            FeedbackMissing.NOT_TOLD
                .template()
                .format(arguments(FeedbackMissing.NOT_TOLD.template(), 3), Voice.plain()))
        .startsWith("3 people with lived experience were asked, but not told what was decided.");
    assertThat(
            VoiceGap.GAP_KIND
                .template()
                .format(arguments(VoiceGap.GAP_KIND.template(), 3), Voice.plain()))
        .contains("the 3 answers from people with lived experience")
        .contains("answers of professionals");
  }

  /** Arguments for every parameter of a template, every count {@code n}. */
  private static Seq<Argument> arguments(Template template, int n) {
    return template
        .params()
        .map(
            (Param p) ->
                switch (p.type()) {
                  case SIDE ->
                      Argument.side(
                          p.name(),
                          p.name().startsWith("pro") ? Side.PROFESSIONAL : Side.LIVED_EXPERIENCE);
                  case COUNT -> Argument.count(p.name(), n);
                  case PHASE -> Argument.phase(p.name(), Phase.SCOPING);
                  case DECISION -> Argument.decision(p.name(), DecisionId.of("d1"));
                  case SHARE -> Argument.share(p.name(), 0.2);
                  case TEXT -> Argument.text(p.name(), "yes");
                  default -> throw new IllegalStateException("no sample for " + p.type());
                });
  }
}
