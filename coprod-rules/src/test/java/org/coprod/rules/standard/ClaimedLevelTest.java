package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.decision;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.ContributionKind;
import org.coprod.core.DecisionRule;
import org.coprod.core.DecisionType;
import org.coprod.core.LadderStep;
import org.coprod.core.Phase;
import org.coprod.core.Project;
import org.coprod.core.ProjectId;
import org.coprod.rules.Finding;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class ClaimedLevelTest {
  private final ClaimedLevel rule = new ClaimedLevel();

  /** Engagement: ana does the work in design and delivery, but the manager decides alone. */
  private static Project.Builder engagement() {
    return project()
        .addParticipant(pro("dana").build(), le("ana").build())
        .addContribution(
            contribution("ana", 5).kind(ContributionKind.EXPERIENTIAL_KNOWLEDGE).build(),
            contribution("ana", 5).phase(Phase.DELIVERY).build())
        .addDecision(decision("scope", DecisionType.SCOPE, "dana").build());
  }

  @Test
  void flagsCoproductionClaimedForEngagement() {
    Finding f =
        check(rule, engagement().claimedLevel(LadderStep.CO_PRODUCTION).build())
            .findings()
            .single();
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subjects()).containsExactly(ProjectId.of("test"));
    assertThat(f.evidence("assessedLevel").get()).isEqualTo("ENGAGEMENT");
    assertThat(f.evidence("stepsAbove").get()).isEqualTo(2);
    assertThat(f.message())
        .isEqualTo("This project is said to be co-production. What it records reaches engagement.");
  }

  @Test
  void passesAClaimEqualToTheAssessedStepAndFlagsOneStepAbove() {
    assertThat(check(rule, engagement().claimedLevel(LadderStep.ENGAGEMENT).build()).status())
        .isEqualTo(OutcomeStatus.PASSED);
    assertThat(
            check(rule, engagement().claimedLevel(LadderStep.CO_DESIGN).build())
                .findings()
                .single()
                .evidence("stepsAbove")
                .get())
        .isEqualTo(1);
  }

  @Test
  void passesAModestClaim() {
    assertThat(check(rule, engagement().claimedLevel(LadderStep.CONSULTATION).build()).status())
        .isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void passesCoproductionThatTheRecordBearsOut() {
    Project p =
        engagement()
            .addDecision(
                decision("budget", DecisionType.BUDGET, "dana", "ana")
                    .rule(DecisionRule.CONSENSUS)
                    .build())
            .claimedLevel(LadderStep.CO_PRODUCTION)
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void flagsAnyClaimAboveNoneWithoutPeopleWithLivedExperience() {
    Project p =
        project().addParticipant(pro("dana").build()).claimedLevel(LadderStep.CO_DESIGN).build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.evidence("assessedLevel").get()).isEqualTo("NONE");
    assertThat(f.message()).contains("reaches no step (no people with lived experience)");
  }

  @Test
  void coproductionMostOfWhoseMembersSteppedBackIsCappedAtCoDesignByDropOffsWarning() {
    // Four began in design; one still takes part in delivery: drop-off warns, so the record shows
    // co-design, even though every other condition of co-production holds.
    Project.Builder b =
        project()
            .addParticipant(pro("dana").build())
            .addDecision(
                decision("budget", DecisionType.BUDGET, "dana", "le0")
                    .rule(DecisionRule.CONSENSUS)
                    .build())
            .claimedLevel(LadderStep.CO_PRODUCTION);
    for (int i = 0; i < 4; i++) {
      b.addParticipant(le("le" + i).build())
          .addContribution(contribution("le" + i, 2).phase(Phase.DESIGN).build());
    }
    Project p =
        b.addContribution(
                contribution("le0", 2)
                    .phase(Phase.DELIVERY)
                    .date(org.coprod.rules.Fixtures.day(20))
                    .build())
            .build();
    org.coprod.rules.Report report =
        org.coprod.rules.Rulebook.of("test", java.util.List.of(rule, new DropOff())).check(p);
    Finding f = report.findings(ClaimedLevel.ID).single();
    assertThat(f.evidence("assessedLevel").get()).isEqualTo("CO_DESIGN");
    assertThat(report.ladder()).isEqualTo(LadderStep.CO_DESIGN);
    // Alone, or with drop-off turned off, nothing caps the ladder.
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void doesNotApplyWithoutAClaim() {
    assertThat(check(rule, engagement().build()).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }
}
