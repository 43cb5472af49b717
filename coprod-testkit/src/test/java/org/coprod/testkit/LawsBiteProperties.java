package org.coprod.testkit;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import org.coprod.core.Project;
import org.coprod.rules.Law;
import org.coprod.rules.Rule;

/**
 * Each law catches a rule with the fault it is there to catch, and jqwik shrinks the counterexample
 * to a project of at most five people: every property here must be falsified ({@link
 * ExpectFalsifiedAndSmall}).
 */
@AddLifecycleHook(
    value = ExpectFalsifiedAndSmall.class,
    propagateTo = PropagationMode.ALL_DESCENDANTS)
class LawsBiteProperties {
  private static void check(Rule rule, Law law, Project project, long choice) {
    RuleLaws.of(rule).check(law, project, choice).assertHolds();
  }

  @Property(seed = "20261126")
  void relabellingCatchesARuleThatReadsIds(@ForAll Project project, @ForAll long choice) {
    check(new FaultyRules.ReadsIds(), Law.RELABELLING, project, choice);
  }

  @Property(seed = "20261126")
  void hourScalingCatchesARuleWithAnAbsoluteNumberOfHours(
      @ForAll Project project, @ForAll long choice) {
    check(new FaultyRules.AbsoluteHours(), Law.HOUR_SCALING, project, choice);
  }

  @Property(seed = "20261126")
  void moneyScalingCatchesARuleWithAnAbsoluteAmountOfMoney(
      @ForAll Project project, @ForAll long choice) {
    check(new FaultyRules.AbsoluteMoney(), Law.MONEY_SCALING, project, choice);
  }

  @Property(seed = "20261126")
  void sideSymmetryCatchesARuleThatLooksAtOneSideOnly(
      @ForAll Project project, @ForAll long choice) {
    check(new FaultyRules.OneSideOnly(), Law.SIDE_SYMMETRY, project, choice);
  }

  @Property(seed = "20261126")
  void creditMonotonicityCatchesARuleThatFlagsCreditGivenToLivedExperience(
      @ForAll Project project, @ForAll long choice) {
    check(new FaultyRules.FlagsCreditToLivedExperience(), Law.CREDIT_MONOTONICITY, project, choice);
  }

  @Property(seed = "20261126")
  void sayMonotonicityCatchesARuleThatFlagsLivedExperienceDeciders(
      @ForAll Project project, @ForAll long choice) {
    check(new FaultyRules.FlagsLivedExperienceDeciders(), Law.SAY_MONOTONICITY, project, choice);
  }

  @Property(seed = "20261126")
  void timeCatchesARuleThatReadsTheClock(@ForAll Project project, @ForAll long choice) {
    check(new FaultyRules.ReadsTheClock(), Law.TIME, project, choice);
  }

  @Property(seed = "20261126")
  void timeCatchesARuleThatTakesTheLastDatedEventForNow(
      @ForAll Project project, @ForAll long choice) {
    check(new FaultyRules.TakesTheLastEventForNow(), Law.TIME, project, choice);
  }

  @Property(seed = "20261126")
  void determinismCatchesARuleThatDependsOnHashOrder(@ForAll Project project) {
    check(new FaultyRules.HashOrdered(), Law.DETERMINISM, project, 0L);
  }

  @Property(seed = "20261126")
  void orderIndependenceCatchesARuleThatReadsTheOrderOfTheList(
      @ForAll Project project, @ForAll long choice) {
    check(new FaultyRules.FirstListed(), Law.ORDER_INDEPENDENCE, project, choice);
  }

  @Property(seed = "20261126")
  void incrementalityCatchesARuleWhoseRecheckKeepsTheOutcomeBefore(
      @ForAll Project project, @ForAll long choice) {
    check(new FaultyRules.StaleRecheck(), Law.INCREMENTALITY, project, choice);
  }

  @Property(seed = "20261126")
  void totalityCatchesARuleThatThrows(@ForAll Project project) {
    check(new FaultyRules.Throws(), Law.TOTALITY, project, 0L);
  }
}
