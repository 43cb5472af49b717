package org.coprod.rules.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
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
}
