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
import java.util.Locale;
import org.coprod.core.Agreement;
import org.coprod.core.DeclineReason;
import org.coprod.core.PaymentMethod;
import org.coprod.core.PaymentTerms;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class BenefitsBarrierTest {
  private final BenefitsBarrier rule = new BenefitsBarrier();

  private static Agreement terms(int version, int day, boolean advice) {
    return agreement()
        .version(version)
        .date(day(day))
        .payment(
            PaymentTerms.builder().ratePerHour(new BigDecimal("20")).benefitsAdvice(advice).build())
        .build();
  }

  private static Project.Builder group(DeclineReason reason) {
    return project()
        .addParticipant(
            le("ana").declinesPayment(true).declineReason(reason).build(), pro("dana").build())
        .addContribution(contribution("ana", 2).build());
  }

  @Test
  void flagsAPersonWhoDeclinesBecauseOfBenefitsWhenTheAgreementOffersNoAdvice() {
    Finding f =
        check(rule, group(DeclineReason.BENEFITS).addAgreement(terms(1, 0, false)).build())
            .findings()
            .single();
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subjects().map(s -> s.value())).containsExactly("agreement:1");
    assertThat(f.evidence("people").get()).isEqualTo(1);
    assertThat(f.evidence("paymentTermsAgreed").get()).isEqualTo(true);
    assertThat(f.evidence("agreementVersion").get()).isEqualTo(1);
  }

  @Test
  void neverSaysTheReasonOrNamesThePersonInTheMessage() {
    Finding f =
        check(rule, group(DeclineReason.BENEFITS).addAgreement(terms(1, 0, false)).build())
            .findings()
            .single();
    assertThat(f.message()).startsWith("A person who turns down pay").doesNotContain("ana");
    assertThat(f.message().toLowerCase(Locale.ROOT)).doesNotContain("benefit");
    assertThat(
            f.evidence().map(e -> e.name() + "=" + e.value()).mkString().toLowerCase(Locale.ROOT))
        .doesNotContain("benefit");
  }

  @Test
  void passesWhenTheAgreementOffersAdviceOrAnAlternative() {
    assertThat(
            check(rule, group(DeclineReason.BENEFITS).addAgreement(terms(1, 0, true)).build())
                .status())
        .isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void flagsWhenThereIsNoAgreementOrNoPaymentTerms() {
    Finding none = check(rule, group(DeclineReason.BENEFITS).build()).findings().single();
    assertThat(none.evidence("agreementVersion").isEmpty()).isTrue();
    Finding noTerms =
        check(rule, group(DeclineReason.BENEFITS).addAgreement(agreement().build()).build())
            .findings()
            .single();
    assertThat(noTerms.evidence("paymentTermsAgreed").get()).isEqualTo(false);
  }

  @Test
  void readsTheAgreementInForceAtTheViewsDate() {
    Project p =
        group(DeclineReason.BENEFITS).addAgreement(terms(1, 0, false), terms(2, 20, true)).build();
    assertThat(check(rule, p, day(19)).status()).isEqualTo(OutcomeStatus.FINDINGS);
    assertThat(check(rule, p, day(20)).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void doesNotApplyWhenNobodyDeclinesBecauseOfBenefits() {
    assertThat(check(rule, group(DeclineReason.PERSONAL).build()).status())
        .isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    Project accepts =
        project().addParticipant(le("ana").declineReason(DeclineReason.BENEFITS).build()).build();
    assertThat(check(rule, accepts).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void vouchersAloneDoNotLiftItButTheFindingSaysWhichWaysOfPayingAreOffered() {
    Agreement vouchers =
        agreement()
            .payment(
                PaymentTerms.builder()
                    .ratePerHour(new BigDecimal("20"))
                    .addMethod(PaymentMethod.VOUCHER, PaymentMethod.BANK)
                    .build())
            .build();
    Finding f =
        check(rule, group(DeclineReason.BENEFITS).addAgreement(vouchers).build())
            .findings()
            .single();
    assertThat(f.evidence("methods")).contains("BANK,VOUCHER");
    assertThat(f.message())
        .isEqualTo(
            "A person who turns down pay is not offered advice on how pay would affect them."
                + " Version 1 of the agreement offers none. It offers payment by bank transfer or"
                + " vouchers, and none of these is right for everyone without advice.");
  }

  @Test
  void saysWhenTheAgreementNamesNoWayOfPaying() {
    Finding f =
        check(rule, group(DeclineReason.BENEFITS).addAgreement(terms(1, 0, false)).build())
            .findings()
            .single();
    assertThat(f.evidence("methods")).contains("");
    assertThat(f.message())
        .endsWith("Version 1 of the agreement offers none, and names no way of paying.");
  }
}
