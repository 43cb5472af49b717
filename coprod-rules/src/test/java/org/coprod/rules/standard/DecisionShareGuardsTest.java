package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.junit.jupiter.api.Test;

/**
 * The conditions of {@code decision-share} that its scenarios leave unseen, each held by a test
 * that fails without it: which decisions set the direction, the share of decisions with a say, and
 * the reasons counted for a decision without one.
 */
class DecisionShareGuardsTest {
  private final DecisionShare rule = new DecisionShare();

  @Test
  void aSayInHalfTheDecisionsDoesNotStandForASayInTheScopeAndTheBudget() {
    Project p =
        project()
            .addParticipant(le("ana").build(), pro("dana").build())
            .addDecision(
                decision("scope", DecisionType.SCOPE, "dana").build(),
                decision("budget", DecisionType.BUDGET, "dana").build(),
                decision("design", DecisionType.DESIGN, "ana", "dana")
                    .rule(DecisionRule.CONSENSUS)
                    .build(),
                decision("delivery", DecisionType.DELIVERY, "ana", "dana")
                    .rule(DecisionRule.CONSENSUS)
                    .build())
            .build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.kind()).isEqualTo("no-say-in-direction");
    assertThat(f.evidence("scopeOrBudgetDecisions")).contains(2);
    assertThat(f.evidence("scopeOrBudgetSay")).contains(0);
    assertThat(f.evidence("livedExperienceSay")).contains(2);
    assertThat(f.evidence("sayShare")).contains(0.5);
  }

  @Test
  void halfOfTwoObjectingIsCountedAsObjectingNotAsALeadFromTheOtherSide() {
    Project p =
        project()
            .addParticipant(le("ana").build(), le("bo").build(), pro("dana").build())
            .addDecision(
                decision("d", DecisionType.DESIGN, "ana", "bo", "dana")
                    .rule(DecisionRule.CONSENSUS)
                    .addObjectedBy(ParticipantId.of("bo"))
                    .build())
            .build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.evidence("objected")).contains(1);
    assertThat(f.evidence("ledByOtherSide")).contains(0);
    assertThat(f.evidence("sayShare")).contains(0.0);
    // one reason only: the reasons name none that did not occur
    assertThat(f.message()).doesNotContain(";");
  }

  @Test
  void aDecisionWithNobodyFromLivedExperienceIsTheOnlyReasonGivenForIt() {
    Project p =
        project()
            .addParticipant(le("ana").build(), pro("dana").build())
            .addDecision(decision("d", DecisionType.DESIGN, "dana").build())
            .build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.kind()).isEqualTo("under-half");
    assertThat(f.evidence("noLivedExperienceDecider")).contains(1);
    assertThat(f.evidence("scopeOrBudgetDecisions")).contains(0);
    assertThat(f.message()).doesNotContain(";");
  }

  @Test
  void onlyObjectionsFromLivedExperienceCountAsTheirObjecting() {
    // three of ten under majority rule, too few seats; one of the three and two professionals
    // object. Half of the three did not object, so the reason is the seats, not the objection.
    Project.Builder b =
        project().addParticipant(le("ana").build(), le("bo").build(), le("cy").build());
    String[] deciders = new String[10];
    deciders[0] = "ana";
    deciders[1] = "bo";
    deciders[2] = "cy";
    for (int i = 3; i < 10; i++) {
      deciders[i] = "pro" + i;
      b.addParticipant(pro("pro" + i).build());
    }
    Project p =
        b.addDecision(
                decision("d", DecisionType.DESIGN, deciders)
                    .rule(DecisionRule.MAJORITY)
                    .addObjectedBy(
                        ParticipantId.of("bo"), ParticipantId.of("pro3"), ParticipantId.of("pro4"))
                    .build())
            .build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.evidence("tooFewSeats")).contains(1);
    assertThat(f.evidence("objected")).contains(0);
  }
}
