package org.coprod.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.coprod.core.Attendance;
import org.coprod.core.CheckIn;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionId;
import org.coprod.core.ContributionKind;
import org.coprod.core.Decision;
import org.coprod.core.Impact;
import org.coprod.core.ImpactOutcome;
import org.coprod.core.Meeting;
import org.coprod.core.MeetingId;
import org.coprod.core.MonitoringCount;
import org.coprod.core.NameWithdrawal;
import org.coprod.core.Output;
import org.coprod.core.ParticipantId;
import org.coprod.core.PopulationShare;
import org.coprod.core.Project;
import org.coprod.core.Response;
import org.coprod.core.ResponseStatus;
import org.coprod.core.StoryConsent;
import org.coprod.core.Support;
import org.coprod.core.Tally;

/**
 * The arbitraries draw the record a group keeps, in whole projects now and then and as values of
 * their own; the changes the laws make carry it along.
 */
class RecordArbitrariesProperties {
  @Provide
  Arbitrary<Project> kept() {
    return CoprodArbitraries.projects().withRecord();
  }

  @Property
  void everyDrawnProjectWithTheRecordIsValidAndHasIt(@ForAll("kept") Project project) {
    assertThat(Project.validate(Project.builder().from(project)).isValid()).isTrue();
    assertThat(project.contributions().count(Contribution::isFromMeeting))
        .isEqualTo(project.meetings().map(m -> m.attendees().size()).sum().intValue());
    for (Decision d : project.decisions()) {
      for (Meeting m : d.meeting().flatMap(project::meeting)) {
        assertThat(d.decidedBy().forAll(m::wasAttendedBy)).isTrue();
      }
    }
  }

  @Example
  void aboutOneDrawnProjectInThreeKeepsTheRecordUnlessAskedOtherwise() {
    java.util.List<Project> drawn =
        CoprodArbitraries.projects().sampleStream().limit(300).collect(Collectors.toList());
    long kept =
        drawn.stream()
            .filter(
                p ->
                    !p.meetings().isEmpty()
                        || !p.impacts().isEmpty()
                        || !p.checkIns().isEmpty()
                        || !p.responses().isEmpty())
            .count();
    assertThat(kept).isBetween(40L, 160L);
    assertThat(
            CoprodArbitraries.projects()
                .withoutRecord()
                .sampleStream()
                .limit(100)
                .allMatch(p -> p.meetings().isEmpty() && p.impacts().isEmpty()))
        .isTrue();
  }

  @Property(tries = 200)
  void everyValueOfTheRecordCanBeDrawnForAll(
      @ForAll Meeting meeting,
      @ForAll Attendance attendance,
      @ForAll Impact impact,
      @ForAll CheckIn checkIn,
      @ForAll Tally tally,
      @ForAll Response response,
      @ForAll StoryConsent consent,
      @ForAll NameWithdrawal withdrawal,
      @ForAll Support support,
      @ForAll PopulationShare share,
      @ForAll MonitoringCount count,
      @ForAll MeetingId meetingId) {
    assertThat(meeting.attended().map(Attendance::participant).distinct())
        .hasSameSizeAs(meeting.attended());
    assertThat(attendance.participant().value()).startsWith("p-");
    if (impact.outcome() == ImpactOutcome.NOT_ADOPTED) {
      assertThat(impact.reason()).isNotEmpty();
    }
    for (Tally t : checkIn.heard()) {
      assertThat(t.answers()).isLessThanOrEqualTo(checkIn.respondents());
    }
    assertThat(tally.counts()).hasSize(5);
    assertThat(response.finding()).hasSize(16);
    assertThat(response.status() != ResponseStatus.DECLINED || response.reason().isDefined())
        .isTrue();
    assertThat(consent.uses().distinct()).hasSameSizeAs(consent.uses());
    assertThat(withdrawal.participant().value()).startsWith("p-");
    assertThat(support.toString()).isNotEmpty();
    assertThat(share.share()).isBetween(0.0, 1.0);
    assertThat(count.count()).isNotNegative();
    assertThat(meetingId.value()).startsWith("meeting-");
  }

  @Property(tries = 200)
  void onlyStoriesCarryConsentAndNoOneWithdrawnIsCredited(
      @ForAll Contribution contribution, @ForAll Output output) {
    assertThat(contribution.consent().isEmpty() || contribution.kind() == ContributionKind.STORY)
        .isTrue();
    assertThat(output.nameWithdrawn().forAll(w -> !output.recognises(w.participant()))).isTrue();
  }

  @Property(tries = 300)
  void renamingCarriesTheIdsAProjectMakesAlong(@ForAll("kept") Project project, @ForAll long seed) {
    Assume.that(!project.meetings().isEmpty());
    Relabelling renaming = Relabelling.shuffled(project, seed);
    Project renamed = renaming.apply(project);
    assertThat(renamed.contributions().size()).isEqualTo(project.contributions().size());
    for (Contribution c : project.contributions()) {
      for (ContributionId id : c.subjectId()) {
        assertThat(renamed.contribution(renaming.rename(id))).isNotEmpty();
      }
    }
    assertThat(renamed.meetings().map(Meeting::id))
        .isEqualTo(project.meetings().map(m -> (MeetingId) renaming.rename(m.id())));
  }

  @Property(tries = 300)
  void scalingTheHoursScalesTheMeetingsToo(@ForAll("kept") Project project) {
    Project doubled = ProjectChanges.scaleHours(project, 1);
    assertThat(doubled.contributions().map(Contribution::hours))
        .isEqualTo(project.contributions().map(c -> c.hours() * 2));
    Project dearer = ProjectChanges.scaleMoney(project, 1);
    assertThat(dearer.contributions().map(Contribution::paid))
        .isEqualTo(
            project
                .contributions()
                .map(
                    c ->
                        org.coprod.core.Money.normalize(
                            c.paid().multiply(java.math.BigDecimal.valueOf(2)))));
  }

  @Property(tries = 300)
  void movingTheDatesMovesTheRecordAndBackAgain(
      @ForAll("kept") Project project, @ForAll @IntRange(min = -3000, max = 3000) int days) {
    Project moved = ProjectChanges.shiftDates(project, days);
    assertThat(moved.contributions().map(Contribution::date))
        .isEqualTo(project.contributions().map(c -> c.date().plusDays(days)));
    assertThat(moved.impacts().map(Impact::date))
        .isEqualTo(project.impacts().map(x -> x.date().plusDays(days)));
    assertThat(moved.checkIns().map(CheckIn::round))
        .isEqualTo(project.checkIns().map(c -> c.round().plusDays(days)));
    assertThat(moved.responses().map(Response::date))
        .isEqualTo(project.responses().map(r -> r.date().plusDays(days)));
    assertThat(ProjectChanges.shiftDates(moved, -days)).isEqualTo(project);
  }

  @Property(tries = 300)
  void addingADeciderWhoMissedTheMeetingTakesTheDecisionOutOfIt(@ForAll("kept") Project project) {
    Assume.that(project.decisions().exists(d -> d.meeting().isDefined()));
    Decision d = project.decisions().find(x -> x.meeting().isDefined()).get();
    // someone present all along who attended no meeting
    ParticipantId newcomer = ParticipantId.of("newcomer");
    Project joined =
        project.withParticipants(
            project
                .participants()
                .append(
                    org.coprod.core.Participant.builder()
                        .id(newcomer)
                        .side(org.coprod.core.Side.LIVED_EXPERIENCE)
                        .joined(project.started().minusDays(60))
                        .build()));
    Project changed = ProjectChanges.addDecider(joined, d.id(), newcomer);
    assertThat(changed.decision(d.id()).get().meeting()).isEmpty();
    assertThat(changed.decision(d.id()).get().decidedBy()).contains(newcomer);
    for (ParticipantId attendee : joined.meeting(d.meeting().get()).get().attendees()) {
      if (!d.decidedBy().contains(attendee)) {
        assertThat(
                ProjectChanges.addDecider(joined, d.id(), attendee)
                    .decision(d.id())
                    .get()
                    .meeting())
            .isEqualTo(d.meeting());
      }
    }
  }

  @Property(tries = 200)
  void creditingSomeoneWhoTookTheirNameOffPutsItBack(@ForAll("kept") Project project) {
    Project varied =
        Variation.SAFETY_DISSENT_AND_ACCESS.apply(Variation.UNCREDITED_OUTPUT.apply(project, 0), 0);
    Output o = varied.outputs().find(x -> !x.nameWithdrawn().isEmpty()).getOrNull();
    Assume.that(o != null);
    ParticipantId who = o.nameWithdrawn().head().participant();
    Project credited = ProjectChanges.giveCredit(varied, who, o.id());
    assertThat(credited.output(o.id()).get().hasNameWithdrawn(who)).isFalse();
    assertThat(credited.output(o.id()).get().credits(who)).isTrue();
  }
}
