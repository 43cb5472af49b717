package org.coprod.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A pseudonym, a story's consent and the fingerprint key never appear in {@code toString}; a
 * check-in holds no one's id.
 */
class RecordPrivacyTest {
  private static final Project KEPT = Records.kept().build();

  @Test
  void aParticipantDoesNotShowTheNameTheyAreCreditedBy() {
    Participant ana = KEPT.participant(Fixtures.ANA).get().withCreditName("Moonlight");
    assertThat(ana.toString()).contains("ana").doesNotContain("Moonlight", "creditName");
  }

  @Test
  void aStoryDoesNotShowItsConsent() {
    Contribution story = KEPT.recordedContributions().get(3);
    assertThat(story.consent()).isNotEmpty();
    assertThat(story.toString()).doesNotContain("consent", "TRAINING", "withdrawn", "2017-10-01");
  }

  @Test
  void theProjectDoesNotShowItsFingerprintKey() {
    assertThat(KEPT.toString()).doesNotContain(Records.KEY, "fingerprintKey");
    assertThat(KEPT.view().toString()).doesNotContain(Records.KEY);
  }

  @Test
  void aProjectShowsCountsOfItsRecordOnly() {
    assertThat(KEPT.toString())
        .contains("meetings=2", "impacts=2", "checkIns=2", "responses=1")
        .doesNotContain("Sessions moved", "Moonlight");
  }
}
