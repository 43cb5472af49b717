package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.Attendance;
import org.coprod.core.Impact;
import org.coprod.core.ImpactId;
import org.coprod.core.ImpactOutcome;
import org.coprod.core.Meeting;
import org.coprod.core.MeetingId;
import org.coprod.core.ParticipantId;
import org.coprod.core.Phase;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.OutcomeStatus;
import org.junit.jupiter.api.Test;

/**
 * Where an impact comes from, for {@code impact-untold}, held by a test that fails without it: an
 * impact from a meeting comes from lived experience when someone with lived experience was there.
 */
class ImpactUntoldGuardsTest {
  private final ImpactUntold rule = new ImpactUntold();

  /** A meeting on day 10 attended by one person, and an impact from it adopted on day 20. */
  private static Project fromMeetingAttendedBy(String who) {
    return project()
        .addParticipant(le("ana").build(), pro("dana").build())
        .addMeeting(
            Meeting.builder()
                .id(MeetingId.of("m1"))
                .date(day(10))
                .phase(Phase.DESIGN)
                .title("Design day")
                .hours(2)
                .addAttended(Attendance.of(ParticipantId.of(who)))
                .build())
        .addImpact(
            Impact.builder()
                .id(ImpactId.of("shorter"))
                .date(day(20))
                .addFrom(MeetingId.of("m1"))
                .change("The leaflet is shorter")
                .outcome(ImpactOutcome.ADOPTED)
                .build())
        .closed(day(100))
        .build();
  }

  @Test
  void anImpactFromAMeetingSomeoneWithLivedExperienceAttendedIsOwedTheTelling() {
    Finding f = check(rule, fromMeetingAttendedBy("ana")).findings().single();
    assertThat(f.kind()).isEqualTo("not-told");
    assertThat(f.subjects()).containsExactly(ImpactId.of("shorter"));
  }

  @Test
  void anImpactFromAMeetingOfProfessionalsOnlyIsNotTheRulesToTell() {
    assertThat(check(rule, fromMeetingAttendedBy("dana")).status())
        .isNotEqualTo(OutcomeStatus.FINDINGS);
  }
}
