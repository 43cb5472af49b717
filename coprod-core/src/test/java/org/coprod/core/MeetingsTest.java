package org.coprod.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.core.Fixtures.ANA;
import static org.coprod.core.Fixtures.BEN;
import static org.coprod.core.Fixtures.DANA;
import static org.coprod.core.Fixtures.day;
import static org.coprod.core.Records.CONSULTATION;
import static org.coprod.core.Records.WORKSHOP;

import io.vavr.collection.List;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A meeting's register becomes contributions of the project, as the format's documentation says.
 */
class MeetingsTest {
  private static final Project KEPT = Records.kept().build();

  private static Contribution at(Project p, String id) {
    return p.contribution(ContributionId.of(id)).get();
  }

  @Test
  void eachAttendanceIsAContributionNamedByTheMeetingAndThePerson() {
    assertThat(KEPT.contributionsAt(WORKSHOP))
        .extracting(c -> c.id().get().value())
        .containsExactly("m1.ben", "m1.ana", "m1.dana");
    assertThat(KEPT.contributionsAt(CONSULTATION))
        .extracting(c -> c.id().get().value())
        .containsExactly("m2.ana", "m2.dana");
    Contribution ben = at(KEPT, "m1.ben");
    assertThat(ben.participant()).isEqualTo(BEN);
    assertThat(ben.date()).isEqualTo(day("2017-03-10"));
    assertThat(ben.phase()).isEqualTo(Phase.DESIGN);
    assertThat(ben.meeting()).contains(WORKSHOP);
    assertThat(ben.isFromMeeting()).isTrue();
  }

  @Test
  void theMeetingsContributionsComeAfterTheRecordedOnesInMeetingOrder() {
    Project plain = Fixtures.crisisLine().build();
    assertThat(KEPT.contributions()).hasSize(plain.contributions().size() + 5);
    assertThat(KEPT.recordedContributions()).hasSize(plain.contributions().size());
    assertThat(KEPT.contributions().drop(4))
        .extracting(c -> c.id().get().value())
        .containsExactly("m1.ben", "m1.ana", "m1.dana", "m2.ana", "m2.dana");
    assertThat(KEPT.recordedContributions().forAll(c -> c.meeting().isEmpty())).isTrue();
  }

  @Test
  void chairsAndFacilitatorsAttendThoughTheRegisterDoesNotListThem() {
    Meeting m = KEPT.meeting(WORKSHOP).get();
    assertThat(m.attended()).extracting(Attendance::participant).containsExactly(BEN);
    assertThat(m.attendees()).containsExactly(BEN, ANA, DANA);
    assertThat(m.wasAttendedBy(ANA)).isTrue();
    assertThat(m.wasAttendedBy(DANA)).isTrue();
  }

  @Test
  void atAWorkingMeetingLivedExperienceBringsExperienceAndProfessionalsTheirKnowledge() {
    Meeting working =
        Records.workshop()
            .withFacilitatedBy(List.empty())
            .withChairedBy(List.empty())
            .withAttended(List.of(Attendance.of(BEN), Attendance.of(DANA)));
    Project p =
        Records.kept()
            .meetings(List.of(working))
            .decisions(KEPT.decisions().map(d -> d.withMeeting(io.vavr.control.Option.none())))
            .impacts(List.empty())
            .build();
    assertThat(at(p, "m1.ben").kind()).isEqualTo(ContributionKind.EXPERIENTIAL_KNOWLEDGE);
    assertThat(at(p, "m1.dana").kind()).isEqualTo(ContributionKind.PROFESSIONAL_KNOWLEDGE);
  }

  @Test
  void aFacilitatorsPartIsFacilitationWhateverTheFormat() {
    assertThat(at(KEPT, "m1.dana").kind()).isEqualTo(ContributionKind.FACILITATION);
  }

  @Test
  void atAConsultationLivedExperienceGivesFeedbackAndProfessionalsFacilitate() {
    Meeting plain =
        Records.consultation().withAttended(List.of(Attendance.of(ANA), Attendance.of(DANA)));
    Project p =
        Records.kept().meetings(List.of(Records.workshop(), plain)).impacts(List.empty()).build();
    assertThat(at(p, "m2.ana").kind()).isEqualTo(ContributionKind.FEEDBACK);
    assertThat(at(p, "m2.dana").kind()).isEqualTo(ContributionKind.FACILITATION);
  }

  @Test
  void aKindGivenInTheRegisterIsKeptAndRememberedAsGiven() {
    assertThat(at(KEPT, "m2.ana").kind()).isEqualTo(ContributionKind.IDEA);
    assertThat(at(KEPT, "m2.ana").kindGiven()).isTrue();
    assertThat(at(KEPT, "m2.dana").kindGiven()).isFalse();
    assertThat(at(KEPT, "m1.ben").kindGiven()).isFalse();
    assertThat(at(KEPT, "m1.dana").kindGiven()).isFalse();
    assertThat(KEPT.recordedContributions().forAll(Contribution::kindGiven)).isTrue();
  }

  @Test
  void hoursAreTheMeetingsWithPreparationForLivedExperienceUnlessGiven() {
    // two hours and one of preparation
    assertThat(at(KEPT, "m1.ben").hours()).isEqualTo(3.0);
    assertThat(at(KEPT, "m1.ana").hours()).isEqualTo(3.0);
    // professionals are paid their preparation by their employer: the meeting's hours
    assertThat(at(KEPT, "m1.dana").hours()).isEqualTo(2.0);
    // given in the register
    assertThat(at(KEPT, "m2.ana").hours()).isEqualTo(2.0);
    assertThat(at(KEPT, "m2.dana").hours()).isEqualTo(1.5);
  }

  @Test
  void payExpensesAndTheOutputComeFromTheRegisterAndTheMeeting() {
    Contribution ana = at(KEPT, "m2.ana");
    assertThat(ana.paid()).isEqualTo(new BigDecimal("50"));
    assertThat(ana.paidOn()).contains(day("2017-04-20"));
    assertThat(ana.output()).contains(Fixtures.REPORT);
    assertThat(at(KEPT, "m2.dana").paid()).isEqualTo(BigDecimal.ZERO);
    assertThat(at(KEPT, "m1.ben").output()).isEmpty();
    assertThat(KEPT.contributionsTo(Fixtures.REPORT))
        .extracting(c -> c.id().map(Id::value).getOrElse(""))
        .contains("m2.ana", "m2.dana");
  }

  @Test
  void thePersonsOwnLookupsSeeTheirAttendance() {
    assertThat(KEPT.contributionsOf(BEN)).hasSize(2);
    assertThat(KEPT.contributionsOf(ANA))
        .extracting(c -> c.meeting().map(MeetingId::value).getOrElse("-"))
        .containsExactly("-", "-", "m1", "m2");
  }

  @Test
  void aCopyKeepsTheContributionsAsTheMeetingsMakeThem() {
    assertThat(Project.builder().from(KEPT).build()).isEqualTo(KEPT);
    assertThat(Project.copyOf(KEPT).withTitle("Renamed").contributions())
        .isEqualTo(KEPT.contributions());
  }

  @Test
  void changingTheRegisterChangesTheContributionsAndStaleOnesGo() {
    Meeting longer = Records.workshop().withHours(4);
    Project p =
        Project.builder().from(KEPT).meetings(List.of(longer, Records.consultation())).build();
    assertThat(at(p, "m1.ben").hours()).isEqualTo(5.0);
    Project without =
        Project.builder()
            .from(KEPT)
            .meetings(List.of(Records.workshop()))
            .impacts(List.empty())
            .build();
    assertThat(without.contributionsAt(CONSULTATION)).isEmpty();
    assertThat(without.contributions()).hasSize(4 + 3);
  }

  @Test
  void aContributionGivenWithAMeetingIsReplacedByWhatTheMeetingMakes() {
    Contribution edited = at(KEPT, "m1.ben").withHours(40);
    Project p =
        Project.builder()
            .from(KEPT)
            .contributions(KEPT.recordedContributions().append(edited))
            .build();
    assertThat(p).isEqualTo(KEPT);
    assertThat(at(p, "m1.ben").hours()).isEqualTo(3.0);
  }

  @Test
  void aPersonListedTwiceCountsOnce() {
    Meeting twice =
        Records.workshop().withAttended(List.of(Attendance.of(BEN), Attendance.of(BEN)));
    Project.Builder parts =
        Project.builder().from(KEPT).meetings(List.of(twice, Records.consultation()));
    assertThat(Project.validate(parts).getError())
        .extracting(Problem::kind, Problem::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Problem.Kind.DUPLICATE_ID, "meetings[0].attended[1]"));
  }

  @Test
  void aDerivedIdThatClashesIsReportedAtTheRegister() {
    // meeting 'a.b' with participant 'c' and meeting 'a' with participant 'b.c' both make 'a.b.c'
    ParticipantId c = ParticipantId.of("c");
    ParticipantId bc = ParticipantId.of("b.c");
    Project.Builder parts =
        Project.builder()
            .from(KEPT)
            .addParticipant(
                Participant.builder()
                    .id(c)
                    .side(Side.PROFESSIONAL)
                    .joined(day("2017-02-01"))
                    .build(),
                Participant.builder()
                    .id(bc)
                    .side(Side.PROFESSIONAL)
                    .joined(day("2017-02-01"))
                    .build())
            .addMeeting(meeting("a.b", c), meeting("a", bc));
    assertThat(Project.validate(parts).getError())
        .extracting(Problem::kind, Problem::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Problem.Kind.DUPLICATE_ID, "meetings[3].attended[0]"));
    assertThat(Project.validate(parts).getError().head().message())
        .contains("'a.b.c'", "meetings[2].attended[0]");
  }

  @Test
  void aDerivedIdThatClashesWithARecordedContributionIsReportedAtTheRegister() {
    Project.Builder parts =
        Project.builder()
            .from(KEPT)
            .contributions(
                KEPT.recordedContributions()
                    .append(
                        Fixtures.contribution(DANA, "2017-03-01", 1)
                            .withId(ContributionId.of("m1.ben"))));
    assertThat(Project.validate(parts).getError())
        .extracting(Problem::kind, Problem::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Problem.Kind.DUPLICATE_ID, "meetings[0].attended[0]"));
  }

  @Test
  void aChairOrFacilitatorWhoseIdClashesIsReportedWhereTheyAreNamed() {
    Project.Builder parts =
        Project.builder()
            .from(KEPT)
            .contributions(
                KEPT.recordedContributions()
                    .append(
                        Fixtures.contribution(DANA, "2017-03-01", 1)
                            .withId(ContributionId.of("m1.dana")))
                    .append(
                        Fixtures.contribution(DANA, "2017-03-01", 1)
                            .withId(ContributionId.of("m1.ana"))));
    assertThat(Project.validate(parts).getError())
        .extracting(Problem::kind, Problem::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Problem.Kind.DUPLICATE_ID, "meetings[0].chairedBy[0]"),
            org.assertj.core.groups.Tuple.tuple(
                Problem.Kind.DUPLICATE_ID, "meetings[0].facilitatedBy[0]"));
  }

  private static Meeting meeting(String id, ParticipantId who) {
    return Meeting.builder()
        .id(MeetingId.of(id))
        .date(day("2017-05-01"))
        .phase(Phase.DELIVERY)
        .title("Meeting")
        .hours(1)
        .addAttended(Attendance.of(who))
        .build();
  }
}
