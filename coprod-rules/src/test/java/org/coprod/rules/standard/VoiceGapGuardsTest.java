package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.CheckIn;
import org.coprod.core.Project;
import org.coprod.core.Side;
import org.coprod.core.Tally;
import org.coprod.rules.OutcomeStatus;
import org.junit.jupiter.api.Test;

/**
 * The window of {@code voice-gap}, held by a test that fails without it: an older round, however
 * many answered it, is left out once three later rounds and the last 180 days hold fewer.
 */
class VoiceGapGuardsTest {
  private final VoiceGap rule = new VoiceGap();

  private static CheckIn round(int day, int respondents, Tally heard) {
    return CheckIn.builder()
        .round(day(day))
        .side(Side.LIVED_EXPERIENCE)
        .respondents(respondents)
        .heard(heard)
        .build();
  }

  @Test
  void aLargeOldRoundOutsideTheLastThreeRoundsAndTheLast180DaysIsNotRead() {
    // five answered 1 on day 10; one each answered 4 on days 300, 310 and 320. Read with the old
    // round, the median would be 1 (low); the last three rounds alone give 4.
    Project p =
        project()
            .addParticipant(
                le("ana").build(), le("ben").build(), le("cat").build(), pro("dana").build())
            .addCheckIn(
                round(10, 5, Tally.of(5, 0, 0, 0, 0)),
                round(300, 1, Tally.of(0, 0, 0, 1, 0)),
                round(310, 1, Tally.of(0, 0, 0, 1, 0)),
                round(320, 1, Tally.of(0, 0, 0, 1, 0)))
            .build();
    assertThat(check(rule, p, day(320)).status()).isEqualTo(OutcomeStatus.PASSED);
  }
}
