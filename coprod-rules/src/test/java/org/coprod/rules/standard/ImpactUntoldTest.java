package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.agreement;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.ContributionId;
import org.coprod.core.ContributionKind;
import org.coprod.core.Id;
import org.coprod.core.Impact;
import org.coprod.core.ImpactId;
import org.coprod.core.ImpactOutcome;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class ImpactUntoldTest {
  private final ImpactUntold rule = new ImpactUntold();

  private static Project.Builder group() {
    return project()
        .addParticipant(le("ana").build(), pro("dana").build())
        .addContribution(
            contribution("ana", 2)
                .kind(ContributionKind.IDEA)
                .id(ContributionId.of("ana-idea"))
                .build(),
            contribution("dana", 2)
                .kind(ContributionKind.IDEA)
                .id(ContributionId.of("dana-idea"))
                .build());
  }

  /** An impact on day 20 from these sources, adopted. */
  private static Impact.Builder impact(Id... from) {
    return Impact.builder()
        .id(ImpactId.of("shorter"))
        .date(day(20))
        .addFrom(from)
        .change("The leaflet is shorter")
        .outcome(ImpactOutcome.ADOPTED);
  }

  private static Project with(Impact.Builder impact, int lastDay) {
    return group().addImpact(impact.build()).closed(day(lastDay)).build();
  }

  @Test
  void flagsAnImpactNobodyWasToldOfOnceTheDaysRunOut() {
    Finding f = check(rule, with(impact(ContributionId.of("ana-idea")), 100)).findings().single();
    assertThat(f.kind()).isEqualTo("not-told");
    assertThat(f.severity()).isEqualTo(Severity.NOTE);
    assertThat(f.subjects()).containsExactly(ImpactId.of("shorter"));
    assertThat(f.evidence("daysAllowed").get()).isEqualTo(28);
    assertThat(f.evidence("daysSince").get()).isEqualTo(80L);
    assertThat(f.message()).contains("'shorter' (taken up)").contains("80 days on");
  }

  @Test
  void theDaysRunOutTheDayAfterTheLastDayAllowed() {
    Project p = with(impact(ParticipantId.of("ana")), 100);
    assertThat(check(rule, p, day(48)).status()).isEqualTo(OutcomeStatus.PASSED);
    assertThat(check(rule, p, day(49)).findings().single().kind()).isEqualTo("not-told");
  }

  @Test
  void passesWhenToldOnTheLastDayAllowedAndFlagsADayLater() {
    assertThat(check(rule, with(impact(ParticipantId.of("ana")).toldOn(day(48)), 100)).status())
        .isEqualTo(OutcomeStatus.PASSED);
    Finding late =
        check(rule, with(impact(ParticipantId.of("ana")).toldOn(day(49)), 100)).findings().single();
    assertThat(late.kind()).isEqualTo("told-late");
    assertThat(late.evidence("daysTaken").get()).isEqualTo(29L);
  }

  @Test
  void usesTheDaysOfTheAgreementInForce() {
    Project p =
        group()
            .addAgreement(agreement().feedbackWithinDays(7).build())
            .addImpact(impact(ParticipantId.of("ana")).toldOn(day(28)).build())
            .closed(day(100))
            .build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.kind()).isEqualTo("told-late");
    assertThat(f.evidence("daysAllowed").get()).isEqualTo(7);
  }

  @Test
  void aViewBeforeThePeopleWereToldHasNotYetToldThem() {
    Project p = with(impact(ParticipantId.of("ana")).toldOn(day(60)), 100);
    assertThat(check(rule, p, day(55)).findings().single().kind()).isEqualTo("not-told");
  }

  @Test
  void notAdoptedNeedsTellingToo() {
    Impact.Builder no =
        impact(ParticipantId.of("ana")).outcome(ImpactOutcome.NOT_ADOPTED).reason("No budget");
    assertThat(check(rule, with(no, 100)).findings().single().message()).contains("not taken up");
  }

  @Test
  void doesNotApplyToPendingImpactsNorToImpactsFromProfessionals() {
    assertThat(
            check(rule, with(impact(ParticipantId.of("ana")).outcome(ImpactOutcome.PENDING), 100))
                .status())
        .isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    assertThat(check(rule, with(impact(ContributionId.of("dana-idea")), 100)).status())
        .isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    assertThat(check(rule, group().build()).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }
}
