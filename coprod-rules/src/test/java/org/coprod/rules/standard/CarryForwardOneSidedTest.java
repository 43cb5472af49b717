package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.START;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.Employment;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.core.Role;
import org.coprod.rules.Finding;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class CarryForwardOneSidedTest {
  private final CarryForwardOneSided rule = new CarryForwardOneSided();

  /**
   * A project closed on day 60: ana and bo with lived experience, dana a salaried professional, all
   * contributing.
   */
  private static Project.Builder closed() {
    return project()
        .addParticipant(
            le("ana").build(),
            le("bo").build(),
            pro("dana").employment(Employment.SALARIED).build())
        .addContribution(
            contribution("ana", 3).build(),
            contribution("bo", 3).build(),
            contribution("dana", 3).build())
        .closed(day(60));
  }

  private static Role forward(String who) {
    return Role.builder()
        .participant(ParticipantId.of(who))
        .title("Trainer")
        .from(START)
        .afterClose(true)
        .build();
  }

  @Test
  void flagsSalariedProfessionalsCarryingTheWorkWhenNoRoleIsAgreedForAfterTheClose() {
    Outcome o = check(rule, closed().build());
    Finding f = o.findings().single();
    assertThat(f.kind()).isEqualTo("one-sided");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subjects().map(s -> s.value())).containsExactly("test");
    assertThat(f.evidence("carrierSide").get()).isEqualTo("PROFESSIONAL");
    assertThat(f.evidence("carriers").get()).isEqualTo(1);
    assertThat(f.evidence("carriersFromRoles").get()).isEqualTo(false);
    assertThat(f.evidence("otherSideContributors").get()).isEqualTo(2);
    assertThat(f.message())
        .isEqualTo(
            "Only one side will carry the work on after the end. At the close, no role is"
                + " agreed to carry the work forward, so it rests with the salaried professionals,"
                + " whose jobs go on (1 person), while the 2 people with lived experience who"
                + " contributed are left behind.");
  }

  @Test
  void flagsRolesAfterTheCloseHeldOnlyByProfessionals() {
    Finding f = check(rule, closed().addRole(forward("dana")).build()).findings().single();
    assertThat(f.evidence("carriersFromRoles").get()).isEqualTo(true);
    assertThat(f.message())
        .contains(
            "At the close, everyone holding a role that carries the work forward (1 person)"
                + " is among professionals");
  }

  @Test
  void flagsRolesAfterTheCloseHeldOnlyByPeopleWithLivedExperienceWhileProfessionalsContributed() {
    Finding f =
        check(rule, closed().addRole(forward("ana"), forward("bo")).build()).findings().single();
    assertThat(f.evidence("carrierSide").get()).isEqualTo("LIVED_EXPERIENCE");
    assertThat(f.evidence("carriers").get()).isEqualTo(2);
    assertThat(f.message()).endsWith("while the one professional who contributed is left behind.");
  }

  @Test
  void passesWhenBothSidesCarryTheWorkForward() {
    assertThat(check(rule, closed().addRole(forward("ana"), forward("dana")).build()).status())
        .isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void passesWhenTheOtherSideDidNotContribute() {
    Project p =
        project()
            .addParticipant(le("ana").build(), pro("dana").employment(Employment.SALARIED).build())
            .addContribution(contribution("dana", 3).build())
            .closed(day(60))
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void appliesFromTheDayOfTheCloseButNotTheDayBefore() {
    Project p = closed().build();
    assertThat(check(rule, p, day(60)).status()).isEqualTo(OutcomeStatus.FINDINGS);
    Outcome before = check(rule, p, day(59));
    assertThat(before.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    assertThat(before.reason().get()).contains("not closed");
  }

  @Test
  void doesNotApplyWhenNobodyCarriesTheWorkForward() {
    Project p =
        project()
            .addParticipant(
                le("ana").build(), pro("dana").employment(Employment.INDEPENDENT).build())
            .addContribution(contribution("ana", 3).build(), contribution("dana", 3).build())
            .closed(day(60))
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }
}
