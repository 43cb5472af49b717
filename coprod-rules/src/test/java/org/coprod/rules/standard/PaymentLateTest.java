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

  private static Contribution undated(String who) {
    return contribution(who, 2).paid(new BigDecimal("40")).build();
  }

  @Test
  void aPaymentWithoutADateIsNotCalledLateWhileItsDaysHaveNotPassed() {
    // The view is on day 15, the last dated event: five days after the undated payment's day.
    Project p = group().addContribution(paidAfter("ana", 5), undated("ana")).build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void paymentsToLivedExperienceWithNoDatePastTheirLimitGiveOneNoteForTheProject() {
    Project p =
        group()
            .addParticipant(le("bo").build())
            .addContribution(undated("ana"), undated("ana"), undated("bo"), undated("dana"))
            .build();
    // Day 38 is 28 days after the contributions' day 10: not yet past the limit; day 39 is.
    assertThat(check(rule, p, day(38)).status()).isEqualTo(OutcomeStatus.PASSED);
    Finding f = check(rule, p, day(39)).findings().single();
    assertThat(f.kind()).isEqualTo("undated");
    assertThat(f.severity()).isEqualTo(Severity.NOTE);
    assertThat(f.subjects().map(x -> x.value())).containsExactly("test");
    // the professional's undated payment is not counted: the note is about lived experience
    assertThat(f.evidence("undatedPayments").get()).isEqualTo(3);
    assertThat(f.message())
        .isEqualTo(
            "Some payments have no date, so no one can check they were on time. They are 3"
                + " payments to people with lived experience, and the days allowed for them have"
                + " passed.");
  }

  @Test
  void anUndatedNoteStandsBesideTheLateWarnings() {
    Project p = group().addContribution(paidAfter("ana", 40), undated("ana")).build();
    assertThat(check(rule, p).findings().map(Finding::kind)).containsExactly("late", "undated");
  }

  @Test
  void countsAPaymentOnlyOnceItIsMadeByTheViewsDate() {
    Project p = group().addContribution(paidAfter("ana", 40)).build();
    // On day 49 the payment had not been made: it is owed, with no date, past its limit.
    assertThat(check(rule, p, day(49)).findings().map(Finding::kind)).containsExactly("undated");
    assertThat(check(rule, p, day(50)).findings().map(Finding::kind)).containsExactly("late");
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
  void doesNotApplyWhileNoPaymentHasBeenMade() {
    Project p = group().addContribution(contribution("ana", 2).build()).build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }
}
