package org.coprod.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.core.Fixtures.ANA;
import static org.coprod.core.Fixtures.crisisLine;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Names, side, perspectives, access needs and decline reasons can reveal someone's health: they
 * never appear in {@code toString}.
 */
class PrivacyTest {
  private static final Project CRISIS_LINE = crisisLine().build();

  private static String[] names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
  }

  @Test
  void aParticipantShowsNeitherNameNorSideNorPerspectivesNorNeedsNorDeclineReason() {
    for (Participant p : CRISIS_LINE.participants()) {
      assertThat(p.toString())
          .contains(p.id().value())
          .doesNotContain(Fixtures.ANAS_NAME, Fixtures.DANAS_NAME, Fixtures.ANAS_NEED, "6.0")
          .doesNotContain(names(Side.values()))
          .doesNotContain(names(Perspective.values()))
          .doesNotContain(names(DeclineReason.values()))
          .doesNotContain("declinesPayment", "availableHoursPerWeek", "breaks");
    }
  }

  @Test
  void aParticipantOnABreakShowsNothingOfIt() {
    Participant ana =
        CRISIS_LINE
            .participant(ANA)
            .get()
            .withBreaks(
                io.vavr.collection.List.of(
                    Break.of(Fixtures.day("2017-03-01"), Fixtures.day("2017-03-31"))));
    assertThat(ana.toString()).doesNotContain("2017-03", "break", "Break", "agreed");
    assertThat(ana.breaks().head().toString()).doesNotContain("2017");
  }

  @Test
  void aResourceDoesNotShowTheAccessNeedsItMeets() {
    assertThat(CRISIS_LINE.resources().last().toString())
        .contains("travel-fund")
        .doesNotContain(Fixtures.ANAS_NEED);
  }

  @Test
  void aProjectAndItsViewShowCountsOnly() {
    String shown = CRISIS_LINE.toString() + CRISIS_LINE.view();
    assertThat(shown)
        .contains("crisis-line", "participants=3", "contributions=4", "2017-10-15")
        .doesNotContain(Fixtures.ANAS_NAME, Fixtures.DANAS_NAME, Fixtures.ANAS_NEED, ANA.value())
        .doesNotContain(names(Side.values()));
  }

  @Test
  void aProblemNamesIdsOnly() {
    Problem problem =
        Project.validate(crisisLine().addContribution(Fixtures.contribution(ANA, "2017-01-02", 1)))
            .getError()
            .head();
    assertThat(problem.toString())
        .isEqualTo(problem.path() + ": " + problem.message())
        .contains("contributions[4].participant", "'ana'")
        .doesNotContain(Fixtures.ANAS_NAME);
    assertThat(problem.in("crisis.yaml").at(12, 5).toString())
        .startsWith("crisis.yaml:12:5: contributions[4].participant: ");
  }
}
