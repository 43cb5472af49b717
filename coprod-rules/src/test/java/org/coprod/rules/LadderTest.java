package org.coprod.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.agreement;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.day;
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
import org.coprod.rules.LadderBasis.Limit;
import org.coprod.rules.standard.DropOff;
import org.junit.jupiter.api.Test;

class LadderTest {
  private static Ladder.Assessment assess(Project p) {
    return Ladder.assessment(ProjectIndex.of(p.view()), false);
  }

  /** Ana works in design and delivery; dana decides what is given, with or without her. */
  private static Project.Builder working() {
    return project()
        .addParticipant(pro("dana").build(), le("ana").build())
        .addContribution(
            contribution("ana", 5).kind(ContributionKind.IDEA).build(),
            contribution("ana", 5).phase(Phase.DELIVERY).build());
  }

  private static org.coprod.core.Decision.Builder shared(String id, DecisionType type) {
    return decision(id, type, "dana", "ana").rule(DecisionRule.CONSENSUS);
  }

  @Test
  void climbsFromNoneToCoProductionStepByStep() {
    assertThat(assess(project().addParticipant(pro("dana").build()).build()).step())
        .isEqualTo(LadderStep.NONE);
    assertThat(assess(project().addParticipant(le("ana").build()).build()).step())
        .isEqualTo(LadderStep.INFORMING);
    Project consulted =
        project()
            .addParticipant(le("ana").build())
            .addContribution(contribution("ana", 1).kind(ContributionKind.FEEDBACK).build())
            .build();
    assertThat(assess(consulted).step()).isEqualTo(LadderStep.CONSULTATION);
    assertThat(assess(working().build()).step()).isEqualTo(LadderStep.ENGAGEMENT);
    Project coDesign = working().addDecision(shared("d", DecisionType.DESIGN).build()).build();
    assertThat(assess(coDesign).step()).isEqualTo(LadderStep.CO_DESIGN);
    assertThat(assess(coDesign).basis().stoppedBy())
        .containsExactly(Limit.NO_SAY_IN_SCOPE_OR_BUDGET);
    Project coProduction =
        working().addDecision(shared("scope", DecisionType.SCOPE).build()).build();
    assertThat(assess(coProduction).step()).isEqualTo(LadderStep.CO_PRODUCTION);
    assertThat(assess(coProduction).basis().stoppedBy()).isEmpty();
  }

  @Test
  void noKeyDecisionRecordedIsSaidAsSuchNotReadAsNoSay() {
    Ladder.Assessment none = assess(working().build());
    assertThat(none.step()).isEqualTo(LadderStep.ENGAGEMENT);
    assertThat(none.basis().countedKeyDecisions()).isZero();
    assertThat(none.basis().stoppedBy()).containsExactly(Limit.NO_KEY_DECISION_RECORDED);
    Ladder.Assessment noSay =
        assess(
            working().addDecision(decision("scope", DecisionType.SCOPE, "dana").build()).build());
    assertThat(noSay.step()).isEqualTo(LadderStep.ENGAGEMENT);
    assertThat(noSay.basis().stoppedBy()).containsExactly(Limit.NO_SAY_IN_KEY_DECISIONS);
  }

  @Test
  void aSayInAReservedDecisionIsNotCountedTowardsCoDesign() {
    Project p =
        working()
            .addAgreement(agreement().addReservedDecision(DecisionType.DESIGN).build())
            .addDecision(shared("d", DecisionType.DESIGN).build())
            .build();
    assertThat(assess(p).step()).isEqualTo(LadderStep.ENGAGEMENT);
  }

  @Test
  void saysTheBasisIsThinUnderThreeCountedKeyDecisions() {
    Project two =
        working()
            .addDecision(
                shared("scope", DecisionType.SCOPE).build(),
                shared("d", DecisionType.DESIGN).build())
            .build();
    assertThat(assess(two).basis().thin()).isTrue();
    Project three =
        working()
            .addDecision(
                shared("scope", DecisionType.SCOPE).build(),
                shared("d", DecisionType.DESIGN).build(),
                shared("e", DecisionType.DELIVERY).build())
            .build();
    assertThat(assess(three).basis().countedKeyDecisions()).isEqualTo(3);
    assertThat(assess(three).basis().thin()).isFalse();
  }

  @Test
  void namesEveryConditionOfCoProductionThatDidNotHold() {
    Project p =
        project()
            .addParticipant(pro("dana").build(), le("ana").build())
            .addContribution(contribution("ana", 5).kind(ContributionKind.IDEA).build())
            .addDecision(
                shared("d", DecisionType.DESIGN).build(),
                decision("e", DecisionType.DELIVERY, "dana").build(),
                decision("f", DecisionType.DELIVERY, "dana").build())
            .build();
    assertThat(Ladder.assessment(ProjectIndex.of(p.view()), true).basis().stoppedBy())
        .containsExactly(
            Limit.NOT_IN_DESIGN_AND_DELIVERY,
            Limit.NO_SAY_IN_SCOPE_OR_BUDGET,
            Limit.SAY_IN_UNDER_HALF,
            Limit.DROP_OFF);
  }

  @Test
  void dropOffsWarningCapsCoProductionButNotCoDesign() {
    Project coProduction =
        working().addDecision(shared("scope", DecisionType.SCOPE).build()).build();
    ProjectIndex index = ProjectIndex.of(coProduction.view());
    assertThat(Ladder.assessment(index, true).step()).isEqualTo(LadderStep.CO_DESIGN);
    assertThat(Ladder.assessment(index, true).basis().stoppedBy()).containsExactly(Limit.DROP_OFF);
    Project coDesign = working().addDecision(shared("d", DecisionType.DESIGN).build()).build();
    assertThat(Ladder.assessment(ProjectIndex.of(coDesign.view()), true).step())
        .isEqualTo(LadderStep.CO_DESIGN);
  }

  @Test
  void aReportsLadderIsCappedWhenItsDropOffWarnsAcknowledgedOrNot() {
    // Four began in design with the manager; only ana is there in delivery.
    Project.Builder b =
        working()
            .addDecision(shared("scope", DecisionType.SCOPE).build())
            .addParticipant(le("bo").build(), le("cy").build(), le("di").build());
    for (String id : new String[] {"bo", "cy", "di"}) {
      b.addContribution(contribution(id, 2).date(day(5)).build());
    }
    Project p = b.build();
    Rulebook withDropOff = Rulebook.of("test", java.util.List.of(new DropOff()));
    assertThat(withDropOff.check(p).ladder()).isEqualTo(LadderStep.CO_DESIGN);
    assertThat(withDropOff.check(p).measures().ladderBasis().stoppedBy())
        .containsExactly(Limit.DROP_OFF);
    // Turned off, it raises nothing, and nothing caps the ladder.
    assertThat(
            withDropOff.withPolicy(Policy.builder().disable(DropOff.ID).build()).check(p).ladder())
        .isEqualTo(LadderStep.CO_PRODUCTION);
    // Measured without a rulebook, drop-off is judged by its default threshold.
    assertThat(Measures.of(ProjectIndex.of(p.view())).ladder()).isEqualTo(LadderStep.CO_DESIGN);
  }

  @Test
  void readsASayUnderThePolicysMajorityVoice() {
    Project p =
        working()
            .addParticipant(pro("p1").build(), pro("p2").build())
            .addDecision(
                decision("scope", DecisionType.SCOPE, "ana", "dana", "p1")
                    .rule(DecisionRule.MAJORITY)
                    .build())
            .build();
    // One of three is 33%: under the default 35%, over a policy's 30%.
    assertThat(Rulebook.of("test", java.util.List.<Rule>of()).check(p).ladder())
        .isEqualTo(LadderStep.ENGAGEMENT);
    assertThat(
            Rulebook.of("test", java.util.List.<Rule>of())
                .withPolicy(Policy.builder().majorityVoice(0.3).build())
                .check(p)
                .ladder())
        .isEqualTo(LadderStep.CO_PRODUCTION);
  }
}
