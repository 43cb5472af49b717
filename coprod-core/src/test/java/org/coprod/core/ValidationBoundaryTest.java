package org.coprod.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.core.Fixtures.day;

import org.junit.jupiter.api.Test;

/** Validation at the edges of each range: zero and one are in range, as is "nobody answered". */
class ValidationBoundaryTest {
  @Test
  void sharesOfZeroAndOneCountsOfZeroAndARoundNobodyAnsweredAreValid() {
    Project.Builder edges =
        Records.kept()
            .addPopulation(PopulationShare.of("Everyone", 1.0), PopulationShare.of("Nobody", 0.0))
            .addMonitoring(MonitoringCount.of("Not asked", 0))
            .addCheckIn(
                CheckIn.builder()
                    .round(day("2017-05-01"))
                    .side(Side.PROFESSIONAL)
                    .respondents(0)
                    .build());
    assertThat(Project.validate(edges).isValid()).isTrue();
  }

  @Test
  void aRoundWithAnswersButNoRespondentsIsRefused() {
    Project.Builder more =
        Records.kept()
            .addCheckIn(
                CheckIn.builder()
                    .round(day("2017-05-01"))
                    .side(Side.PROFESSIONAL)
                    .respondents(0)
                    .heard(Tally.of(1, 0, 0, 0, 0))
                    .build());
    assertThat(Project.validate(more).getError())
        .extracting(Problem::kind)
        .contains(Problem.Kind.INVALID_VALUE);
  }
}
