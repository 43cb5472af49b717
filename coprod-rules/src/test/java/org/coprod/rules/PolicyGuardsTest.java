package org.coprod.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/** The policy's guards that its own tests did not reach: renamed rules keep every setting. */
class PolicyGuardsTest {
  private static final Rule RENAMED =
      new TestRule(
          TestRule.metadata("lone-voice", Principle.POWER, TestRule.kind(Severity.WARNING))
              .addFormerId("token-presence")
              .addParameter(TestRule.MIN_HOURS)
              .build(),
          context -> context.passed());

  @Test
  void aPolicyUnderAFormerIdKeepsItsSeveritiesMajorityVoiceAndLabelsAndTheIdNowWins() {
    SideLabels labels = SideLabels.of("members", "staff");
    Policy old =
        Policy.builder()
            .severity("token-presence", Severity.NOTE)
            .majorityVoice(0.6)
            .labels(labels)
            .build();
    Policy now = Rulebook.of("renamed", List.of(RENAMED)).withPolicy(old).policy();
    assertThat(now.ruleSeverity("lone-voice")).contains(Severity.NOTE);
    assertThat(now.ruleSeverity("token-presence")).isEmpty();
    assertThat(now.majorityVoice()).isEqualTo(0.6);
    assertThat(now.setsMajorityVoice()).isTrue();
    assertThat(now.labels()).contains(labels);

    Policy both =
        Policy.builder()
            .severity("token-presence", Severity.NOTE)
            .severity("lone-voice", Severity.CONCERN)
            .build();
    assertThat(
            Rulebook.of("renamed", List.of(RENAMED))
                .withPolicy(both)
                .policy()
                .ruleSeverity("lone-voice"))
        .contains(Severity.CONCERN);
  }

  @Test
  void aRulesParametersAreItsOwnOnly() {
    Policy p =
        Policy.builder()
            .set("lone-voice", "minHours", 2.0)
            .set("other-rule", "minHours", 9.0)
            .build();
    assertThat(p.parameters("lone-voice").toJavaMap())
        .containsExactly(java.util.Map.entry("minHours", 2.0));
  }

  @Test
  void policiesAreEqualByEverythingTheySet() {
    Policy a = Policy.builder().set("lone-voice", "minHours", 2.0).majorityVoice(0.6).build();
    Policy b = Policy.builder().set("lone-voice", "minHours", 2.0).majorityVoice(0.6).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(Policy.builder().set("lone-voice", "minHours", 2.0).build());
    assertThat(a).isNotEqualTo(Policy.defaults());
    assertThat(a.hashCode()).isNotEqualTo(Policy.defaults().hashCode());
    assertThat(a.toString()).contains("majorityVoice=0.6");
  }
}
