package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.decision;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.DecisionId;
import org.coprod.core.DecisionType;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Policy;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class LoneVoiceTest {
  private final LoneVoice rule = new LoneVoice();

  /**
   * A project whose one key decision is made by {@code livedExperience} of {@code total} people.
   */
  private static Project board(int livedExperience, int total) {
    Project.Builder b = project().addParticipant(le("ana").build());
    String[] deciders = new String[total];
    for (int i = 0; i < total; i++) {
      String id = (i < livedExperience ? "le" : "pro") + i;
      b.addParticipant(i < livedExperience ? le(id).build() : pro(id).build());
      deciders[i] = id;
    }
    return b.addDecision(decision("board", DecisionType.DELIVERY, deciders).build()).build();
  }

  @Test
  void flagsALoneVoiceAmongThreeDeciders() {
    Outcome o = check(rule, board(1, 3));
    Finding f = o.findings().single();
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.kind()).isEqualTo("outnumbered");
    assertThat(f.subjects()).containsExactly(DecisionId.of("board"));
    assertThat(f.evidence("fewerThanMinPeople").get()).isEqualTo(true);
    assertThat(f.evidence("atOrUnderSkewedShare").get()).isEqualTo(false);
    assertThat(f.message())
        .startsWith("Only one person with lived experience was among the 3 who made 'board'.")
        .contains("made by 3 people, and 33.3% of them were people with lived experience.");
  }

  @Test
  void passesTwoOfThreeDeciders() {
    assertThat(check(rule, board(2, 3)).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void looksOnlyAtDecisionsOfThreeOrMorePeople() {
    // The boundary of minDeciders: in a pair, one person with lived experience is half the
    // deciders,
    // not a lone voice.
    assertThat(check(rule, board(1, 2)).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void flagsFifteenPercentAndPassesJustAbove() {
    // 3 of 20 is exactly 15%: a skewed group, outnumbered despite being more than two.
    Finding f = check(rule, board(3, 20)).findings().single();
    assertThat(f.evidence("fewerThanMinPeople").get()).isEqualTo(false);
    assertThat(f.evidence("atOrUnderSkewedShare").get()).isEqualTo(true);
    assertThat(check(rule, board(4, 20)).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void leavesDecisionsWithoutAnyLivedExperienceDeciderToDecisionShare() {
    assertThat(check(rule, board(0, 12)).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void ignoresDecisionsThatAreNotKey() {
    Project p =
        project()
            .addParticipant(le("ana").build(), pro("b").build(), pro("c").build())
            .addDecision(decision("minor", DecisionType.OTHER, "ana", "b", "c").key(false).build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void countsADeciderListedTwiceOnce() {
    Project p =
        project()
            .addParticipant(le("ana").build(), le("bo").build(), pro("c").build())
            .addDecision(decision("d", DecisionType.DESIGN, "ana", "c", "ana").build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void doesNotApplyWithoutPeopleWithLivedExperience() {
    Project p =
        project()
            .addParticipant(pro("a").build(), pro("b").build(), pro("c").build())
            .addDecision(decision("d", DecisionType.DESIGN, "a", "b", "c").build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void aPolicyCanAskForThreeVoices() {
    Policy three = Policy.builder().set(LoneVoice.ID, "minPeople", 3).build();
    assertThat(check(rule, board(2, 3), three).status()).isEqualTo(OutcomeStatus.FINDINGS);
  }

  @Test
  void aPolicyWrittenForTheFormerIdStillSetsTheRule() {
    Policy three = Policy.builder().set(LoneVoice.FORMER_ID, "minPeople", 3).build();
    assertThat(check(rule, board(2, 3), three).status()).isEqualTo(OutcomeStatus.FINDINGS);
    assertThat(rule.metadata().formerIds()).containsExactly("token-presence");
    assertThat(rule.metadata().answersTo("token-presence")).isTrue();
  }
}
