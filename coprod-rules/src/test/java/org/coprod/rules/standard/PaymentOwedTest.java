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
import org.coprod.core.DeclineReason;
import org.coprod.core.Employment;
import org.coprod.core.PaymentTerms;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class PaymentOwedTest {
  private final PaymentOwed rule = new PaymentOwed();

  private static Agreement rate(int version, int day, String rate) {
    return agreement()
        .version(version)
        .date(day(day))
        .payment(PaymentTerms.builder().ratePerHour(new BigDecimal(rate)).currency("GBP").build())
        .build();
  }

  private static Project.Builder group() {
    return project()
        .addParticipant(le("ana").build(), pro("dana").build())
        .addAgreement(rate(1, 0, "20"));
  }

  @Test
  void flagsUnpaidHoursOfLivedExperienceUnderAnAgreedRate() {
    Project p =
        group()
            .addContribution(
                contribution("ana", 3).build(), contribution("ana", 2.5).date(day(12)).build())
            .build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subjects().map(s -> s.value())).containsExactly("ana");
    assertThat(f.evidence("unpaidHours").get()).isEqualTo(5.5);
    assertThat(f.evidence("unpaidContributions").get()).isEqualTo(2);
    assertThat(f.evidence("owedAtAgreedRate").get()).isEqualTo(new BigDecimal("110"));
  }

  @Test
  void passesPaidContributions() {
    Project p =
        group().addContribution(contribution("ana", 3).paid(new BigDecimal("60")).build()).build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void owesNothingToPeopleWhoDeclinePaymentOrAreSalaried() {
    Project p =
        project()
            .addParticipant(
                le("ana").declinesPayment(true).declineReason(DeclineReason.PERSONAL).build(),
                le("ben").employment(Employment.SALARIED).build(),
                le("cat").employment(Employment.VOLUNTEER).build())
            .addAgreement(rate(1, 0, "20"))
            .addContribution(
                contribution("ana", 3).build(),
                contribution("ben", 3).build(),
                contribution("cat", 3).build())
            .build();
    assertThat(check(rule, p).findings().flatMap(Finding::subjects).map(s -> s.value()))
        .containsExactly("cat");
  }

  @Test
  void leavesProfessionalsUnpaidHoursToOtherRules() {
    Project p = group().addContribution(contribution("dana", 3).build()).build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void countsOnlyHoursGivenWhileARateWasInForce() {
    Project p =
        project()
            .addParticipant(le("ana").build())
            .addAgreement(rate(1, 10, "20"), rate(2, 20, "0"))
            .addContribution(
                contribution("ana", 1).date(day(9)).build(),
                contribution("ana", 2).date(day(10)).build(),
                contribution("ana", 4).date(day(19)).build(),
                contribution("ana", 8).date(day(20)).build())
            .build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.evidence("unpaidHours").get()).isEqualTo(6.0);
    assertThat(f.evidence("owedAtAgreedRate").get()).isEqualTo(new BigDecimal("120"));
  }

  @Test
  void owesNothingForAContributionOfNoHours() {
    Project p = group().addContribution(contribution("ana", 0).build()).build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void raisesOneFindingPerPerson() {
    Project p =
        project()
            .addParticipant(le("ana").build(), le("ben").build())
            .addAgreement(rate(1, 0, "15.50"))
            .addContribution(
                contribution("ana", 1).build(),
                contribution("ana", 1).build(),
                contribution("ben", 2).build())
            .build();
    Outcome o = check(rule, p);
    assertThat(o.findings()).hasSize(2);
    assertThat(o.findings().map(f -> f.evidence("owedAtAgreedRate").get()))
        .containsOnly(new BigDecimal("31"));
  }

  @Test
  void doesNotApplyWhileNoVersionSetsARate() {
    Project none =
        project()
            .addParticipant(le("ana").build())
            .addAgreement(agreement().build())
            .addContribution(contribution("ana", 3).build())
            .build();
    assertThat(check(rule, none).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    Project zero =
        project()
            .addParticipant(le("ana").build())
            .addAgreement(rate(1, 0, "0"))
            .addContribution(contribution("ana", 3).build())
            .build();
    assertThat(check(rule, zero).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void countsTheUnpaidHoursAndContributionsInItsWords() {
    String one =
        check(rule, group().addContribution(contribution("ana", 2.5).build()).build())
            .findings()
            .single()
            .message();
    assertThat(one)
        .contains("'ana' has not been paid for 2.5 hours. They gave them in one contribution");
    String two =
        check(
                rule,
                group()
                    .addContribution(contribution("ana", 2).build(), contribution("ana", 1).build())
                    .build())
            .findings()
            .single()
            .message();
    assertThat(two)
        .contains("'ana' has not been paid for 3 hours. They gave them in 2 contributions");
  }
}
