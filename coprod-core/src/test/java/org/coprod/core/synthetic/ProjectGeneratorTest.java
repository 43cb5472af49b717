package org.coprod.core.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.coprod.core.Agreement;
import org.coprod.core.Authority;
import org.coprod.core.Consent;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionKind;
import org.coprod.core.Credit;
import org.coprod.core.CreditRole;
import org.coprod.core.Decision;
import org.coprod.core.DecisionRule;
import org.coprod.core.DecisionType;
import org.coprod.core.Employment;
import org.coprod.core.Involvement;
import org.coprod.core.Output;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.Phase;
import org.coprod.core.Project;
import org.coprod.core.Resource;
import org.coprod.core.ResourceKind;
import org.coprod.core.Role;
import org.coprod.core.Side;
import org.junit.jupiter.api.Test;

/**
 * What the generator makes, example by example: realism, the chosen imbalances, the spec's limits.
 */
class ProjectGeneratorTest {
  /** A project of a good size to see every feature in. */
  private static final ProjectSpec MEDIUM =
      ProjectSpec.builder()
          .seed(2017)
          .livedExperience(10)
          .professional(8)
          .contributions(600)
          .decisions(40)
          .outputs(5)
          .build();

  private static Project generate(UnaryOperator<ProjectSpec.Builder> change) {
    return ProjectGenerator.generate(change.apply(ProjectSpec.builder().from(MEDIUM)).build());
  }

  private static Side side(Project p, ParticipantId id) {
    return p.sideOf(id).get();
  }

  private static LocalDate firstLivedExperienceJoined(Project p) {
    return p.participantsOn(Side.LIVED_EXPERIENCE).map(Participant::joined).min().get();
  }

  @Test
  void theShortFormIsTheSpecWithItsDefaults() {
    Project shortForm = ProjectGenerator.generate(9, 3, 4, 50, 6, 2);
    Project spec =
        ProjectGenerator.generate(
            ProjectSpec.builder()
                .seed(9)
                .livedExperience(3)
                .professional(4)
                .contributions(50)
                .decisions(6)
                .outputs(2)
                .build());
    assertThat(shortForm).isEqualTo(spec);
    assertThat(shortForm.participantsOn(Side.LIVED_EXPERIENCE)).hasSize(3);
    assertThat(shortForm.participantsOn(Side.PROFESSIONAL)).hasSize(4);
    assertThat(shortForm.contributions()).hasSize(50);
    assertThat(shortForm.decisions()).hasSize(6);
    assertThat(shortForm.outputs()).hasSize(2);
    assertThat(shortForm.isClosed()).isTrue();
  }

  @Test
  void theDefaultSpecMakesASmallClosedProject() {
    Project p = ProjectGenerator.generate(ProjectSpec.builder().build());
    assertThat(p.participants()).hasSize(12);
    assertThat(p.contributions()).hasSize(200);
    assertThat(p.started()).isEqualTo(LocalDate.of(2020, 1, 6));
    assertThat(p.closed().get()).isEqualTo(LocalDate.of(2020, 1, 6).plusDays(270));
    assertThat(p.id().value()).isEqualTo("synthetic-0");
  }

  @Test
  void differentSeedsMakeDifferentProjects() {
    Project one = generate(s -> s.seed(1));
    Project two = generate(s -> s.seed(2));
    assertThat(one).isNotEqualTo(two);
    assertThat(one.contributions()).isNotEqualTo(two.contributions());
  }

  @Test
  void askingForMoreContributionsLeavesThePeopleAndDecisionsAsTheyWere() {
    Project fewer = generate(s -> s.contributions(100));
    Project more = generate(s -> s.contributions(5_000));
    assertThat(more.participants()).isEqualTo(fewer.participants());
    assertThat(more.roles()).isEqualTo(fewer.roles());
    assertThat(more.decisions()).isEqualTo(fewer.decisions());
    assertThat(more.agreements()).isEqualTo(fewer.agreements());
  }

  @Test
  void peopleJoinBeforeTheyActAndSomeComeOnlyOccasionally() {
    Project p = ProjectGenerator.generate(MEDIUM);
    for (Contribution c : p.contributions()) {
      assertThat(p.participant(c.participant()).get().isPresentOn(c.date())).isTrue();
    }
    for (Role r : p.roles()) {
      assertThat(p.participant(r.participant()).get().isPresentOn(r.from())).isTrue();
    }
    assertThat(p.participants().filter(x -> x.involvement() == Involvement.OCCASIONAL))
        .isNotEmpty()
        .allSatisfy(x -> assertThat(x.left()).isNotEmpty());
    Project larger = generate(s -> s.livedExperience(30).professional(20));
    assertThat(larger.participants().filter(x -> x.left().isDefined() && x.isCore()))
        .as("some drift away")
        .isNotEmpty();
    assertThat(p.participants().map(Participant::employment).distinct())
        .contains(Employment.SALARIED, Employment.INDEPENDENT);
    assertThat(p.participants().filter(Participant::declinesPayment)).isNotEmpty();
    assertThat(p.participants().filter(x -> !x.accessNeeds().isEmpty())).isNotEmpty();
  }

  @Test
  void everyCorePersonHasARoleAndTheLeadsDecideAndCarryTheWorkForward() {
    Project p = ProjectGenerator.generate(MEDIUM);
    for (Participant x : p.participants()) {
      assertThat(p.rolesOf(x.id())).hasSize(x.isCore() ? 1 : 0);
    }
    assertThat(
            p.roles()
                .filter(r -> r.authority() == Authority.DECIDE)
                .map(r -> side(p, r.participant()))
                .distinct())
        .containsExactlyInAnyOrder(Side.LIVED_EXPERIENCE, Side.PROFESSIONAL);
    assertThat(p.roles().filter(Role::afterClose).map(r -> side(p, r.participant())))
        .containsExactlyInAnyOrder(Side.LIVED_EXPERIENCE, Side.PROFESSIONAL);
    assertThat(p.roles().map(Role::authority).distinct())
        .contains(Authority.DECIDE, Authority.PROPOSE, Authority.ADVISE);
  }

  @Test
  void hasAMoneyBudgetInOneCurrencyAndSupportThatMeetsEveryAccessNeed() {
    Project p = ProjectGenerator.generate(MEDIUM);
    Seq<Resource> money = p.resources().filter(r -> r.kind() == ResourceKind.MONEY);
    assertThat(money).isNotEmpty().allSatisfy(r -> assertThat(r.unit()).isEqualTo("GBP"));
    BigDecimal paid =
        p.contributions().map(Contribution::paid).fold(BigDecimal.ZERO, BigDecimal::add);
    assertThat(p.resource(org.coprod.core.ResourceId.of("budget")).get().amount())
        .isGreaterThan(paid);
    Resource support = p.resources().find(r -> r.kind() == ResourceKind.SUPPORT).get();
    assertThat(support.meets())
        .containsAll(p.participants().flatMap(Participant::accessNeeds).distinct());
    assertThat(support.serves()).as("everyone").isEmpty();
  }

  @Test
  void theAgreementIsConsentedToByThePeoplePresentAndSetsOutTheTerms() {
    Project p = ProjectGenerator.generate(MEDIUM);
    assertThat(p.agreements()).hasSize(2);
    for (Agreement a : p.agreements()) {
      assertThat(a.consents()).isNotEmpty();
      for (Consent c : a.consents()) {
        assertThat(p.participant(c.participant()).get().isPresentOn(c.date())).isTrue();
        assertThat(c.date()).isAfterOrEqualTo(a.date());
      }
      for (Participant x : p.participants().filter(x -> x.isCore() && x.isPresentOn(a.date()))) {
        assertThat(a.isConsentedBy(x.id()))
            .as("%s consents to version %s", x.id(), a.version())
            .isTrue();
      }
      assertThat(a.payment().get().ratePerHour().isDefined()).isTrue();
      assertThat(a.payment().get().currency().get()).isEqualTo("GBP");
      assertThat(a.decisionRule().get()).isEqualTo(DecisionRule.CONSENSUS);
      assertThat(a.afterClose().isDefined()).isTrue();
      assertThat(a.disputes().isDefined()).isTrue();
      assertThat(a.groundRules()).isNotEmpty();
    }
    assertThat(p.agreements().head().date()).isEqualTo(firstLivedExperienceJoined(p));
    assertThat(p.agreements().last().payment().get().ratePerHour().get())
        .isEqualTo(new BigDecimal("27.5"));
  }

  @Test
  void contributionsSpreadOverPhasesAndKindsWithPayAndExpenses() {
    Project p = ProjectGenerator.generate(MEDIUM);
    assertThat(p.contributions().map(Contribution::phase).distinct())
        .containsExactlyInAnyOrder(Phase.values());
    assertThat(p.contributions().map(Contribution::kind).distinct())
        .containsExactlyInAnyOrder(ContributionKind.values());
    Seq<Contribution> paid = p.contributions().filter(Contribution::isPaid);
    assertThat(paid)
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.paidOn().get()).isAfterOrEqualTo(c.date()));
    assertThat(p.contributions().filter(c -> c.expenses().isDefined())).isNotEmpty();
    assertThat(p.contributions().filter(c -> c.output().isDefined())).isNotEmpty();
    assertThat(p.contributions().filter(c -> !c.skills().isEmpty())).isNotEmpty();
    for (Contribution c : p.contributions().filter(c -> c.output().isDefined())) {
      assertThat(p.output(c.output().get()).get().date())
          .as("made after the work that went into it")
          .isAfterOrEqualTo(c.date());
    }
  }

  @Test
  void livedExperiencePayFollowsTheRateInForce() {
    Project p = ProjectGenerator.generate(MEDIUM);
    for (Contribution c :
        p.contributions()
            .filter(c -> c.isPaid() && side(p, c.participant()) == Side.LIVED_EXPERIENCE)) {
      BigDecimal rate =
          p.agreementInForce(c.date())
              .flatMap(a -> a.payment())
              .flatMap(t -> t.ratePerHour())
              .get();
      assertThat(c.paid().divide(BigDecimal.valueOf(c.hours()), 2, RoundingMode.HALF_UP))
          .isEqualByComparingTo(rate);
    }
  }

  @Test
  void decisionsAreKeyAndEverydayAcrossThePhases() {
    Project p = ProjectGenerator.generate(MEDIUM);
    assertThat(p.decisions().filter(Decision::key)).isNotEmpty();
    assertThat(p.decisions().filter(d -> !d.key())).isNotEmpty();
    assertThat(p.decisions().map(Decision::phase).distinct().size()).isGreaterThanOrEqualTo(4);
    assertThat(p.decisions().head().type()).isEqualTo(DecisionType.SCOPE);
    assertThat(p.decisions().filter(d -> !d.consulted().isEmpty())).isNotEmpty();
    assertThat(p.decisions().filter(d -> d.feedback().isDefined())).isNotEmpty();
    for (Decision d : p.decisions()) {
      assertThat(d.decidedBy()).isNotEmpty().doesNotHaveDuplicates();
      assertThat(d.decidedBy()).containsAll(d.objectedBy());
    }
  }

  @Test
  void outputsHaveOwnersCreditsAndRewards() {
    Project p = ProjectGenerator.generate(MEDIUM);
    assertThat(p.outputs().last().title()).isEqualTo("Final report");
    for (Output o : p.outputs()) {
      assertThat(o.owners()).isNotEmpty();
      assertThat(o.credits().filter(c -> c.as() == CreditRole.AUTHOR)).isNotEmpty();
      for (Contribution c : p.contributionsTo(o.id())) {
        assertThat(o.recognises(c.participant())).as("every contributor is recognised").isTrue();
      }
    }
    assertThat(p.outputs().flatMap(Output::rewards)).isNotEmpty();
    assertThat(p.outputs().flatMap(Output::credits).map(Credit::as).distinct())
        .contains(CreditRole.AUTHOR, CreditRole.CONTRIBUTOR, CreditRole.STEWARD);
  }

  @Test
  void aFairProjectSharesMoneyTheSayOverDirectionAndCredit() {
    Project p = ProjectGenerator.generate(MEDIUM);
    double total = 0;
    double lived = 0;
    for (Resource r : p.resources().filter(r -> r.kind() == ResourceKind.MONEY)) {
      double share = r.amount().doubleValue() / r.controlledBy().size();
      total += r.amount().doubleValue();
      lived += share * r.controlledBy().count(id -> side(p, id) == Side.LIVED_EXPERIENCE);
    }
    assertThat(lived / total).isGreaterThanOrEqualTo(0.2);
    for (Decision d :
        p.decisions()
            .filter(
                d ->
                    d.key()
                        && (d.type() == DecisionType.SCOPE || d.type() == DecisionType.BUDGET))) {
      assertThat(d.decidedBy().map(id -> side(p, id))).contains(Side.LIVED_EXPERIENCE);
      assertThat(d.date()).isAfterOrEqualTo(firstLivedExperienceJoined(p));
    }
    assertThat(p.outputs().flatMap(Output::credited).map(id -> side(p, id)).distinct())
        .containsExactlyInAnyOrder(Side.LIVED_EXPERIENCE, Side.PROFESSIONAL);
  }

  @Test
  void creditOnlyToProfessionalsLeavesLivedExperienceAcknowledgedAtMost() {
    Project p = generate(s -> s.creditOnlyTo(Side.PROFESSIONAL));
    for (Output o : p.outputs()) {
      assertThat(o.credited().map(id -> side(p, id))).isNotEmpty().containsOnly(Side.PROFESSIONAL);
      for (Contribution c :
          p.contributionsTo(o.id())
              .filter(c -> side(p, c.participant()) == Side.LIVED_EXPERIENCE)) {
        assertThat(o.credits()).contains(Credit.of(c.participant(), CreditRole.ACKNOWLEDGED));
      }
    }
    assertThat(
            p.contributions()
                .filter(
                    c ->
                        c.output().isDefined()
                            && side(p, c.participant()) == Side.LIVED_EXPERIENCE))
        .as("lived experience did contribute to the outputs")
        .isNotEmpty();
  }

  @Test
  void creditOnlyToLivedExperienceIsTheMirror() {
    Project p = generate(s -> s.creditOnlyTo(Side.LIVED_EXPERIENCE));
    for (Output o : p.outputs()) {
      assertThat(o.credited().map(id -> side(p, id)))
          .isNotEmpty()
          .containsOnly(Side.LIVED_EXPERIENCE);
    }
  }

  @Test
  void moneyHeldByProfessionalsLeavesLivedExperienceNone() {
    Project p = generate(s -> s.moneyHeldBy(Side.PROFESSIONAL));
    assertThat(
            p.resources()
                .filter(r -> r.kind() == ResourceKind.MONEY)
                .flatMap(Resource::controlledBy)
                .map(id -> side(p, id)))
        .isNotEmpty()
        .containsOnly(Side.PROFESSIONAL);
  }

  @Test
  void aPresetDirectionIsDecidedByProfessionalsBeforeLivedExperienceJoins() {
    Project p = generate(s -> s.directionPreset(true));
    LocalDate joined = firstLivedExperienceJoined(p);
    Seq<Decision> before = p.decisions().filter(d -> d.date().isBefore(joined));
    assertThat(before)
        .extracting(Decision::type)
        .containsExactly(DecisionType.SCOPE, DecisionType.BUDGET);
    assertThat(before)
        .allSatisfy(
            d -> {
              assertThat(d.key()).isTrue();
              assertThat(d.decidedBy().map(id -> side(p, id)))
                  .isNotEmpty()
                  .containsOnly(Side.PROFESSIONAL);
            });
    assertThat(joined).isAfter(p.started());
  }

  @Test
  void anOutvotedBoardHasTwoLivedExperienceMembersAmongTwelve() {
    Project p = generate(s -> s.professional(12).livedExperienceOutvoted(true));
    assertThat(p.agreements())
        .allSatisfy(a -> assertThat(a.decisionRule().get()).isEqualTo(DecisionRule.MAJORITY));
    Seq<Decision> key = p.decisions().filter(Decision::key);
    assertThat(key)
        .isNotEmpty()
        .allSatisfy(
            d -> {
              assertThat(d.decidedBy()).hasSize(12);
              assertThat(d.decidedBy().count(id -> side(p, id) == Side.LIVED_EXPERIENCE))
                  .isEqualTo(2);
            });
  }

  @Test
  void aRunningProjectHasNoCloseAndItsWorkStaysInTheWindow() {
    Project p = generate(s -> s.closed(false).durationDays(120));
    assertThat(p.isClosed()).isFalse();
    LocalDate end = p.started().plusDays(120);
    assertThat(p.contributions().map(Contribution::date))
        .allSatisfy(d -> assertThat(d).isBeforeOrEqualTo(end));
    assertThat(p.outputs().map(Output::date)).allSatisfy(d -> assertThat(d).isBeforeOrEqualTo(end));
    assertThat(p.view().isClosed()).isFalse();
  }

  @Test
  void aClosedProjectMayMakeItsFinalOutputAfterTheClose() {
    boolean seen = false;
    for (long seed = 0; seed < 20 && !seen; seed++) {
      long s = seed;
      Project p = generate(b -> b.seed(s).contributions(50));
      seen = p.outputs().last().date().isAfter(p.closed().get());
      if (seen) {
        assertThat(p.lastDatedEvent()).isEqualTo(p.outputs().last().date());
        assertThat(p.view().isClosed()).isTrue();
      }
    }
    assertThat(seen).isTrue();
  }

  @Test
  void theSkewOfHoursConcentratesTheWork() {
    double even = busiestShare(generate(s -> s.hoursSkew(0).contributions(3_000)));
    double skewed = busiestShare(generate(s -> s.hoursSkew(3).contributions(3_000)));
    assertThat(even).isLessThan(0.2);
    assertThat(skewed).isGreaterThan(0.5);
  }

  private static double busiestShare(Project p) {
    double total = p.contributions().map(Contribution::hours).sum().doubleValue();
    double most =
        p.contributions()
            .groupBy(Contribution::participant)
            .values()
            .map(cs -> cs.map(Contribution::hours).sum().doubleValue())
            .max()
            .get();
    return most / total;
  }

  @Test
  void thePaidShareSetsHowManyLivedExperienceContributionsArePaid() {
    assertThat(paidShare(generate(s -> s.paidShare(0).contributions(2_000)))).isZero();
    assertThat(paidShare(generate(s -> s.paidShare(1).contributions(2_000)))).isEqualTo(1.0);
    assertThat(paidShare(generate(s -> s.paidShare(0.5).contributions(2_000)))).isBetween(0.4, 0.6);
  }

  /** The share of contributions paid, among lived-experience people who do not decline payment. */
  private static double paidShare(Project p) {
    Seq<Contribution> payable =
        p.contributions()
            .filter(
                c -> {
                  Participant x = p.participant(c.participant()).get();
                  return x.isLivedExperience() && !x.declinesPayment();
                });
    return (double) payable.count(Contribution::isPaid) / payable.size();
  }

  @Test
  void peopleWhoDeclinePaymentAreNeverPaid() {
    Project p = ProjectGenerator.generate(MEDIUM);
    for (Participant x : p.participants().filter(Participant::declinesPayment)) {
      assertThat(p.contributionsOf(x.id())).noneMatch(Contribution::isPaid);
    }
  }

  @Test
  void makesProjectsWithOneSideOnlyOrNothingButPeople() {
    assertThat(
            Project.validate(Project.builder().from(ProjectGenerator.generate(1, 0, 3, 40, 5, 2)))
                .isValid())
        .isTrue();
    assertThat(
            Project.validate(Project.builder().from(ProjectGenerator.generate(1, 3, 0, 40, 5, 2)))
                .isValid())
        .isTrue();
    Project bare = ProjectGenerator.generate(1, 1, 0, 0, 0, 0);
    assertThat(bare.participants()).hasSize(1);
    assertThat(bare.contributions()).isEmpty();
    assertThat(bare.decisions()).isEmpty();
    assertThat(bare.outputs()).isEmpty();
  }

  @Test
  void makesALargerProjectThatIsStillValid() {
    Project p =
        ProjectGenerator.generate(
            ProjectSpec.builder()
                .seed(5)
                .livedExperience(400)
                .professional(300)
                .contributions(60_000)
                .decisions(3_000)
                .outputs(40)
                .durationDays(720)
                .build());
    assertThat(Project.validate(Project.builder().from(p)).isValid()).isTrue();
    assertThat(p.contributions()).hasSize(60_000);
    assertThat(p.view().project()).isEqualTo(p);
  }

  @Test
  void refusesASpecNoProjectCanMeet() {
    assertRefused(b -> b.livedExperience(-1), "livedExperience");
    assertRefused(b -> b.livedExperience(0).professional(0), "at least one participant");
    assertRefused(b -> b.contributions(-1), "contributions");
    assertRefused(b -> b.decisions(-1), "decisions");
    assertRefused(b -> b.outputs(-1), "outputs");
    assertRefused(b -> b.durationDays(27), "durationDays");
    assertRefused(b -> b.hoursSkew(Double.NaN), "hoursSkew");
    assertRefused(b -> b.paidShare(1.5), "paidShare");
    assertRefused(b -> b.ratePerHour(new BigDecimal("-1")), "ratePerHour");
    assertRefused(b -> b.currency(" "), "currency");
    assertRefused(b -> b.livedExperience(0).creditOnlyTo(Side.LIVED_EXPERIENCE), "creditOnlyTo");
    assertRefused(b -> b.professional(0).moneyHeldBy(Side.PROFESSIONAL), "moneyHeldBy");
    assertRefused(b -> b.decisions(0).directionPreset(true), "directionPreset");
    assertRefused(b -> b.professional(9).livedExperienceOutvoted(true), "livedExperienceOutvoted");
  }

  private static void assertRefused(UnaryOperator<ProjectSpec.Builder> change, String message) {
    assertThatThrownBy(() -> change.apply(ProjectSpec.builder().from(MEDIUM)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void aSpecTakesEveryValueWithinItsBoundsAndRefusesOneBeyond() {
    ProjectSpec.Builder base = ProjectSpec.builder().seed(1);
    for (ProjectSpec.Builder fine :
        java.util.List.of(
            ProjectSpec.builder().seed(1).livedExperience(0).professional(1),
            ProjectSpec.builder().seed(1).livedExperience(1).professional(0),
            ProjectSpec.builder().seed(1).contributions(0).decisions(0).outputs(0),
            ProjectSpec.builder().seed(1).durationDays(28),
            ProjectSpec.builder().seed(1).durationDays(36_500),
            ProjectSpec.builder().seed(1).hoursSkew(0),
            ProjectSpec.builder().seed(1).hoursSkew(10),
            ProjectSpec.builder().seed(1).paidShare(0),
            ProjectSpec.builder().seed(1).paidShare(1),
            ProjectSpec.builder().seed(1).ratePerHour(java.math.BigDecimal.ZERO))) {
      assertThat(fine.build()).isNotNull();
    }
    for (ProjectSpec.Builder wrong :
        java.util.List.of(
            ProjectSpec.builder().seed(1).livedExperience(-1),
            ProjectSpec.builder().seed(1).professional(-1),
            ProjectSpec.builder().seed(1).livedExperience(0).professional(0),
            ProjectSpec.builder().seed(1).contributions(-1),
            ProjectSpec.builder().seed(1).decisions(-1),
            ProjectSpec.builder().seed(1).outputs(-1),
            ProjectSpec.builder().seed(1).durationDays(27),
            ProjectSpec.builder().seed(1).durationDays(36_501),
            ProjectSpec.builder().seed(1).hoursSkew(-0.5),
            ProjectSpec.builder().seed(1).hoursSkew(10.5),
            ProjectSpec.builder().seed(1).paidShare(-0.1),
            ProjectSpec.builder().seed(1).paidShare(1.1))) {
      assertThatThrownBy(wrong::build).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(base.build().durationDays()).isBetween(28, 36_500);
  }
}
