package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.output;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.core.Reward;
import org.coprod.core.RewardKind;
import org.coprod.rules.Finding;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class RewardsOneSidedTest {
  private final RewardsOneSided rule = new RewardsOneSided();

  /**
   * ana and bo with lived experience and dana, a professional, all contributed; the rewards are on
   * a report of day 100.
   */
  private static Project withRewards(Reward... rewards) {
    return project()
        .addParticipant(le("ana").build(), le("bo").build(), pro("dana").build())
        .addContribution(
            contribution("ana", 3).build(),
            contribution("bo", 3).build(),
            contribution("dana", 3).build())
        .addOutput(output("report", "ana", "dana").addReward(rewards).build())
        .build();
  }

  private static Reward reward(String who, RewardKind kind) {
    return Reward.of(ParticipantId.of(who), kind);
  }

  @Test
  void flagsPrizesAndTalksThatGoOnlyToProfessionals() {
    Outcome o =
        check(
            rule,
            withRewards(reward("dana", RewardKind.PRIZE), reward("dana", RewardKind.SPEAKING)));
    Finding f = o.findings().single();
    assertThat(f.kind()).isEqualTo("one-sided");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subjects().map(s -> s.value())).containsExactly("test");
    assertThat(f.evidence("rewardedSide").get()).isEqualTo("PROFESSIONAL");
    assertThat(f.evidence("rewardsOfStanding").get()).isEqualTo(2);
    assertThat(f.evidence("recipients").get()).isEqualTo(1);
    assertThat(f.evidence("otherSideContributors").get()).isEqualTo(2);
    assertThat(f.message())
        .isEqualTo(
            "All the rewards from the work went to one side. Every reward of standing from"
                + " the outputs (2 rewards to 1 person) went to professionals, though 2 people"
                + " with lived experience contributed.");
  }

  @Test
  void doesNotCountPaymentsAndFeesAsRewardsOfStanding() {
    Outcome o =
        check(
            rule,
            withRewards(
                reward("dana", RewardKind.PROMOTION),
                reward("ana", RewardKind.PAYMENT),
                reward("bo", RewardKind.FEE)));
    assertThat(o.findings().single().evidence("rewardsOfStanding").get()).isEqualTo(1);
  }

  @Test
  void flagsRewardsThatGoOnlyToPeopleWithLivedExperienceWhileProfessionalsContributed() {
    Finding f =
        check(
                rule,
                withRewards(reward("ana", RewardKind.TRAINING), reward("bo", RewardKind.REFERENCE)))
            .findings()
            .single();
    assertThat(f.evidence("rewardedSide").get()).isEqualTo("LIVED_EXPERIENCE");
    assertThat(f.message())
        .endsWith("went to people with lived experience, though 1 professional contributed.");
  }

  @Test
  void passesWhenBothSidesGetARewardOfStanding() {
    assertThat(
            check(
                    rule,
                    withRewards(
                        reward("dana", RewardKind.PRIZE), reward("ana", RewardKind.TRAINING)))
                .status())
        .isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void passesWhenTheOtherSideDidNotContribute() {
    Project p =
        project()
            .addParticipant(le("ana").build(), pro("dana").build())
            .addContribution(contribution("dana", 3).build())
            .addOutput(output("report", "dana").addReward(reward("dana", RewardKind.PRIZE)).build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void doesNotApplyBeforeAnyRewardOfStanding() {
    Outcome o = check(rule, withRewards(reward("ana", RewardKind.PAYMENT)));
    assertThat(o.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    assertThat(o.reason().get()).contains("no reward of standing");
  }

  @Test
  void seesRewardsThatComeAfterTheClose() {
    Project p =
        project()
            .addParticipant(le("ana").build(), pro("dana").build())
            .addContribution(contribution("ana", 3).build(), contribution("dana", 3).build())
            .closed(day(60))
            .addOutput(output("report", "dana").addReward(reward("dana", RewardKind.PRIZE)).build())
            .build();
    // At the close the report (day 100) and its prize are still to come; the last dated event sees
    // them.
    assertThat(check(rule, p, day(60)).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.FINDINGS);
  }
}
