package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.agreement;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.decision;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.DecisionType;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Policy;
import org.coprod.rules.Rule;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class AgreementMissingTest {
  private final AgreementMissing rule = new AgreementMissing();

  /** Work begins on day 10 with a contribution; the first agreement comes on {@code agreedOn}. */
  private static Project workThenAgreement(int agreedOn) {
    return project()
        .addParticipant(le("ana").build(), pro("dana").build())
        .addContribution(contribution("ana", 2).date(day(10)).build())
        .addAgreement(agreement().date(day(agreedOn)).build())
        .build();
  }

  @Test
  void raisesAConcernWhenThereIsNoAgreementAtAllOnceTheGraceHasRunOut() {
    Project p =
        project()
            .addParticipant(le("ana").build())
            .addContribution(contribution("ana", 2).date(day(10)).build())
            .addContribution(contribution("ana", 2).date(day(41)).build())
            .build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.kind()).isEqualTo("none");
    assertThat(f.severity()).isEqualTo(Severity.CONCERN);
    assertThat(f.evidence("workBegan")).contains(day(10).toString());
    assertThat(f.evidence("daysWithoutAgreement")).contains(31L);
  }

  @Test
  void passesWithoutAnAgreementWhileTheWorkIsStillWithinTheGrace() {
    Project p =
        project()
            .addParticipant(le("ana").build())
            .addContribution(contribution("ana", 2).date(day(10)).build())
            .addContribution(contribution("ana", 2).date(day(40)).build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void passesWithoutAnAgreementBeforeAnyWorkBegins() {
    assertThat(check(rule, project().addParticipant(le("ana").build()).build()).status())
        .isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void passesWhenTheAgreementCameBeforeTheWork() {
    assertThat(check(rule, workThenAgreement(5)).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void allowsThirtyDaysOfWorkBeforeTheFirstAgreementButNotThirtyOne() {
    assertThat(check(rule, workThenAgreement(40)).status()).isEqualTo(OutcomeStatus.PASSED);
    Outcome late = check(rule, workThenAgreement(41));
    Finding f = late.findings().single();
    assertThat(f.kind()).isEqualTo("late");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.evidence("daysBeforeAgreement")).contains(31L);
    assertThat(f.evidence("workBegan")).contains(day(10).toString());
  }

  @Test
  void countsADecisionAsTheStartOfTheWork() {
    // The scope is set on day 5, before anyone contributes: work done under no contract.
    Project p =
        project()
            .addParticipant(pro("dana").build())
            .addDecision(decision("scope", DecisionType.SCOPE, "dana").date(day(5)).build())
            .addAgreement(agreement().date(day(36)).build())
            .build();
    assertThat(check(rule, p).findings().map(Finding::kind)).containsExactly("late");
  }

  @Test
  void doesNotCountTheProjectStartAsWork() {
    Project p =
        project()
            .addParticipant(pro("dana").build())
            .addAgreement(agreement().date(day(200)).build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void seesNoAgreementAtAllInAViewBeforeTheFirstVersion() {
    Project p = workThenAgreement(41);
    assertThat(check(rule, p, day(40)).status()).isEqualTo(OutcomeStatus.PASSED);
    assertThat(check(rule, p, day(41)).findings().map(Finding::kind)).containsExactly("late");
    Project never =
        project()
            .addParticipant(le("ana").build())
            .addContribution(contribution("ana", 2).date(day(10)).build())
            .addDecision(decision("later", DecisionType.DESIGN, "ana").date(day(60)).build())
            .build();
    assertThat(check(rule, never, day(40)).status()).isEqualTo(OutcomeStatus.PASSED);
    assertThat(check(rule, never, day(41)).findings().map(Finding::kind)).containsExactly("none");
    assertThat(check(rule, p, day(41)).findings().map(Finding::kind)).containsExactly("late");
  }

  @Test
  void aPolicyCanWidenTheGrace() {
    Policy wider = Policy.builder().set(AgreementMissing.ID, "graceDays", 60).build();
    assertThat(check(rule, workThenAgreement(41), wider).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void isRegisteredAsAStandardRule() {
    assertThat(StandardRules.all().map(Rule::id)).contains(AgreementMissing.ID);
  }

  @Test
  void aDecisionBeforeTheFirstContributionIsWhereTheWorkBegan() {
    Project p =
        project()
            .addParticipant(le("ana").build(), pro("dana").build())
            .addDecision(
                decision("scope", DecisionType.SCOPE, "dana").date(day(2)).build(),
                decision("budget", DecisionType.BUDGET, "dana").date(day(20)).build())
            .addContribution(contribution("ana", 2).date(day(10)).build())
            .addAgreement(agreement().date(day(35)).build())
            .build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.evidence("daysBeforeAgreement")).contains(33L);
  }
}
