package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.decision;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.DecisionRule;
import org.coprod.core.DecisionType;
import org.coprod.core.Project;
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
  void flagsABoardWhereTwoOfTwelveAreOutvotedDespiteTheirNamesOnEveryDecision() {
    Outcome o = check(rule, board(2, 12).build());
    assertThat(o.status()).isEqualTo(OutcomeStatus.FINDINGS);
    assertThat(o.findings().head().kind()).isEqualTo("no-say-in-direction");
    assertThat(o.findings().head().severity()).isEqualTo(Severity.CONCERN);
    assertThat(o.findings().head().evidence("livedExperienceSay").get()).isEqualTo(0);
  }

  @Test
  void passesWhenLivedExperienceHoldsAThirdAndMoreOfTheVotesAtTheBoundary() {
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
  }

  @Test
  void doesNotApplyWithoutCountedKeyDecisions() {
    Project p = project().addParticipant(le("ana").build()).build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void aPolicyCanLowerTheShareNeeded() {
    Project p = board(6, 20).build();
    Policy lower = Policy.builder().set(DecisionShare.ID, "majorityVoice", 0.3).build();
    assertThat(check(rule, p, lower).status()).isEqualTo(OutcomeStatus.PASSED);
  }
}
