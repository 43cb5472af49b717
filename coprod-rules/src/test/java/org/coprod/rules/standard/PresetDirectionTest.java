package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.day;
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
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class PresetDirectionTest {
  private final PresetDirection rule = new PresetDirection();

  /**
   * The manager decides on day 5; the first person with lived experience joins on {@code leJoins}.
   */
  private static Project.Builder crisisLine(int leJoins, DecisionType type) {
    return project()
        .addParticipant(
            pro("dana").build(),
            le("ana").joined(day(leJoins)).build(),
            le("ben").joined(day(leJoins + 3)).build())
        .addDecision(decision("scope", type, "dana").build());
  }

  @Test
  void flagsAScopeSetBeforeAnyoneWithLivedExperienceJoined() {
    Outcome o = check(rule, crisisLine(17, DecisionType.SCOPE).build());
    assertThat(o.status()).isEqualTo(OutcomeStatus.FINDINGS);
    Finding f = o.findings().single();
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subjects()).containsExactly(DecisionId.of("scope"));
    assertThat(f.evidence("daysBefore").get()).isEqualTo(12L);
    assertThat(f.evidence("firstLivedExperienceJoined").get()).isEqualTo(day(17).toString());
    assertThat(f.message()).contains("'scope'").contains("12 days before");
  }

  @Test
  void flagsABudgetFixedInAdvanceToo() {
    assertThat(check(rule, crisisLine(17, DecisionType.BUDGET).build()).findings()).hasSize(1);
  }

  @Test
  void raisesOneFindingForEachDecisionMadeInAdvance() {
    Project p =
        crisisLine(17, DecisionType.SCOPE)
            .addDecision(decision("budget", DecisionType.BUDGET, "dana").date(day(6)).build())
            .build();
    assertThat(check(rule, p).findings().flatMap(Finding::subjects))
        .containsExactlyInAnyOrder(DecisionId.of("scope"), DecisionId.of("budget"));
  }

  @Test
  void aDecisionOnTheDayTheFirstPersonJoinedIsNotMadeBeforeThem() {
    // The boundary: joined on day 5, the day of the decision, could have been in the room.
    assertThat(check(rule, crisisLine(5, DecisionType.SCOPE).build()).status())
        .isEqualTo(OutcomeStatus.PASSED);
    Outcome dayBefore = check(rule, crisisLine(6, DecisionType.SCOPE).build());
    assertThat(dayBefore.findings().single().evidence("daysBefore").get()).isEqualTo(1L);
    assertThat(dayBefore.findings().single().message()).contains("1 day before");
  }

  @Test
  void passesWhenPeopleWithLivedExperienceWereThereFromTheStart() {
    Project p =
        project()
            .addParticipant(pro("dana").build(), le("ana").build())
            .addDecision(decision("scope", DecisionType.SCOPE, "dana", "ana").build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void ignoresDecisionsOtherThanScopeAndBudget() {
    assertThat(check(rule, crisisLine(17, DecisionType.DESIGN).build()).status())
        .isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void doesNotApplyWithoutPeopleWithLivedExperience() {
    Project p =
        project()
            .addParticipant(pro("dana").build())
            .addDecision(decision("scope", DecisionType.SCOPE, "dana").build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void doesNotApplyToAViewBeforeTheFirstPersonWithLivedExperienceJoinedAndFlagsOnceTheyHave() {
    Project p = crisisLine(17, DecisionType.SCOPE).build();
    assertThat(check(rule, p, day(16)).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    assertThat(check(rule, p, day(17)).status()).isEqualTo(OutcomeStatus.FINDINGS);
  }
}
