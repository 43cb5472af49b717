package org.coprod.rules.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.coprod.core.Side;
import org.coprod.rules.Argument;
import org.coprod.rules.Param;
import org.coprod.rules.SideLabels;
import org.coprod.rules.Template;
import org.coprod.rules.Voice;
import org.junit.jupiter.api.Test;

class SideLabelsTest {
  private static final Template CREDIT =
      Template.of(
          "default",
          "{holder} hold the credit, though {other} made it.",
          Param.side("holder"),
          Param.side("other"));

  @Test
  void labelsAreAppliedToTheSideArgumentsKeepingACapitalAtTheStartOfASentence() {
    Voice voice = Voice.plain().withLabels(SideLabels.of("experts by experience", "staff"));
    assertThat(
            CREDIT.format(
                List.of(
                    Argument.side("holder", Side.PROFESSIONAL),
                    Argument.side("other", Side.LIVED_EXPERIENCE)),
                voice))
        .isEqualTo("Staff hold the credit, though experts by experience made it.");
  }

  @Test
  void wordsOutsideTheArgumentsAreNeverEdited() {
    Template t = Template.of("default", "Professionalism stays; {side} too.", Param.side("side"));
    Voice voice = Voice.plain().withLabels(SideLabels.of("carers and families", "staff"));
    assertThat(t.format(List.of(Argument.side("side", Side.PROFESSIONAL)), voice))
        .isEqualTo("Professionalism stays; staff too.");
  }

  @Test
  void theTwoSidesNeedDifferentLabelsOfOneShortLine() {
    assertThatThrownBy(() -> SideLabels.of("staff", "staff"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SideLabels.of("a\nb", "staff"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theWordsForOnePersonAreMadeFromTheLabelWhereTheGroupGivesNone() {
    assertThat(SideLabels.singular("people with lived experience"))
        .isEqualTo("person with lived experience");
    assertThat(SideLabels.singular("professionals")).isEqualTo("professional");
    assertThat(SideLabels.singular("experts by experience")).isEqualTo("expert by experience");
    assertThat(SideLabels.singular("public contributors")).isEqualTo("public contributor");
    assertThat(SideLabels.singular("members of the public")).isEqualTo("member of the public");
    assertThat(SideLabels.singular("survivors")).isEqualTo("survivor");
    assertThat(SideLabels.singular("service users")).isEqualTo("service user");
    assertThat(SideLabels.singular("families")).isEqualTo("family");
    assertThat(SideLabels.singular("coaches")).isEqualTo("coach");
    assertThat(SideLabels.singular("chairwomen")).isEqualTo("chairwoman");
    assertThat(SideLabels.singular("children and young people"))
        .isEqualTo("member of children and young people");
    // words rules cannot make singular are not guessed at
    assertThat(SideLabels.singular("staff")).isEqualTo("member of staff");
    assertThat(SideLabels.singular("carers and families"))
        .isEqualTo("member of carers and families");
    assertThat(SideLabels.singular("people who use services"))
        .isEqualTo("member of people who use services");
    assertThat(SideLabels.singular("NHS")).isEqualTo("member of NHS");
    assertThat(SideLabels.defaults().one(Side.LIVED_EXPERIENCE))
        .isEqualTo("person with lived experience");
    assertThat(SideLabels.defaults().one(Side.PROFESSIONAL)).isEqualTo("professional");
  }

  @Test
  void aSideWrittenAsOneUsesTheGroupsWordsForOnePerson() {
    Template t =
        Template.of(
            "default",
            "{n, plural, one {One {le, one} was} other {# {le} were}} asked. {pro, one} too.",
            Param.count("n"),
            Param.side("le"),
            Param.side("pro"));
    SideLabels labels =
        SideLabels.of("experts by experience", "staff", "expert by experience", "staff member");
    Voice voice = Voice.plain().withLabels(labels);
    Seq<Argument> one =
        List.of(
            Argument.count("n", 1),
            Argument.side("le", Side.LIVED_EXPERIENCE),
            Argument.side("pro", Side.PROFESSIONAL));
    assertThat(t.format(one, voice))
        .isEqualTo("One expert by experience was asked. Staff member too.");
    assertThat(t.format(one.update(0, Argument.count("n", 2)), voice))
        .isEqualTo("2 experts by experience were asked. Staff member too.");
    assertThat(t.format(one, Voice.plain()))
        .isEqualTo("One person with lived experience was asked. Professional too.");
  }

  @Test
  void oneIsForSidesOnlyAndTheWordsForOnePersonAreOneShortLine() {
    assertThatThrownBy(() -> Template.of("default", "{n, one}", Param.count("n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one needs a side");
    assertThatThrownBy(() -> SideLabels.of("experts by experience", "staff", "", "staff member"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                SideLabels.of(
                    "experts by experience",
                    "staff",
                    "x".repeat(SideLabels.MAX_ONE_LENGTH + 1),
                    "s"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
