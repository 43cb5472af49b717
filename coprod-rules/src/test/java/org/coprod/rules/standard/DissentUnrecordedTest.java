package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.decision;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.Decision;
import org.coprod.core.DecisionRule;
import org.coprod.core.DecisionType;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class DissentUnrecordedTest {
  private final DissentUnrecorded rule = new DissentUnrecorded();

  /** Under MAJORITY, two professionals outvote Ana, who objects. */
  private static Decision.Builder outvoted() {
    return decision("script", DecisionType.DESIGN, "ana", "dana", "eve")
        .rule(DecisionRule.MAJORITY)
        .addObjectedBy(ParticipantId.of("ana"));
  }

  private static Project with(Decision d) {
    return project()
        .addParticipant(
            le("ana").build(), le("ben").build(), pro("dana").build(), pro("eve").build())
        .addDecision(d)
        .build();
  }

  @Test
  void notesAnOutvotedObjectionWithNoMinorityStatement() {
    Finding f = check(rule, with(outvoted().build())).findings().single();
    assertThat(f.severity()).isEqualTo(Severity.NOTE);
    assertThat(f.subjects().map(s -> s.value())).containsExactly("script");
    assertThat(f.evidence("livedExperienceObjecting")).contains(1);
    assertThat(f.message())
        .isEqualTo(
            "The record does not say why some people said no to a key decision. On the key"
                + " decision 'script', one person with lived experience disagreed, the decision went"
                + " ahead over their objection, and nothing records why they disagreed.");
  }

  @Test
  void passesWhenAMinorityStatementRecordsTheDisagreement() {
    Decision d = outvoted().minorityStatement("A single script cannot fit every caller").build();
    assertThat(check(rule, with(d)).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void aBlankMinorityStatementSaysNothing() {
    assertThat(check(rule, with(outvoted().minorityStatement("  ").build())).findings()).hasSize(1);
  }

  @Test
  void anObjectionWhereLivedExperienceStillHadASayIsNotItsMatter() {
    // Under consensus, Ana objects but Ben, who agreed, keeps the side's say.
    Decision d =
        decision("script", DecisionType.DESIGN, "ana", "ben", "dana")
            .rule(DecisionRule.CONSENSUS)
            .addObjectedBy(ParticipantId.of("ana"))
            .build();
    // One of two objecting is not more than half agreeing: no say, so it is noted.
    assertThat(check(rule, with(d)).findings()).hasSize(1);
    Decision three =
        decision("script", DecisionType.DESIGN, "ana", "ben", "cai", "dana")
            .rule(DecisionRule.CONSENSUS)
            .addObjectedBy(ParticipantId.of("ana"))
            .build();
    Project p =
        project()
            .addParticipant(
                le("ana").build(), le("ben").build(), le("cai").build(), pro("dana").build())
            .addDecision(three)
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void decisionsThatAreNotKeyAndObjectionsByProfessionalsDoNotApply() {
    assertThat(check(rule, with(outvoted().key(false).build())).status())
        .isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    Decision pro =
        decision("script", DecisionType.DESIGN, "ana", "dana", "eve")
            .rule(DecisionRule.MAJORITY)
            .addObjectedBy(ParticipantId.of("dana"))
            .build();
    assertThat(check(rule, with(pro)).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }
}
