package org.coprod.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coprod.core.Fixtures.ANA;
import static org.coprod.core.Fixtures.BEN;
import static org.coprod.core.Fixtures.BUDGET;
import static org.coprod.core.Fixtures.DANA;
import static org.coprod.core.Fixtures.FILM;
import static org.coprod.core.Fixtures.REPORT;
import static org.coprod.core.Fixtures.SCOPE;
import static org.coprod.core.Fixtures.crisisLine;
import static org.coprod.core.Fixtures.day;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Building a project in code, and looking its parts up. */
class ProjectTest {
  private static final Project CRISIS_LINE = crisisLine().build();
  private static final ParticipantId GHOST = ParticipantId.of("ghost");

  @Test
  void buildsAValidProjectWithEveryKindOfPart() {
    assertThat(CRISIS_LINE.participants()).hasSize(3);
    assertThat(CRISIS_LINE.roles()).hasSize(2);
    assertThat(CRISIS_LINE.resources()).hasSize(2);
    assertThat(CRISIS_LINE.contributions()).hasSize(4);
    assertThat(CRISIS_LINE.decisions()).hasSize(2);
    assertThat(CRISIS_LINE.agreements()).hasSize(2);
    assertThat(CRISIS_LINE.outputs()).hasSize(2);
    assertThat(CRISIS_LINE.isClosed()).isTrue();
  }

  @Test
  void fillsTheDefaults() {
    Participant ben = CRISIS_LINE.participant(BEN).get();
    assertThat(ben.employment()).isEqualTo(Employment.INDEPENDENT);
    assertThat(ben.creditPreference()).isEqualTo(CreditPreference.NAMED);
    assertThat(ben.declinesPayment()).isFalse();
    assertThat(ben.isCore()).isFalse();
    assertThat(CRISIS_LINE.participant(ANA).get().isCore()).isTrue();
    Contribution dana = CRISIS_LINE.contributions().head();
    assertThat(dana.paid()).isEqualTo(java.math.BigDecimal.ZERO);
    assertThat(dana.isPaid()).isFalse();
    assertThat(dana.skills()).isEmpty();
    PaymentTerms terms = CRISIS_LINE.agreements().head().payment().get();
    assertThat(terms.paymentWithinDays()).isEqualTo(28);
    assertThat(terms.expensesWithinDays()).isEqualTo(28);
    assertThat(CRISIS_LINE.agreements().last().credit()).isEqualTo(CreditPolicy.UNDECIDED);
    assertThat(CRISIS_LINE.agreements().last().ownership()).isEqualTo(Ownership.UNDECIDED);
    assertThat(CRISIS_LINE.decision(SCOPE).get().rule().isEmpty()).isTrue();
    assertThat(CRISIS_LINE.roles().last().authority()).isEqualTo(Authority.DECIDE);
    assertThat(
            Role.builder().participant(BEN).title("R").from(day("2017-03-01")).build().authority())
        .isEqualTo(Authority.NONE);
  }

  @Test
  void looksUpPeopleAndTheirSides() {
    assertThat(CRISIS_LINE.participant(ANA).map(Participant::id).get()).isEqualTo(ANA);
    assertThat(CRISIS_LINE.participant(GHOST).isEmpty()).isTrue();
    assertThat(CRISIS_LINE.sideOf(ANA).get()).isEqualTo(Side.LIVED_EXPERIENCE);
    assertThat(CRISIS_LINE.sideOf(DANA).get()).isEqualTo(Side.PROFESSIONAL);
    assertThat(CRISIS_LINE.sideOf(GHOST).isEmpty()).isTrue();
    assertThat(CRISIS_LINE.participantsOn(Side.LIVED_EXPERIENCE))
        .extracting(Participant::id)
        .containsExactly(ANA, BEN);
    assertThat(CRISIS_LINE.participantsOn(Side.PROFESSIONAL))
        .extracting(Participant::id)
        .containsExactly(DANA);
    assertThat(Side.LIVED_EXPERIENCE.other()).isEqualTo(Side.PROFESSIONAL);
  }

  @Test
  void looksUpOutputsDecisionsAndResources() {
    assertThat(CRISIS_LINE.output(FILM).get().title()).isEqualTo("Short film");
    assertThat(CRISIS_LINE.output(OutputId.of("none")).isEmpty()).isTrue();
    assertThat(CRISIS_LINE.decision(SCOPE).get().type()).isEqualTo(DecisionType.SCOPE);
    assertThat(CRISIS_LINE.decision(DecisionId.of("none")).isEmpty()).isTrue();
    assertThat(CRISIS_LINE.resource(BUDGET).get().kind()).isEqualTo(ResourceKind.MONEY);
    assertThat(CRISIS_LINE.resource(ResourceId.of("none")).isEmpty()).isTrue();
  }

  @Test
  void looksUpContributionsByPersonAndByOutputInTheOrderGiven() {
    assertThat(CRISIS_LINE.contributionsOf(ANA))
        .extracting(Contribution::date)
        .containsExactly(day("2017-03-02"), day("2017-09-01"));
    assertThat(CRISIS_LINE.contributionsOf(GHOST)).isEmpty();
    assertThat(CRISIS_LINE.contributionsTo(REPORT))
        .extracting(Contribution::participant)
        .containsExactly(ANA);
    assertThat(CRISIS_LINE.contributionsTo(OutputId.of("none"))).isEmpty();
    assertThat(CRISIS_LINE.rolesOf(DANA)).extracting(Role::title).containsExactly("Project lead");
    assertThat(CRISIS_LINE.rolesOf(BEN)).isEmpty();
  }

  @Test
  void theAgreementInForceIsTheLatestVersionOnOrBeforeTheDay() {
    assertThat(CRISIS_LINE.agreementInForce(day("2017-02-04")).isEmpty()).isTrue();
    assertThat(CRISIS_LINE.agreementInForce(day("2017-02-05")).get().version()).isEqualTo(1);
    assertThat(CRISIS_LINE.agreementInForce(day("2017-05-31")).get().version()).isEqualTo(1);
    assertThat(CRISIS_LINE.agreementInForce(day("2017-06-01")).get().version()).isEqualTo(2);
    assertThat(CRISIS_LINE.agreementInForce(day("2030-01-01")).get().version()).isEqualTo(2);
  }

  @Test
  void theAgreementInForceOnADayWithTwoVersionsIsTheLaterOne() {
    Project p =
        crisisLine()
            .addAgreement(Agreement.builder().version(3).date(day("2017-06-01")).build())
            .build();
    assertThat(p.agreementInForce(day("2017-06-01")).get().version()).isEqualTo(3);
    Project none =
        Project.builder().id(ProjectId.of("p")).title("P").started(day("2017-01-01")).build();
    assertThat(none.agreementInForce(day("2017-06-01")).isEmpty()).isTrue();
  }

  @Test
  void answersQuestionsAboutItsParts() {
    Agreement first = CRISIS_LINE.agreements().head();
    assertThat(first.isConsentedBy(ANA)).isTrue();
    assertThat(first.isConsentedBy(BEN)).isFalse();
    assertThat(first.reserves(DecisionType.BUDGET)).isFalse();
    Output report = CRISIS_LINE.output(REPORT).get();
    assertThat(report.credits(DANA)).as("an owner has credit").isTrue();
    assertThat(report.credits(BEN)).as("acknowledged is not credit").isFalse();
    assertThat(report.recognises(BEN)).isTrue();
    assertThat(report.credited()).containsExactly(DANA, ANA);
    Participant ben = CRISIS_LINE.participant(BEN).get();
    assertThat(ben.isPresentOn(day("2017-03-01"))).isTrue();
    assertThat(ben.isPresentOn(day("2017-03-15"))).isTrue();
    assertThat(ben.isPresentOn(day("2017-02-28"))).isFalse();
    assertThat(ben.isPresentOn(day("2017-03-16"))).isFalse();
  }

  @Test
  void copiesWithAChangeAndChecksTheCopy() {
    Project renamed = CRISIS_LINE.withTitle("Crisis line, second phase");
    assertThat(renamed.title()).isEqualTo("Crisis line, second phase");
    assertThat(renamed.contributions()).isEqualTo(CRISIS_LINE.contributions());
    assertThatThrownBy(() -> CRISIS_LINE.withClosed(LocalDate.of(2016, 1, 1)))
        .isInstanceOf(InvalidProjectException.class)
        .hasMessageContaining("project.closed");
  }

  @Test
  void equalPartsMakeEqualProjects() {
    assertThat(crisisLine().build()).isEqualTo(CRISIS_LINE).hasSameHashCodeAs(CRISIS_LINE);
    assertThat(CRISIS_LINE.withTitle("Other")).isNotEqualTo(CRISIS_LINE);
  }

  @Test
  void refusesABlankId() {
    assertThatThrownBy(() -> ParticipantId.of(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ParticipantId.of("\u00a0"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OutputId.of("\u200b\u2007"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ParticipantId.of("ana")).isEqualTo(ANA).hasToString("ana");
    assertThat(ParticipantId.of("a").compareTo(ParticipantId.of("b"))).isNegative();
  }

  @Test
  void aNestedBuilderMissingAFieldThrowsInvalidProjectExceptionNamingTypeAndFields() {
    assertThatThrownBy(() -> Contribution.builder().hours(2).build())
        .isInstanceOfSatisfying(
            InvalidProjectException.class,
            e -> {
              assertThat(e.getMessage())
                  .isEqualTo(
                      "cannot build a Contribution: participant, date, phase, kind are required"
                          + " and not set");
              assertThat(e.problems().map(Problem::path))
                  .containsExactly(
                      "Contribution.participant",
                      "Contribution.date",
                      "Contribution.phase",
                      "Contribution.kind");
              assertThat(e.problems().map(Problem::kind).distinct())
                  .containsExactly(Problem.Kind.MISSING);
            });
    assertThatThrownBy(() -> Participant.builder().id(ParticipantId.of("p1")).build())
        .isInstanceOf(InvalidProjectException.class)
        .hasMessageContaining("Participant")
        .hasMessageContaining("side");
  }

  @Test
  void aBuilderAccountInAnotherFormIsKeptWhole() {
    InvalidProjectException e = new InvalidProjectException("something else went wrong");
    assertThat(e.getMessage()).isEqualTo("something else went wrong");
    assertThat(e.problems().map(Problem::path)).containsExactly("");
  }

  @Test
  void anIdIsBlankWhenNothingInItShows() {
    assertThat(Id.isBlank("")).isTrue();
    assertThat(Id.isBlank(" \t\n")).isTrue();
    // a non-breaking space, a figure space, a zero-width space, a byte order mark, a control
    assertThat(Id.isBlank("\u00a0")).isTrue();
    assertThat(Id.isBlank("\u2007\u200b\ufeff\u0007")).isTrue();
    assertThat(Id.isBlank("\u00a0a")).isFalse();
    assertThat(Id.isBlank("\ud83d\ude42")).isFalse();
    assertThat(Id.isBlank("_")).isFalse();
  }
}
