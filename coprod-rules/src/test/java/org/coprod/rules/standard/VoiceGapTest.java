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
import org.coprod.rules.Finding;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Policy;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class VoiceGapTest {
  private final VoiceGap rule = new VoiceGap();

  private static CheckIn round(int day, Side side, int respondents, Tally heard) {
    return CheckIn.builder()
        .round(day(day))
        .side(side)
        .respondents(respondents)
        .heard(heard)
        .build();
  }

  private static Project.Builder group() {
    return project()
        .addParticipant(
            le("ana").build(), le("ben").build(), le("cat").build(), pro("dana").build());
  }

  private static final Side LE = Side.LIVED_EXPERIENCE;
  private static final Side PRO = Side.PROFESSIONAL;

  @Test
  void flagsLivedExperienceAPointBelowProfessionals() {
    Project p =
        group()
            .addCheckIn(
                round(30, LE, 3, Tally.of(0, 0, 3, 0, 0)),
                round(30, PRO, 3, Tally.of(0, 0, 0, 3, 0)))
            .build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.kind()).isEqualTo("gap");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.evidence("livedExperienceHeard").get()).isEqualTo(3.0);
    assertThat(f.evidence("professionalHeard").get()).isEqualTo(4.0);
    assertThat(f.message())
        .contains("the 3 answers from people with lived experience give a middle answer of 3")
        .contains("against 4 from the 3 answers of professionals");
  }

  @Test
  void passesJustUnderAPointBelow() {
    // professionals 3 and 4 and 4 and 4: median 4; lived experience 3,3,4,4: median 3.5
    Project p =
        group()
            .addCheckIn(
                round(30, LE, 4, Tally.of(0, 0, 2, 2, 0)),
                round(30, PRO, 4, Tally.of(0, 0, 1, 3, 0)))
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void flagsALowMedianWithoutProfessionalsToCompare() {
    Project p = group().addCheckIn(round(30, LE, 3, Tally.of(1, 1, 1, 0, 0))).build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.kind()).isEqualTo("low");
    assertThat(f.evidence("professionalHeard")).isEmpty();
    assertThat(f.message()).contains("middle answer of 2 out of 5 on being heard");
  }

  @Test
  void aMedianOfTwoAndAHalfIsNotLow() {
    Project p = group().addCheckIn(round(30, LE, 4, Tally.of(0, 2, 2, 0, 0))).build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void readsInfluenceToo() {
    CheckIn le = round(30, LE, 3, Tally.of(0, 0, 0, 3, 0)).withInfluence(Tally.of(0, 3, 0, 0, 0));
    Finding f = check(rule, group().addCheckIn(le).build()).findings().single();
    assertThat(f.kind()).isEqualTo("low");
    assertThat(f.message()).contains("on shaping the work");
  }

  @Test
  void poolsTheLastThreeRoundsAndForgetsOlderOnes() {
    // a low first round, then three good ones more than 180 days later
    Project p =
        group()
            .addCheckIn(
                round(10, LE, 3, Tally.of(3, 0, 0, 0, 0)),
                round(300, LE, 1, Tally.of(0, 0, 0, 1, 0)),
                round(310, LE, 1, Tally.of(0, 0, 0, 1, 0)),
                round(320, LE, 1, Tally.of(0, 0, 0, 1, 0)))
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
    Finding early = check(rule, p, day(310)).findings().single();
    assertThat(early.evidence("rounds").get()).isEqualTo(3);
    assertThat(early.evidence("livedExperienceHeard").get()).isEqualTo(1.0);
  }

  @Test
  void takesTheLast180DaysWhereTheyHoldMoreRounds() {
    // five rounds a month apart, one answer each: 1, 1, 1, 4, 4. The last three alone (1, 4, 4)
    // have a median of 4; the last 180 days hold all five, whose median is 1.
    Project.Builder b = group();
    for (int i = 0; i < 5; i++) {
      b.addCheckIn(
          round(30 + 30 * i, LE, 1, i < 3 ? Tally.of(1, 0, 0, 0, 0) : Tally.of(0, 0, 0, 1, 0)));
    }
    Finding f = check(rule, b.build()).findings().single();
    assertThat(f.kind()).isEqualTo("low");
    assertThat(f.evidence("rounds").get()).isEqualTo(5);
    assertThat(f.evidence("livedExperienceRespondents").get()).isEqualTo(5);
  }

  @Test
  void doesNotApplyWithFewerThanThreeRespondentsWithLivedExperience() {
    Project p =
        group()
            .addCheckIn(
                round(30, LE, 2, Tally.of(2, 0, 0, 0, 0)),
                round(30, PRO, 5, Tally.of(0, 0, 0, 0, 5)))
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    assertThat(check(rule, group().build()).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void doesNotCompareWithFewerThanThreeProfessionals() {
    Project p =
        group()
            .addCheckIn(
                round(30, LE, 3, Tally.of(0, 0, 3, 0, 0)),
                round(30, PRO, 2, Tally.of(0, 0, 0, 0, 2)))
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void doesNotLookForProfessionalsFeelingLessHeard() {
    Project p =
        group()
            .addCheckIn(
                round(30, LE, 3, Tally.of(0, 0, 0, 0, 3)),
                round(30, PRO, 3, Tally.of(0, 0, 3, 0, 0)))
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void theGroupCanWidenTheGap() {
    Project p =
        group()
            .addCheckIn(
                round(30, LE, 3, Tally.of(0, 0, 3, 0, 0)),
                round(30, PRO, 3, Tally.of(0, 0, 0, 3, 0)))
            .build();
    Policy wider = Policy.builder().set(VoiceGap.ID, "gap", 1.5).build();
    assertThat(check(rule, p, wider).status()).isEqualTo(OutcomeStatus.PASSED);
  }
}
