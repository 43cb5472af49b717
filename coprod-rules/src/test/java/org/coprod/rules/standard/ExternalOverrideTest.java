package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.agreement;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.decision;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.DecisionId;
import org.coprod.core.DecisionType;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class ExternalOverrideTest {
  private final ExternalOverride rule = new ExternalOverride();

  private static Project.Builder group() {
    return project().addParticipant(pro("dana").build(), le("ana").build());
  }

  @Test
  void flagsABoardOverridingADecisionTheGroupCouldShare() {
    Project p =
        group()
            .addDecision(
                decision("venue", DecisionType.DELIVERY, "dana", "ana")
                    .overriddenBy("Trust board")
                    .build())
            .build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subjects()).containsExactly(DecisionId.of("venue"));
    assertThat(f.evidence("agreementSaysWhatHappens").get()).isEqualTo(false);
    assertThat(f.message()).contains("'venue'").doesNotContain("Trust board");
  }

  @Test
  void flagsNonKeyDecisionsToo() {
    Project p =
        group()
            .addDecision(
                decision("leaflet", DecisionType.DESIGN, "dana", "ana")
                    .key(false)
                    .overriddenBy("Funder")
                    .build())
            .build();
    assertThat(check(rule, p).findings().single().evidence("key").get()).isEqualTo(false);
  }

  @Test
  void passesAnOverrideOfADecisionTypeTheAgreementReserves() {
    Project p =
        group()
            .addAgreement(
                agreement()
                    .addReservedDecision(DecisionType.BUDGET)
                    .outsideLines("The board may overrule the budget")
                    .build())
            .addDecision(
                decision("budget", DecisionType.BUDGET, "dana", "ana")
                    .overriddenBy("Trust board")
                    .build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void readsTheReservationInForceOnTheDecisionsDate() {
    // The budget is reserved only from day 20; the override on day 5 came before.
    Project p =
        group()
            .addAgreement(
                agreement().build(),
                agreement()
                    .version(2)
                    .date(day(20))
                    .addReservedDecision(DecisionType.BUDGET)
                    .build())
            .addDecision(
                decision("budget", DecisionType.BUDGET, "dana", "ana")
                    .overriddenBy("Trust board")
                    .build())
            .build();
    assertThat(check(rule, p).findings().single().evidence("agreementInForce").get())
        .isEqualTo("1");
  }

  @Test
  void passesDecisionsNobodyOverrode() {
    Project p =
        group().addDecision(decision("scope", DecisionType.SCOPE, "dana", "ana").build()).build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void doesNotApplyWithoutDecisions() {
    assertThat(check(rule, group().build()).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void saysWhetherTheAgreementInForceSaysWhatHappensWhenTheGroupIsOverridden() {
    org.coprod.core.Decision overridden =
        decision("venue", DecisionType.DELIVERY, "dana").overriddenBy("Trust board").build();
    Finding silent =
        check(rule, group().addAgreement(agreement().build()).addDecision(overridden).build())
            .findings()
            .single();
    assertThat(silent.evidence("agreementSaysWhatHappens")).contains(false);
    Finding said =
        check(
                rule,
                group()
                    .addAgreement(
                        agreement().outsideLines("The board may overrule the budget").build())
                    .addDecision(overridden)
                    .build())
            .findings()
            .single();
    assertThat(said.evidence("agreementSaysWhatHappens")).contains(true);
  }
}
