package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.agreement;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import java.math.BigDecimal;
import org.coprod.core.Agreement;
import org.coprod.core.Contribution;
import org.coprod.core.PaymentTerms;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Policy;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class PaymentLateTest {
  private final PaymentLate rule = new PaymentLate();

  /** A contribution on day 10, paid {@code after} days later. */
  private static Contribution paidAfter(String who, int after) {
    return contribution(who, 2).paid(new BigDecimal("40")).paidOn(day(10 + after)).build();
  }

  private static Agreement within(int version, int day, int days) {
    return agreement()
        .version(version)
        .date(day(day))
        .payment(
            PaymentTerms.builder()
                .ratePerHour(new BigDecimal("20"))
                .paymentWithinDays(days)
                .build())
        .build();
  }

  private static Project.Builder group() {
    return project().addParticipant(le("ana").build(), pro("dana").build());
  }

  @Test
  void flagsAPaymentMadeMoreThanTwentyEightDaysAfterTheContribution() {
    Finding f =
        check(rule, group().addContribution(paidAfter("ana", 40)).build()).findings().single();
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subjects().map(s -> s.value())).containsExactly("ana");
    assertThat(f.evidence("latePayments").get()).isEqualTo(1);
    assertThat(f.evidence("longestDays").get()).isEqualTo(40L);
    assertThat(f.evidence("withinDays").get()).isEqualTo(28);
  }

  @Test
  void passesAPaymentOnTheTwentyEighthDayAndFlagsOneOnTheTwentyNinth() {
    assertThat(check(rule, group().addContribution(paidAfter("ana", 28)).build()).status())
        .isEqualTo(OutcomeStatus.PASSED);
    assertThat(check(rule, group().addContribution(paidAfter("ana", 29)).build()).status())
        .isEqualTo(OutcomeStatus.FINDINGS);
  }

  @Test
  void usesTheDaysOfTheAgreementInForce() {
    assertThat(
            check(
                    rule,
                    group()
                        .addAgreement(within(1, 0, 14))
                        .addContribution(paidAfter("ana", 14))
                        .build())
                .status())
        .isEqualTo(OutcomeStatus.PASSED);
    Outcome late =
        check(
            rule,
            group().addAgreement(within(1, 0, 14)).addContribution(paidAfter("ana", 15)).build());
    assertThat(late.findings().single().evidence("withinDays").get()).isEqualTo(14);
  }

  @Test
  void takesTheLimitInForceOnTheContributionsDateNotThePaymentsDate() {
    Project p =
        group()
            .addAgreement(within(1, 0, 60), within(2, 20, 14))
            .addContribution(paidAfter("ana", 40))
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void takesAPaymentWithoutADateAsMadeOnTime() {
    Project p =
        group()
            .addContribution(
                paidAfter("ana", 5), contribution("ana", 2).paid(new BigDecimal("40")).build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void countsAPaymentOnlyOnceItIsMadeByTheViewsDate() {
    Project p = group().addContribution(paidAfter("ana", 40)).build();
    assertThat(check(rule, p, day(49)).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    assertThat(check(rule, p, day(50)).status()).isEqualTo(OutcomeStatus.FINDINGS);
  }

  @Test
  void raisesOneFindingPerPersonWithTheLongestWait() {
    Project p =
        group()
            .addContribution(
                paidAfter("ana", 30),
                paidAfter("ana", 45),
                paidAfter("ana", 3),
                paidAfter("dana", 31))
            .build();
    Outcome o = check(rule, p);
    assertThat(o.findings()).hasSize(2);
    Finding ana = o.findings().find(f -> f.subjects().head().value().equals("ana")).get();
    assertThat(ana.evidence("latePayments").get()).isEqualTo(2);
    assertThat(ana.evidence("longestDays").get()).isEqualTo(45L);
  }

  @Test
  void aPolicyCanChangeTheLimitWhereNoAgreementSetsOne() {
    Policy longer = Policy.builder().set(PaymentLate.ID, "defaultWithinDays", 35).build();
    Project p = group().addContribution(paidAfter("ana", 35)).build();
    assertThat(check(rule, p, longer).status()).isEqualTo(OutcomeStatus.PASSED);
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.FINDINGS);
  }

  @Test
  void doesNotApplyWhileNoPaymentHasADate() {
    Project p = group().addContribution(contribution("ana", 2).build()).build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }
}
