package org.coprod.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.core.Fixtures.ANA;
import static org.coprod.core.Fixtures.BEN;
import static org.coprod.core.Fixtures.DANA;
import static org.coprod.core.Fixtures.day;

import io.vavr.collection.List;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What the small parts of a project say of themselves. */
class PartsTest {
  @Test
  void aDecisionIsNotKeyUnlessSaidToBe() {
    Decision.Builder d =
        Decision.builder()
            .id(DecisionId.of("d"))
            .date(day("2017-02-01"))
            .phase(Phase.SCOPING)
            .topic("What")
            .type(DecisionType.SCOPE);
    assertThat(d.build().key()).isFalse();
    assertThat(d.key(true).build().key()).isTrue();
  }

  @Test
  void anAgreementReservesOnlyTheTypesItNames() {
    Agreement a =
        Agreement.builder()
            .version(1)
            .date(day("2017-02-01"))
            .addReservedDecision(DecisionType.BUDGET)
            .build();
    assertThat(a.reserves(DecisionType.BUDGET)).isTrue();
    assertThat(a.reserves(DecisionType.SCOPE)).isFalse();
    assertThat(
            Agreement.builder()
                .version(1)
                .date(day("2017-02-01"))
                .build()
                .reserves(DecisionType.BUDGET))
        .isFalse();
  }

  @Test
  void creditIsOwnershipOrACreditOtherThanAnAcknowledgement() {
    Output o =
        Output.builder()
            .id(OutputId.of("report"))
            .title("Report")
            .date(day("2017-09-01"))
            .addOwner(DANA)
            .addCredit(Credit.of(ANA, CreditRole.ACKNOWLEDGED), Credit.of(BEN, CreditRole.AUTHOR))
            .build();
    assertThat(o.credited()).containsExactly(DANA, BEN);
    assertThat(o.credits(ANA)).isFalse();
    assertThat(o.credits(BEN)).isTrue();
    assertThat(o.credits(DANA)).isTrue();
    assertThat(o.recognises(ANA)).isTrue();
    assertThat(o.recognises(DANA)).isTrue();
    assertThat(o.recognises(ParticipantId.of("cy"))).isFalse();
  }

  @Test
  void aLadderStepIsAboveOnlyTheStepsBelowIt() {
    assertThat(LadderStep.CO_DESIGN.isAbove(LadderStep.ENGAGEMENT)).isTrue();
    assertThat(LadderStep.CO_DESIGN.isAbove(LadderStep.CO_DESIGN)).isFalse();
    assertThat(LadderStep.CO_DESIGN.isAbove(LadderStep.CO_PRODUCTION)).isFalse();
  }

  @Test
  void everyRewardButPaymentAndFeeIsOfStanding() {
    assertThat(List.of(RewardKind.values()).filter(RewardKind::isOfStanding))
        .containsExactly(
            RewardKind.PRIZE,
            RewardKind.PROMOTION,
            RewardKind.TRAINING,
            RewardKind.REFERENCE,
            RewardKind.SPEAKING);
  }

  @Test
  void idsOrderByTheirText() {
    assertThat(ProjectId.of("a").compareTo(ProjectId.of("b"))).isNegative();
    assertThat(OutputId.of("b").compareTo(OutputId.of("a"))).isPositive();
    assertThat(DecisionId.of("a").compareTo(DecisionId.of("b"))).isNegative();
    assertThat(ResourceId.of("b").compareTo(ResourceId.of("a"))).isPositive();
    assertThat(ContributionId.of("a").compareTo(ContributionId.of("b"))).isNegative();
    assertThat(ContributionId.of("c-1")).hasToString("c-1");
    assertThat(AgreementVersion.of(1).compareTo(AgreementVersion.of(2))).isNegative();
    assertThat(AgreementVersion.of(3)).hasToString("agreement:3");
    assertThat(AgreementVersion.of(3).value()).isEqualTo("agreement:3");
  }

  @Test
  void viewsAreEqualWhenTheirProjectsAndDaysAre() {
    Project p = Fixtures.crisisLine().build();
    LocalDate d = day("2017-04-01");
    assertThat(p.asOf(d)).isEqualTo(p.asOf(d)).hasSameHashCodeAs(p.asOf(d));
    assertThat(p.asOf(d)).isNotEqualTo(p.asOf(d.plusDays(1)));
    assertThat(p.asOf(d).hashCode()).isNotEqualTo(p.asOf(d.plusDays(1)).hashCode());
    assertThat(p.asOf(d)).isNotEqualTo(p.withTitle("Other").asOf(d));
  }

  @Test
  void anExceptionShowsTenProblemsAndCountsOnlyWhatItLeavesOut() {
    Seq10 ten = new Seq10(10);
    assertThat(new InvalidProjectException(ten.problems).getMessage()).doesNotContain("more");
    Seq10 eleven = new Seq10(11);
    assertThat(new InvalidProjectException(eleven.problems).getMessage()).endsWith("; and 1 more");
  }

  @Test
  void contributionsToAnOutputAreThoseThatNameIt() {
    Project p = Fixtures.crisisLine().build();
    assertThat(p.contributionsTo(Fixtures.REPORT))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.output()).contains(Fixtures.REPORT));
    assertThat(p.contributionsTo(Fixtures.REPORT).size() + p.contributionsTo(Fixtures.FILM).size())
        .isEqualTo(p.contributions().count(c -> c.output().isDefined()));
  }

  private static final class Seq10 {
    final io.vavr.collection.Seq<Problem> problems;

    Seq10(int n) {
      this.problems =
          List.range(0, n).map(i -> Problem.of(Problem.Kind.MISSING, "x[" + i + "]", "missing"));
    }
  }

  @Test
  void theLibraryKnowsItsVersion() {
    assertThat(Library.version()).isNotBlank();
  }
}
