package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.agreement;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.decision;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import java.math.BigDecimal;
import org.coprod.core.Decision;
import org.coprod.core.DecisionRule;
import org.coprod.core.DecisionType;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.core.ProjectId;
import org.coprod.core.Resource;
import org.coprod.core.ResourceId;
import org.coprod.core.ResourceKind;
import org.coprod.rules.Finding;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Policy;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class ResourceControlTest {
  private final ResourceControl rule = new ResourceControl();

  private static Resource money(String id, String amount, String... controllers) {
    Resource.Builder b =
        Resource.builder()
            .id(ResourceId.of(id))
            .kind(ResourceKind.MONEY)
            .amount(new BigDecimal(amount))
            .unit("GBP");
    for (String c : controllers) {
      b.addControlledBy(ParticipantId.of(c));
    }
    return b.build();
  }

  private static Project.Builder people() {
    return project().addParticipant(pro("dana").build(), le("ana").build());
  }

  @Test
  void flagsABudgetHeldByTheTrustManagerAlone() {
    Outcome o = check(rule, people().addResource(money("budget", "20000", "dana")).build());
    Finding f = o.findings().single();
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subjects()).containsExactly(ProjectId.of("test"));
    assertThat(f.evidence("livedExperienceMoneyShare").get()).isEqualTo(0.0);
    assertThat(f.evidence("professionalMoneyShare").get()).isEqualTo(1.0);
    assertThat(f.message()).contains("hold 0% of the money for the work");
  }

  private static Decision.Builder budget(String id, String... deciders) {
    return decision(id, DecisionType.BUDGET, deciders).rule(DecisionRule.CONSENSUS);
  }

  @Test
  void passesWhereLivedExperienceHadASayInEveryCountedKeyBudgetDecision() {
    Project.Builder held = people().addResource(money("budget", "20000", "dana"));
    Project every =
        held.addDecision(
                budget("spend", "dana", "ana").build(), budget("cut", "dana", "ana").build())
            .build();
    assertThat(check(rule, every).status()).isEqualTo(OutcomeStatus.PASSED);
    // One budget decision without a say is enough to flag it again.
    Project oneMissed =
        people()
            .addResource(money("budget", "20000", "dana"))
            .addDecision(budget("spend", "dana", "ana").build(), budget("cut", "dana").build())
            .build();
    Finding f = check(rule, oneMissed).findings().single();
    assertThat(f.kind()).isEqualTo("under-share");
    assertThat(f.evidence("countedBudgetDecisions").get()).isEqualTo(2);
    assertThat(f.evidence("livedExperienceBudgetSay").get()).isEqualTo(1);
    assertThat(f.message())
        .endsWith(
            "People with lived experience had a say in 1 of the 2 counted key budget decisions.");
  }

  @Test
  void aSayInABudgetDecisionThatIsNotKeyDoesNotCount() {
    Project p =
        people()
            .addResource(money("budget", "20000", "dana"))
            .addDecision(budget("petty", "dana", "ana").key(false).build())
            .build();
    assertThat(check(rule, p).findings().single().message())
        .endsWith("No key budget decision is recorded in which they could have had a say.");
  }

  @Test
  void isANoteWhereTheAgreementReservesBudgetDecisions() {
    Project p =
        people()
            .addResource(money("budget", "20000", "dana"))
            .addAgreement(agreement().addReservedDecision(DecisionType.BUDGET).build())
            .build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.kind()).isEqualTo("reserved");
    assertThat(f.severity()).isEqualTo(Severity.NOTE);
    assertThat(f.evidence("budgetReserved").get()).isEqualTo(true);
    assertThat(f.message()).contains("The agreement reserves budget decisions");
  }

  @Test
  void passesAtExactlyAFifthAndFlagsJustUnder() {
    // A fund shared by both splits evenly: ana controls 100 of 500, exactly 20%.
    Project atBoundary =
        people()
            .addResource(money("shared", "200", "dana", "ana"), money("budget", "300", "dana"))
            .build();
    assertThat(check(rule, atBoundary).status()).isEqualTo(OutcomeStatus.PASSED);
    Project under =
        people()
            .addResource(money("shared", "200", "dana", "ana"), money("budget", "300.01", "dana"))
            .build();
    assertThat(check(rule, under).status()).isEqualTo(OutcomeStatus.FINDINGS);
  }

  @Test
  void passesAUserLedProjectWhereLivedExperienceHoldsTheMoney() {
    Project p = people().addResource(money("budget", "20000", "ana")).build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void countsMoneyNobodyControlsInTheWhole() {
    Project p =
        people().addResource(money("peer-fund", "10", "ana"), money("unallocated", "90")).build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.evidence("livedExperienceMoneyShare").get()).isEqualTo(0.1);
    assertThat(f.message()).contains("nobody in the group holds 90%");
  }

  @Test
  void ignoresResourcesOtherThanMoney() {
    Project p =
        people()
            .addResource(
                money("peer-fund", "10", "ana"),
                Resource.builder()
                    .id(ResourceId.of("venue"))
                    .kind(ResourceKind.VENUE)
                    .amount(BigDecimal.valueOf(1000))
                    .unit("hours")
                    .addControlledBy(ParticipantId.of("dana"))
                    .build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void doesNotApplyWithoutMoney() {
    assertThat(check(rule, people().build()).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    assertThat(check(rule, people().addResource(money("empty", "0", "dana")).build()).status())
        .isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void aPolicyCanAskForAnEvenShare() {
    Project p =
        people()
            .addResource(money("shared", "200", "dana", "ana"), money("budget", "300", "dana"))
            .build();
    Policy even = Policy.builder().set(ResourceControl.ID, "minShare", 0.5).build();
    assertThat(check(rule, p, even).status()).isEqualTo(OutcomeStatus.FINDINGS);
  }
}
