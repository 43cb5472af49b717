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
import org.coprod.core.Nature;
import org.coprod.core.Project;
import org.coprod.core.ProjectId;
import org.coprod.rules.Finding;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class ConsultationOnlyTest {
  private final ConsultationOnly rule = new ConsultationOnly();

  /** People with lived experience give feedback and a story; the manager decides alone. */
  private static Project.Builder consultation() {
    return project()
        .addParticipant(pro("dana").build(), le("ana").build(), le("ben").build())
        .addContribution(
            contribution("dana", 20).kind(ContributionKind.WRITING).build(),
            contribution("ana", 2).kind(ContributionKind.FEEDBACK).build(),
            contribution("ben", 1).kind(ContributionKind.STORY).build())
        .addDecision(decision("scope", DecisionType.SCOPE, "dana").build());
  }

  @Test
  void flagsConsultationCalledCoproduction() {
    Finding f =
        check(rule, consultation().claimedLevel(LadderStep.CO_PRODUCTION).build())
            .findings()
            .single();
    assertThat(f.severity()).isEqualTo(Severity.CONCERN);
    assertThat(f.subjects()).containsExactly(ProjectId.of("test"));
    assertThat(f.evidence("livedExperienceKinds").get()).isEqualTo("FEEDBACK,STORY");
    assertThat(f.kind()).isEqualTo("consulted-only");
    assertThat(f.evidence("countedKeyDecisions").get()).isEqualTo(1);
    assertThat(f.message()).contains("claims co-production");
  }

  @Test
  void anHonestConsultationThatClaimsNothingIsOnlyANote() {
    Finding f = check(rule, consultation().build()).findings().single();
    assertThat(f.kind()).isEqualTo("unclaimed");
    assertThat(f.severity()).isEqualTo(Severity.NOTE);
    assertThat(f.evidence("claimedLevel").get()).isEqualTo("none");
    assertThat(f.message()).endsWith("The project claims no step: is it a consultation?");
  }

  @Test
  void doesNotApplyToTransactionalWorkOrWithoutCountedKeyDecisions() {
    assertThat(
            check(
                    rule,
                    consultation()
                        .nature(Nature.TRANSACTIONAL)
                        .claimedLevel(LadderStep.CO_PRODUCTION)
                        .build())
                .status())
        .isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    Project noDecisions =
        Project.builder()
            .from(consultation().claimedLevel(LadderStep.CO_PRODUCTION).build())
            .decisions(io.vavr.collection.List.empty())
            .build();
    assertThat(check(rule, noDecisions).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    Project reserved =
        consultation()
            .claimedLevel(LadderStep.CO_PRODUCTION)
            .addAgreement(
                org.coprod.rules.Fixtures.agreement()
                    .addReservedDecision(DecisionType.SCOPE)
                    .build())
            .build();
    assertThat(check(rule, reserved).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void passesAProjectThatHonestlyClaimsConsultationAndFlagsTheStepAbove() {
    assertThat(check(rule, consultation().claimedLevel(LadderStep.CONSULTATION).build()).status())
        .isEqualTo(OutcomeStatus.PASSED);
    assertThat(check(rule, consultation().claimedLevel(LadderStep.INFORMING).build()).status())
        .isEqualTo(OutcomeStatus.PASSED);
    assertThat(check(rule, consultation().claimedLevel(LadderStep.ENGAGEMENT).build()).status())
        .isEqualTo(OutcomeStatus.FINDINGS);
  }

  @Test
  void passesWhenPeopleWithLivedExperienceHadASayInAKeyDecision() {
    Project p =
        consultation()
            .addDecision(
                decision("design", DecisionType.DESIGN, "dana", "ana")
                    .rule(DecisionRule.CONSENSUS)
                    .build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void aNameOnAnOutvotedBoardIsNoSay() {
    Project p =
        consultation()
            .addParticipant(pro("p1").build(), pro("p2").build())
            .addDecision(
                decision("design", DecisionType.DESIGN, "dana", "p1", "p2", "ana")
                    .rule(DecisionRule.MAJORITY)
                    .build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.FINDINGS);
  }

  @Test
  void passesWhenPeopleWithLivedExperienceContributedBeyondFeedbackAndStory() {
    Project p =
        consultation()
            .addContribution(contribution("ben", 1).kind(ContributionKind.IDEA).build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void doesNotApplyWithoutPeopleWithLivedExperienceOrTheirContributions() {
    Project none = project().addParticipant(pro("dana").build()).build();
    assertThat(check(rule, none).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    Project silent =
        project()
            .addParticipant(pro("dana").build(), le("ana").build())
            .addContribution(contribution("dana", 20).build())
            .build();
    assertThat(check(rule, silent).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }
}
