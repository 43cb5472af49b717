package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import java.math.BigDecimal;
import org.coprod.core.Employment;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Policy;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class PaidUnpaidTest {
  private final PaidUnpaid rule = new PaidUnpaid();

  /**
   * A salaried manager gives 10 hours; ana gives {@code paid} paid hours and {@code unpaid} unpaid
   * ones.
   */
  private static Project.Builder crisisLine(double paid, double unpaid) {
    Project.Builder b =
        project()
            .addParticipant(pro("dana").employment(Employment.SALARIED).build(), le("ana").build())
            .addContribution(contribution("dana", 10).build());
    if (paid > 0) {
      b.addContribution(contribution("ana", paid).paid(BigDecimal.valueOf(100)).build());
    }
    if (unpaid > 0) {
      b.addContribution(contribution("ana", unpaid).build());
    }
    return b;
  }

  @Test
  void flagsSalariedProfessionalsBesidePeerContributorsWhoAreNotPaid() {
    Finding f = check(rule, crisisLine(0, 10).build()).findings().single();
    assertThat(f.severity()).isEqualTo(Severity.CONCERN);
    assertThat(f.evidence("livedExperiencePaidHourRate").get()).isEqualTo(0.0);
    assertThat(f.evidence("professionalPaidHourRate").get()).isEqualTo(1.0);
    assertThat(f.message())
        .contains("paid for 0% of their hours. Professionals were paid for 100%");
  }

  @Test
  void passesAtExactlyFourFifthsAndFlagsJustUnder() {
    assertThat(check(rule, crisisLine(8, 2).build()).status()).isEqualTo(OutcomeStatus.PASSED);
    Finding f = check(rule, crisisLine(7.9, 2.1).build()).findings().single();
    assertThat((double) f.evidence("ratio").get())
        .isCloseTo(0.79, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void countsTheHoursOfSomeoneWhoDeclinesPaymentAsPaid() {
    Project p =
        project()
            .addParticipant(
                pro("dana").employment(Employment.SALARIED).build(),
                le("ana").declinesPayment(true).build())
            .addContribution(contribution("dana", 10).build(), contribution("ana", 10).build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void isNotConcernedWhenProfessionalsArePaidLessOften() {
    Project p =
        project()
            .addParticipant(pro("dana").build(), le("ana").build())
            .addContribution(
                contribution("dana", 10).build(),
                contribution("ana", 10).paid(BigDecimal.TEN).build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void doesNotApplyWhenASideHasNoHours() {
    Project noLivedExperienceHours =
        project()
            .addParticipant(pro("dana").employment(Employment.SALARIED).build(), le("ana").build())
            .addContribution(contribution("dana", 10).build())
            .build();
    assertThat(check(rule, noLivedExperienceHours).status())
        .isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    Project noProfessionalHours =
        project()
            .addParticipant(pro("dana").build(), le("ana").build())
            .addContribution(contribution("ana", 10).build(), contribution("dana", 0).build())
            .build();
    assertThat(check(rule, noProfessionalHours).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void aPolicyCanAskForEqualRates() {
    Policy equal = Policy.builder().set(PaidUnpaid.ID, "minRatio", 1.0).build();
    assertThat(check(rule, crisisLine(8, 2).build(), equal).status())
        .isEqualTo(OutcomeStatus.FINDINGS);
    assertThat(check(rule, crisisLine(10, 0).build(), equal).status())
        .isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void givesTheRatioOfTheRatesInItsEvidence() {
    // ana: 1 of 10 hours paid (0.1); dana, not salaried: 5 of 10 (0.5); the ratio is a fifth
    Project p =
        project()
            .addParticipant(pro("dana").build(), le("ana").build())
            .addContribution(
                contribution("dana", 5).paid(BigDecimal.valueOf(100)).build(),
                contribution("dana", 5).build(),
                contribution("ana", 1).paid(BigDecimal.valueOf(20)).build(),
                contribution("ana", 9).build())
            .build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.evidence("livedExperiencePaidHourRate")).contains(0.1);
    assertThat(f.evidence("professionalPaidHourRate")).contains(0.5);
    assertThat((Double) f.evidence("ratio").get())
        .isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-12));
  }
}
