package org.coprod.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.core.Fixtures.ANA;
import static org.coprod.core.Fixtures.day;
import static org.coprod.core.Records.CONSULTATION;
import static org.coprod.core.Records.CREDIT_TALK;
import static org.coprod.core.Records.EVENINGS;
import static org.coprod.core.Records.TEXTS;
import static org.coprod.core.Records.WORKSHOP;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Views in time of the record a group keeps: what stood at the end of a day, as for the rest. */
class RecordViewTest {
  private static final Project KEPT = Records.kept().build();

  private static Project asOf(String date) {
    return KEPT.asOf(day(date)).project();
  }

  @Test
  void theLastDatedEventCountsTheNameTakenOffTheFilm() {
    assertThat(KEPT.lastDatedEvent()).isEqualTo(day("2017-10-20"));
    assertThat(KEPT.view().project()).isSameAs(KEPT);
  }

  @Test
  void theLastDatedEventCountsEveryDatedItem() {
    LocalDate later = day("2018-01-31");
    Project p = KEPT;
    assertThat(
            Project.builder()
                .from(p)
                .impacts(p.impacts().update(1, x -> x.withDate(later)))
                .build()
                .lastDatedEvent())
        .isEqualTo(later);
    assertThat(
            Project.builder()
                .from(p)
                .impacts(p.impacts().update(1, x -> x.withToldOn(later)))
                .build()
                .lastDatedEvent())
        .isEqualTo(later);
    assertThat(
            Project.builder()
                .from(p)
                .checkIns(p.checkIns().update(1, c -> c.withRound(later)))
                .build()
                .lastDatedEvent())
        .isEqualTo(later);
    assertThat(
            Project.builder()
                .from(p)
                .responses(p.responses().update(0, r -> r.withDate(later).withReviewBy(later)))
                .build()
                .lastDatedEvent())
        .isEqualTo(later);
    assertThat(
            Project.builder()
                .from(p)
                .contributions(
                    p.recordedContributions()
                        .update(
                            3, c -> c.withConsent(c.consent().map(k -> k.withWithdrawn(later)))))
                .build()
                .lastDatedEvent())
        .isEqualTo(later);
  }

  @Test
  void termsThatMayLieAheadAreNotEvents() {
    LocalDate ahead = day("2030-01-01");
    Project p =
        Project.builder()
            .from(KEPT)
            .outputs(KEPT.outputs().update(1, o -> o.withInUseUntil(ahead)))
            .responses(KEPT.responses().update(0, r -> r.withReviewBy(ahead)))
            .contributions(
                KEPT.recordedContributions()
                    .update(3, c -> c.withConsent(c.consent().map(k -> k.withUntil(ahead)))))
            .build();
    assertThat(p.lastDatedEvent()).isEqualTo(day("2017-10-20"));
    Project early = p.asOf(day("2017-10-16")).project();
    assertThat(early.output(Fixtures.FILM).get().inUseUntil()).contains(ahead);
    assertThat(early.responses().head().reviewBy()).contains(ahead);
    assertThat(early.recordedContributions().get(3).consent().get().until()).contains(ahead);
  }

  @Test
  void aMeetingAfterTheDayIsDroppedAndItsAttendanceWithIt() {
    Project march = asOf("2017-03-31");
    assertThat(march.meetings()).extracting(Meeting::id).containsExactly(WORKSHOP);
    assertThat(march.contributionsAt(CONSULTATION)).isEmpty();
    assertThat(march.contributionsAt(WORKSHOP)).hasSize(3);
    assertThat(march.contributions().count(Contribution::isFromMeeting)).isEqualTo(3);
    assertThat(asOf("2017-03-09").meetings()).isEmpty();
    assertThat(asOf("2017-03-09").contributions().count(Contribution::isFromMeeting)).isZero();
  }

  @Test
  void aPaymentForAMeetingNotYetMadeIsClearedInTheRegisterAndTheContribution() {
    Project april = asOf("2017-04-10");
    assertThat(april.meeting(CONSULTATION).get().attended().head().paidOn()).isEmpty();
    assertThat(april.contribution(ContributionId.of("m2.ana")).get().paidOn()).isEmpty();
    assertThat(asOf("2017-04-20").contribution(ContributionId.of("m2.ana")).get().paidOn())
        .contains(day("2017-04-20"));
  }

  @Test
  void aMeetingOnAnOutputNotYetMadeKeepsItsHoursButNoOutput() {
    Project april = asOf("2017-04-10");
    assertThat(april.meeting(CONSULTATION).get().output()).isEmpty();
    assertThat(april.contribution(ContributionId.of("m2.ana")).get().output()).isEmpty();
    assertThat(april.contribution(ContributionId.of("m2.ana")).get().hours()).isEqualTo(2.0);
    assertThat(asOf("2017-09-20").meeting(CONSULTATION).get().output()).contains(Fixtures.REPORT);
  }

  @Test
  void aDecisionKeepsItsMeeting() {
    assertThat(asOf("2017-03-10").decision(Fixtures.SESSIONS).get().meeting()).contains(WORKSHOP);
  }

  @Test
  void anImpactAfterTheDayIsDroppedAndItsTellingClearedUntilItCame() {
    assertThat(asOf("2017-04-09").impacts()).isEmpty();
    assertThat(asOf("2017-04-10").impacts()).extracting(Impact::id).containsExactly(EVENINGS);
    assertThat(asOf("2017-05-01").impacts())
        .extracting(Impact::id)
        .containsExactly(EVENINGS, TEXTS);
    assertThat(asOf("2017-10-01").impact(EVENINGS).get().toldOn()).isEmpty();
    assertThat(asOf("2017-10-02").impact(EVENINGS).get().toldOn()).contains(day("2017-10-02"));
  }

  @Test
  void anImpactKeepsOnlyTheDecisionAndOutputThatStoodByTheDay() {
    Impact april = asOf("2017-04-10").impact(EVENINGS).get();
    assertThat(april.decision()).contains(Fixtures.SESSIONS);
    assertThat(april.output()).isEmpty();
    assertThat(april.from()).containsExactly(ContributionId.of("m2.ana"), WORKSHOP);
    assertThat(asOf("2017-09-20").impact(EVENINGS).get().output()).contains(Fixtures.REPORT);
  }

  @Test
  void checkInRoundsAndResponsesAfterTheDayAreDropped() {
    assertThat(asOf("2017-03-31").checkIns()).isEmpty();
    assertThat(asOf("2017-04-01").checkIns()).hasSize(1);
    assertThat(asOf("2017-06-01").checkIns()).hasSize(2);
    assertThat(asOf("2017-06-14").responses()).isEmpty();
    assertThat(asOf("2017-06-15").responses())
        .extracting(Response::id)
        .containsExactly(CREDIT_TALK);
  }

  @Test
  void aStoryWithdrawnAfterTheDayIsNotYetWithdrawn() {
    Contribution before = asOf("2017-09-30").recordedContributions().get(3);
    assertThat(before.consent().get().withdrawn()).isEmpty();
    assertThat(before.consent().get().uses()).containsExactly(StoryUse.TRAINING);
    assertThat(asOf("2017-10-01").recordedContributions().get(3).consent().get().withdrawn())
        .contains(day("2017-10-01"));
  }

  @Test
  void aNameTakenOffAfterTheDayIsNotYetTakenOff() {
    assertThat(asOf("2017-10-19").output(Fixtures.FILM).get().nameWithdrawn()).isEmpty();
    assertThat(asOf("2017-10-20").output(Fixtures.FILM).get().hasNameWithdrawn(ANA)).isTrue();
  }

  @Test
  void aViewOfTheRecordIsItselfAValidProjectOnEveryDay() {
    for (LocalDate d = day("2017-01-01"); !d.isAfter(day("2017-11-01")); d = d.plusDays(1)) {
      Project view = KEPT.asOf(d).project();
      assertThat(Project.validate(Project.builder().from(view)).isValid())
          .as(d.toString())
          .isTrue();
      assertThat(view.asOf(d).project()).isEqualTo(view);
    }
  }

  @Test
  void aViewWithNothingLaterIsTheProjectItself() {
    assertThat(Views.dated(KEPT, day("2017-10-20"))).isFalse();
    assertThat(Views.dated(KEPT, day("2017-10-19"))).isTrue();
    assertThat(KEPT.asOf(day("2017-10-25")).project()).isSameAs(KEPT);
  }
}
