package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.Attendance;
import org.coprod.core.Meeting;
import org.coprod.core.MeetingId;
import org.coprod.core.ParticipantId;
import org.coprod.core.Phase;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Policy;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class ChairOneSidedTest {
  private final ChairOneSided rule = new ChairOneSided();

  /** A meeting on day n, attended by Ana and Dana, chaired by these people. */
  static Meeting meeting(int n, String... chairs) {
    Meeting.Builder b =
        Meeting.builder()
            .id(MeetingId.of("m" + n))
            .date(day(n))
            .phase(Phase.DESIGN)
            .title("Meeting " + n)
            .hours(2)
            .addAttended(
                Attendance.of(ParticipantId.of("ana")), Attendance.of(ParticipantId.of("dana")));
    for (String c : chairs) {
      b.addChairedBy(ParticipantId.of(c));
    }
    return b.build();
  }

  private static Project.Builder group() {
    return project().addParticipant(le("ana").build(), pro("dana").build(), pro("eve").build());
  }

  @Test
  void warnsWhenFourChairedMeetingsWereAllChairedByProfessionals() {
    Project p =
        group()
            .addMeeting(
                meeting(1, "dana"), meeting(2, "eve"), meeting(3, "dana"), meeting(4, "dana"))
            .build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subjects().map(s -> s.value())).containsExactly("test");
    assertThat(f.evidence("chairedMeetings")).contains(4);
  }

  @Test
  void passesWhenSomeoneWithLivedExperienceCoChairedOnce() {
    Project p =
        group()
            .addMeeting(
                meeting(1, "dana"),
                meeting(2, "dana"),
                meeting(3, "dana", "ana"),
                meeting(4, "dana"))
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void threeChairedMeetingsAreTooFewToJudgeAndUnchairedOnesDoNotCount() {
    Project p =
        group()
            .addMeeting(meeting(1, "dana"), meeting(2, "dana"), meeting(3, "dana"), meeting(4))
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    Policy three = Policy.builder().set(ChairOneSided.ID, "minMeetings", 3).build();
    assertThat(check(rule, p, three).findings()).hasSize(1);
  }

  @Test
  void doesNotApplyWithoutAnyoneWithLivedExperience() {
    Project p =
        project()
            .addParticipant(pro("ana").build(), pro("dana").build())
            .addMeeting(
                meeting(1, "dana"), meeting(2, "dana"), meeting(3, "dana"), meeting(4, "dana"))
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }
}
