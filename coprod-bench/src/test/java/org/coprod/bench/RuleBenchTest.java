package org.coprod.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.coprod.rules.Rule;
import org.coprod.rules.Rulebook;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

/** The per-rule benchmark's default list keeps up with the rulebook. */
class RuleBenchTest {
  @Test
  void listsEveryStandardRule() throws NoSuchFieldException {
    Param param = RuleBench.Data.class.getField("rule").getAnnotation(Param.class);
    assertThat(Arrays.asList(param.value()))
        .containsAll(Rulebook.standard().rules().map(Rule::id).asJava());
  }

  @Test
  void benchmarksProjectsOfTheFirstTargetsSizeAtFullScale() {
    var spec = Workload.spec(Workload.FULL);
    assertThat(spec.contributions()).isEqualTo(1_000_000);
    assertThat(spec.livedExperience() + spec.professional()).isEqualTo(10_000);
    assertThat(spec.decisions()).isEqualTo(50_000);
  }
}
