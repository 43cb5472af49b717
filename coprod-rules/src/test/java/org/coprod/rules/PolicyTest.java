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
  void theMajorityVoiceIsOneSettingForTheWholeRulebookListedAmongTheDifferences() {
    Policy policy = Policy.builder().majorityVoice(0.4).build();
    assertThat(Policy.defaults().majorityVoice()).isEqualTo(0.35);
    assertThat(Policy.defaults().setsMajorityVoice()).isFalse();
    assertThat(policy.majorityVoice()).isEqualTo(0.4);
    assertThat(policy.setsMajorityVoice()).isTrue();
    assertThat(policy.isDefault()).isFalse();
    assertThat(rulebook.withPolicy(policy).check(project).policy())
        .containsExactly(new PolicyDifference("", "majorityVoice", "0.35", "0.4"));
    assertThatThrownBy(() -> Policy.builder().majorityVoice(1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Policy.builder().majorityVoice(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givesEachOfItsSettingsBackTyped() {
    Policy policy =
        Policy.builder()
            .set("busy", "minHours", 4.0)
            .severity("busy", Severity.NOTE)
            .severity("sides", "professional", Severity.WARNING)
            .disable("loud")
            .build();
    assertThat(policy.rules()).containsExactly("busy", "loud", "sides");
    assertThat(policy.parameters("busy").toJavaMap())
        .containsExactly(java.util.Map.entry("minHours", 4.0));
    assertThat(policy.ruleSeverity("busy")).contains(Severity.NOTE);
    assertThat(policy.ruleSeverity("sides")).isEmpty();
    assertThat(policy.kindSeverities("sides").toJavaMap())
        .containsExactly(java.util.Map.entry("professional", Severity.WARNING));
    assertThat(policy.disabled()).containsExactly("loud");
  }

  @Test
  void aPolicyNamingARuleByAFormerIdSetsTheRuleByItsIdNow() {
    Rule renamed =
        new TestRule(
            TestRule.metadata("lone-voice", Principle.POWER, TestRule.kind(Severity.WARNING))
                .addFormerId("token-presence")
                .addParameter(TestRule.MIN_HOURS)
                .build(),
            context -> context.passed());
    Rulebook book = Rulebook.of("renamed", List.of(renamed));
    Policy old =
        Policy.builder()
            .set("token-presence", "minHours", 2.0)
            .severity("token-presence", Severity.NOTE)
            .disable("token-presence")
            .build();
    Policy now = book.withPolicy(old).policy();
    assertThat(now.rules()).containsExactly("lone-voice");
    assertThat(now.parameter("lone-voice", "minHours")).contains(2.0);
    assertThat(now.disables("lone-voice")).isTrue();
    // A setting under the id now wins over one under a former id.
    Policy both =
        Policy.builder()
            .set("token-presence", "minHours", 2.0)
            .set("lone-voice", "minHours", 3.0)
            .build();
    assertThat(book.withPolicy(both).policy().parameter("lone-voice", "minHours")).contains(3.0);
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
