package org.coprod.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.coprod.core.Acknowledgement;
import org.coprod.core.Agreement;
import org.coprod.core.AgreementVersion;
import org.coprod.core.Consent;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionId;
import org.coprod.core.Credit;
import org.coprod.core.Decision;
import org.coprod.core.DecisionId;
import org.coprod.core.DecisionRule;
import org.coprod.core.DecisionType;
import org.coprod.core.Expenses;
import org.coprod.core.Id;
import org.coprod.core.Output;
import org.coprod.core.OutputId;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.PaymentTerms;
import org.coprod.core.Project;
import org.coprod.core.ProjectId;
import org.coprod.core.ProjectView;
import org.coprod.core.Resource;
import org.coprod.core.ResourceId;
import org.coprod.core.ResourceKind;
import org.coprod.core.Reward;
import org.coprod.core.Role;
import org.coprod.core.Side;
import org.coprod.core.synthetic.ProjectSpec;

/**
 * The arbitraries draw valid values of every type, and the knobs of whole projects do what they
 * say.
 */
class ArbitrariesProperties {

  @Property
  void everyDrawnProjectIsValidAndSmall(@ForAll Project project) {
    assertThat(Project.validate(Project.builder().from(project)).isValid()).isTrue();
    assertThat(project.participantsOn(Side.LIVED_EXPERIENCE).size()).isLessThanOrEqualTo(6);
    assertThat(project.participantsOn(Side.PROFESSIONAL).size()).isLessThanOrEqualTo(10);
    assertThat(project.participants()).isNotEmpty();
    assertThat(project.recordedContributions().size()).isLessThanOrEqualTo(40);
  }

  @Property(tries = 200)
  void everyCoreValueCanBeDrawnForAll(
      @ForAll Participant participant,
      @ForAll Role role,
      @ForAll Resource resource,
      @ForAll Contribution contribution,
      @ForAll Expenses expenses,
      @ForAll Decision decision,
      @ForAll Agreement agreement,
      @ForAll Consent consent,
      @ForAll PaymentTerms terms,
      @ForAll Acknowledgement acknowledgement,
      @ForAll Output output,
      @ForAll Credit credit,
      @ForAll Reward reward) {
    assertThat(participant.left().forAll(l -> !l.isBefore(participant.joined()))).isTrue();
    assertThat(role.until().forAll(u -> !u.isBefore(role.from()))).isTrue();
    assertThat(resource.amount().signum()).isNotNegative();
    assertThat(contribution.hours()).isBetween(0.0, 24.0);
    assertThat(contribution.paidOn().forAll(d -> !d.isBefore(contribution.date()))).isTrue();
    assertThat(expenses.claimed().signum()).isNotNegative();
    assertThat(decision.decidedBy().containsAll(decision.objectedBy())).isTrue();
    assertThat(decision.feedback().forAll(f -> !f.isBefore(decision.date()))).isTrue();
    assertThat(agreement.consents().forAll(c -> !c.date().isBefore(agreement.date()))).isTrue();
    assertThat(consent.participant().value()).isNotBlank();
    assertThat(terms.ratePerHour().forAll(r -> r.signum() >= 0)).isTrue();
    assertThat(acknowledgement.reason()).isNotBlank();
    assertThat(output.title()).isNotBlank();
    assertThat(credit.participant().value()).isNotBlank();
    assertThat(reward.participant().value()).isNotBlank();
  }

  @Property(tries = 200)
  void everyIdCanBeDrawnForAll(
      @ForAll ParticipantId participant,
      @ForAll OutputId output,
      @ForAll DecisionId decision,
      @ForAll ResourceId resource,
      @ForAll ContributionId contribution,
      @ForAll ProjectId project,
      @ForAll AgreementVersion version,
      @ForAll Id any) {
    assertThat(
            java.util.List.of(
                participant, output, decision, resource, contribution, project, version, any))
        .allSatisfy(id -> assertThat(id.value()).isNotBlank());
  }

  @Property(tries = 200)
  void everyViewIsOfAValidProjectOnADayNearItsWork(@ForAll ProjectView view) {
    assertThat(Project.validate(Project.builder().from(view.project())).isValid()).isTrue();
    assertThat(view.date()).isAfterOrEqualTo(view.project().started().minusDays(30));
  }

  @Property(tries = 200)
  void everySpecMakesAProject(@ForAll ProjectSpec spec) {
    assertThat(org.coprod.core.synthetic.ProjectGenerator.generate(spec).participants())
        .isNotEmpty();
  }

  @Provide
  Arbitrary<Project> fewPeople() {
    return CoprodArbitraries.projects()
        .livedExperience(2, 3)
        .professional(1, 1)
        .contributions(5, 5)
        .decisions(2, 2)
        .outputs(1, 1);
  }

  @Property(tries = 200)
  void theSizesStayWithinTheKnobs(@ForAll("fewPeople") Project project) {
    assertThat(project.participantsOn(Side.LIVED_EXPERIENCE).size()).isBetween(2, 3);
    assertThat(project.participantsOn(Side.PROFESSIONAL).size()).isEqualTo(1);
    assertThat(project.recordedContributions().size()).isEqualTo(5);
    assertThat(project.decisions().size()).isEqualTo(2);
    assertThat(project.outputs().size()).isEqualTo(1);
  }

  @Provide
  Arbitrary<Project> running() {
    return CoprodArbitraries.projects().running();
  }

  @Property(tries = 200)
  void runningProjectsHaveNoClose(@ForAll("running") Project project) {
    assertThat(project.isClosed()).isFalse();
  }

  @Provide
  Arbitrary<Project> closed() {
    return CoprodArbitraries.projects().closed();
  }

  @Property(tries = 200)
  void closedProjectsHaveAClose(@ForAll("closed") Project project) {
    assertThat(project.isClosed()).isTrue();
  }

  @Provide
  Arbitrary<Project> creditToProfessionalsOnly() {
    return CoprodArbitraries.projects().creditOnlyTo(Side.PROFESSIONAL).withoutVariations();
  }

  @Property(tries = 200)
  void creditOnlyToProfessionalsCreditsNobodyWithLivedExperience(
      @ForAll("creditToProfessionalsOnly") Project project) {
    assertThat(
            project
                .outputs()
                .flatMap(Output::credited)
                .forAll(id -> project.sideOf(id).contains(Side.PROFESSIONAL)))
        .isTrue();
  }

  @Provide
  Arbitrary<Project> moneyWithLivedExperience() {
    return CoprodArbitraries.projects().moneyHeldBy(Side.LIVED_EXPERIENCE);
  }

  @Property(tries = 200)
  void moneyHeldByLivedExperienceIsControlledByThemAlone(
      @ForAll("moneyWithLivedExperience") Project project) {
    assertThat(
            project
                .resources()
                .filter(r -> r.kind() == ResourceKind.MONEY)
                .flatMap(Resource::controlledBy)
                .forAll(id -> project.sideOf(id).contains(Side.LIVED_EXPERIENCE)))
        .isTrue();
  }

  @Provide
  Arbitrary<Project> preset() {
    return CoprodArbitraries.projects().directionPreset().withoutVariations();
  }

  @Property(tries = 200)
  void aPresetDirectionIsAScopeDecisionBeforeAnyoneWithLivedExperienceJoined(
      @ForAll("preset") Project project) {
    java.time.LocalDate firstLived =
        project.participantsOn(Side.LIVED_EXPERIENCE).map(Participant::joined).min().get();
    assertThat(
            project
                .decisions()
                .exists(
                    d ->
                        d.type() == DecisionType.SCOPE && d.key() && d.date().isBefore(firstLived)))
        .isTrue();
  }

  @Provide
  Arbitrary<Project> outvoted() {
    return CoprodArbitraries.projects()
        .withoutImbalances()
        .livedExperienceOutvoted()
        .withoutVariations()
        .decisions(3, 12);
  }

  @Property(tries = 100)
  void anOutvotedBoardDecidesByMajorityWithLivedExperienceUnderItsVoice(
      @ForAll("outvoted") Project project) {
    assertThat(project.participantsOn(Side.PROFESSIONAL).size()).isGreaterThanOrEqualTo(10);
    assertThat(project.agreements().forAll(a -> a.decisionRule().contains(DecisionRule.MAJORITY)))
        .isTrue();
    assertThat(
            project
                .decisions()
                .filter(Decision::key)
                .exists(
                    d -> {
                      int lived =
                          d.decidedBy()
                              .count(id -> project.sideOf(id).contains(Side.LIVED_EXPERIENCE));
                      return lived > 0 && lived < 0.35 * d.decidedBy().size();
                    }))
        .isTrue();
  }

  @Provide
  Arbitrary<Project> unpaid() {
    return CoprodArbitraries.projects().unpaid();
  }

  @Property(tries = 200)
  void unpaidProjectsPayNobodyWithLivedExperience(@ForAll("unpaid") Project project) {
    assertThat(
            project
                .contributions()
                .filter(c -> project.sideOf(c.participant()).contains(Side.LIVED_EXPERIENCE))
                .forAll(c -> c.paid().signum() == 0))
        .isTrue();
  }

  @Provide
  Arbitrary<Project> dearer() {
    return CoprodArbitraries.projects()
        .ratePerHour(BigDecimal.valueOf(30), BigDecimal.valueOf(30))
        .withoutVariations();
  }

  @Property(tries = 200)
  void theRateKnobSetsTheFirstAgreedRate(@ForAll("dearer") Project project) {
    assertThat(project.agreements().head().payment().flatMap(PaymentTerms::ratePerHour))
        .contains(new BigDecimal("30"));
  }

  @Property(tries = 200)
  void aReportedProjectNamesItsRecipeAndNoPerson(@ForAll Project project) {
    String report = new ProjectReportingFormat().report(project).toString();
    assertThat(report).contains("from ProjectSpec{seed=");
    project
        .participants()
        .forEach(p -> p.name().forEach(name -> assertThat(report).doesNotContain(name)));
  }
}
