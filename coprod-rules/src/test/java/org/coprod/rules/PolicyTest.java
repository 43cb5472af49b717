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
        .hasMessageContaining("parameter 'minHours' of rule 'busy' takes a number of zero or more");
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

  @Test
  void aParameterTakesOnlyValuesWithinWhatItMeasures() {
    Parameter<Double> share = Parameter.share("maxShare", 0.5, "d", "s");
    assertThat(share.parse("1").get()).isEqualTo(1.0);
    assertThat(share.parse("0").get()).isEqualTo(0.0);
    assertThat(share.parse("5").getError())
        .isEqualTo("'maxShare' takes a share from 0 to 1, not '5'");
    assertThat(share.parse("1.0000001").isInvalid()).isTrue();
    assertThat(share.parse("NaN").isInvalid()).isTrue();
    assertThat(Parameter.ratio("minRatio", 0.8, "d", "s").parse("1.25").getError())
        .contains("a ratio from 0 to 1");
    assertThat(Parameter.coefficient("maxGini", 0.6, "d", "s").parse("2").isInvalid()).isTrue();
    assertThat(Parameter.hours("h", 2, "d", "s").parse("-0.5").getError())
        .contains("a number of hours of zero or more");
    assertThat(Parameter.hours("h", 2, "d", "s").parse("1e400").isInvalid()).isTrue();
    assertThat(Parameter.money("m", 0, "d", "s").parse("12.5").get()).isEqualTo(12.5);
    assertThat(Parameter.days("d", 28, "d", "s").parse("-1").getError())
        .contains("a whole number of days of zero or more");
    assertThat(Parameter.days("d", 28, "d", "s").parse("7").get()).isEqualTo(7);
    assertThat(share.accepts(0.25)).isTrue();
    assertThat(share.accepts(5.0)).isFalse();
    assertThat(share.accepts(1)).isFalse();
    assertThat(share.measure()).isEqualTo(Parameter.Measure.SHARE);
  }

  @Test
  void aDefaultOutsideWhatTheParameterMeasuresIsAProgrammingError() {
    assertThatThrownBy(() -> Parameter.share("maxShare", 1.5, "d", "s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a share from 0 to 1");
    assertThatThrownBy(() -> Parameter.count("n", -1, "d", "s"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPolicyBuiltInCodeWithAShareAboveOneIsRefusedByTheRulebook() {
    Policy policy = Policy.builder().set("load-concentration", "maxPersonShare", 5.0).build();
    assertThat(policy.problems(Rulebook.standard().metadata()))
        .containsExactly(
            "parameter 'maxPersonShare' of rule 'load-concentration' takes a share from 0 to 1");
    assertThatThrownBy(() -> Rulebook.standard().withPolicy(policy))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a share from 0 to 1");
  }

  @Test
  void everyStandardParameterSaysWhatItMeasures() {
    for (RuleMetadata rule : Rulebook.standard().metadata()) {
      for (Parameter<?> p : rule.parameters()) {
        String where = rule.id() + "." + p.name();
        if (p.defaultValue() instanceof Double d && d > 0 && d < 1) {
          assertThat(p.measure())
              .as(where)
              .isIn(
                  Parameter.Measure.SHARE, Parameter.Measure.RATIO, Parameter.Measure.COEFFICIENT);
        }
        if (p.name().endsWith("Days")) {
          assertThat(p.measure()).as(where).isEqualTo(Parameter.Measure.DAYS);
        }
        if (p.name().endsWith("Hours")) {
          assertThat(p.measure()).as(where).isEqualTo(Parameter.Measure.HOURS);
        }
        if (p.name().endsWith("PerHour")) {
          assertThat(p.measure()).as(where).isEqualTo(Parameter.Measure.MONEY);
        }
      }
    }
  }

  @Test
  void aParameterIsItsNameTypeMeasureAndDefault() {
    Parameter<Double> share = Parameter.share("maxShare", 0.5, "the most", "a rule of thumb");
    assertThat(share.description()).isEqualTo("the most");
    assertThat(share.source()).isEqualTo("a rule of thumb");
    assertThat(share).hasToString("maxShare=0.5");
    assertThat(share)
        .isEqualTo(Parameter.share("maxShare", 0.5, "said otherwise", "elsewhere"))
        .hasSameHashCodeAs(Parameter.share("maxShare", 0.5, "said otherwise", "elsewhere"));
    assertThat(share)
        .isNotEqualTo(Parameter.share("minShare", 0.5, "d", "s"))
        .isNotEqualTo(Parameter.ratio("maxShare", 0.5, "d", "s"))
        .isNotEqualTo(Parameter.number("maxShare", 0.5, "d", "s"))
        .isNotEqualTo(Parameter.share("maxShare", 0.25, "d", "s"))
        .isNotEqualTo(Parameter.count("maxShare", 0, "d", "s"))
        .isNotEqualTo("maxShare=0.5");
    assertThat(share.hashCode())
        .isNotEqualTo(Parameter.ratio("maxShare", 0.5, "d", "s").hashCode());
  }
}
