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
import org.coprod.core.Contribution;
import org.coprod.core.Expenses;
import org.coprod.core.PaymentTerms;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Policy;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class ExpensesLateTest {
  private final ExpensesLate rule = new ExpensesLate();

  /** A contribution on day 10 with expenses repaid {@code after} days later. */
  private static Contribution repaidAfter(String who, int after) {
    return contribution(who, 2)
        .expenses(
            Expenses.builder().claimed(new BigDecimal("12.50")).reimbursed(day(10 + after)).build())
        .build();
  }

  /** A contribution on day 10 with expenses not yet repaid. */
  private static Contribution unpaid(String who) {
    return contribution(who, 2).expenses(Expenses.of(new BigDecimal("12.50"))).build();
  }

  private static Project.Builder group() {
    return project().addParticipant(le("ana").build(), pro("dana").build());
  }

  @Test
  void flagsExpensesRepaidMoreThanTwentyEightDaysAfterTheContribution() {
    Finding f =
        check(rule, group().addContribution(repaidAfter("ana", 40)).build()).findings().single();
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subjects().map(s -> s.value())).containsExactly("ana");
    assertThat(f.evidence("repaidLate").get()).isEqualTo(1);
    assertThat(f.evidence("stillWaiting").get()).isEqualTo(0);
    assertThat(f.evidence("longestDays").get()).isEqualTo(40L);
    assertThat(f.evidence("withinDays").get()).isEqualTo(28);
  }

  @Test
  void passesExpensesRepaidOnTheTwentyEighthDayAndFlagsTheTwentyNinth() {
    assertThat(check(rule, group().addContribution(repaidAfter("ana", 28)).build()).status())
        .isEqualTo(OutcomeStatus.PASSED);
    assertThat(check(rule, group().addContribution(repaidAfter("ana", 29)).build()).status())
        .isEqualTo(OutcomeStatus.FINDINGS);
  }

  @Test
  void flagsUnpaidExpensesOnlyOnceTheViewsDateIsPastTheLimit() {
    Project p = group().addContribution(unpaid("ana")).build();
    assertThat(check(rule, p, day(38)).status()).isEqualTo(OutcomeStatus.PASSED);
    Finding f = check(rule, p, day(39)).findings().single();
    assertThat(f.evidence("stillWaiting").get()).isEqualTo(1);
    assertThat(f.evidence("longestDays").get()).isEqualTo(29L);
  }

  @Test
  void seesARepaymentAfterTheViewsDateAsStillWaiting() {
    Project p = group().addContribution(repaidAfter("ana", 40)).build();
    assertThat(check(rule, p, day(30)).status()).isEqualTo(OutcomeStatus.PASSED);
    assertThat(check(rule, p, day(45)).findings().single().evidence("stillWaiting").get())
        .isEqualTo(1);
    assertThat(check(rule, p).findings().single().evidence("repaidLate").get()).isEqualTo(1);
  }

  @Test
  void usesTheDaysOfTheAgreementInForceOnTheContributionsDate() {
    Project.Builder b =
        group()
            .addAgreement(
                agreement().payment(PaymentTerms.builder().expensesWithinDays(7).build()).build());
    assertThat(check(rule, b.addContribution(repaidAfter("ana", 7)).build()).status())
        .isEqualTo(OutcomeStatus.PASSED);
    Outcome late =
        check(
            rule,
            group()
                .addAgreement(
                    agreement()
                        .payment(PaymentTerms.builder().expensesWithinDays(7).build())
                        .build())
                .addContribution(repaidAfter("ana", 8))
                .build());
    assertThat(late.findings().single().evidence("withinDays").get()).isEqualTo(7);
  }

  @Test
  void countsRepaidAndWaitingClaimsInOneFindingPerPerson() {
    Project p =
        group()
            .addContribution(
                repaidAfter("ana", 30),
                unpaid("ana"),
                repaidAfter("dana", 2),
                contribution("dana", 1).date(day(60)).build())
            .build();
    Outcome o = check(rule, p);
    Finding f = o.findings().single();
    assertThat(f.subjects().map(s -> s.value())).containsExactly("ana");
    assertThat(f.evidence("repaidLate").get()).isEqualTo(1);
    assertThat(f.evidence("stillWaiting").get()).isEqualTo(1);
    assertThat(f.evidence("longestDays").get()).isEqualTo(50L);
  }

  @Test
  void aPolicyCanChangeTheLimitWhereNoAgreementSetsOne() {
    Policy shorter = Policy.builder().set(ExpensesLate.ID, "defaultWithinDays", 14).build();
    Project p = group().addContribution(repaidAfter("ana", 20)).build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
    assertThat(check(rule, p, shorter).status()).isEqualTo(OutcomeStatus.FINDINGS);
  }

  @Test
  void doesNotApplyWhileNobodyHasClaimedExpenses() {
    Project p =
        group()
            .addContribution(contribution("ana", 2).expenses(Expenses.of(BigDecimal.ZERO)).build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void saysWhetherThePersonWasRepaidLateOrIsStillWaitingOrBoth() {
    String both =
        check(rule, group().addContribution(repaidAfter("ana", 40), unpaid("ana")).build(), day(50))
            .findings()
            .single()
            .message();
    assertThat(both)
        .startsWith(
            "'ana' waited too long to be paid back for expenses. They were repaid late for one"
                + " contribution and are still waiting for one contribution");
    String waiting =
        check(rule, group().addContribution(unpaid("ana"), unpaid("ana")).build(), day(50))
            .findings()
            .single()
            .message();
    assertThat(waiting)
        .startsWith(
            "'ana' is still waiting to be paid back for expenses. They have waited past the limit"
                + " for 2 contributions");
    String repaid =
        check(rule, group().addContribution(repaidAfter("ana", 40), repaidAfter("ana", 30)).build())
            .findings()
            .single()
            .message();
    assertThat(repaid)
        .startsWith(
            "'ana' waited too long to be paid back for expenses. They were repaid late for 2"
                + " contributions");
  }

  @Test
  void theLongestWaitKeepsTheLimitOfTheFirstWaitThatLong() {
    Project p =
        group()
            .addAgreement(
                agreement().payment(PaymentTerms.builder().expensesWithinDays(10).build()).build(),
                agreement()
                    .version(2)
                    .date(day(20))
                    .payment(PaymentTerms.builder().expensesWithinDays(14).build())
                    .build())
            .addContribution(
                repaidAfter("ana", 30),
                contribution("ana", 2)
                    .date(day(25))
                    .expenses(
                        Expenses.builder().claimed(new BigDecimal("5")).reimbursed(day(55)).build())
                    .build())
            .build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.evidence("longestDays")).contains(30L);
    assertThat(f.evidence("withinDays")).contains(10);
  }
}
