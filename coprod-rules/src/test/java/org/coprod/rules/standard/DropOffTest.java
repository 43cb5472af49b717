package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.Break;
import org.coprod.core.Contribution;
import org.coprod.core.Involvement;
import org.coprod.core.Phase;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Policy;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class DropOffTest {
  private final DropOff rule = new DropOff();

  private static Contribution in(String who, Phase phase, int day) {
    return contribution(who, 2).phase(phase).date(day(day)).build();
  }

  /**
   * {@code began} core people with lived experience in scoping, the first {@code stayed} of them in
   * dissemination.
   */
  private static Project.Builder group(int began, int stayed) {
    Project.Builder b =
        project()
            .addParticipant(pro("dana").build())
            .addContribution(in("dana", Phase.SCOPING, 1), in("dana", Phase.DISSEMINATION, 90));
    for (int i = 0; i < began; i++) {
      b.addParticipant(le("le" + i).build()).addContribution(in("le" + i, Phase.SCOPING, 2));
      if (i < stayed) {
        b.addContribution(in("le" + i, Phase.DISSEMINATION, 91));
      }
    }
    return b;
  }

  @Test
  void flagsAProjectWhereMostPeopleWithLivedExperienceSteppedBack() {
    Finding f = check(rule, group(4, 1).build()).findings().single();
    assertThat(f.kind()).isEqualTo("dropped");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subjects().map(s -> s.value())).containsExactly("test");
    assertThat(f.evidence("firstPhase").get()).isEqualTo("SCOPING");
    assertThat(f.evidence("lastPhase").get()).isEqualTo("DISSEMINATION");
    assertThat(f.evidence("presentInFirst").get()).isEqualTo(4);
    assertThat(f.evidence("presentInLast").get()).isEqualTo(1);
    assertThat(f.evidence("samePeopleInLast").get()).isEqualTo(1);
    assertThat(f.evidence("retention").get()).isEqualTo(0.25);
    assertThat(f.message())
        .isEqualTo(
            "Fewer people took part as the work went on. In scoping, 4 core people with"
                + " lived experience took part; in dissemination, the latest phase of the work so"
                + " far, 1 took part.");
  }

  @Test
  void staffScopingAloneDoesNotHideADropOffThatComesLater() {
    // Staff scope alone; four join in design; one stays for evaluation; none in dissemination.
    Project.Builder b =
        project()
            .addParticipant(pro("dana").build())
            .addContribution(
                in("dana", Phase.SCOPING, 1),
                in("dana", Phase.EVALUATION, 60),
                in("dana", Phase.DISSEMINATION, 90));
    for (int i = 0; i < 4; i++) {
      b.addParticipant(le("le" + i).build()).addContribution(in("le" + i, Phase.DESIGN, 20));
    }
    Project p = b.addContribution(in("le0", Phase.EVALUATION, 60)).build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.evidence("firstPhase").get()).isEqualTo("DESIGN");
    assertThat(f.evidence("lastPhase").get()).isEqualTo("DISSEMINATION");
    assertThat(f.evidence("presentInLast").get()).isEqualTo(0);
    assertThat(f.message()).contains("in dissemination").contains("none took part");
    // Before dissemination, the last phase was evaluation, with one of four: still under half.
    assertThat(check(rule, p, day(60)).findings().single().evidence("lastPhase").get())
        .isEqualTo("EVALUATION");
  }

  @Test
  void passesExactlyHalfAndFlagsJustUnderHalf() {
    assertThat(check(rule, group(4, 2).build()).status()).isEqualTo(OutcomeStatus.PASSED);
    assertThat(check(rule, group(3, 1).build()).status()).isEqualTo(OutcomeStatus.FINDINGS);
    assertThat(check(rule, group(5, 2).build()).status()).isEqualTo(OutcomeStatus.FINDINGS);
  }

  @Test
  void rollingCohortsWhosePresenceHoldsAreANoteNotADropOff() {
    // Two began and left; three newcomers carry the last phase: presence held, the people changed.
    Project p =
        group(2, 0)
            .addParticipant(le("new1").build(), le("new2").build(), le("new3").build())
            .addContribution(
                in("new1", Phase.DISSEMINATION, 91),
                in("new2", Phase.DISSEMINATION, 91),
                in("new3", Phase.DISSEMINATION, 91))
            .build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.kind()).isEqualTo("same-people");
    assertThat(f.severity()).isEqualTo(Severity.NOTE);
    assertThat(f.evidence("presentInLast").get()).isEqualTo(3);
    assertThat(f.evidence("samePeopleInLast").get()).isEqualTo(0);
    assertThat(f.message()).contains("the group changed as the work went on");
  }

  @Test
  void halfOfTheSamePeopleRemainingIsNoNote() {
    Project p =
        group(4, 2)
            .addParticipant(le("new1").build(), le("new2").build())
            .addContribution(
                in("new1", Phase.DISSEMINATION, 91), in("new2", Phase.DISSEMINATION, 91))
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
    Project fewer =
        group(4, 1)
            .addParticipant(le("new1").build(), le("new2").build(), le("new3").build())
            .addContribution(
                in("new1", Phase.DISSEMINATION, 91),
                in("new2", Phase.DISSEMINATION, 91),
                in("new3", Phase.DISSEMINATION, 91))
            .build();
    assertThat(check(rule, fewer).findings().single().kind()).isEqualTo("same-people");
  }

  @Test
  void countsOnlyCorePeople() {
    Project p =
        group(2, 1)
            .addParticipant(
                le("visitor1").involvement(Involvement.OCCASIONAL).build(),
                le("visitor2").involvement(Involvement.OCCASIONAL).build())
            .addContribution(in("visitor1", Phase.SCOPING, 3), in("visitor2", Phase.SCOPING, 3))
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  /** Four began in scoping, one stayed; le1 is on a break during dissemination. */
  private static Project withBreak(Break away) {
    Project p = group(4, 1).build();
    return Project.builder()
        .from(p)
        .participants(
            p.participants()
                .map(
                    x ->
                        x.id().value().equals("le1")
                            ? x.withBreaks(io.vavr.collection.List.of(away))
                            : x))
        .build();
  }

  @Test
  void anAgreedBreakKeepsPresenceAtHalfAndAnUnagreedOneDoesNot() {
    assertThat(check(rule, withBreak(Break.of(day(85), day(90)))).status())
        .isEqualTo(OutcomeStatus.PASSED);
    assertThat(check(rule, withBreak(Break.starting(day(91)))).status())
        .isEqualTo(OutcomeStatus.PASSED);
    assertThat(
            check(
                    rule,
                    withBreak(Break.builder().from(day(85)).until(day(95)).agreed(false).build()))
                .status())
        .isEqualTo(OutcomeStatus.FINDINGS);
    // A break that ended before the last phase's contributions does not count.
    assertThat(check(rule, withBreak(Break.of(day(50), day(89)))).status())
        .isEqualTo(OutcomeStatus.FINDINGS);
  }

  /**
   * Four began in scoping; le0 alone contributes in dissemination, on day 300; le1 stepped back on
   * a day and has not come back.
   */
  private static Project steppedBackOn(int day) {
    Project.Builder b =
        project()
            .addParticipant(pro("dana").build())
            .addContribution(
                in("dana", Phase.SCOPING, 1), in("le0-stays", Phase.DISSEMINATION, 300));
    for (int i = 0; i < 4; i++) {
      String id = i == 0 ? "le0-stays" : "le" + i;
      Break.Builder away = Break.builder().from(day(day));
      b.addParticipant(i == 1 ? le(id).addBreak(away.build()).build() : le(id).build())
          .addContribution(in(id, Phase.SCOPING, 2));
    }
    return b.build();
  }

  @Test
  void aBreakWithNoEndCountsForAtMost183Days() {
    // Begun on day 118, its 183rd day is day 300: still away, so still counted as staying.
    assertThat(check(rule, steppedBackOn(118)).status()).isEqualTo(OutcomeStatus.PASSED);
    // Begun a day earlier, day 300 is its 184th: no longer counted.
    assertThat(check(rule, steppedBackOn(117)).status()).isEqualTo(OutcomeStatus.FINDINGS);
  }

  @Test
  void comparesTheFirstAndLastPhasesInWhichAnyoneContributedSoFar() {
    Project p =
        group(2, 0)
            .addContribution(in("le0", Phase.DESIGN, 30), in("le1", Phase.DESIGN, 30))
            .build();
    // On day 30 the last active phase is design, where both still contribute; by the end, neither
    // does.
    assertThat(check(rule, p, day(30)).status()).isEqualTo(OutcomeStatus.PASSED);
    assertThat(check(rule, p).findings().single().evidence("lastPhase").get())
        .isEqualTo("DISSEMINATION");
  }

  @Test
  void aPolicyCanAskForMoreToStay() {
    Policy stricter = Policy.builder().set(DropOff.ID, "minRetention", 0.75).build();
    assertThat(check(rule, group(4, 2).build(), stricter).status())
        .isEqualTo(OutcomeStatus.FINDINGS);
    assertThat(check(rule, group(4, 3).build(), stricter).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void doesNotApplyWithOneActivePhase() {
    Project p = group(3, 0).build();
    assertThat(check(rule, p, day(10)).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void doesNotApplyWhenTheLastPhaseIsTheFirstWithLivedExperience() {
    Project p =
        project()
            .addParticipant(pro("dana").build(), le("ana").build())
            .addContribution(in("dana", Phase.SCOPING, 1), in("ana", Phase.DESIGN, 20))
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    assertThat(check(rule, p).reason().get()).contains("has not gone past");
  }

  @Test
  void doesNotApplyWhenNoCorePersonWithLivedExperienceContributed() {
    Project p =
        project()
            .addParticipant(
                pro("dana").build(), le("ana").involvement(Involvement.OCCASIONAL).build())
            .addContribution(in("dana", Phase.SCOPING, 1), in("ana", Phase.DESIGN, 20))
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }
}
