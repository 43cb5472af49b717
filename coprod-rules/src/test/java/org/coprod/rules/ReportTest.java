package org.coprod.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.day;

import io.vavr.collection.List;
import org.coprod.core.LadderStep;
import org.coprod.core.Project;
import org.junit.jupiter.api.Test;

class ReportTest {
  private final Project project = RulebookTest.threePeople();

  @Test
  void failsAtALevelOnlyWithAnUnacknowledgedFindingAtOrAboveIt() {
    Report warnings =
        Rulebook.of("test", List.of(TestRule.onProject("w", Principle.POWER, Severity.WARNING)))
            .check(project);
    assertThat(warnings.failsAt(Severity.NOTE)).isTrue();
    assertThat(warnings.failsAt(Severity.WARNING)).isTrue();
    assertThat(warnings.failsAt(Severity.CONCERN)).isFalse();

    Report clean =
        Rulebook.of("test", List.of(TestRule.passing("p"), TestRule.notApplicable("n", "nothing")))
            .check(project);
    assertThat(clean.failsAt(Severity.NOTE)).isFalse();
    assertThat(clean.findings()).isEmpty();
  }

  @Test
  void looksUpOutcomesAndFindingsByRule() {
    Report report =
        Rulebook.of(
                "test",
                List.of(
                    TestRule.perContributor("each", Principle.POWER, Severity.NOTE),
                    TestRule.passing("quiet")))
            .check(project);
    assertThat(report.outcome("quiet").map(Outcome::status)).contains(OutcomeStatus.PASSED);
    assertThat(report.outcome("absent")).isEmpty();
    assertThat(report.findings("each")).hasSize(3);
    assertThat(report.findings("quiet")).isEmpty();
    assertThat(report.outcome("each").get().findings())
        .containsExactlyInAnyOrderElementsOf(report.findings("each"));
  }

  @Test
  void holdsTheViewsDateTheRulebookTheLadderStepsAndTheHeadlineMeasures() {
    Project claimed = project.withClaimedLevel(LadderStep.CO_PRODUCTION).withClosed(day(10));
    Report report = Rulebook.of("test", List.of(TestRule.passing("p"))).check(claimed);

    assertThat(report.asOf()).isEqualTo(day(10));
    assertThat(report.closed()).isTrue();
    assertThat(report.ruleset()).isEqualTo("test");
    assertThat(report.rulesetVersion()).isEqualTo(Rulebook.FIRST_VERSION);
    assertThat(report.rulesetDigest()).matches("[0-9a-f]{64}");
    assertThat(report.libraryVersion()).isEqualTo(org.coprod.core.Library.version());
    assertThat(report.claimedLevel()).contains(LadderStep.CO_PRODUCTION);
    // Lived experience gave LABOUR but had a say in no key decision: engagement.
    assertThat(report.ladder()).isEqualTo(LadderStep.ENGAGEMENT);
    // ana 4 and ben 2 of 16 hours.
    assertThat(report.measures().hoursShareBySide().livedExperience()).contains(6.0 / 16);
    assertThat(report.measures().hoursShareBySide().professional()).contains(10.0 / 16);
    assertThat(report.measures().moneyShareBySide().livedExperience()).isEmpty();
    assertThat(report.measures().keyDecisionSayBySide().professional()).isEmpty();
    // Hours 4, 2 and 10: the mean absolute difference over twice the mean is a third.
    assertThat(report.measures().giniHours().get())
        .isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void checkingTheViewAtTheCloseOfAProjectWithNothingAfterItEqualsCheckingTheProject() {
    Project closed = project.withClosed(day(10));
    Rulebook rulebook =
        Rulebook.of(
            "test", List.of(TestRule.perContributor("each", Principle.POWER, Severity.NOTE)));
    assertThat(rulebook.check(closed.asOf(day(10)))).isEqualTo(rulebook.check(closed));
  }
}
