package org.coprod.rules.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SideLabelsTest {
  @Test
  void relabelsTheStandardRulesSideWordsKeepingACapitalAtTheStartOfASentence() {
    SideLabels labels = SideLabels.of("experts by experience", "staff");
    assertThat(labels.relabel("People with lived experience had a say; professionals did too."))
        .isEqualTo("Experts by experience had a say; staff did too.");
    assertThat(
            labels.relabel(
                "The credit sits with professionals only, though people with lived experience made it."))
        .isEqualTo("The credit sits with staff only, though experts by experience made it.");
  }

  @Test
  void leavesTextAloneUnderTheDefaultLabelsAndOtherWordsAlone() {
    String text = "People with lived experience and professionals; professionalism stays.";
    assertThat(SideLabels.defaults().relabel(text)).isEqualTo(text);
    assertThat(SideLabels.of("carers and families", "staff").relabel("professionalism stays"))
        .isEqualTo("professionalism stays");
  }
}
