package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.agreement;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.decision;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.DecisionRule;
import org.coprod.core.DecisionType;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Policy;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class DecisionShareTest {
  private final DecisionShare rule = new DecisionShare();

  private static Project.Builder board(int livedExperience, int total) {
    Project.Builder b = project();
    String[] deciders = new String[total];
    for (int i = 0; i < total; i++) {
      String id = (i < livedExperience ? "le" : "pro") + i;
      b.addParticipant(i < livedExperience ? le(id).build() : pro(id).build());
      deciders[i] = id;
    }
    return b.addDecision(
            decision("scope", DecisionType.SCOPE, deciders).rule(DecisionRule.MAJORITY).build())
        .addDecision(
            decision("design", DecisionType.DESIGN, deciders).rule(DecisionRule.MAJORITY).build());
  }

  @Test
  void flagsABoardWhereTwoOfTwelveHaveNoSayDespiteTheirNamesOnEveryDecision() {
    Outcome o = check(rule, board(2, 12).build());
    assertThat(o.status()).isEqualTo(OutcomeStatus.FINDINGS);
    Finding f = o.findings().single();
    assertThat(f.kind()).isEqualTo("no-say-in-direction");
    assertThat(f.severity()).isEqualTo(Severity.CONCERN);
    assertThat(f.evidence("livedExperienceSay").get()).isEqualTo(0);
    // They agreed each time: too few seats is structure, not being outvoted.
    assertThat(f.evidence("tooFewSeats").get()).isEqualTo(2);
    assertThat(f.evidence("objected").get()).isEqualTo(0);
    assertThat(f.message())
        .contains("in 2 they did not object but, under majority rule, held under 35% of the seats")
        .doesNotContain("outvoted");
  }

  @Test
  void tellsApartNoDeciderOverriddenObjectingTooFewSeatsAndALeadFromTheOtherSide() {
    Project p =
        project()
            .addParticipant(
                le("ana").build(),
                le("bo").build(),
                pro("dana").build(),
                pro("eve").build(),
                pro("fay").build(),
                pro("gus").build(),
                pro("hal").build())
            .addDecision(
                decision("alone", DecisionType.SCOPE, "dana").build(),
                decision("overruled", DecisionType.DESIGN, "ana", "dana")
                    .rule(DecisionRule.CONSENSUS)
                    .overriddenBy("The board")
                    .build(),
                decision("against", DecisionType.DESIGN, "ana", "bo", "dana")
                    .rule(DecisionRule.CONSENSUS)
                    .addObjectedBy(ParticipantId.of("ana"), ParticipantId.of("bo"))
                    .build(),
                decision("seats", DecisionType.DELIVERY, "ana", "dana", "eve", "fay", "gus", "hal")
                    .rule(DecisionRule.MAJORITY)
                    .build(),
                decision("led", DecisionType.EVALUATION, "ana", "dana")
                    .rule(DecisionRule.LEAD_DECIDES)
                    .ledBy(ParticipantId.of("dana"))
                    .build())
            .build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.evidence("countedKeyDecisions").get()).isEqualTo(5);
    assertThat(f.evidence("livedExperienceAmongDeciders").get()).isEqualTo(4);
    assertThat(f.evidence("noLivedExperienceDecider").get()).isEqualTo(1);
    assertThat(f.evidence("overridden").get()).isEqualTo(1);
    assertThat(f.evidence("objected").get()).isEqualTo(1);
    assertThat(f.evidence("tooFewSeats").get()).isEqualTo(1);
    assertThat(f.evidence("ledByOtherSide").get()).isEqualTo(1);
    assertThat(f.message())
        .contains("Of the 5 without a say, 1 had nobody with lived experience among the deciders")
        .contains("1 was overridden by a line outside the group")
        .contains("in 1 half or more of them objected and the decision went ahead")
        .contains("in 1 the lead decided, and the lead was one of the professionals");
  }

  @Test
  void oneMemberWhoObjectsDoesNotCancelTheSayOfTheOthersWhoAgreed() {
    Project.Builder b =
        project()
            .addParticipant(
                le("ana").build(), le("bo").build(), le("cy").build(), pro("dana").build());
    // Under consensus: 1 of 3 objecting leaves a say; 2 of 3 (more than half) does not.
    Project one =
        b.addDecision(
                decision("d", DecisionType.SCOPE, "ana", "bo", "cy", "dana")
                    .rule(DecisionRule.CONSENSUS)
                    .addObjectedBy(ParticipantId.of("ana"))
                    .build())
            .build();
    assertThat(check(rule, one).status()).isEqualTo(OutcomeStatus.PASSED);
    Project two =
        Project.builder()
            .from(one)
            .decisions(
                one.decisions()
                    .map(
                        d ->
                            d.withObjectedBy(
                                io.vavr.collection.List.of(
                                    ParticipantId.of("ana"), ParticipantId.of("bo")))))
            .build();
    assertThat(check(rule, two).findings().single().evidence("objected").get()).isEqualTo(1);
  }

  @Test
  void halfOfTwoObjectingIsNotMoreThanHalfAgreeing() {
    Project p =
        project()
            .addParticipant(le("ana").build(), le("bo").build(), pro("dana").build())
            .addDecision(
                decision("d", DecisionType.SCOPE, "ana", "bo", "dana")
                    .rule(DecisionRule.CONSENSUS)
                    .addObjectedBy(ParticipantId.of("bo"))
                    .build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.FINDINGS);
  }

  @Test
  void passesWhenLivedExperienceHoldsThirtyFivePercentOfTheVotesAtTheBoundary() {
    // 7 of 20 is exactly 35%, Kanter's tilted boundary: a say.
    assertThat(check(rule, board(7, 20).build()).status()).isEqualTo(OutcomeStatus.PASSED);
    assertThat(check(rule, board(6, 20).build()).status()).isEqualTo(OutcomeStatus.FINDINGS);
  }

  @Test
  void warnsWhenLivedExperienceHadASayInUnderHalfButSomeOfTheDirection() {
    Project p =
        project()
            .addParticipant(le("ana").build(), pro("dana").build())
            .addDecision(
                decision("scope", DecisionType.SCOPE, "ana", "dana")
                    .rule(DecisionRule.CONSENSUS)
                    .build())
            .addDecision(decision("d1", DecisionType.DESIGN, "dana").build())
            .addDecision(decision("d2", DecisionType.DELIVERY, "dana").build())
            .build();
    Outcome o = check(rule, p);
    assertThat(o.findings().map(f -> f.kind())).containsExactly("under-half");
    assertThat(o.findings().head().severity()).isEqualTo(Severity.WARNING);
    assertThat(o.findings().head().message())
        .startsWith("People with lived experience had a say in 1 of 3 key decisions.")
        .contains("Of the 2 without a say, 2 had nobody with lived experience among the deciders");
  }

  @Test
  void passesASayInExactlyHalfTheCountedKeyDecisions() {
    Project p =
        project()
            .addParticipant(le("ana").build(), pro("dana").build())
            .addDecision(
                decision("scope", DecisionType.SCOPE, "ana", "dana")
                    .rule(DecisionRule.CONSENSUS)
                    .build())
            .addDecision(decision("d1", DecisionType.DESIGN, "dana").build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void doesNotCountDecisionsTheAgreementReserves() {
    Project p =
        project()
            .addParticipant(le("ana").build(), pro("dana").build())
            .addAgreement(agreement().addReservedDecision(DecisionType.DESIGN).build())
            .addDecision(
                decision("scope", DecisionType.SCOPE, "ana", "dana")
                    .rule(DecisionRule.CONSENSUS)
                    .build())
            .addDecision(decision("d1", DecisionType.DESIGN, "dana").build())
            .addDecision(decision("d2", DecisionType.DESIGN, "dana").build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void doesNotApplyWithoutCountedKeyDecisions() {
    Project p = project().addParticipant(le("ana").build()).build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void doesNotApplyWithoutPeopleWithLivedExperience() {
    Project p =
        project()
            .addParticipant(pro("dana").build())
            .addDecision(decision("scope", DecisionType.SCOPE, "dana").build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void thePolicysOneMajorityVoiceLowersTheShareNeeded() {
    Project p = board(6, 20).build();
    Policy lower = Policy.builder().majorityVoice(0.3).build();
    assertThat(check(rule, p, lower).status()).isEqualTo(OutcomeStatus.PASSED);
    assertThat(rule.metadata().parameter("majorityVoice")).isEmpty();
  }
}
