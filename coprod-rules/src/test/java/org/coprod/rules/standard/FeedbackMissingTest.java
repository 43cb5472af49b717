package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.decision;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.DecisionId;
import org.coprod.core.DecisionRule;
import org.coprod.core.DecisionType;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class FeedbackMissingTest {
  private final FeedbackMissing rule = new FeedbackMissing();

  /**
   * The manager decides the design on day 5 after asking ana and ben; the project closes on day 40.
   */
  private static org.coprod.core.Decision.Builder asked() {
    return decision("design", DecisionType.DESIGN, "dana")
        .addConsulted(ParticipantId.of("ana"), ParticipantId.of("ben"), ParticipantId.of("sam"));
  }

  private static Project.Builder group() {
    return project()
        .closed(day(40))
        .addParticipant(
            pro("dana").build(), pro("sam").build(), le("ana").build(), le("ben").build());
  }

  @Test
  void flagsPeopleConsultedAndNeverToldTheOutcome() {
    Finding f = check(rule, group().addDecision(asked().build()).build()).findings().single();
    assertThat(f.severity()).isEqualTo(Severity.NOTE);
    assertThat(f.subjects()).containsExactly(DecisionId.of("design"));
    assertThat(f.evidence("livedExperienceConsulted").get()).isEqualTo(2);
    assertThat(f.evidence("daysSince").get()).isEqualTo(35L);
    assertThat(f.message())
        .contains("2 people with lived experience were asked")
        .contains("35 days on");
  }

  @Test
  void passesWhenTheyWereToldAndFlagsAViewBeforeTheyWere() {
    Project p = group().addDecision(asked().feedback(day(12)).build()).build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
    assertThat(check(rule, p, day(12)).status()).isEqualTo(OutcomeStatus.PASSED);
    assertThat(check(rule, p, day(11)).findings().single().evidence("daysSince").get())
        .isEqualTo(6L);
  }

  @Test
  void passesWhenPeopleWithLivedExperienceHadASay() {
    Project p =
        group()
            .addDecision(
                asked().addDecidedBy(ParticipantId.of("ana")).rule(DecisionRule.CONSENSUS).build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void flagsWhenTheirOnlyDeciderObjectedAndLost() {
    Project p =
        group()
            .addDecision(
                asked()
                    .addDecidedBy(ParticipantId.of("ana"))
                    .addObjectedBy(ParticipantId.of("ana"))
                    .rule(DecisionRule.CONSENSUS)
                    .build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.FINDINGS);
  }

  @Test
  void ignoresDecisionsThatAreNotKey() {
    Project p = group().addDecision(asked().key(false).build()).build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void doesNotApplyWhenOnlyProfessionalsWereConsulted() {
    Project p =
        group()
            .addDecision(
                decision("design", DecisionType.DESIGN, "dana")
                    .addConsulted(ParticipantId.of("sam"))
                    .build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void countsThePeopleConsultedAndTheDaysInItsWords() {
    String two =
        check(rule, group().addDecision(asked().build()).build()).findings().single().message();
    assertThat(two)
        .contains("2 people with lived experience were asked, but not told what was decided.")
        .contains("they were consulted, had no say in it, and have not been told")
        .contains("35 days on.");
    String one =
        check(
                rule,
                group()
                    .closed(day(6))
                    .addDecision(
                        decision("design", DecisionType.DESIGN, "dana")
                            .addConsulted(ParticipantId.of("ana"))
                            .build())
                    .build())
            .findings()
            .single()
            .message();
    assertThat(one)
        .startsWith("One person with lived experience was asked, but not told what was decided.")
        .contains("they were consulted, had no say in it, and have not been told")
        .contains("1 day on.");
  }
}
