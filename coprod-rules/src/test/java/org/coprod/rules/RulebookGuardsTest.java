package org.coprod.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/** The rulebook's guards that its own tests did not reach. */
class RulebookGuardsTest {
  @Test
  void aRuleFailingWithAnExceptionWithoutAStackTraceEndsInErrorNamingNoFrame() {
    Rule stackless =
        new TestRule(
            TestRule.metadata("stackless", Principle.POWER, TestRule.kind(Severity.NOTE)).build(),
            context -> {
              IllegalStateException e = new IllegalStateException("no frames");
              e.setStackTrace(new StackTraceElement[0]);
              throw e;
            });
    Outcome o =
        Rulebook.of("test", List.of(stackless)).check(RulebookTest.threePeople()).outcomes().head();
    assertThat(o.status()).isEqualTo(OutcomeStatus.ERROR);
    assertThat(o.reason().get()).contains(IllegalStateException.class.getSimpleName());
    assertThat(o.reason().get()).doesNotContain(" at ").doesNotContain("no frames");
  }

  @Test
  void aRulebookIsNotStrictUntilAskedToBe() {
    assertThat(Rulebook.standard().isStrict()).isFalse();
    assertThat(Rulebook.of("test", List.of(TestRule.passing("p"))).isStrict()).isFalse();
  }
}
