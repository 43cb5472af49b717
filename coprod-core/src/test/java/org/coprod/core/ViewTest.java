package org.coprod.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.core.Fixtures.ANA;
import static org.coprod.core.Fixtures.BEN;
import static org.coprod.core.Fixtures.BUDGET;
import static org.coprod.core.Fixtures.CLOSED;
import static org.coprod.core.Fixtures.DANA;
import static org.coprod.core.Fixtures.FILM;
import static org.coprod.core.Fixtures.FILM_DAY;
import static org.coprod.core.Fixtures.REPORT;
import static org.coprod.core.Fixtures.SCOPE;
import static org.coprod.core.Fixtures.SESSIONS;
import static org.coprod.core.Fixtures.crisisLine;
import static org.coprod.core.Fixtures.day;

import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Views in time: the project as it stood at the end of a day, as {@link ProjectView} says. */
class ViewTest {
  private static final Project CRISIS_LINE = crisisLine().build();

  private static Project asOf(String date) {
    return CRISIS_LINE.asOf(day(date)).project();
  }

  @Test
  void keepsWhatIsDatedOnTheDayItselfAndDropsWhatCameLater() {
    assertThat(asOf("2017-03-01").contributions()).hasSize(1);
    assertThat(asOf("2017-03-02").contributions()).hasSize(2);
    assertThat(asOf("2017-03-02").contributions().last().participant()).isEqualTo(ANA);
  }

  @Test
  void dropsPeopleRolesDecisionsVersionsAndOutputsDatedLater() {
    Project early = asOf("2017-01-15");
    assertThat(early.participants()).extracting(Participant::id).containsExactly(DANA);
    assertThat(early.roles()).extracting(Role::participant).containsExactly(DANA);
    assertThat(early.contributions()).isEmpty();
    assertThat(early.decisions()).isEmpty();
    assertThat(early.agreements()).isEmpty();
    assertThat(early.outputs()).isEmpty();

    Project spring = asOf("2017-03-10");
    assertThat(spring.participants()).extracting(Participant::id).containsExactly(DANA, ANA, BEN);
    assertThat(spring.decisions()).extracting(Decision::id).containsExactly(SCOPE, SESSIONS);
    assertThat(spring.agreements()).extracting(Agreement::version).containsExactly(1);
    assertThat(spring.contributions()).hasSize(3);
  }

  @Test
  void keepsTheProjectsOwnFields() {
    Project early = asOf("2017-01-15");
    assertThat(early.id()).isEqualTo(CRISIS_LINE.id());
    assertThat(early.title()).isEqualTo(CRISIS_LINE.title());
    assertThat(early.purpose()).isEqualTo(CRISIS_LINE.purpose());
    assertThat(early.nature()).isEqualTo(CRISIS_LINE.nature());
    assertThat(early.claimedLevel()).isEqualTo(CRISIS_LINE.claimedLevel());
    assertThat(early.started()).isEqualTo(CRISIS_LINE.started());
    assertThat(early.resources())
        .extracting(Resource::id)
        .containsExactly(BUDGET, Fixtures.TRAVEL_FUND);
  }

  @Test
  void clearsALeavingThatHadNotHappened() {
    assertThat(asOf("2017-03-14").participant(BEN).get().left().isEmpty()).isTrue();
    assertThat(asOf("2017-03-15").participant(BEN).get().left().get()).isEqualTo(day("2017-03-15"));
    assertThat(asOf("2017-09-29").participant(ANA).get().left().isEmpty()).isTrue();
  }

  @Test
  void dropsABreakNotYetBegunAndClearsAnEndStillToCome() {
    Project p =
        Project.builder()
            .from(CRISIS_LINE)
            .participants(
                CRISIS_LINE
                    .participants()
                    .update(
                        1,
                        x ->
                            x.withBreaks(
                                io.vavr.collection.List.of(
                                    Break.of(day("2017-03-01"), day("2017-03-31")),
                                    Break.builder()
                                        .from(day("2017-06-01"))
                                        .until(day("2017-07-15"))
                                        .agreed(false)
                                        .build()))))
            .build();
    assertThat(p.asOf(day("2017-02-28")).project().participant(ANA).get().breaks()).isEmpty();
    Seq<Break> during = p.asOf(day("2017-03-15")).project().participant(ANA).get().breaks();
    assertThat(during).containsExactly(Break.starting(day("2017-03-01")));
    Seq<Break> later = p.asOf(day("2017-06-30")).project().participant(ANA).get().breaks();
    assertThat(later)
        .containsExactly(
            Break.of(day("2017-03-01"), day("2017-03-31")),
            Break.builder().from(day("2017-06-01")).agreed(false).build());
    assertThat(p.asOf(day("2017-07-15")).project().participant(ANA).get().breaks())
        .isEqualTo(p.participant(ANA).get().breaks());
  }

  @Test
  void clearsTheEndOfARoleThatHadNotHappened() {
    assertThat(asOf("2017-09-28").rolesOf(ANA).head().until().isEmpty()).isTrue();
    assertThat(asOf("2017-09-29").rolesOf(ANA).head().until().get()).isEqualTo(day("2017-09-29"));
  }

  @Test
  void clearsAPaymentNotYetMadeButKeepsWhatIsOwed() {
    Contribution before = asOf("2017-03-19").contributions().get(1);
    assertThat(before.paidOn().isEmpty()).isTrue();
    assertThat(before.paid()).isEqualTo(new BigDecimal("75"));
    assertThat(asOf("2017-03-20").contributions().get(1).paidOn().get())
        .isEqualTo(day("2017-03-20"));
  }

  @Test
  void clearsARepaymentNotYetMadeButKeepsTheClaim() {
    Expenses before = asOf("2017-03-24").contributions().get(1).expenses().get();
    assertThat(before.reimbursed().isEmpty()).isTrue();
    assertThat(before.claimed()).isEqualTo(new BigDecimal("12.5"));
    assertThat(asOf("2017-03-25").contributions().get(1).expenses().get().reimbursed().get())
        .isEqualTo(day("2017-03-25"));
  }

  @Test
  void clearsFeedbackNotYetGiven() {
    assertThat(asOf("2017-03-13").decision(SESSIONS).get().feedback().isEmpty()).isTrue();
    assertThat(asOf("2017-03-14").decision(SESSIONS).get().feedback().get())
        .isEqualTo(day("2017-03-14"));
  }

  @Test
  void dropsConsentsGivenLater() {
    assertThat(asOf("2017-02-05").agreements().head().consents())
        .extracting(Consent::participant)
        .containsExactly(DANA);
    assertThat(asOf("2017-02-06").agreements().head().consents())
        .extracting(Consent::participant)
        .containsExactly(DANA, ANA);
    Agreement second = asOf("2017-06-02").agreements().last();
    assertThat(second.version()).isEqualTo(2);
    assertThat(second.consents()).extracting(Consent::participant).containsExactly(DANA);
  }

  @Test
  void isClosedOnlyFromTheDayOfTheClose() {
    ProjectView before = CRISIS_LINE.asOf(CLOSED.minusDays(1));
    assertThat(before.isClosed()).isFalse();
    assertThat(before.project().closed().isEmpty()).isTrue();
    ProjectView on = CRISIS_LINE.asOf(CLOSED);
    assertThat(on.isClosed()).isTrue();
    assertThat(on.project().closed().get()).isEqualTo(CLOSED);
  }

  @Test
  void aContributionToAnOutputNotYetMadeKeepsItsHoursButNotTheOutput() {
    Project beforeFilm = CRISIS_LINE.asOf(FILM_DAY.minusDays(1)).project();
    assertThat(beforeFilm.outputs()).extracting(Output::id).containsExactly(REPORT);
    Contribution story = beforeFilm.contributions().get(3);
    assertThat(story.output().isEmpty()).isTrue();
    assertThat(story.hours()).isEqualTo(1.5);
    assertThat(beforeFilm.contributions().get(1).output().get()).isEqualTo(REPORT);
    assertThat(CRISIS_LINE.asOf(FILM_DAY).project().contributions().get(3).output().get())
        .isEqualTo(FILM);
  }

  @Test
  void dropsReferencesToPeopleWhoHadNotYetJoined() {
    Project p =
        Project.builder()
            .from(CRISIS_LINE)
            .resources(
                CRISIS_LINE
                    .resources()
                    .update(0, r -> r.withControlledBy(io.vavr.collection.List.of(DANA, BEN))))
            .build();
    assertThat(p.asOf(day("2017-02-15")).project().resource(BUDGET).get().controlledBy())
        .containsExactly(DANA);
    assertThat(p.asOf(day("2017-03-01")).project().resource(BUDGET).get().controlledBy())
        .containsExactly(DANA, BEN);
  }

  @Test
  void supportMeantOnlyForPeopleNotYetJoinedIsNotInTheView() {
    ParticipantId bob = ParticipantId.of("bob");
    ResourceId fund = ResourceId.of("fund");
    Project p =
        crisisLine()
            .addParticipant(
                Participant.builder()
                    .id(bob)
                    .side(Side.LIVED_EXPERIENCE)
                    .joined(day("2017-04-01"))
                    .build())
            .addResource(
                Resource.builder()
                    .id(fund)
                    .kind(ResourceKind.SUPPORT)
                    .amount(BigDecimal.TEN)
                    .unit("GBP")
                    .addMeet("travel")
                    .addServe(bob)
                    .build())
            .build();
    assertThat(p.asOf(day("2017-03-31")).project().resources())
        .extracting(Resource::id)
        .containsExactly(BUDGET, Fixtures.TRAVEL_FUND);
    assertThat(p.asOf(day("2017-04-01")).project().resources())
        .extracting(Resource::id)
        .containsExactly(BUDGET, Fixtures.TRAVEL_FUND, fund);
  }

  @Test
  void aViewIsItselfAValidProjectWithItsDate() {
    for (String date :
        new String[] {
          "2016-06-01", "2017-01-15", "2017-03-05", "2017-06-02", "2017-09-26", "2018-01-01"
        }) {
      ProjectView view = CRISIS_LINE.asOf(day(date));
      assertThat(view.date()).isEqualTo(day(date));
      assertThat(Project.validate(Project.builder().from(view.project())).isValid())
          .as(date)
          .isTrue();
    }
  }

  @Test
  void theDefaultViewIsAtTheLastDatedEventEvenAnOutputAfterTheClose() {
    assertThat(CRISIS_LINE.lastDatedEvent()).isEqualTo(FILM_DAY).isAfter(CLOSED);
    ProjectView view = CRISIS_LINE.view();
    assertThat(view.date()).isEqualTo(FILM_DAY);
    assertThat(view.project()).isEqualTo(CRISIS_LINE);
    assertThat(view).isEqualTo(CRISIS_LINE.asOf(FILM_DAY));
  }

  @Test
  void theDefaultViewNeverReadsTheClock() {
    // A project of 2017 is seen as it stood in 2017, whenever the test runs.
    assertThat(CRISIS_LINE.view().date().getYear()).isEqualTo(2017);
    Project running =
        Project.builder()
            .from(CRISIS_LINE)
            .closed(io.vavr.control.Option.none())
            .outputs(CRISIS_LINE.outputs().take(1))
            .contributions(CRISIS_LINE.contributions().take(3))
            .build();
    assertThat(running.view().date()).isEqualTo(day("2017-09-30"));
    assertThat(running.view().isClosed()).isFalse();
  }

  @Test
  void aViewOfAViewAtAnEarlierDateIsTheDirectView() {
    String[] dates = {
      "2017-01-15", "2017-03-05", "2017-03-14", "2017-06-02", "2017-09-26", "2017-10-15"
    };
    for (String later : dates) {
      for (String earlier : dates) {
        if (!day(earlier).isAfter(day(later))) {
          assertThat(CRISIS_LINE.asOf(day(later)).project().asOf(day(earlier)))
              .as(earlier + " within " + later)
              .isEqualTo(CRISIS_LINE.asOf(day(earlier)));
        }
      }
    }
  }

  private static final LocalDate BASE = day("2020-01-01");
  private static final LocalDate LATE = day("2020-06-30");
  private static final ParticipantId P = ParticipantId.of("p");

  /** A project whose every date is {@link #BASE}, with one dated thing that can be moved later. */
  private static Project.Builder minimal() {
    return Project.builder()
        .id(ProjectId.of("m"))
        .title("M")
        .started(BASE)
        .addParticipant(
            Participant.builder().id(P).side(Side.LIVED_EXPERIENCE).joined(BASE).build());
  }

  private static Contribution work(UnaryOperator<Contribution> change) {
    return change.apply(
        Contribution.builder()
            .participant(P)
            .date(BASE)
            .phase(Phase.DESIGN)
            .kind(ContributionKind.IDEA)
            .hours(1)
            .build());
  }

  private static Decision decision(UnaryOperator<Decision> change) {
    return change.apply(
        Decision.builder()
            .id(DecisionId.of("d"))
            .date(BASE)
            .phase(Phase.SCOPING)
            .topic("T")
            .type(DecisionType.SCOPE)
            .build());
  }

  private static Arguments event(String what, Project.Builder parts) {
    return Arguments.of(Named.of(what, parts));
  }

  static Stream<Arguments> datedEvents() {
    return Stream.of(
        event(
            "the start",
            minimal()
                .started(LATE)
                .participants(
                    io.vavr.collection.List.of(
                        Participant.builder()
                            .id(P)
                            .side(Side.LIVED_EXPERIENCE)
                            .joined(BASE)
                            .build()))),
        event("the close", minimal().closed(LATE)),
        event(
            "a joining",
            minimal()
                .addParticipant(
                    Participant.builder()
                        .id(ParticipantId.of("q"))
                        .side(Side.PROFESSIONAL)
                        .joined(LATE)
                        .build())),
        event(
            "a leaving",
            minimal()
                .participants(
                    io.vavr.collection.List.of(
                        Participant.builder()
                            .id(P)
                            .side(Side.LIVED_EXPERIENCE)
                            .joined(BASE)
                            .left(LATE)
                            .build()))),
        event(
            "a role's start",
            minimal().addRole(Role.builder().participant(P).title("R").from(LATE).build())),
        event(
            "a role's end",
            minimal()
                .addRole(Role.builder().participant(P).title("R").from(BASE).until(LATE).build())),
        event(
            "a break's start",
            minimal()
                .participants(
                    io.vavr.collection.List.of(
                        Participant.builder()
                            .id(P)
                            .side(Side.LIVED_EXPERIENCE)
                            .joined(BASE)
                            .addBreak(Break.starting(LATE))
                            .build()))),
        event(
            "a break's end",
            minimal()
                .participants(
                    io.vavr.collection.List.of(
                        Participant.builder()
                            .id(P)
                            .side(Side.LIVED_EXPERIENCE)
                            .joined(BASE)
                            .addBreak(Break.of(BASE, LATE))
                            .build()))),
        event("a contribution", minimal().addContribution(work(c -> c.withDate(LATE)))),
        event(
            "a payment",
            minimal().addContribution(work(c -> c.withPaid(BigDecimal.ONE).withPaidOn(LATE)))),
        event(
            "a repayment",
            minimal()
                .addContribution(
                    work(
                        c ->
                            c.withExpenses(
                                Expenses.builder()
                                    .claimed(BigDecimal.ONE)
                                    .reimbursed(LATE)
                                    .build())))),
        event("a decision", minimal().addDecision(decision(d -> d.withDate(LATE)))),
        event("feedback", minimal().addDecision(decision(d -> d.withFeedback(LATE)))),
        event(
            "an agreement version",
            minimal().addAgreement(Agreement.builder().version(1).date(LATE).build())),
        event(
            "a consent",
            minimal()
                .addAgreement(
                    Agreement.builder()
                        .version(1)
                        .date(BASE)
                        .addConsent(Consent.of(P, LATE))
                        .build())),
        event(
            "an output",
            minimal()
                .addOutput(Output.builder().id(OutputId.of("o")).title("O").date(LATE).build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("datedEvents")
  void theLastDatedEventCounts(Project.Builder parts) {
    Project p = parts.build();
    assertThat(p.lastDatedEvent()).isEqualTo(LATE);
    assertThat(p.view().date()).isEqualTo(LATE);
    assertThat(p.view().project()).isEqualTo(p);
    assertThat(minimal().build().lastDatedEvent()).isEqualTo(BASE);
  }

  /** A small project of two people, everything dated by day 10 but what a test adds. */
  private static Project.Builder small() {
    return Project.builder()
        .id(ProjectId.of("small"))
        .title("Small")
        .started(day("2020-01-01"))
        .addParticipant(
            Participant.builder()
                .id(ANA)
                .side(Side.LIVED_EXPERIENCE)
                .joined(day("2020-01-01"))
                .build(),
            Participant.builder()
                .id(DANA)
                .side(Side.PROFESSIONAL)
                .joined(day("2020-01-01"))
                .build());
  }

  @Test
  void aViewCutsARoleThatBeginsLaterEvenWhenNothingElseIsLater() {
    Project p =
        small()
            .addRole(Role.builder().participant(DANA).title("Lead").from(day("2020-03-01")).build())
            .build();
    assertThat(p.asOf(day("2020-02-01")).project().roles()).isEmpty();
    assertThat(p.asOf(day("2020-03-01")).project().roles()).hasSize(1);
  }

  @Test
  void aViewClearsFeedbackGivenLaterEvenWhenNothingElseIsLater() {
    Project p =
        small()
            .addDecision(
                Decision.builder()
                    .id(DecisionId.of("d"))
                    .date(day("2020-01-05"))
                    .phase(Phase.SCOPING)
                    .topic("What")
                    .type(DecisionType.SCOPE)
                    .addConsulted(ANA)
                    .feedback(day("2020-03-01"))
                    .build())
            .build();
    assertThat(p.asOf(day("2020-02-01")).project().decisions().head().feedback()).isEmpty();
  }

  @Test
  void aViewDropsAConsentGivenLaterEvenWhenNothingElseIsLater() {
    Project p =
        small()
            .addAgreement(
                Agreement.builder()
                    .version(1)
                    .date(day("2020-01-05"))
                    .addConsent(
                        Consent.of(DANA, day("2020-01-05")), Consent.of(ANA, day("2020-03-01")))
                    .build())
            .build();
    assertThat(p.asOf(day("2020-02-01")).project().agreements().head().consents())
        .extracting(Consent::participant)
        .containsExactly(DANA);
  }

  @Test
  void aViewKeepsCreditsAndRewardsOfPeopleWhoHadJoinedOnly() {
    ParticipantId late = ParticipantId.of("late");
    Project p =
        small()
            .addParticipant(
                Participant.builder()
                    .id(late)
                    .side(Side.LIVED_EXPERIENCE)
                    .joined(day("2020-03-01"))
                    .build())
            .addOutput(
                Output.builder()
                    .id(OutputId.of("o"))
                    .title("O")
                    .date(day("2020-01-10"))
                    .addCredit(
                        Credit.of(ANA, CreditRole.AUTHOR), Credit.of(late, CreditRole.AUTHOR))
                    .addReward(Reward.of(ANA, RewardKind.PRIZE), Reward.of(late, RewardKind.PRIZE))
                    .build())
            .build();
    Output early = p.asOf(day("2020-02-01")).project().outputs().head();
    assertThat(early.credits()).extracting(Credit::participant).containsExactly(ANA);
    assertThat(early.rewards()).extracting(Reward::participant).containsExactly(ANA);
    Output later = p.asOf(day("2020-03-01")).project().outputs().head();
    assertThat(later.credits()).extracting(Credit::participant).containsExactly(ANA, late);
    assertThat(later.rewards()).extracting(Reward::participant).containsExactly(ANA, late);
  }

  @Test
  void aViewClearsWhatHadNotHappenedYetEvenWhenNothingElseIsLater() {
    Project roleEnds =
        small()
            .addRole(
                Role.builder()
                    .participant(DANA)
                    .title("Lead")
                    .from(day("2020-01-01"))
                    .until(day("2020-03-01"))
                    .build())
            .build();
    assertThat(roleEnds.asOf(day("2020-02-01")).project().roles().head().until()).isEmpty();
    Contribution paidLater =
        Contribution.builder()
            .participant(ANA)
            .date(day("2020-01-05"))
            .phase(Phase.DESIGN)
            .kind(ContributionKind.LABOUR)
            .hours(1)
            .paid(BigDecimal.TEN)
            .paidOn(day("2020-03-01"))
            .build();
    assertThat(
            small()
                .addContribution(paidLater)
                .build()
                .asOf(day("2020-02-01"))
                .project()
                .contributions()
                .head()
                .paidOn())
        .isEmpty();
    Contribution repaidLater =
        paidLater
            .withPaidOn(day("2020-01-06"))
            .withExpenses(
                Expenses.builder().claimed(BigDecimal.ONE).reimbursed(day("2020-03-01")).build());
    assertThat(
            small()
                .addContribution(repaidLater)
                .build()
                .asOf(day("2020-02-01"))
                .project()
                .contributions()
                .head()
                .expenses()
                .get()
                .reimbursed())
        .isEmpty();
    Project agreedLater =
        small()
            .addAgreement(Agreement.builder().version(1).date(day("2020-03-01")).build())
            .build();
    assertThat(agreedLater.asOf(day("2020-02-01")).project().agreements()).isEmpty();
  }
}
