package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.output;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import java.math.BigDecimal;
import org.coprod.core.Credit;
import org.coprod.core.CreditRole;
import org.coprod.core.Employment;
import org.coprod.core.Output;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.core.Reward;
import org.coprod.core.RewardKind;
import org.coprod.rules.Finding;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class ReciprocityGapTest {
  private final ReciprocityGap rule = new ReciprocityGap();

  private static final ParticipantId ANA = ParticipantId.of("ana");

  /**
   * ana, as given, gave two unpaid contributions of 3 hours; dana, salaried, gave 4; the report is
   * as given.
   */
  private static Project.Builder with(Participant ana, Output report) {
    return project()
        .addParticipant(ana, pro("dana").employment(Employment.SALARIED).build())
        .addContribution(
            contribution("ana", 3).build(),
            contribution("ana", 3).build(),
            contribution("dana", 4).build())
        .addOutput(report);
  }

  private static Project.Builder unthanked() {
    return with(
        le("ana").employment(Employment.VOLUNTEER).build(), output("report", "dana").build());
  }

  @Test
  void flagsAVolunteerWhoGotNothingBack() {
    Outcome o = check(rule, unthanked().build());
    Finding f = o.findings().single();
    assertThat(f.kind()).isEqualTo("nothing-back");
    assertThat(f.severity()).isEqualTo(Severity.NOTE);
    assertThat(f.subjects().map(s -> s.value())).containsExactly("ana");
    assertThat(f.evidence("contributions").get()).isEqualTo(2);
    assertThat(f.evidence("hoursShare").get()).isEqualTo(0.6);
    assertThat(f.message())
        .isEqualTo(
            "'ana' has had nothing back for what they gave. They contributed (2 contributions, 60%"
                + " of all hours) and have had nothing back:"
                + " no pay, no reward, no credit and no acknowledgement on any output.");
  }

  @Test
  void flagsAnIndependentProfessionalJustTheSame() {
    Project p =
        project()
            .addParticipant(pro("eve").build())
            .addContribution(contribution("eve", 1).build())
            .build();
    assertThat(check(rule, p).findings().single().subjects().map(s -> s.value()))
        .containsExactly("eve");
  }

  @Test
  void passesSomeoneWhoGotAnyOneThingBack() {
    Output report = output("report", "dana").build();
    Participant ana = le("ana").build();
    Project[] thanked = {
      with(ana.withEmployment(Employment.SALARIED), report).build(),
      with(ana.withDeclinesPayment(true), report).build(),
      with(
              ana,
              report.withCredits(report.credits().append(Credit.of(ANA, CreditRole.ACKNOWLEDGED))))
          .build(),
      with(ana, report.withCredits(report.credits().append(Credit.of(ANA, CreditRole.STEWARD))))
          .build(),
      with(ana, report.withOwners(report.owners().append(ANA))).build(),
      with(ana, report.withRewards(report.rewards().append(Reward.of(ANA, RewardKind.PAYMENT))))
          .build(),
      with(ana, report.withRewards(report.rewards().append(Reward.of(ANA, RewardKind.REFERENCE))))
          .build(),
      project()
          .addParticipant(ana)
          .addContribution(
              contribution("ana", 3).build(),
              contribution("ana", 3).paid(new BigDecimal("75")).build())
          .build(),
    };
    for (Project p : thanked) {
      assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
    }
  }

  @Test
  void neverSaysWhichSideThePersonIsOn() {
    Finding f = check(rule, unthanked().build()).findings().single();
    assertThat(f.message()).doesNotContain("lived experience").doesNotContain("professional");
  }

  @Test
  void doesNotApplyBeforeAnyoneContributed() {
    Project p = project().addParticipant(le("ana").build()).build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void aContributionOfNoHoursIsANothingBackOfNoShare() {
    Project p =
        project()
            .addParticipant(le("ana").build(), pro("dana").employment(Employment.SALARIED).build())
            .addContribution(contribution("ana", 0).build())
            .build();
    Outcome o = check(rule, p);
    assertThat(o.status()).isEqualTo(OutcomeStatus.FINDINGS);
    assertThat(o.findings().single().evidence("hoursShare")).contains(0.0);
  }
}
