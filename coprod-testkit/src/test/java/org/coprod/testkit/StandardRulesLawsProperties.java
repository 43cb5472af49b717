package org.coprod.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.coprod.core.Project;
import org.coprod.rules.Law;
import org.coprod.rules.Rulebook;

/**
 * Every standard rule obeys every law it declares, on generated projects, at jqwik's default number
 * of tries. Each property checks one law for all the rules that declare it at once.
 */
class StandardRulesLawsProperties {
  private static final Rulebook STANDARD = Rulebook.standard();

  private static LawReport check(Law law, Project project, long choice) {
    return Laws.check(STANDARD, law, project, choice);
  }

  @Property
  void everyRuleDeclaringRelabellingFindsTheSameUpToTheRenaming(
      @ForAll Project project, @ForAll long choice) {
    check(Law.RELABELLING, project, choice).assertHolds();
  }

  @Property
  void everyRuleDeclaringHourScalingFindsTheSameWithHoursScaledByAPowerOfTwo(
      @ForAll Project project, @ForAll long choice) {
    check(Law.HOUR_SCALING, project, choice).assertHolds();
  }

  @Property
  void everyRuleDeclaringMoneyScalingFindsTheSameWithMoneyScaledByAPowerOfTwo(
      @ForAll Project project, @ForAll long choice) {
    check(Law.MONEY_SCALING, project, choice).assertHolds();
  }

  @Property
  void everyRuleDeclaringSideSymmetrySwapsItsFindingsWithTheSides(
      @ForAll Project project, @ForAll long choice) {
    check(Law.SIDE_SYMMETRY, project, choice).assertHolds();
  }

  /** Whether the law found a change to try, collected so that too few tries fail the property. */
  private static void tried(LawReport report) {
    Statistics.label("tried")
        .collect(report.results().exists(r -> !r.isVacuous()))
        .coverage(c -> c.check(true).percentage(p -> p >= 25));
  }

  /**
   * Generated projects, and six times as many in which people with lived experience go uncredited
   * on some output: the generator credits every core contributor, leaving credit monotonicity
   * mostly nobody to credit. Each of the latter has one output stripped of its credit whatever
   * other variations it drew: left to the drawn variations alone, which are often none, a quarter
   * of the tries found someone to credit only just (24.3% and 24.6% in two runs).
   */
  @Provide
  Arbitrary<Project> projectsWithCreditToGive() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, CoprodArbitraries.projects()),
        Tuple.of(
            6,
            Combinators.combine(
                    CoprodArbitraries.projects()
                        .livedExperience(1, 6)
                        .outputs(1, 4)
                        .contributions(5, 40)
                        .variations(
                            Variation.LIVED_EXPERIENCE_ONLY_ACKNOWLEDGED,
                            Variation.UNCREDITED_OUTPUT),
                    Arbitraries.integers().between(0, 999_999))
                .as((project, pick) -> Variation.UNCREDITED_OUTPUT.apply(project, pick))));
  }

  @Property
  void everyRuleDeclaringCreditMonotonicityAddsNoFindingWhenLivedExperienceIsCredited(
      @ForAll("projectsWithCreditToGive") Project project, @ForAll long choice) {
    LawReport report = check(Law.CREDIT_MONOTONICITY, project, choice);
    tried(report);
    report.assertHolds();
  }

  /**
   * Generated projects, and three times as many in which people with lived experience are left out
   * of some key decisions: with at most four of them, the generator seats them all on the steering
   * group, leaving say monotonicity nobody to add. Each of the latter has one key decision left to
   * professionals whatever other variations it drew.
   */
  @Provide
  Arbitrary<Project> projectsWithRoomToDecide() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, CoprodArbitraries.projects()),
        Tuple.of(
            3,
            Combinators.combine(
                    CoprodArbitraries.projects()
                        .livedExperience(1, 6)
                        .decisions(1, 12)
                        .variations(Variation.PROFESSIONALS_DECIDE),
                    Arbitraries.integers().between(0, 999_999))
                .as((project, pick) -> Variation.PROFESSIONALS_DECIDE.apply(project, pick))));
  }

  @Property
  void everyRuleDeclaringSayMonotonicityAddsNoFindingWhenLivedExperienceDecides(
      @ForAll("projectsWithRoomToDecide") Project project, @ForAll long choice) {
    LawReport report = check(Law.SAY_MONOTONICITY, project, choice);
    tried(report);
    report.assertHolds();
  }

  @Property
  void everyRuleDeclaringTimeChecksAnyViewAndNeverReadsTheClock(
      @ForAll Project project, @ForAll long choice) {
    check(Law.TIME, project, choice).assertHolds();
  }

  @Property
  void everyRuleDeclaringDeterminismGivesTheSameOutcomeRunAfterRunAndThreadAfterThread(
      @ForAll Project project) {
    check(Law.DETERMINISM, project, 0L).assertHolds();
  }

  @Property
  void everyRuleDeclaringTotalityNeverEndsInError(@ForAll Project project) {
    check(Law.TOTALITY, project, 0L).assertHolds();
  }

  @Property
  void everyRuleDeclaringOrderIndependenceFindsTheSameWhateverOrderTheItemsAreListedIn(
      @ForAll Project project, @ForAll long choice) {
    check(Law.ORDER_INDEPENDENCE, project, choice).assertHolds();
  }

  @Property
  void everyRuleDeclaringIncrementalityGivesAfterAppendedEventsWhatACheckOfTheWholeGives(
      @ForAll Project project, @ForAll long choice) {
    check(Law.INCREMENTALITY, project, choice).assertHolds();
  }

  /** Every standard rule declares the law, so the property above holds them all to it. */
  @Example
  void everyStandardRuleDeclaresOrderIndependence() {
    assertThat(STANDARD.rules().filter(r -> !r.metadata().obeys(Law.ORDER_INDEPENDENCE))).isEmpty();
  }

  @Property
  void theReportsMeasuresDoNotDependOnTheOrderTheItemsAreListedIn(
      @ForAll Project project, @ForAll long choice) {
    assertThat(STANDARD.check(ProjectChanges.reorder(project, choice)).measures())
        .isEqualTo(STANDARD.check(project).measures());
  }
}
