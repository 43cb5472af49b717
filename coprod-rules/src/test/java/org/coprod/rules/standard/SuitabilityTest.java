package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.LadderStep;
import org.coprod.core.Nature;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Rule;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class SuitabilityTest {
  private final Suitability rule = new Suitability();

  private static Project.Builder withBothSides() {
    return project().addParticipant(le("ana").build(), pro("dana").build());
  }

  private Finding only(Project p) {
    Outcome o = check(rule, p);
    assertThat(o.status()).isEqualTo(OutcomeStatus.FINDINGS);
    return o.findings().single();
  }

  @Test
  void notesWorkWhoseNatureNobodyAssessed() {
    Finding f = only(withBothSides().build());
    assertThat(f.kind()).isEqualTo("not-assessed");
    assertThat(f.severity()).isEqualTo(Severity.NOTE);
  }

  @Test
  void notesBinCollectionClaimedAsCoproduction() {
    Finding f =
        only(
            withBothSides()
                .nature(Nature.TRANSACTIONAL)
                .claimedLevel(LadderStep.CO_PRODUCTION)
                .build());
    assertThat(f.kind()).isEqualTo("claim-unsuited");
    assertThat(f.severity()).isEqualTo(Severity.NOTE);
    assertThat(f.evidence("claimedLevel")).contains("CO_PRODUCTION");
  }

  @Test
  void notesSpecialistWorkClaimingCoDesignButNotEngagement() {
    // CO_DESIGN is the lowest step of "doing with": the boundary is met there, not below.
    Project coDesign =
        withBothSides().nature(Nature.SPECIALIST).claimedLevel(LadderStep.CO_DESIGN).build();
    Project engagement =
        withBothSides().nature(Nature.SPECIALIST).claimedLevel(LadderStep.ENGAGEMENT).build();
    assertThat(only(coDesign).kind()).isEqualTo("claim-unsuited");
    assertThat(check(rule, engagement).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void passesTransactionalWorkThatClaimsNothing() {
    assertThat(check(rule, withBothSides().nature(Nature.TRANSACTIONAL).build()).status())
        .isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void raisesAConcernWhenExperienceShapedWorkHasNobodyWithLivedExperience() {
    Project p =
        project().addParticipant(pro("dana").build()).nature(Nature.EXPERIENCE_SHAPED).build();
    Finding f = only(p);
    assertThat(f.kind()).isEqualTo("no-lived-experience");
    assertThat(f.severity()).isEqualTo(Severity.CONCERN);
  }

  @Test
  void passesExperienceShapedWorkWithLivedExperienceWhateverItClaims() {
    Project p =
        withBothSides()
            .nature(Nature.EXPERIENCE_SHAPED)
            .claimedLevel(LadderStep.CO_PRODUCTION)
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void seesNobodyWithLivedExperienceBeforeTheFirstOfThemJoins() {
    Project p =
        project()
            .nature(Nature.EXPERIENCE_SHAPED)
            .addParticipant(pro("dana").build(), le("ana").joined(day(20)).build())
            .build();
    assertThat(check(rule, p, day(19)).findings().map(Finding::kind))
        .containsExactly("no-lived-experience");
    assertThat(check(rule, p, day(20)).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void isRegisteredAsAStandardRule() {
    assertThat(StandardRules.all().map(Rule::id)).contains(Suitability.ID);
  }

  @Test
  void namesTheKindOfWorkAndTheStepItClaimsInItsWords() {
    assertThat(
            only(withBothSides()
                    .nature(Nature.TRANSACTIONAL)
                    .claimedLevel(LadderStep.CO_PRODUCTION)
                    .build())
                .message())
        .contains(
            "The project is transactional work, a service people want done for them, yet claims"
                + " co-production");
    assertThat(
            only(withBothSides()
                    .nature(Nature.SPECIALIST)
                    .claimedLevel(LadderStep.CO_DESIGN)
                    .build())
                .message())
        .startsWith(
            "This work may not suit co-design. The project is specialist work yet claims co-design");
  }
}
