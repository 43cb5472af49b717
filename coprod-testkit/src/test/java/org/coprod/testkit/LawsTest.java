package org.coprod.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import org.coprod.core.Project;
import org.coprod.core.synthetic.ProjectGenerator;
import org.coprod.core.synthetic.ProjectSpec;
import org.coprod.rules.Evidence;
import org.coprod.rules.Finding;
import org.coprod.rules.Law;
import org.coprod.rules.Principle;
import org.coprod.rules.Rule;
import org.coprod.rules.Rulebook;
import org.coprod.rules.Severity;
import org.coprod.rules.standard.DecisionShare;
import org.junit.jupiter.api.Test;

/** The laws' API: what a rule declares, results a test can assert on, reports of a rulebook. */
class LawsTest {
  private static final Project PROJECT =
      ProjectGenerator.generate(
          ProjectSpec.builder()
              .seed(7)
              .livedExperience(3)
              .professional(3)
              .contributions(30)
              .decisions(6)
              .outputs(2)
              .build());

  @Test
  void theLawsOfARuleAreTheOnesItDeclares() {
    Rule rule = new DecisionShare();
    assertThat(RuleLaws.of(rule).declared())
        .containsExactlyElementsOf(List.of(Law.values()).filter(rule.metadata()::obeys));
    assertThat(RuleLaws.of(rule).check(PROJECT).results().map(LawResult::law))
        .containsExactlyElementsOf(RuleLaws.of(rule).declared());
  }

  @Test
  void aStandardRuleObeysItsLawsOnAGeneratedProject() {
    LawReport report = RuleLaws.of(new DecisionShare()).check(PROJECT, 3L);
    assertThat(report.holds()).as(report.describe()).isTrue();
    report.assertHolds();
  }

  @Test
  void aBrokenLawSaysWhichRuleWhichLawAndWhatChanged() {
    LawResult result = Laws.check(new FaultyRules.AbsoluteHours(), Law.HOUR_SCALING, PROJECT, 4L);
    assertThat(result.holds()).isFalse();
    assertThat(result.rule()).isEqualTo("faulty/absolute-hours");
    assertThat(result.change()).isEqualTo("all hours multiplied by 8");
    assertThat(result.problems()).allSatisfy(p -> assertThat(p).contains("finding 'flagged' on ["));
    assertThatThrownBy(result::assertHolds)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "rule 'faulty/absolute-hours' breaks HOUR_SCALING (all hours multiplied by 8)");
  }

  @Test
  void aLawWithNothingToTryHoldsVacuously() {
    Project noOutputs =
        ProjectGenerator.generate(
            ProjectSpec.builder().seed(1).outputs(0).contributions(10).build());
    LawResult result =
        Laws.check(
            new FaultyRules.FlagsCreditToLivedExperience(), Law.CREDIT_MONOTONICITY, noOutputs);
    assertThat(result.holds()).isTrue();
    assertThat(result.isVacuous()).isTrue();
  }

  @Test
  void aRulebookIsCheckedForEachRuleThatDeclaresTheLaw() {
    Rulebook book =
        Rulebook.of("test", List.of(new DecisionShare(), new FaultyRules.AbsoluteHours()));
    LawReport relabelling = Laws.check(book, Law.RELABELLING, PROJECT, 0L);
    assertThat(relabelling.results().map(LawResult::rule)).containsExactly(DecisionShare.ID);
    LawReport hours = Laws.check(book, Law.HOUR_SCALING, PROJECT, 4L);
    assertThat(hours.results().map(LawResult::rule))
        .containsExactly(DecisionShare.ID, "faulty/absolute-hours");
    assertThat(hours.failures().map(LawResult::rule)).containsExactly("faulty/absolute-hours");
    assertThat(hours.result("faulty/absolute-hours", Law.HOUR_SCALING).isDefined()).isTrue();
    assertThatThrownBy(hours::assertHolds).hasMessageStartingWith("1 of 2 law checks broke");
  }

  @Test
  void aRuleCanBeCheckedForALawItDoesNotDeclare() {
    LawResult result = RuleLaws.of(new FaultyRules.ReadsIds()).check(Law.TOTALITY, PROJECT);
    assertThat(result.holds()).isTrue();
  }

  private static Finding parity(Evidence... evidence) {
    return Finding.builder()
        .rule("credit-parity")
        .kind("under-four-fifths")
        .principle(Principle.WHAT_NEXT)
        .severity(Severity.WARNING)
        .template(
            org.coprod.rules.Template.of(
                "default", "{words}", org.coprod.rules.Param.text("words")))
        .addArgument(org.coprod.rules.Argument.text("words", "Credit rates differ."))
        .addSubject(PROJECT.id())
        .addEvidence(evidence)
        .build();
  }

  @Test
  void creditMayAddOnlyFindingsAgainstProfessionals() {
    assertThat(LawCheck.againstProfessionals(parity(Evidence.of("overlookedSide", "PROFESSIONAL"))))
        .isTrue();
    assertThat(
            LawCheck.againstProfessionals(
                parity(Evidence.of("overlookedSide", "LIVED_EXPERIENCE"))))
        .isFalse();
    assertThat(LawCheck.againstProfessionals(parity())).isFalse();
  }

  @Test
  void aRuleThatThrowsBreaksTotalityWithoutItsMessage() {
    Project noOutputs =
        ProjectGenerator.generate(
            ProjectSpec.builder().seed(1).outputs(0).contributions(10).build());
    LawResult result = Laws.check(new FaultyRules.Throws(), Law.TOTALITY, noOutputs);
    assertThat(result.holds()).isFalse();
    assertThat(result.problems().head()).contains("ERROR", "java.lang.ArithmeticException");
  }
}
