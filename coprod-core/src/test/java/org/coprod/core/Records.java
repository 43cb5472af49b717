package org.coprod.core;

import static org.coprod.core.Fixtures.ANA;
import static org.coprod.core.Fixtures.BEN;
import static org.coprod.core.Fixtures.DANA;
import static org.coprod.core.Fixtures.REPORT;
import static org.coprod.core.Fixtures.day;

import java.math.BigDecimal;

/**
 * The crisis line of {@link Fixtures} with the record a group keeps between meetings: a meeting
 * register, impacts, check-ins, responses, a story's consent, a name taken off an output, the
 * agreement's support and stop clause, payment methods, population and monitoring tallies.
 */
final class Records {
  private Records() {}

  static final MeetingId WORKSHOP = MeetingId.of("m1");
  static final MeetingId CONSULTATION = MeetingId.of("m2");
  static final ImpactId EVENINGS = ImpactId.of("evenings");
  static final ImpactId TEXTS = ImpactId.of("texts");
  static final ResponseId CREDIT_TALK = ResponseId.of("credit-talk");
  static final String KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

  /**
   * A working meeting chaired by ana and facilitated by dana, with ben in the register; then a
   * consultation where ana's part differs from the meeting's (her kind, hours and pay given).
   */
  static Meeting workshop() {
    return Meeting.builder()
        .id(WORKSHOP)
        .date(day("2017-03-10"))
        .phase(Phase.DESIGN)
        .title("Design workshop")
        .hours(2)
        .prepHours(1)
        .addChairedBy(ANA)
        .addFacilitatedBy(DANA)
        .addAttended(Attendance.of(BEN))
        .addProvide("step-free")
        .build();
  }

  static Meeting consultation() {
    return Meeting.builder()
        .id(CONSULTATION)
        .date(day("2017-04-05"))
        .phase(Phase.DESIGN)
        .title("Listening event")
        .format(MeetingFormat.CONSULTATION)
        .hours(1.5)
        .addAttended(
            Attendance.builder()
                .participant(ANA)
                .hours(2.0)
                .kind(ContributionKind.IDEA)
                .paid(new BigDecimal("50.00"))
                .paidOn(day("2017-04-20"))
                .build(),
            Attendance.of(DANA))
        .output(REPORT)
        .build();
  }

  /** The whole record, as a builder to break or to build. */
  static Project.Builder kept() {
    Project base = Fixtures.crisisLine().build();
    return Project.builder()
        .from(base)
        .involvementAim("People who call the line shape how it answers")
        .reflections("We met in the evenings after the first month; that helped.")
        .fingerprintKey(KEY)
        .addPopulation(PopulationShare.of("Black British", 0.08), PopulationShare.of("Women", 0.55))
        .addMonitoring(MonitoringCount.of("Women", 1), MonitoringCount.of("Prefer not to say", 1))
        .contributions(
            base.contributions()
                .update(
                    3,
                    c ->
                        c.withConsent(
                            StoryConsent.builder()
                                .addUse(StoryUse.TRAINING)
                                .withdrawn(day("2017-10-01"))
                                .debriefOffered(true)
                                .build())))
        .decisions(
            base.decisions()
                .map(d -> d.id().equals(Fixtures.SESSIONS) ? d.withMeeting(WORKSHOP) : d))
        .agreements(
            base.agreements()
                .update(
                    1,
                    a ->
                        a.withStopClause("Any two members can call a pause")
                            .withRecruitment("Through the line's own callers' forum")
                            .withTraining("A day on how services are commissioned")
                            .withFeedbackWithinDays(21)
                            .withSupport(
                                Support.builder()
                                    .contact("The peer lead, by phone")
                                    .debrief("Half an hour after every session")
                                    .disclosure("The duty worker is called, with the person")
                                    .independence("Nothing said here goes into care records")
                                    .build())))
        .outputs(
            base.outputs()
                .map(
                    o ->
                        o.id().equals(Fixtures.FILM)
                            ? o.withUse(io.vavr.collection.List.of(StoryUse.PUBLICITY))
                                .withInUseUntil(day("2018-10-15"))
                                .withCredits(io.vavr.collection.List.empty())
                                .withOwners(io.vavr.collection.List.of(DANA))
                                .withRewards(io.vavr.collection.List.empty())
                                .withNameWithdrawn(
                                    io.vavr.collection.List.of(
                                        NameWithdrawal.of(ANA, day("2017-10-20"))))
                            : o))
        .addMeeting(workshop(), consultation())
        .addImpact(
            Impact.builder()
                .id(EVENINGS)
                .date(day("2017-04-10"))
                .addFrom(ContributionId.of("m2.ana"), WORKSHOP)
                .change("Sessions moved to the evening")
                .outcome(ImpactOutcome.ADOPTED)
                .decision(Fixtures.SESSIONS)
                .output(REPORT)
                .toldOn(day("2017-10-02"))
                .build(),
            Impact.builder()
                .id(TEXTS)
                .date(day("2017-05-01"))
                .addFrom(BEN)
                .change("Waiting-time updates by text")
                .outcome(ImpactOutcome.NOT_ADOPTED)
                .reason("The phone system cannot send texts until next year")
                .build())
        .addCheckIn(
            CheckIn.builder()
                .round(day("2017-04-01"))
                .side(Side.LIVED_EXPERIENCE)
                .respondents(2)
                .heard(Tally.of(0, 1, 1, 0, 0))
                .build(),
            CheckIn.builder()
                .round(day("2017-06-01"))
                .side(Side.LIVED_EXPERIENCE)
                .respondents(1)
                .heard(Tally.of(0, 0, 0, 1, 0))
                .build())
        .addResponse(
            Response.builder()
                .id(CREDIT_TALK)
                .finding("3f9a0c1e5b7d2a4c")
                .date(day("2017-06-15"))
                .action("Agree the report's credits at the next meeting")
                .owner(ANA)
                .reviewBy(day("2017-07-15"))
                .build());
  }
}
