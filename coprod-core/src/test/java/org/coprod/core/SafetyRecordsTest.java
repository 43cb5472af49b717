package org.coprod.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A story's consent and a project's support arrangements: what they say when nothing is given,
 * since the safety rules read an absent answer as "no".
 */
class SafetyRecordsTest {
  @Test
  void aStorysConsentCoversOnlyTheUsesAgreedAndIsNotAnonymisedOrDebriefedUnlessSaid() {
    StoryConsent training = StoryConsent.builder().addUse(StoryUse.TRAINING).build();
    assertThat(training.covers(StoryUse.TRAINING)).isTrue();
    assertThat(training.covers(StoryUse.PUBLICITY)).isFalse();
    assertThat(training.anonymised()).isFalse();
    assertThat(training.debriefOffered()).isFalse();
    StoryConsent kept = StoryConsent.builder().anonymised(true).debriefOffered(true).build();
    assertThat(kept.anonymised()).isTrue();
    assertThat(kept.debriefOffered()).isTrue();
    assertThat(kept.covers(StoryUse.TRAINING)).isFalse();
  }

  @Test
  void supportIsCompleteOnlyWithEveryPartWritten() {
    Support all =
        Support.builder()
            .contact("The duty worker, 0100 000 000")
            .debrief("Half an hour after each session")
            .disclosure("The chair follows the safeguarding policy")
            .independence("Taking part changes nothing in anyone's care")
            .build();
    assertThat(all.isComplete()).isTrue();
    assertThat(Support.builder().from(all).unsetContact().build().isComplete()).isFalse();
    assertThat(Support.builder().from(all).unsetDebrief().build().isComplete()).isFalse();
    assertThat(Support.builder().from(all).unsetDisclosure().build().isComplete()).isFalse();
    assertThat(Support.builder().from(all).unsetIndependence().build().isComplete()).isFalse();
  }
}
