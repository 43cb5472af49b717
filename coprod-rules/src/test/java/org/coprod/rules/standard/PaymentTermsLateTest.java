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
import org.coprod.core.PaymentTerms;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class PaymentTermsLateTest {
  private final PaymentTermsLate rule = new PaymentTermsLate();

  private static Agreement terms(int version, int day) {
    return agreement()
        .version(version)
        .date(day(day))
        .payment(PaymentTerms.builder().ratePerHour(new BigDecimal("20")).currency("GBP").build())
        .build();
  }

  /** Ana, with lived experience, first contributes on day 10; Dana, a professional, on day 1. */
  private static Project.Builder group() {
    return project()
        .addParticipant(le("ana").build(), pro("dana").build())
        .addContribution(
            contribution("dana", 2).date(day(1)).build(),
            contribution("ana", 2).date(day(10)).build(),
            contribution("ana", 2).date(day(20)).build());
  }

  @Test
  void flagsAProjectWhereNoPaymentTermsWereEverAgreed() {
    Outcome o = check(rule, group().addAgreement(agreement().build()).build());
    Finding f = o.findings().single();
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subjects().map(s -> s.value())).containsExactly("test");
    assertThat(f.evidence("firstLivedExperienceContribution").get()).isEqualTo("2020-01-11");
    assertThat(f.evidence("paymentTermsAgreedLater").get()).isEqualTo(false);
    assertThat(f.evidence("daysBeforeTerms").isEmpty()).isTrue();
  }

  @Test
  void flagsTermsAgreedAfterTheFirstContributionOfLivedExperience() {
    Project p = group().addAgreement(agreement().build(), terms(2, 15)).build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.evidence("paymentTermsAgreedLater").get()).isEqualTo(true);
    assertThat(f.evidence("daysBeforeTerms").get()).isEqualTo(5L);
  }

  @Test
  void passesTermsAgreedOnTheDayOfTheFirstContributionAndFlagsTermsADayLater() {
    assertThat(check(rule, group().addAgreement(terms(1, 10)).build()).status())
        .isEqualTo(OutcomeStatus.PASSED);
    Outcome late = check(rule, group().addAgreement(terms(1, 11)).build());
    assertThat(late.findings().single().evidence("daysBeforeTerms").get()).isEqualTo(1L);
  }

  @Test
  void passesTermsAgreedBeforeAnyoneContributed() {
    assertThat(check(rule, group().addAgreement(terms(1, 0)).build()).status())
        .isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void flagsTermsThatALaterVersionDroppedBeforeTheFirstContribution() {
    Project p =
        group().addAgreement(terms(1, 0), agreement().version(2).date(day(5)).build()).build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.FINDINGS);
  }

  @Test
  void countsTermsThatSetNoRate() {
    Project p =
        group()
            .addAgreement(
                agreement().payment(PaymentTerms.builder().benefitsAdvice(true).build()).build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void doesNotApplyUntilSomeoneWithLivedExperienceContributes() {
    Project p = group().build();
    assertThat(check(rule, p, day(9)).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    assertThat(check(rule, p, day(10)).status()).isEqualTo(OutcomeStatus.FINDINGS);
  }
}
