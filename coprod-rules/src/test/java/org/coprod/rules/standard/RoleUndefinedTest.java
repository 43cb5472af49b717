package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.START;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import java.time.LocalDate;
import org.coprod.core.Involvement;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.core.Role;
import org.coprod.rules.Finding;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Rule;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class RoleUndefinedTest {
  private final RoleUndefined rule = new RoleUndefined();

  private static Role role(String who, LocalDate from) {
    return Role.builder().participant(ParticipantId.of(who)).title("Member").from(from).build();
  }

  private static Project.Builder pair() {
    return project()
        .addParticipant(le("ana").build(), pro("dana").build())
        .addContribution(
            contribution("ana", 2).build(),
            contribution("ana", 1).build(),
            contribution("dana", 2).build());
  }

  @Test
  void notesACoreContributorWithoutARole() {
    Project p = pair().addRole(role("dana", START)).build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.kind()).isEqualTo("no-role");
    assertThat(f.severity()).isEqualTo(Severity.NOTE);
    assertThat(f.subjects()).containsExactly(ParticipantId.of("ana"));
    assertThat(f.evidence("contributions")).contains(2);
  }

  @Test
  void passesWhenEveryCoreContributorHoldsOrHeldARole() {
    Role ended =
        Role.builder()
            .participant(ParticipantId.of("ana"))
            .title("Peer researcher")
            .from(START)
            .until(day(5))
            .build();
    Project p = pair().addRole(role("dana", START), ended).build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void asksNoRoleOfOccasionalContributorsOrPeopleWhoGaveNothing() {
    Project p =
        project()
            .addParticipant(
                le("walk").involvement(Involvement.OCCASIONAL).build(),
                le("idle").build(),
                pro("dana").build())
            .addContribution(contribution("walk", 2).build(), contribution("dana", 2).build())
            .addRole(role("dana", START))
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void aRoleCountsFromItsFirstDay() {
    Project p = pair().addRole(role("dana", START), role("ana", day(20))).build();
    assertThat(check(rule, p, day(19)).findings().flatMap(Finding::subjects))
        .containsExactly(ParticipantId.of("ana"));
    assertThat(check(rule, p, day(20)).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void doesNotApplyWhenNoCorePersonHasContributed() {
    Project p =
        project()
            .addParticipant(
                le("walk").involvement(Involvement.OCCASIONAL).build(), pro("dana").build())
            .addContribution(contribution("walk", 2).build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void isRegisteredAsAStandardRule() {
    assertThat(StandardRules.all().map(Rule::id)).contains(RoleUndefined.ID);
  }

  @Test
  void countsTheContributionsInItsWords() {
    assertThat(check(rule, pair().build()).findings().map(Finding::message))
        .containsExactly(
            "'ana' has made 2 contributions but holds no role.",
            "'dana' has made 1 contribution but holds no role.");
  }
}
