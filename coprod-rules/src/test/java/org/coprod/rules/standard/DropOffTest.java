package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.Contribution;
import org.coprod.core.Involvement;
import org.coprod.core.Phase;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Policy;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class DropOffTest {
  private final DropOff rule = new DropOff();

  private static Contribution in(String who, Phase phase, int day) {
    return contribution(who, 2).phase(phase).date(day(day)).build();
  }

  /**
   * {@code began} core people with lived experience in scoping, the first {@code stayed} of them in
   * dissemination.
   */
  private static Project.Builder group(int began, int stayed) {
    Project.Builder b =
        project()
            .addParticipant(pro("dana").build())
            .addContribution(in("dana", Phase.SCOPING, 1), in("dana", Phase.DISSEMINATION, 90));
    for (int i = 0; i < began; i++) {
      b.addParticipant(le("le" + i).build()).addContribution(in("le" + i, Phase.SCOPING, 2));
      if (i < stayed) {
        b.addContribution(in("le" + i, Phase.DISSEMINATION, 91));
      }
    }
    return b;
  }

  @Test
  void flagsAProjectWhereMostPeopleWithLivedExperienceDroppedAway() {
    Finding f = check(rule, group(4, 1).build()).findings().single();
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subjects().map(s -> s.value())).containsExactly("test");
    assertThat(f.evidence("firstPhase").get()).isEqualTo("SCOPING");
    assertThat(f.evidence("lastPhase").get()).isEqualTo("DISSEMINATION");
    assertThat(f.evidence("activeInFirst").get()).isEqualTo(4);
    assertThat(f.evidence("stillActiveInLast").get()).isEqualTo(1);
    assertThat(f.evidence("retention").get()).isEqualTo(0.25);
  }

  @Test
  void passesExactlyHalfAndFlagsJustUnderHalf() {
    assertThat(check(rule, group(4, 2).build()).status()).isEqualTo(OutcomeStatus.PASSED);
    assertThat(check(rule, group(3, 1).build()).status()).isEqualTo(OutcomeStatus.FINDINGS);
    assertThat(check(rule, group(5, 2).build()).status()).isEqualTo(OutcomeStatus.FINDINGS);
  }

  @Test
  void newcomersInTheLastPhaseDoNotMakeUpForThoseWhoLeft() {
    Project p =
        group(2, 0)
            .addParticipant(le("new1").build(), le("new2").build(), le("new3").build())
            .addContribution(
                in("new1", Phase.DISSEMINATION, 91),
                in("new2", Phase.DISSEMINATION, 91),
                in("new3", Phase.DISSEMINATION, 91))
            .build();
    assertThat(check(rule, p).findings().single().evidence("stillActiveInLast").get()).isEqualTo(0);
  }

  @Test
  void countsOnlyCorePeople() {
    Project p =
        group(2, 1)
            .addParticipant(
                le("visitor1").involvement(Involvement.OCCASIONAL).build(),
                le("visitor2").involvement(Involvement.OCCASIONAL).build())
            .addContribution(in("visitor1", Phase.SCOPING, 3), in("visitor2", Phase.SCOPING, 3))
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void comparesTheFirstAndLastPhasesInWhichAnyoneContributedSoFar() {
    Project p =
        group(2, 0)
            .addContribution(in("le0", Phase.DESIGN, 30), in("le1", Phase.DESIGN, 30))
            .build();
    // On day 30 the last active phase is design, where both still contribute; by the end, neither
    // does.
    assertThat(check(rule, p, day(30)).status()).isEqualTo(OutcomeStatus.PASSED);
    assertThat(check(rule, p).findings().single().evidence("lastPhase").get())
        .isEqualTo("DISSEMINATION");
  }

  @Test
  void aPolicyCanAskForMoreToStay() {
    Policy stricter = Policy.builder().set(DropOff.ID, "minRetention", 0.75).build();
    assertThat(check(rule, group(4, 2).build(), stricter).status())
        .isEqualTo(OutcomeStatus.FINDINGS);
    assertThat(check(rule, group(4, 3).build(), stricter).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void doesNotApplyWithOneActivePhase() {
    Project p = group(3, 0).build();
    assertThat(check(rule, p, day(10)).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void doesNotApplyWhenNoCorePersonWithLivedExperienceContributedInTheFirstPhase() {
    Project p =
        project()
            .addParticipant(pro("dana").build(), le("ana").build())
            .addContribution(in("dana", Phase.SCOPING, 1), in("ana", Phase.DESIGN, 20))
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }
}
