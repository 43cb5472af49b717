package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.output;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.Contribution;
import org.coprod.core.ContributionKind;
import org.coprod.core.Output;
import org.coprod.core.Project;
import org.coprod.core.StoryUse;
import org.coprod.rules.Finding;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Rulebook;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class StoryConsentTest {
  private final StoryConsent rule = new StoryConsent();

  /** Ana's story, told on day 10, feeding the leaflet. */
  private static Contribution.Builder story() {
    return contribution("ana", 2, ContributionKind.STORY, "leaflet");
  }

  private static org.coprod.core.StoryConsent.Builder consent(StoryUse... uses) {
    return org.coprod.core.StoryConsent.builder().addUse(uses).debriefOffered(true);
  }

  /** The leaflet, made on day 100, used for these. */
  private static Output.Builder leaflet(StoryUse... uses) {
    return output("leaflet", "dana").addUse(uses);
  }

  private static Project with(Contribution story, Output leaflet) {
    return project()
        .addParticipant(le("ana").build(), pro("dana").build())
        .addContribution(story)
        .addOutput(leaflet)
        .build();
  }

  @Test
  void raisesAConcernWhenAStoryGivenForTrainingIsUsedForPublicity() {
    Project p =
        with(
            story().consent(consent(StoryUse.TRAINING).build()).build(),
            leaflet(StoryUse.PUBLICITY).build());
    Finding f = check(rule, p).findings().single();
    assertThat(f.kind()).isEqualTo("beyond-consent");
    assertThat(f.severity()).isEqualTo(Severity.CONCERN);
    assertThat(f.subjects().map(s -> s.value()))
        .containsExactly("ana", "ana.story." + day(10), "leaflet");
    assertThat(f.evidence("usesNotCovered")).contains("PUBLICITY");
    assertThat(f.message()).contains("publicity").doesNotContain("PUBLICITY");
  }

  @Test
  void passesWhenTheConsentCoversEveryUseOfTheOutput() {
    Project p =
        with(
            story().consent(consent(StoryUse.TRAINING, StoryUse.PUBLICITY).build()).build(),
            leaflet(StoryUse.PUBLICITY, StoryUse.TRAINING).build());
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void warnsWhenAStoryFeedsAnOutputWithNoConsentRecorded() {
    Finding f = check(rule, with(story().build(), leaflet().build())).findings().single();
    assertThat(f.kind()).isEqualTo("unrecorded");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void raisesAConcernWhenTheOutputIsStillInUseAfterTheTellerWithdrew() {
    // Made on day 100 under consent; withdrawn on day 200; no end of use recorded.
    Project p =
        with(
            story().consent(consent(StoryUse.PUBLICITY).withdrawn(day(200)).build()).build(),
            leaflet(StoryUse.PUBLICITY).build());
    Finding f = check(rule, p).findings().single();
    assertThat(f.kind()).isEqualTo("withdrawn");
    assertThat(f.severity()).isEqualTo(Severity.CONCERN);
    assertThat(f.evidence("grounds")).contains("inUseAfterWithdrawal");
  }

  @Test
  void aStoryTakenOutOfUseOnTheDayItWasWithdrawnPassesAndADayLaterDoesNot() {
    Contribution withdrawn =
        story().consent(consent(StoryUse.PUBLICITY).withdrawn(day(200)).build()).build();
    assertThat(
            check(rule, with(withdrawn, leaflet(StoryUse.PUBLICITY).inUseUntil(day(200)).build()))
                .status())
        .isEqualTo(OutcomeStatus.PASSED);
    assertThat(
            check(rule, with(withdrawn, leaflet(StoryUse.PUBLICITY).inUseUntil(day(201)).build()))
                .findings()
                .single()
                .kind())
        .isEqualTo("withdrawn");
  }

  @Test
  void anOutputMadeAfterTheWithdrawalIsAConcernEvenWithAnEnd() {
    Project p =
        with(
            story().consent(consent(StoryUse.PUBLICITY).withdrawn(day(99)).build()).build(),
            leaflet(StoryUse.PUBLICITY).inUseUntil(day(150)).build());
    Finding f = check(rule, p).findings().single();
    assertThat(f.kind()).isEqualTo("withdrawn");
    assertThat(f.evidence("grounds")).contains("madeAfterWithdrawal");
  }

  @Test
  void aWithdrawalNotYetMadeAtTheViewsDateIsNotHeldAgainstTheGroup() {
    Project p =
        with(
            story().consent(consent(StoryUse.PUBLICITY).withdrawn(day(200)).build()).build(),
            leaflet(StoryUse.PUBLICITY).build());
    assertThat(check(rule, p, day(199)).status()).isEqualTo(OutcomeStatus.PASSED);
    assertThat(check(rule, p, day(200)).findings().single().kind()).isEqualTo("withdrawn");
  }

  @Test
  void anOutputMadeAfterTheConsentEndedIsBeyondIt() {
    Contribution until99 =
        story().consent(consent(StoryUse.PUBLICITY).until(day(99)).build()).build();
    Finding f =
        check(rule, with(until99, leaflet(StoryUse.PUBLICITY).inUseUntil(day(100)).build()))
            .findings()
            .single();
    assertThat(f.kind()).isEqualTo("beyond-consent");
    assertThat(f.evidence("grounds")).contains("madeAfterConsentEnded");
    // Made on the last day of the consent, and used until then: within it.
    Contribution until100 =
        story().consent(consent(StoryUse.PUBLICITY).until(day(100)).build()).build();
    assertThat(
            check(rule, with(until100, leaflet(StoryUse.PUBLICITY).inUseUntil(day(100)).build()))
                .status())
        .isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void anOutputStillInUseOnceTheConsentHasEndedIsBeyondItOnlyAfterTheEnd() {
    Project p =
        with(
            story().consent(consent(StoryUse.PUBLICITY).until(day(300)).build()).build(),
            leaflet(StoryUse.PUBLICITY).build());
    assertThat(check(rule, p, day(300)).status()).isEqualTo(OutcomeStatus.PASSED);
    Finding f = check(rule, p, day(301)).findings().single();
    assertThat(f.kind()).isEqualTo("beyond-consent");
    assertThat(f.evidence("grounds")).contains("inUseAfterConsentEnded");
  }

  @Test
  void anOutputThatStatesNoUseIsJudgedOnlyOnItsDates() {
    Project p =
        with(story().consent(consent(StoryUse.TRAINING).build()).build(), leaflet().build());
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void everyGroundMetIsInTheEvidenceAndTheKindIsTheMostSerious() {
    Project p =
        with(
            story().consent(consent(StoryUse.TRAINING).withdrawn(day(150)).build()).build(),
            leaflet(StoryUse.PUBLICITY).build());
    Finding f = check(rule, p).findings().single();
    assertThat(f.kind()).isEqualTo("withdrawn");
    assertThat(f.evidence("grounds")).contains("useNotCovered,inUseAfterWithdrawal");
    assertThat(f.message())
        .contains("used for publicity, which they did not agree to")
        .contains("still in use after they took the story back");
  }

  @Test
  void aStoryFeedingNoOutputAndOtherContributionsAreNotItsMatter() {
    Project noOutput =
        project()
            .addParticipant(le("ana").build())
            .addContribution(contribution("ana", 2).kind(ContributionKind.STORY).build())
            .build();
    Outcome o = check(rule, noOutput);
    assertThat(o.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    Project idea =
        project()
            .addParticipant(le("ana").build(), pro("dana").build())
            .addContribution(contribution("ana", 2, ContributionKind.IDEA, "leaflet").build())
            .addOutput(leaflet(StoryUse.PUBLICITY).build())
            .build();
    assertThat(check(rule, idea).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void professionalsStoriesCountAlike() {
    Project p =
        project()
            .addParticipant(pro("dana").build())
            .addContribution(contribution("dana", 2, ContributionKind.STORY, "leaflet").build())
            .addOutput(leaflet(StoryUse.PUBLICITY).build())
            .build();
    assertThat(check(rule, p).findings().single().kind()).isEqualTo("unrecorded");
  }

  @Test
  void theGroupCannotAcknowledgeItAway() {
    assertThat(Rulebook.UNWAIVABLE).contains(StoryConsent.ID);
  }
}
