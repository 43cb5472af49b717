package org.coprod.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.coprod.core.Fixtures.ANA;
import static org.coprod.core.Fixtures.BEN;
import static org.coprod.core.Fixtures.DANA;
import static org.coprod.core.Fixtures.day;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Validation of the record a group keeps (meetings, impacts, check-ins, responses, stories'
 * consent, names taken off outputs, the agreement's new terms, population and monitoring): each
 * problem at its path, from validation and from the builder alike.
 */
class RecordValidationTest {
  private static final Project KEPT = Records.kept().build();
  private static final ParticipantId GHOST = ParticipantId.of("ghost");

  private static void assertProblem(Project.Builder parts, Problem.Kind kind, String path) {
    Validation<Seq<Problem>, Project> result = Project.validate(parts);
    assertThat(result.isInvalid()).as("the parts are invalid").isTrue();
    assertThat(result.getError())
        .extracting(Problem::kind, Problem::path)
        .containsExactly(tuple(kind, path));
    assertThatThrownBy(parts::build)
        .isInstanceOfSatisfying(
            InvalidProjectException.class,
            e -> assertThat(e.problems()).containsExactlyElementsOf(result.getError()));
  }

  private static Project.Builder kept() {
    return Project.builder().from(KEPT);
  }

  private static Project.Builder meeting(int index, UnaryOperator<Meeting> change) {
    return kept().meetings(KEPT.meetings().update(index, change));
  }

  private static Project.Builder impact(int index, UnaryOperator<Impact> change) {
    return kept().impacts(KEPT.impacts().update(index, change));
  }

  private static Project.Builder checkIn(int index, UnaryOperator<CheckIn> change) {
    return kept().checkIns(KEPT.checkIns().update(index, change));
  }

  private static Project.Builder response(UnaryOperator<Response> change) {
    return kept().responses(KEPT.responses().update(0, change));
  }

  private static Project.Builder film(UnaryOperator<Output> change) {
    return kept().outputs(KEPT.outputs().update(1, change));
  }

  private static Project.Builder story(UnaryOperator<Contribution> change) {
    return kept().contributions(KEPT.recordedContributions().update(3, change));
  }

  private static Project.Builder decision(UnaryOperator<Decision> change) {
    return kept().decisions(KEPT.decisions().update(1, change));
  }

  @Test
  void theRecordIsValid() {
    assertThat(Project.validate(Records.kept()).isValid()).isTrue();
  }

  // ---- the project

  @Test
  void refusesAFingerprintKeyThatIsNotEnoughHexadecimalDigits() {
    assertProblem(
        kept().fingerprintKey("0011223344556677"),
        Problem.Kind.INVALID_VALUE,
        "project.fingerprintKey");
    assertProblem(
        kept().fingerprintKey(Records.KEY + "a"),
        Problem.Kind.INVALID_VALUE,
        "project.fingerprintKey");
    assertProblem(
        kept().fingerprintKey(Records.KEY.replace('a', 'g')),
        Problem.Kind.INVALID_VALUE,
        "project.fingerprintKey");
    assertThat(
            Project.validate(
                    kept()
                        .fingerprintKey(
                            Records.KEY.substring(0, 32).toUpperCase(java.util.Locale.ROOT)))
                .isValid())
        .isTrue();
  }

  @Test
  void neverShowsTheFingerprintKeyInAProblemOrAProject() {
    String bad = "secret-" + Records.KEY;
    assertThat(Project.validate(kept().fingerprintKey(bad)).getError().head().toString())
        .doesNotContain(bad, Records.KEY);
    assertThat(KEPT.toString()).doesNotContain(Records.KEY);
  }

  @Test
  void refusesAPopulationShareOutsideZeroToOne() {
    assertProblem(
        kept().population(List.of(PopulationShare.of("Women", 1.2))),
        Problem.Kind.INVALID_VALUE,
        "project.population[0].share");
    assertProblem(
        kept().population(List.of(PopulationShare.of("Women", Double.NaN))),
        Problem.Kind.INVALID_VALUE,
        "project.population[0].share");
  }

  @Test
  void refusesAPopulationGroupGivenTwice() {
    assertProblem(
        kept().addPopulation(PopulationShare.of("Women", 0.5)),
        Problem.Kind.DUPLICATE_ID,
        "project.population[2].group");
  }

  @Test
  void refusesANegativeMonitoringCount() {
    assertProblem(
        kept().monitoring(List.of(MonitoringCount.of("Women", -1))),
        Problem.Kind.NEGATIVE,
        "project.monitoring[0].count");
  }

  @Test
  void refusesAMonitoringGroupCountedTwice() {
    assertProblem(
        kept().addMonitoring(MonitoringCount.of("Women", 2)),
        Problem.Kind.DUPLICATE_ID,
        "project.monitoring[2].group");
  }

  // ---- ids

  @Test
  void aMeetingAnImpactAndAResponseShareTheProjectsIds() {
    assertProblem(
        meeting(1, m -> m.withId(MeetingId.of("ana"))).impacts(List.empty()),
        Problem.Kind.DUPLICATE_ID,
        "meetings[1].id");
    assertProblem(
        impact(1, x -> x.withId(ImpactId.of("m1"))), Problem.Kind.DUPLICATE_ID, "impacts[1].id");
    assertProblem(
        response(r -> r.withId(ResponseId.of("evenings"))),
        Problem.Kind.DUPLICATE_ID,
        "responses[0].id");
  }

  @Test
  void aStoryWithoutAnIdIsNamedByItsTellerAndDayAndThatNameMustBeFree() {
    Contribution story = KEPT.recordedContributions().get(3);
    assertThat(story.id()).isEmpty();
    assertThat(story.subjectId()).contains(ContributionId.of("ana.story.2017-09-01"));
    assertThat(KEPT.contribution(ContributionId.of("ana.story.2017-09-01"))).contains(story);
    assertProblem(
        kept()
            .outputs(
                KEPT.outputs()
                    .append(
                        Output.builder()
                            .id(OutputId.of("ana.story.2017-09-01"))
                            .title("T")
                            .date(day("2017-09-02"))
                            .build())),
        Problem.Kind.DUPLICATE_ID,
        "contributions[3]");
  }

  @Test
  void twoStoriesOfOnePersonOnOneDayWithoutIdsShareTheirName() {
    Contribution story = KEPT.recordedContributions().get(3);
    Project p =
        kept()
            .contributions(
                KEPT.recordedContributions()
                    .append(story.withHours(1).withConsent(io.vavr.control.Option.none())))
            .build();
    assertThat(p.recordedContributions().get(4).subjectId()).isEqualTo(story.subjectId());
    assertThat(Fixtures.contribution(ANA, "2017-03-01", 1).subjectId()).isEmpty();
  }

  // ---- stories

  @Test
  void onlyAStoryCarriesAConsent() {
    assertProblem(
        kept()
            .contributions(
                KEPT.recordedContributions()
                    .update(1, c -> c.withConsent(StoryConsent.builder().build()))),
        Problem.Kind.INVALID_VALUE,
        "contributions[1].consent");
  }

  @Test
  void refusesAStoryWithdrawnBeforeItWasTold() {
    assertProblem(
        story(c -> c.withConsent(c.consent().map(k -> k.withWithdrawn(day("2017-08-01"))))),
        Problem.Kind.DATES_OUT_OF_ORDER,
        "contributions[3].consent.withdrawn");
  }

  // ---- decisions at meetings

  @Test
  void refusesADecisionAtAMeetingThatIsNotThere() {
    assertProblem(
        decision(d -> d.withMeeting(MeetingId.of("m9"))),
        Problem.Kind.DANGLING_REFERENCE,
        "decisions[1].meeting");
  }

  @Test
  void refusesADecisionAtAMeetingHeldAfterIt() {
    assertProblem(
        decision(d -> d.withMeeting(Records.CONSULTATION)),
        Problem.Kind.DATES_OUT_OF_ORDER,
        "decisions[1].meeting");
  }

  @Test
  void refusesADeciderWhoDidNotAttendTheMeeting() {
    Project.Builder parts =
        meeting(
            0,
            m ->
                m.withChairedBy(List.empty())
                    .withAttended(List.of(Attendance.of(ANA), Attendance.of(BEN)))
                    .withFacilitatedBy(List.empty()));
    assertProblem(parts, Problem.Kind.DANGLING_REFERENCE, "decisions[1].decidedBy[0]");
    assertThat(Project.validate(parts).getError().head().message()).contains("'dana'", "'m1'");
  }

  // ---- the agreement

  @Test
  void refusesNegativeDaysToTellPeople() {
    assertProblem(
        kept().agreements(KEPT.agreements().update(0, a -> a.withFeedbackWithinDays(-1))),
        Problem.Kind.NEGATIVE,
        "agreements[0].feedbackWithinDays");
  }

  // ---- outputs

  @Test
  void refusesAnOutputInUseUntilBeforeItWasMade() {
    assertProblem(
        film(o -> o.withInUseUntil(day("2017-10-01"))),
        Problem.Kind.DATES_OUT_OF_ORDER,
        "outputs[1].inUseUntil");
  }

  @Test
  void refusesANameTakenOffBySomeoneWhoIsNotThere() {
    assertProblem(
        film(o -> o.withNameWithdrawn(List.of(NameWithdrawal.of(GHOST, day("2017-10-20"))))),
        Problem.Kind.DANGLING_REFERENCE,
        "outputs[1].nameWithdrawn[0].participant");
  }

  @Test
  void refusesANameTakenOffThatIsStillCredited() {
    assertProblem(
        film(o -> o.withCredits(List.of(Credit.of(ANA, CreditRole.ACKNOWLEDGED)))),
        Problem.Kind.INVALID_VALUE,
        "outputs[1].nameWithdrawn[0].participant");
  }

  @Test
  void refusesANameTakenOffByAnOwner() {
    assertProblem(
        film(o -> o.withOwners(List.of(DANA, ANA))),
        Problem.Kind.INVALID_VALUE,
        "outputs[1].nameWithdrawn[0].participant");
  }

  @Test
  void refusesANameTakenOffTwice() {
    assertProblem(
        film(o -> o.withNameWithdrawn(o.nameWithdrawn().appendAll(o.nameWithdrawn()))),
        Problem.Kind.DUPLICATE_ID,
        "outputs[1].nameWithdrawn[1].participant");
  }

  @Test
  void refusesANameTakenOffBeforeThePersonJoined() {
    assertProblem(
        film(o -> o.withNameWithdrawn(List.of(NameWithdrawal.of(BEN, day("2017-02-01"))))),
        Problem.Kind.BEFORE_JOINED,
        "outputs[1].nameWithdrawn[0].date");
  }

  // ---- meetings

  @Test
  void refusesNegativeOrEndlessMeetingHours() {
    assertProblem(meeting(0, m -> m.withHours(-1)), Problem.Kind.NEGATIVE, "meetings[0].hours");
    assertProblem(
        meeting(0, m -> m.withPrepHours(Double.POSITIVE_INFINITY)),
        Problem.Kind.NEGATIVE,
        "meetings[0].prepHours");
  }

  @Test
  void boundsTheHoursOfAMeetingItsPreparationAndAnAttendanceAsAContributionsAre() {
    double most = ContributionDef.MAX_HOURS;
    Project.Builder atTheLimit =
        kept()
            .meetings(
                KEPT.meetings()
                    .update(0, m -> m.withHours(most).withPrepHours(most))
                    .update(
                        1,
                        m ->
                            m.withAttended(
                                m.attended().update(0, a -> a.withHours(Option.some(most))))));
    assertThat(Project.validate(atTheLimit).isValid()).as("10,000 hours is allowed").isTrue();
    double over = Math.nextUp(most);
    assertProblem(
        meeting(0, m -> m.withHours(over)), Problem.Kind.INVALID_VALUE, "meetings[0].hours");
    assertProblem(
        meeting(0, m -> m.withPrepHours(over)),
        Problem.Kind.INVALID_VALUE,
        "meetings[0].prepHours");
    assertProblem(
        meeting(
            1, m -> m.withAttended(m.attended().update(0, a -> a.withHours(Option.some(over))))),
        Problem.Kind.INVALID_VALUE,
        "meetings[1].attended[0].hours");
  }

  @Test
  void refusesAChairOrFacilitatorWhoIsNotThere() {
    assertProblem(
        meeting(0, m -> m.withChairedBy(List.of(GHOST)).withAttended(List.of(Attendance.of(ANA)))),
        Problem.Kind.DANGLING_REFERENCE,
        "meetings[0].chairedBy[0]");
    assertProblem(
        meeting(
            0, m -> m.withFacilitatedBy(List.of(GHOST)).withAttended(List.of(Attendance.of(DANA)))),
        Problem.Kind.DANGLING_REFERENCE,
        "meetings[0].facilitatedBy[0]");
  }

  @Test
  void refusesAnAttendanceBySomeoneWhoIsNotThere() {
    assertProblem(
        meeting(1, m -> m.withAttended(m.attended().append(Attendance.of(GHOST)))),
        Problem.Kind.DANGLING_REFERENCE,
        "meetings[1].attended[2]");
  }

  @Test
  void refusesAnAttendanceBeforeThePersonJoinedOrAfterTheyLeft() {
    // ben joined on 1 March 2017 and left on 15 March
    assertProblem(
        meeting(1, m -> m.withAttended(m.attended().append(Attendance.of(BEN)))),
        Problem.Kind.AFTER_LEFT,
        "meetings[1].attended[2]");
    assertProblem(
        kept()
            .meetings(KEPT.meetings().update(0, m -> m.withDate(day("2017-02-20"))))
            .decisions(Fixtures.crisisLine().build().decisions())
            .impacts(List.empty()),
        Problem.Kind.BEFORE_JOINED,
        "meetings[0].attended[0]");
  }

  @Test
  void refusesAChairBeforeTheyJoined() {
    assertProblem(
        meeting(
                0,
                m ->
                    m.withChairedBy(List.of(BEN))
                        .withAttended(List.of(Attendance.of(ANA)))
                        .withDate(day("2017-02-20")))
            .decisions(Fixtures.crisisLine().build().decisions())
            .impacts(List.empty()),
        Problem.Kind.BEFORE_JOINED,
        "meetings[0].chairedBy[0]");
  }

  @Test
  void refusesNegativeHoursPayOrExpensesInARegister() {
    Attendance ana = KEPT.meetings().get(1).attended().head();
    assertProblem(
        meeting(1, m -> m.withAttended(m.attended().update(0, ana.withHours(-1.0)))),
        Problem.Kind.NEGATIVE,
        "meetings[1].attended[0].hours");
    assertProblem(
        meeting(
            1, m -> m.withAttended(m.attended().update(0, ana.withPaid(BigDecimal.valueOf(-5))))),
        Problem.Kind.NEGATIVE,
        "meetings[1].attended[0].paid");
    assertProblem(
        meeting(
            1,
            m ->
                m.withAttended(
                    m.attended().update(0, ana.withExpenses(Expenses.of(BigDecimal.valueOf(-5)))))),
        Problem.Kind.NEGATIVE,
        "meetings[1].attended[0].expenses.claimed");
  }

  @Test
  void refusesExpensesRepaidBeforeTheMeeting() {
    Attendance ana = KEPT.meetings().get(1).attended().head();
    assertProblem(
        meeting(
            1,
            m ->
                m.withAttended(
                    m.attended()
                        .update(
                            0,
                            ana.withExpenses(
                                Expenses.of(BigDecimal.TEN).withReimbursed(day("2017-04-01")))))),
        Problem.Kind.DATES_OUT_OF_ORDER,
        "meetings[1].attended[0].expenses.reimbursed");
  }

  @Test
  void refusesAMeetingOnAnOutputThatIsNotThere() {
    assertProblem(
        meeting(1, m -> m.withOutput(OutputId.of("nothing"))),
        Problem.Kind.DANGLING_REFERENCE,
        "meetings[1].output");
  }

  @Test
  void refusesAMeetingAfterTheClose() {
    assertProblem(
        kept()
            .addMeeting(
                Meeting.builder()
                    .id(MeetingId.of("m3"))
                    .date(day("2017-09-28"))
                    .phase(Phase.EVALUATION)
                    .title("Wash-up")
                    .hours(1)
                    .addAttended(Attendance.of(ANA))
                    .build()),
        Problem.Kind.AFTER_CLOSE,
        "meetings[2].date");
  }

  // ---- impacts

  @Test
  void refusesAnImpactFromSomethingThatIsNotThere() {
    assertProblem(
        impact(0, x -> x.withFrom(List.of(GHOST))),
        Problem.Kind.DANGLING_REFERENCE,
        "impacts[0].from[0]");
    assertProblem(
        impact(0, x -> x.withFrom(List.of(ContributionId.of("m1.nobody")))),
        Problem.Kind.DANGLING_REFERENCE,
        "impacts[0].from[0]");
    assertProblem(
        impact(0, x -> x.withFrom(List.of(MeetingId.of("m9")))),
        Problem.Kind.DANGLING_REFERENCE,
        "impacts[0].from[0]");
  }

  @Test
  void anImpactMayComeFromAStoryByItsDerivedName() {
    assertThat(
            Project.validate(
                    impact(
                        1,
                        x ->
                            x.withDate(day("2017-09-05"))
                                .withFrom(List.of(ContributionId.of("ana.story.2017-09-01")))))
                .isValid())
        .isTrue();
  }

  @Test
  void refusesAnImpactFromSomethingThatIsNeitherContributionNorMeetingNorPerson() {
    assertProblem(
        impact(0, x -> x.withFrom(List.of(Fixtures.REPORT))),
        Problem.Kind.INVALID_VALUE,
        "impacts[0].from[0]");
  }

  @Test
  void refusesAnImpactFromSomethingLaterThanIt() {
    assertProblem(
        impact(0, x -> x.withDate(day("2017-04-01"))),
        Problem.Kind.DATES_OUT_OF_ORDER,
        "impacts[0].from[0]");
  }

  @Test
  void refusesAnImpactNotAdoptedWithoutAReason() {
    assertProblem(
        impact(1, x -> x.withReason(io.vavr.control.Option.none())),
        Problem.Kind.REASON_MISSING,
        "impacts[1].reason");
    assertProblem(
        impact(1, x -> x.withReason(" ")), Problem.Kind.REASON_MISSING, "impacts[1].reason");
  }

  @Test
  void refusesAnImpactOnADecisionOrOutputThatIsNotThere() {
    assertProblem(
        impact(0, x -> x.withDecision(DecisionId.of("nothing"))),
        Problem.Kind.DANGLING_REFERENCE,
        "impacts[0].decision");
    assertProblem(
        impact(0, x -> x.withOutput(OutputId.of("nothing"))),
        Problem.Kind.DANGLING_REFERENCE,
        "impacts[0].output");
  }

  @Test
  void refusesPeopleToldBeforeTheImpact() {
    assertProblem(
        impact(0, x -> x.withToldOn(day("2017-04-09"))),
        Problem.Kind.DATES_OUT_OF_ORDER,
        "impacts[0].toldOn");
  }

  // ---- check-ins

  @Test
  void refusesNegativeRespondents() {
    assertProblem(
        checkIn(1, c -> c.withRespondents(-1).withHeard(io.vavr.control.Option.none())),
        Problem.Kind.NEGATIVE,
        "checkIns[1].respondents");
  }

  @Test
  void refusesATallyOfOtherThanFiveCounts() {
    assertProblem(
        checkIn(0, c -> c.withInfluence(Tally.builder().counts(List.of(1, 1)).build())),
        Problem.Kind.INVALID_VALUE,
        "checkIns[0].influence");
  }

  @Test
  void refusesANegativeCountInATally() {
    assertProblem(
        checkIn(0, c -> c.withSupported(Tally.of(0, 0, -1, 0, 0))),
        Problem.Kind.NEGATIVE,
        "checkIns[0].supported[2]");
  }

  @Test
  void refusesATallyOfMoreAnswersThanRespondents() {
    assertProblem(
        checkIn(0, c -> c.withHeard(Tally.of(0, 1, 1, 1, 0))),
        Problem.Kind.INVALID_VALUE,
        "checkIns[0].heard");
  }

  @Test
  void refusesTwoEntriesForOneRoundAndSide() {
    assertProblem(
        checkIn(1, c -> c.withRound(day("2017-04-01"))),
        Problem.Kind.DUPLICATE_ID,
        "checkIns[1].side");
    assertThat(
            Project.validate(
                    checkIn(1, c -> c.withRound(day("2017-04-01")).withSide(Side.PROFESSIONAL)))
                .isValid())
        .isTrue();
  }

  @Test
  void aCheckInNamesNobody() {
    assertThat(CheckIn.class.getDeclaredMethods())
        .extracting(java.lang.reflect.Method::getReturnType)
        .doesNotContain(ParticipantId.class);
  }

  // ---- responses

  @Test
  void refusesAResponseToNoFinding() {
    assertProblem(response(r -> r.withFinding(" ")), Problem.Kind.MISSING, "responses[0].finding");
  }

  @Test
  void refusesAResponseOwnedBySomeoneWhoIsNotThere() {
    assertProblem(
        response(r -> r.withOwner(GHOST)), Problem.Kind.DANGLING_REFERENCE, "responses[0].owner");
  }

  @Test
  void refusesAReviewDueBeforeTheResponse() {
    assertProblem(
        response(r -> r.withReviewBy(day("2017-06-14"))),
        Problem.Kind.DATES_OUT_OF_ORDER,
        "responses[0].reviewBy");
  }

  @Test
  void refusesADeclinedResponseWithoutAReason() {
    assertProblem(
        response(r -> r.withStatus(ResponseStatus.DECLINED)),
        Problem.Kind.REASON_MISSING,
        "responses[0].reason");
    assertThat(
            Project.validate(
                    response(
                        r ->
                            r.withStatus(ResponseStatus.DECLINED).withReason("The board holds it")))
                .isValid())
        .isTrue();
  }
}
