package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.agreement;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.output;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class AfterPlanMissingTest {
  private final AfterPlanMissing rule = new AfterPlanMissing();

  /** ana contributed; the project closes on day 60. */
  private static Project.Builder closing() {
    return project()
        .addParticipant(le("ana").build())
        .addContribution(contribution("ana", 3).build())
        .closed(day(60));
  }

  @Test
  void flagsAClosedProjectWithNoAgreementAtAll() {
    Outcome o = check(rule, closing().build());
    Finding f = o.findings().single();
    assertThat(f.kind()).isEqualTo("no-plan");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subjects().map(s -> s.value())).containsExactly("test");
    assertThat(f.evidence("closed").get()).isEqualTo(true);
    assertThat(f.evidence("agreementInForce").get()).isEqualTo(false);
    assertThat(f.evidence("agreementVersion")).isEmpty();
    assertThat(f.message())
        .isEqualTo(
            "There is no plan yet for what happens after the end. The project has closed,"
                + " and there is no agreement to say what happens after the close.");
  }

  @Test
  void flagsARunningProjectWithAnOutputWhoseAgreementSaysNothingOfAfterwards() {
    Project p =
        project()
            .addParticipant(le("ana").build())
            .addAgreement(agreement().build())
            .addOutput(output("leaflet").build())
            .build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.evidence("agreementVersion").get()).isEqualTo(1);
    assertThat(f.evidence("outputs").get()).isEqualTo(1);
    assertThat(f.message())
        .isEqualTo(
            "There is no plan yet for what happens after the end. The project has made an"
                + " output, and version 1 of the agreement, in force now, does not say what"
                + " happens after the close.");
  }

  @Test
  void passesWhenTheAgreementInForceSaysWhatHappensNext() {
    Project p =
        closing()
            .addAgreement(
                agreement().afterClose("Peer trainers run the sessions, funded until 2022").build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void takesABlankPlanForNoPlan() {
    Project p = closing().addAgreement(agreement().afterClose("  ").build()).build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.FINDINGS);
  }

  @Test
  void readsOnlyTheAgreementInForce() {
    Project p =
        closing()
            .addAgreement(
                agreement().afterClose("Peer trainers run the sessions").build(),
                agreement().version(2).date(day(30)).build())
            .build();
    assertThat(check(rule, p).findings().single().evidence("agreementVersion").get()).isEqualTo(2);
  }

  @Test
  void appliesFromTheDayOfTheCloseButNotTheDayBeforeWhileThereIsNoOutput() {
    Project p = closing().build();
    assertThat(check(rule, p, day(60)).status()).isEqualTo(OutcomeStatus.FINDINGS);
    Outcome before = check(rule, p, day(59));
    assertThat(before.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    assertThat(before.reason().get()).contains("no output");
  }
}
