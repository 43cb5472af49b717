package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.Attendance;
import org.coprod.core.ContributionId;
import org.coprod.core.ContributionKind;
import org.coprod.core.Id;
import org.coprod.core.Impact;
import org.coprod.core.ImpactId;
import org.coprod.core.ImpactOutcome;
import org.coprod.core.Involvement;
import org.coprod.core.Meeting;
import org.coprod.core.MeetingId;
import org.coprod.core.ParticipantId;
import org.coprod.core.Phase;
import org.coprod.core.Project;
import org.coprod.core.ProjectId;
import org.coprod.rules.Finding;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class ImpactUnrecordedTest {
  private final ImpactUnrecorded rule = new ImpactUnrecorded();

  /** ana gives an idea on day 10 (id "ana-idea"); ben gives feedback; dana writes. */
  private static Project.Builder group() {
    return project()
        .addParticipant(le("ana").build(), le("ben").build(), pro("dana").build())
        .addContribution(
            contribution("ana", 2)
                .kind(ContributionKind.IDEA)
                .id(ContributionId.of("ana-idea"))
                .build(),
            contribution("ben", 1).kind(ContributionKind.FEEDBACK).build(),
            contribution("dana", 5).kind(ContributionKind.WRITING).build());
  }

  private static Impact from(Id... sources) {
    return Impact.builder()
        .id(ImpactId.of("change"))
        .date(day(20))
        .addFrom(sources)
        .change("The leaflet is shorter")
        .outcome(ImpactOutcome.PENDING)
        .build();
  }

  @Test
  void flagsLivedExperienceInputWithNothingRecordedAtTheClose() {
    Finding f = check(rule, group().closed(day(40)).build()).findings().single();
    assertThat(f.kind()).isEqualTo("unrecorded");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subjects()).containsExactly(ProjectId.of("test"));
    assertThat(f.evidence("livedExperienceInputs").get()).isEqualTo(2);
    assertThat(f.evidence("livedExperiencePeople").get()).isEqualTo(2);
    assertThat(f.message())
        .startsWith(
            "People with lived experience gave ideas, their experience or feedback (2 times, from 2 people)");
  }

  @Test
  void isANoteSoFarBeforeTheClose() {
    Project p = group().closed(day(40)).build();
    Finding f = check(rule, p, day(30)).findings().single();
    assertThat(f.kind()).isEqualTo("unrecorded-so-far");
    assertThat(f.severity()).isEqualTo(Severity.NOTE);
    assertThat(f.message()).contains("so far nothing records");
  }

  @Test
  void passesWhenOneImpactComesFromTheContribution() {
    Project p = group().addImpact(from(ContributionId.of("ana-idea"))).build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void passesWhenAnImpactComesFromThePersonEvenNotAdopted() {
    Impact no =
        from(ParticipantId.of("ben"))
            .withOutcome(ImpactOutcome.NOT_ADOPTED)
            .withReason("There was no money for it");
    assertThat(check(rule, group().addImpact(no).build()).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void passesWhenAnImpactComesFromTheMeetingTheInputWasGivenAt() {
    Project p =
        project()
            .addParticipant(le("ana").build(), pro("dana").build())
            .addMeeting(
                Meeting.builder()
                    .id(MeetingId.of("m1"))
                    .date(day(10))
                    .phase(Phase.DESIGN)
                    .title("Design day")
                    .hours(2)
                    .addAttended(Attendance.of(ParticipantId.of("ana")))
                    .build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.FINDINGS);
    assertThat(
            check(rule, p.withImpacts(io.vavr.collection.List.of(from(MeetingId.of("m1")))))
                .status())
        .isEqualTo(OutcomeStatus.PASSED);
    assertThat(
            check(
                    rule,
                    p.withImpacts(io.vavr.collection.List.of(from(ContributionId.of("m1.ana")))))
                .status())
        .isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void anImpactFromAProfessionalOnlyDoesNotCount() {
    Project p = group().addImpact(from(ParticipantId.of("dana"))).build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.FINDINGS);
  }

  @Test
  void doesNotApplyToOccasionalPeopleNorToOtherKindsOfWork() {
    Project occasional =
        project()
            .addParticipant(
                le("ana").involvement(Involvement.OCCASIONAL).build(), pro("dana").build())
            .addContribution(contribution("ana", 2).kind(ContributionKind.IDEA).build())
            .build();
    assertThat(check(rule, occasional).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    Project labour =
        project()
            .addParticipant(le("ana").build(), pro("dana").build())
            .addContribution(contribution("ana", 2).build())
            .addContribution(contribution("dana", 2).kind(ContributionKind.IDEA).build())
            .build();
    assertThat(check(rule, labour).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }
}
