package org.coprod.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import org.coprod.core.Project;
import org.junit.jupiter.api.Test;

class PolicyTest {
  private final Project project = RulebookTest.threePeople();

  /** Hours: ana 4, ben 2, dana 10. */
  private final Rulebook rulebook =
      Rulebook.of(
          "test",
          List.of(
              TestRule.perContributor("busy", Principle.RESOURCES, Severity.WARNING),
              TestRule.bySide("sides", Principle.POWER),
              TestRule.onProject("loud", Principle.PURPOSE, Severity.CONCERN)));

  @Test
  void aPolicyChangesAThresholdASeverityAndTurnsARuleOff() {
    Policy policy =
        Policy.builder()
            .set("busy", "minHours", 4.0)
            .severity("sides", "professional", Severity.WARNING)
            .disable("loud")
            .build();
    Report report = rulebook.withPolicy(policy).check(project);

    assertThat(report.findings("busy").map(f -> f.subjects().head().value()))
        .containsExactly("ana", "dana");
    assertThat(report.findings("sides").map(Finding::severity))
        .containsExactly(Severity.CONCERN, Severity.CONCERN, Severity.WARNING);
    assertThat(report.outcome("loud")).isEmpty();
    assertThat(report.findings("loud")).isEmpty();
    assertThat(report.failsAt(Severity.CONCERN)).isTrue();
  }

  @Test
  void theReportListsEveryDifferenceFromTheDefaults() {
    Policy policy =
        Policy.builder()
            .set("busy", "minHours", 4.0)
            .severity("sides", "professional", Severity.WARNING)
            .severity("busy", Severity.NOTE)
            .disable("loud")
            .build();
    Report report = rulebook.withPolicy(policy).check(project);

    assertThat(report.policy())
        .containsExactly(
            new PolicyDifference("busy", "parameter minHours", "0.0", "4.0"),
            new PolicyDifference("busy", "severity", "WARNING", "NOTE"),
            new PolicyDifference("loud", "rule", "on", "off"),
            new PolicyDifference("sides", "severity of professional", "NOTE", "WARNING"));
    assertThat(report.findings("busy").map(Finding::severity)).containsOnly(Severity.NOTE);
  }

  @Test
  void theDefaultPolicyChangesNothingAndTheReportListsNoDifference() {
    assertThat(Policy.builder().build()).isEqualTo(Policy.defaults());
    assertThat(Policy.defaults().isDefault()).isTrue();
    Report report = rulebook.withPolicy(Policy.defaults()).check(project);
    assertThat(report.policy()).isEmpty();
    assertThat(report).isEqualTo(rulebook.check(project));
  }

  @Test
  void aSeverityForOneKindOverridesTheSeverityForTheWholeRule() {
    Policy policy =
        Policy.builder()
            .severity("sides", Severity.WARNING)
            .severity("sides", "lived-experience", Severity.NOTE)
            .build();
    Report report = rulebook.withPolicy(policy).check(project);
    assertThat(report.findings("sides").map(f -> f.kind() + " " + f.severity()))
        .containsExactly("professional WARNING", "lived-experience NOTE", "lived-experience NOTE");
  }

  @Test
  void refusesAPolicyNamingAnUnknownRuleAndSuggestsTheNearestId() {
    Policy typo = Policy.builder().disable("bussy").build();
    assertThatThrownBy(() -> rulebook.withPolicy(typo))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("there is no rule 'bussy'")
        .hasMessageContaining("did you mean 'busy'?");
  }

  @Test
  void suggestsTheNearestCustomIdWithItsPrefix() {
    Rulebook withAcme = rulebook.plus(new AcmeRule());
    Policy typo = Policy.builder().severity("acme/purpose-stat", Severity.WARNING).build();
    assertThatThrownBy(() -> withAcme.withPolicy(typo))
        .hasMessageContaining("did you mean '" + AcmeRule.ID + "'?");
  }

  @Test
  void refusesAPolicyNamingAnUnknownParameterAndSuggestsTheNearestName() {
    Policy typo = Policy.builder().set("busy", "minHour", 4.0).build();
    assertThatThrownBy(() -> rulebook.withPolicy(typo))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rule 'busy' has no parameter 'minHour'")
        .hasMessageContaining("did you mean 'minHours'?");
  }

  @Test
  void refusesAPolicyNamingAnUnknownKindOrAValueOfTheWrongType() {
    assertThatThrownBy(
            () ->
                rulebook.withPolicy(
                    Policy.builder().severity("sides", "carers", Severity.NOTE).build()))
        .hasMessageContaining("raises no finding of kind 'carers'")
        .hasMessageContaining("lived-experience, professional");
    assertThatThrownBy(
            () -> rulebook.withPolicy(Policy.builder().set("busy", "minHours", true).build()))
        .hasMessageContaining("parameter 'minHours' of rule 'busy' takes a double");
  }

  @Test
  void namesEveryProblemAtOnceAndNoSuggestionWhenNothingIsNear() {
    Policy policy =
        Policy.builder().disable("completely-different").set("busy", "zzz", 1.0).build();
    io.vavr.collection.Seq<String> problems = policy.problems(rulebook.metadata());
    assertThat(problems).hasSize(2);
    assertThat(problems.mkString()).doesNotContain("did you mean");
  }

  @Test
  void parsesParameterValuesFromTextOrSaysWhyNot() {
    assertThat(TestRule.MIN_HOURS.parse(" 2.5 ").get()).isEqualTo(2.5);
    assertThat(TestRule.MIN_HOURS.parse("-1").getError()).contains("zero or more");
    assertThat(TestRule.MIN_HOURS.parse("lots").getError()).contains("takes a number");
    assertThat(Parameter.count("days", 28, "d", "s").parse("2.5").getError())
        .contains("whole number");
    assertThat(Parameter.flag("strict", false, "d", "s").parse("yes").getError())
        .contains("true or false");
  }
}
