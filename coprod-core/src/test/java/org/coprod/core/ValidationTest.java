package org.coprod.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.coprod.core.Fixtures.ANA;
import static org.coprod.core.Fixtures.BEN;
import static org.coprod.core.Fixtures.DANA;
import static org.coprod.core.Fixtures.crisisLine;
import static org.coprod.core.Fixtures.day;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.Arrays;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Validation of a project built from untrusted parts: every problem at once, each with its path;
 * and the builder, which throws {@link InvalidProjectException} on the same invariants.
 */
class ValidationTest {
  private static final ParticipantId GHOST = ParticipantId.of("ghost");

  /** A valid project, to take apart. */
  private static Project valid() {
    return crisisLine().build();
  }

  /**
   * Checks that validation returns exactly these problems, in this order, and that building the
   * same parts throws with the same problems.
   */
  private static void assertProblems(Project.Builder parts, Tuple... expected) {
    Validation<Seq<Problem>, Project> result = Project.validate(parts);
    assertThat(result.isInvalid()).as("the parts are invalid").isTrue();
    assertThat(result.getError())
        .extracting(Problem::kind, Problem::path)
        .containsExactly(expected);
    assertThatThrownBy(parts::build)
        .isInstanceOfSatisfying(
            InvalidProjectException.class,
            e -> assertThat(e.problems()).containsExactlyElementsOf(result.getError()));
  }

  @Test
  void acceptsTheValidProjectAndReturnsIt() {
    Validation<Seq<Problem>, Project> result = Project.validate(crisisLine());
    assertThat(result.isValid()).isTrue();
    assertThat(result.get()).isEqualTo(valid());
  }

  @Test
  void reportsEveryProblemOfABrokenProjectInOneResult() {
    Project p = valid();
    Project.Builder broken =
        Project.builder()
            .from(p)
            .addContribution(
                Contribution.builder()
                    .participant(GHOST)
                    .date(day("2017-04-01"))
                    .phase(Phase.DELIVERY)
                    .kind(ContributionKind.LABOUR)
                    .hours(-2)
                    .build())
            .addResource(
                Resource.builder()
                    .id(ResourceId.of("grant"))
                    .kind(ResourceKind.MONEY)
                    .amount(BigDecimal.TEN)
                    .unit("EUR")
                    .build())
            .addOutput(
                Output.builder()
                    .id(OutputId.of("ana"))
                    .title("Leaflet")
                    .date(day("2017-08-01"))
                    .build())
            .agreements(
                p.agreements()
                    .update(
                        1,
                        a ->
                            a.withConsents(
                                    a.consents().append(Consent.of(GHOST, day("2017-06-02"))))
                                .withAcknowledged(
                                    io.vavr.collection.List.of(
                                        Acknowledgement.builder()
                                            .rule("preset-direction")
                                            .reason(" ")
                                            .build()))));
    assertProblems(
        broken,
        tuple(Problem.Kind.DUPLICATE_ID, "outputs[2].id"),
        tuple(Problem.Kind.MONEY_UNITS, "resources[2].unit"),
        tuple(Problem.Kind.DANGLING_REFERENCE, "contributions[4].participant"),
        tuple(Problem.Kind.NEGATIVE, "contributions[4].hours"),
        tuple(Problem.Kind.DANGLING_REFERENCE, "agreements[1].consents[2].participant"),
        tuple(Problem.Kind.REASON_MISSING, "agreements[1].acknowledged[0].reason"));
  }

  @Test
  void reportsADanglingReferenceWhereverItIs() {
    OutputId nothing = OutputId.of("nothing");
    Project p = valid();
    Project.Builder broken =
        Project.builder()
            .from(p)
            .addRole(
                Role.builder().participant(GHOST).title("Chair").from(day("2017-03-01")).build())
            .addResource(
                Resource.builder()
                    .id(ResourceId.of("room"))
                    .kind(ResourceKind.VENUE)
                    .amount(BigDecimal.ONE)
                    .unit("room")
                    .addControlledBy(DANA, GHOST)
                    .addServe(GHOST)
                    .build())
            .addContribution(
                Contribution.builder()
                    .participant(GHOST)
                    .date(day("2017-04-01"))
                    .phase(Phase.DELIVERY)
                    .kind(ContributionKind.LABOUR)
                    .hours(1)
                    .build())
            .addContribution(
                Contribution.builder()
                    .participant(ANA)
                    .date(day("2017-04-01"))
                    .phase(Phase.DELIVERY)
                    .kind(ContributionKind.LABOUR)
                    .hours(1)
                    .output(nothing)
                    .build())
            .addDecision(
                Decision.builder()
                    .id(DecisionId.of("venue"))
                    .date(day("2017-04-02"))
                    .phase(Phase.DELIVERY)
                    .topic("Where")
                    .type(DecisionType.DELIVERY)
                    .ledBy(GHOST)
                    .addDecidedBy(DANA, GHOST)
                    .addObjectedBy(ANA)
                    .addConsulted(GHOST)
                    .build())
            .addOutput(
                Output.builder()
                    .id(OutputId.of("leaflet"))
                    .title("Leaflet")
                    .date(day("2017-08-01"))
                    .addOwner(GHOST)
                    .addCredit(Credit.of(GHOST, CreditRole.AUTHOR))
                    .addReward(Reward.of(GHOST, RewardKind.FEE))
                    .build());
    assertProblems(
        broken,
        tuple(Problem.Kind.DANGLING_REFERENCE, "roles[2].participant"),
        tuple(Problem.Kind.DANGLING_REFERENCE, "resources[2].controlledBy[1]"),
        tuple(Problem.Kind.DANGLING_REFERENCE, "resources[2].serves[0]"),
        tuple(Problem.Kind.DANGLING_REFERENCE, "contributions[4].participant"),
        tuple(Problem.Kind.DANGLING_REFERENCE, "contributions[5].output"),
        tuple(Problem.Kind.DANGLING_REFERENCE, "decisions[2].ledBy"),
        tuple(Problem.Kind.DANGLING_REFERENCE, "decisions[2].decidedBy[1]"),
        tuple(Problem.Kind.DANGLING_REFERENCE, "decisions[2].consulted[0]"),
        // ana exists but did not decide, so she cannot have objected
        tuple(Problem.Kind.DANGLING_REFERENCE, "decisions[2].objectedBy[0]"),
        tuple(Problem.Kind.DANGLING_REFERENCE, "outputs[2].owners[0]"),
        tuple(Problem.Kind.DANGLING_REFERENCE, "outputs[2].credits[0].participant"),
        tuple(Problem.Kind.DANGLING_REFERENCE, "outputs[2].rewards[0].participant"));
  }

  @Test
  void reportsAnIdSharedByAParticipantAndAnOutput() {
    Project.Builder broken =
        crisisLine()
            .addOutput(
                Output.builder()
                    .id(OutputId.of("ana"))
                    .title("Leaflet")
                    .date(day("2017-08-01"))
                    .build());
    assertProblems(broken, tuple(Problem.Kind.DUPLICATE_ID, "outputs[2].id"));
    assertThat(Project.validate(broken).getError().head().message()).contains("participants[1].id");
  }

  @Test
  void reportsAnIdSharedAcrossOtherKindsAndWithinOne() {
    Project.Builder broken =
        crisisLine()
            .addParticipant(
                Participant.builder()
                    .id(DANA)
                    .side(Side.PROFESSIONAL)
                    .joined(day("2017-01-10"))
                    .build())
            .addContribution(
                Contribution.builder()
                    .id(ContributionId.of("budget"))
                    .participant(ANA)
                    .date(day("2017-04-01"))
                    .phase(Phase.DELIVERY)
                    .kind(ContributionKind.LABOUR)
                    .hours(1)
                    .build())
            .addDecision(
                Decision.builder()
                    .id(DecisionId.of("report"))
                    .date(day("2017-04-02"))
                    .phase(Phase.DELIVERY)
                    .topic("When")
                    .type(DecisionType.OTHER)
                    .build());
    assertProblems(
        broken,
        tuple(Problem.Kind.DUPLICATE_ID, "participants[3].id"),
        tuple(Problem.Kind.DUPLICATE_ID, "contributions[4].id"),
        tuple(Problem.Kind.DUPLICATE_ID, "outputs[0].id"));
  }

  @Test
  void reportsAContributionDatedBeforeJoiningOrAfterLeaving() {
    Project.Builder broken =
        crisisLine()
            .addContribution(Fixtures.contribution(ANA, "2017-01-31", 1))
            .addContribution(Fixtures.contribution(BEN, "2017-03-16", 1))
            // the days of joining and leaving themselves are fine
            .addContribution(Fixtures.contribution(BEN, "2017-03-01", 1))
            .addContribution(Fixtures.contribution(BEN, "2017-03-15", 1));
    assertProblems(
        broken,
        tuple(Problem.Kind.BEFORE_JOINED, "contributions[4].participant"),
        tuple(Problem.Kind.AFTER_LEFT, "contributions[5].participant"));
  }

  /** The crisis line with Ana's breaks (she joined 2017-02-01 and left 2017-09-30). */
  private static Project.Builder anaBreaks(Break... breaks) {
    Project p = valid();
    return Project.builder()
        .from(p)
        .participants(
            p.participants().update(1, x -> x.withBreaks(io.vavr.collection.List.of(breaks))));
  }

  @Test
  void acceptsBreaksWithinAPersonsTimeThatDoNotOverlapAndContributionsDuringThem() {
    Project p =
        anaBreaks(
                Break.of(day("2017-03-10"), day("2017-04-09")),
                Break.builder()
                    .from(day("2017-02-01"))
                    .until(day("2017-02-01"))
                    .agreed(false)
                    .build(),
                Break.starting(day("2017-09-01")))
            .addContribution(Fixtures.contribution(ANA, "2017-03-20", 1))
            .build();
    assertThat(p.participant(ANA).get().breaks()).hasSize(3);
    assertThat(p.participant(ANA).get().breaks().get(1).agreed()).isFalse();
    assertThat(Break.starting(day("2017-09-01")).agreed()).isTrue();
  }

  @Test
  void reportsABreakOutsideThePersonsTimeOrEndingBeforeItBegins() {
    assertProblems(
        anaBreaks(
            Break.of(day("2017-01-20"), day("2017-02-10")),
            Break.of(day("2017-05-10"), day("2017-05-01")),
            Break.of(day("2017-09-20"), day("2017-10-02")),
            Break.starting(day("2017-10-03"))),
        tuple(Problem.Kind.BEFORE_JOINED, "participants[1].breaks[0].from"),
        tuple(Problem.Kind.DATES_OUT_OF_ORDER, "participants[1].breaks[1].until"),
        tuple(Problem.Kind.AFTER_LEFT, "participants[1].breaks[2].until"),
        tuple(Problem.Kind.AFTER_LEFT, "participants[1].breaks[3].from"),
        tuple(Problem.Kind.AFTER_CLOSE, "participants[1].breaks[3].from"));
  }

  @Test
  void reportsBreaksThatOverlapOrBeginWhileOneWithNoEndGoesOn() {
    // In the order given: the second begins before the first ends; the fourth begins while the
    // third, begun earlier, has no end. A break may begin the day after another ends.
    assertProblems(
        anaBreaks(
            Break.of(day("2017-03-01"), day("2017-03-31")),
            Break.of(day("2017-03-31"), day("2017-04-10")),
            Break.starting(day("2017-06-01")),
            Break.of(day("2017-07-01"), day("2017-07-02")),
            Break.of(day("2017-04-11"), day("2017-04-12"))),
        tuple(Problem.Kind.DATES_OUT_OF_ORDER, "participants[1].breaks[1].from"),
        tuple(Problem.Kind.DATES_OUT_OF_ORDER, "participants[1].breaks[3].from"));
  }

  @Test
  void reportsARoleDatedBeforeJoiningOrAfterLeaving() {
    Project.Builder broken =
        crisisLine()
            .addRole(
                Role.builder().participant(BEN).title("Advisor").from(day("2017-02-28")).build())
            .addRole(
                Role.builder().participant(BEN).title("Advisor").from(day("2017-03-16")).build());
    assertProblems(
        broken,
        tuple(Problem.Kind.BEFORE_JOINED, "roles[2].participant"),
        tuple(Problem.Kind.AFTER_LEFT, "roles[3].participant"));
  }

  @Test
  void reportsAConsentDatedBeforeJoiningOrAfterLeaving() {
    Project p = valid();
    Project.Builder broken =
        Project.builder()
            .from(p)
            .agreements(
                p.agreements()
                    .update(
                        0,
                        a ->
                            a.withConsents(a.consents().append(Consent.of(BEN, day("2017-02-05")))))
                    .update(
                        1,
                        a ->
                            a.withConsents(
                                a.consents().append(Consent.of(BEN, day("2017-06-01"))))));
    assertProblems(
        broken,
        tuple(Problem.Kind.BEFORE_JOINED, "agreements[0].consents[2].participant"),
        tuple(Problem.Kind.AFTER_LEFT, "agreements[1].consents[2].participant"));
  }

  @Test
  void reportsAConsentBySomeoneWhoIsNotAParticipant() {
    Project p = valid();
    Project.Builder broken =
        Project.builder()
            .from(p)
            .agreements(
                p.agreements()
                    .update(
                        0,
                        a ->
                            a.withConsents(
                                a.consents().append(Consent.of(GHOST, day("2017-02-05"))))));
    assertProblems(
        broken, tuple(Problem.Kind.DANGLING_REFERENCE, "agreements[0].consents[2].participant"));
  }

  @Test
  void reportsNegativeHoursAndMoney() {
    Project p = valid();
    Project.Builder broken =
        Project.builder()
            .from(p)
            .participants(p.participants().update(1, x -> x.withAvailableHoursPerWeek(-1.0)))
            .addResource(
                Resource.builder()
                    .id(ResourceId.of("grant"))
                    .kind(ResourceKind.MONEY)
                    .amount(new BigDecimal("-0.01"))
                    .unit("GBP")
                    .build())
            .addContribution(Fixtures.contribution(ANA, "2017-04-01", -0.5))
            .addContribution(Fixtures.contribution(ANA, "2017-04-01", Double.NaN))
            .addContribution(Fixtures.contribution(ANA, "2017-04-01", Double.POSITIVE_INFINITY))
            .addContribution(
                Contribution.builder()
                    .participant(ANA)
                    .date(day("2017-04-01"))
                    .phase(Phase.DELIVERY)
                    .kind(ContributionKind.LABOUR)
                    .hours(1)
                    .paid(new BigDecimal("-5"))
                    .expenses(Expenses.of(new BigDecimal("-12.5")))
                    .build())
            .addAgreement(
                Agreement.builder()
                    .version(3)
                    .date(day("2017-07-01"))
                    .payment(
                        PaymentTerms.builder()
                            .ratePerHour(new BigDecimal("-1"))
                            .paymentWithinDays(-1)
                            .expensesWithinDays(-2)
                            .build())
                    .build());
    assertProblems(
        broken,
        tuple(Problem.Kind.NEGATIVE, "participants[1].availableHoursPerWeek"),
        tuple(Problem.Kind.NEGATIVE, "resources[2].amount"),
        tuple(Problem.Kind.NEGATIVE, "contributions[4].hours"),
        tuple(Problem.Kind.NEGATIVE, "contributions[5].hours"),
        tuple(Problem.Kind.NEGATIVE, "contributions[6].hours"),
        tuple(Problem.Kind.NEGATIVE, "contributions[7].paid"),
        tuple(Problem.Kind.NEGATIVE, "contributions[7].expenses.claimed"),
        tuple(Problem.Kind.NEGATIVE, "agreements[2].payment.ratePerHour"),
        tuple(Problem.Kind.NEGATIVE, "agreements[2].payment.paymentWithinDays"),
        tuple(Problem.Kind.NEGATIVE, "agreements[2].payment.expensesWithinDays"));
  }

  @Test
  void reportsMoreThanTenThousandHoursInOneContribution() {
    Project.Builder broken =
        crisisLine()
            .addContribution(Fixtures.contribution(ANA, "2017-04-01", 10_000.25))
            .addContribution(Fixtures.contribution(ANA, "2017-04-01", 1e308))
            .addContribution(Fixtures.contribution(ANA, "2017-04-01", 1e308));
    int n = valid().contributions().size();
    assertProblems(
        broken,
        tuple(Problem.Kind.INVALID_VALUE, "contributions[" + n + "].hours"),
        tuple(Problem.Kind.INVALID_VALUE, "contributions[" + (n + 1) + "].hours"),
        tuple(Problem.Kind.INVALID_VALUE, "contributions[" + (n + 2) + "].hours"));
    assertThat(Project.validate(broken).getError().head().message()).contains("10,000 hours");
  }

  @Test
  void acceptsTenThousandHoursInOneContribution() {
    Project.Builder parts =
        crisisLine()
            .addContribution(Fixtures.contribution(ANA, "2017-04-01", Contribution.MAX_HOURS));
    assertThat(Project.validate(parts).isValid()).isTrue();
  }

  @Test
  void acceptsZeroHoursAndZeroMoney() {
    Project.Builder parts =
        crisisLine()
            .addContribution(
                Contribution.builder()
                    .participant(ANA)
                    .date(day("2017-04-01"))
                    .phase(Phase.DELIVERY)
                    .kind(ContributionKind.LABOUR)
                    .hours(0)
                    .paid(BigDecimal.ZERO)
                    .build());
    assertThat(Project.validate(parts).isValid()).isTrue();
  }

  @Test
  void reportsACloseBeforeTheStart() {
    Project.Builder broken =
        Project.builder()
            .id(ProjectId.of("p"))
            .title("P")
            .started(day("2017-02-01"))
            .closed(day("2017-01-31"));
    assertProblems(broken, tuple(Problem.Kind.DATES_OUT_OF_ORDER, "project.closed"));
    Project.Builder sameDay =
        Project.builder()
            .id(ProjectId.of("p"))
            .title("P")
            .started(day("2017-02-01"))
            .closed(day("2017-02-01"));
    assertThat(Project.validate(sameDay).isValid()).isTrue();
  }

  @Test
  void reportsOtherDatesOutOfOrder() {
    Project p = valid();
    Project.Builder broken =
        Project.builder()
            .from(p)
            .participants(p.participants().update(2, x -> x.withLeft(day("2017-02-28"))))
            .roles(p.roles().update(1, r -> r.withUntil(day("2017-01-31"))))
            .contributions(
                p.contributions()
                    .update(
                        1,
                        c ->
                            c.withExpenses(
                                c.expenses().map(e -> e.withReimbursed(day("2017-03-01"))))))
            .decisions(p.decisions().update(1, d -> d.withFeedback(day("2017-03-09"))))
            .agreements(
                p.agreements()
                    .update(
                        1,
                        a ->
                            a.withConsents(
                                a.consents().update(0, c -> Consent.of(DANA, day("2017-05-31"))))));
    assertProblems(
        broken,
        tuple(Problem.Kind.DATES_OUT_OF_ORDER, "participants[2].left"),
        tuple(Problem.Kind.DATES_OUT_OF_ORDER, "roles[1].until"),
        tuple(Problem.Kind.DATES_OUT_OF_ORDER, "contributions[1].expenses.reimbursed"),
        // ben's feedback now comes after he left
        tuple(Problem.Kind.AFTER_LEFT, "contributions[2].participant"),
        tuple(Problem.Kind.DATES_OUT_OF_ORDER, "decisions[1].feedback"),
        tuple(Problem.Kind.DATES_OUT_OF_ORDER, "agreements[1].consents[0].date"));
  }

  @Test
  void reportsAgreementVersionsOutOfOrder() {
    Project.Builder sameNumber =
        crisisLine().addAgreement(Agreement.builder().version(2).date(day("2017-07-01")).build());
    assertProblems(sameNumber, tuple(Problem.Kind.VERSIONS_OUT_OF_ORDER, "agreements[2].version"));
    Project.Builder earlierDate =
        crisisLine().addAgreement(Agreement.builder().version(3).date(day("2017-05-31")).build());
    assertProblems(earlierDate, tuple(Problem.Kind.VERSIONS_OUT_OF_ORDER, "agreements[2].version"));
    Project p = valid();
    Project.Builder swapped = Project.builder().from(p).agreements(p.agreements().reverse());
    assertProblems(swapped, tuple(Problem.Kind.VERSIONS_OUT_OF_ORDER, "agreements[1].version"));
    Project.Builder sameDay =
        crisisLine().addAgreement(Agreement.builder().version(3).date(day("2017-06-01")).build());
    assertThat(Project.validate(sameDay).isValid())
        .as("two versions on one day, in order")
        .isTrue();
  }

  @Test
  void reportsAnAcknowledgementWithoutAReason() {
    Project p = valid();
    Project.Builder broken =
        Project.builder()
            .from(p)
            .agreements(
                p.agreements()
                    .update(
                        1,
                        a ->
                            a.withAcknowledged(
                                io.vavr.collection.List.of(
                                    Acknowledgement.builder()
                                        .rule("preset-direction")
                                        .reason("")
                                        .build(),
                                    Acknowledgement.builder()
                                        .rule("credit-parity")
                                        .reason("Agreed at the March meeting")
                                        .build(),
                                    Acknowledgement.builder()
                                        .rule("drop-off")
                                        .reason(" \t")
                                        .build()))));
    assertProblems(
        broken,
        tuple(Problem.Kind.REASON_MISSING, "agreements[1].acknowledged[0].reason"),
        tuple(Problem.Kind.REASON_MISSING, "agreements[1].acknowledged[2].reason"));
  }

  @Test
  void reportsMoneyInTwoUnits() {
    Project.Builder broken =
        crisisLine()
            .addResource(
                Resource.builder()
                    .id(ResourceId.of("grant"))
                    .kind(ResourceKind.MONEY)
                    .amount(BigDecimal.TEN)
                    .unit("EUR")
                    .build());
    assertProblems(broken, tuple(Problem.Kind.MONEY_UNITS, "resources[2].unit"));
    Project.Builder otherKinds =
        crisisLine()
            .addResource(
                Resource.builder()
                    .id(ResourceId.of("grant"))
                    .kind(ResourceKind.MONEY)
                    .amount(BigDecimal.TEN)
                    .unit("GBP")
                    .build())
            .addResource(
                Resource.builder()
                    .id(ResourceId.of("staff"))
                    .kind(ResourceKind.STAFF_TIME)
                    .amount(BigDecimal.TEN)
                    .unit("hours")
                    .build());
    assertThat(Project.validate(otherKinds).isValid())
        .as("one money unit; other kinds in their own units")
        .isTrue();
  }

  @Test
  void reportsAContributionDecisionAgreementVersionOrJoinAfterTheClose() {
    Project.Builder broken =
        crisisLine()
            .addParticipant(
                Participant.builder()
                    .id(ParticipantId.of("cat"))
                    .side(Side.LIVED_EXPERIENCE)
                    .joined(day("2017-09-27"))
                    .build())
            .addContribution(Fixtures.contribution(ANA, "2017-09-27", 1))
            .addDecision(
                Decision.builder()
                    .id(DecisionId.of("late"))
                    .date(day("2017-09-27"))
                    .phase(Phase.EVALUATION)
                    .topic("What next")
                    .type(DecisionType.OTHER)
                    .build())
            .addAgreement(Agreement.builder().version(3).date(day("2017-09-27")).build());
    assertProblems(
        broken,
        tuple(Problem.Kind.AFTER_CLOSE, "participants[3].joined"),
        tuple(Problem.Kind.AFTER_CLOSE, "contributions[4].date"),
        tuple(Problem.Kind.AFTER_CLOSE, "decisions[2].date"),
        tuple(Problem.Kind.AFTER_CLOSE, "agreements[2].date"));
  }

  @Test
  void acceptsOutputsRewardsPaymentsRepaymentsAndFeedbackAfterTheClose() {
    Project p = valid();
    Project.Builder later =
        Project.builder()
            .from(p)
            .contributions(
                p.contributions()
                    .update(
                        1,
                        c ->
                            c.withPaidOn(day("2017-10-01"))
                                .withExpenses(
                                    c.expenses().map(e -> e.withReimbursed(day("2017-10-02"))))))
            .decisions(p.decisions().update(1, d -> d.withFeedback(day("2017-10-03"))))
            .addOutput(
                Output.builder()
                    .id(OutputId.of("course"))
                    .title("Training course")
                    .date(day("2018-01-10"))
                    .addOwner(DANA)
                    .addCredit(Credit.of(ANA, CreditRole.STEWARD))
                    .addReward(Reward.of(ANA, RewardKind.TRAINING))
                    .build());
    Validation<Seq<Problem>, Project> result = Project.validate(later);
    assertThat(result.isValid()).isTrue();
    assertThat(result.get().lastDatedEvent()).isEqualTo(day("2018-01-10"));
  }

  @Test
  void reportsMissingRequiredPartsAsAProblemRatherThanThrowing() {
    Validation<Seq<Problem>, Project> result =
        Project.validate(Project.builder().id(ProjectId.of("p")));
    assertThat(result.isInvalid()).isTrue();
    assertThat(result.getError()).extracting(Problem::kind).containsOnly(Problem.Kind.MISSING);
    assertThat(result.getError())
        .extracting(Problem::path)
        .containsExactly("Project.title", "Project.started");
  }

  @Test
  void leavesThePartsAsTheyWere() {
    Project.Builder broken =
        crisisLine().addContribution(Fixtures.contribution(GHOST, "2017-04-01", 1));
    Seq<Problem> first = Project.validate(broken).getError();
    assertThat(Project.validate(broken).getError()).isEqualTo(first);
  }

  @Test
  void keepsPersonalDataOutOfProblemsAndExceptionMessages() {
    Project p = valid();
    Project.Builder broken =
        Project.builder()
            .from(p)
            .participants(
                p.participants()
                    .update(
                        1,
                        x ->
                            x.withLeft(day("2017-01-01"))
                                .withAvailableHoursPerWeek(-3.0)
                                .withBreaks(
                                    io.vavr.collection.List.of(
                                        Break.of(day("2017-03-01"), day("2017-02-01"))))))
            .addContribution(Fixtures.contribution(ANA, "2017-09-27", -1))
            .addResource(
                Resource.builder()
                    .id(ResourceId.of("grant"))
                    .kind(ResourceKind.MONEY)
                    .amount(BigDecimal.TEN)
                    .unit("EUR")
                    .addMeet(Fixtures.ANAS_NEED)
                    .build());
    Seq<Problem> problems = Project.validate(broken).getError();
    assertThat(problems.size()).isGreaterThan(5);
    String message = catchMessage(broken);
    for (String text : problems.map(Problem::message).append(message).append(problems.mkString())) {
      assertThat(text)
          .doesNotContain(Fixtures.ANAS_NAME, Fixtures.DANAS_NAME, Fixtures.ANAS_NEED)
          .doesNotContain(Arrays.stream(Side.values()).map(Enum::name).toArray(String[]::new))
          .doesNotContain(
              Arrays.stream(Perspective.values()).map(Enum::name).toArray(String[]::new))
          .doesNotContain(
              Arrays.stream(DeclineReason.values()).map(Enum::name).toArray(String[]::new));
    }
    assertThat(message).contains("participants[1].left", "ana");
    // a break is personal: its problem says where it is written, not whose it is nor its dates
    Problem onBreak = problems.find(x -> x.path().contains("breaks")).get();
    assertThat(onBreak.message()).doesNotContain("ana", "2017");
  }

  @Test
  void anExceptionListsTheFirstTenProblemsAndCountsTheRest() {
    Project.Builder broken = crisisLine();
    for (int i = 0; i < 12; i++) {
      broken.addContribution(Fixtures.contribution(GHOST, "2017-04-01", 1));
    }
    String message = catchMessage(broken);
    assertThat(message)
        .startsWith("invalid project: ")
        .contains("contributions[13].participant")
        .doesNotContain("contributions[14].participant")
        .endsWith("and 2 more");
  }

  private static String catchMessage(Project.Builder parts) {
    try {
      parts.build();
    } catch (InvalidProjectException e) {
      return String.valueOf(e.getMessage());
    }
    throw new AssertionError("the builder did not throw");
  }

  @Test
  void namesARepeatedIdAtItsPlaceAndWhereItWasFirstUsedWhateverTheList() {
    Project.Builder broken =
        crisisLine()
            .addContribution(Fixtures.contribution(ANA, "2017-04-01", 1))
            .addContribution(
                Contribution.copyOf(Fixtures.contribution(ANA, "2017-04-01", 1))
                    .withId(ContributionId.of("twice")))
            .addContribution(
                Contribution.copyOf(Fixtures.contribution(ANA, "2017-04-02", 1))
                    .withId(ContributionId.of("twice")))
            .addOutput(
                Output.builder()
                    .id(OutputId.of("sessions"))
                    .title("T")
                    .date(day("2017-08-01"))
                    .build());
    int n = valid().contributions().size();
    Seq<Problem> problems = Project.validate(broken).getError();
    assertThat(problems.map(p -> p.path() + " " + p.message()))
        .containsExactly(
            "contributions["
                + (n + 2)
                + "].id the id 'twice' is already used at contributions["
                + (n + 1)
                + "].id",
            "outputs[2].id the id 'sessions' is already used at decisions[1].id");
  }

  @Test
  void reportsADanglingCreditOrRewardAtItsPlaceInItsList() {
    Project p = valid();
    Output report = p.outputs().head();
    Project.Builder broken =
        Project.builder()
            .from(p)
            .outputs(
                p.outputs()
                    .update(
                        0,
                        report
                            .withCredits(
                                report.credits().append(Credit.of(GHOST, CreditRole.AUTHOR)))
                            .withRewards(
                                report.rewards().append(Reward.of(GHOST, RewardKind.PRIZE)))));
    assertProblems(
        broken,
        tuple(
            Problem.Kind.DANGLING_REFERENCE,
            "outputs[0].credits[" + report.credits().size() + "].participant"),
        tuple(
            Problem.Kind.DANGLING_REFERENCE,
            "outputs[0].rewards[" + report.rewards().size() + "].participant"));
  }

  @Test
  void reportsAnObjectorWhoIsNotAParticipant() {
    Project p = valid();
    Decision d = p.decisions().head();
    Project.Builder broken =
        Project.builder()
            .from(p)
            .decisions(
                p.decisions().update(0, d.withObjectedBy(io.vavr.collection.List.of(GHOST))));
    assertProblems(broken, tuple(Problem.Kind.DANGLING_REFERENCE, "decisions[0].objectedBy[0]"));
  }

  @Test
  void acceptsNoAvailableHoursAndPaymentDueOnTheDay() {
    Project p = valid();
    Agreement first = p.agreements().head();
    Project.Builder zero =
        Project.builder()
            .from(p)
            .participants(p.participants().update(1, x -> x.withAvailableHoursPerWeek(0.0)))
            .agreements(
                p.agreements()
                    .update(
                        0,
                        first.withPayment(
                            PaymentTerms.builder()
                                .paymentWithinDays(0)
                                .expensesWithinDays(0)
                                .build())));
    assertThat(Project.validate(zero).isValid()).isTrue();
  }

  @Test
  void namesARepeatedResourceIdAtItsPlace() {
    Project.Builder broken =
        crisisLine()
            .addResource(
                Resource.builder()
                    .id(Fixtures.BUDGET)
                    .kind(ResourceKind.VENUE)
                    .amount(BigDecimal.ONE)
                    .unit("room")
                    .build());
    assertThat(Project.validate(broken).getError().map(p -> p.path() + " " + p.message()))
        .containsExactly("resources[2].id the id 'budget' is already used at resources[0].id");
  }
}
