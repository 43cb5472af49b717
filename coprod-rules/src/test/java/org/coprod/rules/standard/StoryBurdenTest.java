package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.agreement;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import io.vavr.collection.Seq;
import java.math.BigDecimal;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionKind;
import org.coprod.core.Employment;
import org.coprod.core.PaymentTerms;
import org.coprod.core.Project;
import org.coprod.core.StoryConsent;
import org.coprod.rules.Finding;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Policy;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class StoryBurdenTest {
  private final StoryBurden rule = new StoryBurden();

  /** A story by Ana on a day, with a debrief offered. */
  private static Contribution told(int day) {
    return contribution("ana", 1)
        .kind(ContributionKind.STORY)
        .date(day(day))
        .consent(StoryConsent.builder().debriefOffered(true).build())
        .build();
  }

  /** Other work by Ana, so that her stories are not most of what she gave. */
  private static Contribution work(int day) {
    return contribution("ana", 2).date(day(day)).build();
  }

  private static Project.Builder group() {
    return project().addParticipant(le("ana").build(), pro("dana").build());
  }

  private Seq<Finding> burdens(Project p) {
    return check(rule, p).findings().filter(f -> f.kind().equals("burden"));
  }

  @Test
  void warnsWhenOnePersonToldThreeStoriesWithinAYear() {
    Project p =
        group()
            .addContribution(told(0), told(100), told(364))
            .addContribution(work(1), work(2), work(3), work(4))
            .build();
    Finding f = burdens(p).single();
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subjects().map(s -> s.value())).containsExactly("ana");
    assertThat(f.evidence("grounds")).contains("manyStories");
    assertThat(f.evidence("storiesWithin365Days")).contains(3);
  }

  @Test
  void threeStoriesAYearAndADayApartAreNotABurden() {
    Project p =
        group()
            .addContribution(told(0), told(100), told(365))
            .addContribution(work(1), work(2), work(3), work(4))
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void aPolicyMayAskForMoreStoriesBeforeWarning() {
    Project p =
        group()
            .addContribution(told(0), told(100), told(200))
            .addContribution(work(1), work(2), work(3), work(4))
            .build();
    Policy policy = Policy.builder().set(StoryBurden.ID, "maxStories", 4).build();
    assertThat(check(rule, p, policy).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void warnsWhenStoriesAreMostOfAPersonsContributions() {
    Project p = group().addContribution(told(0), told(400), work(1)).build();
    Finding f = burdens(p).single();
    assertThat(f.evidence("grounds")).contains("mostlyStories");
    // Half is not most.
    Project half = group().addContribution(told(0), told(400), work(1), work(2)).build();
    assertThat(check(rule, half).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void warnsWhenAStoryWentUnpaidWhileARateWasAgreed() {
    Project.Builder b =
        group()
            .addAgreement(
                agreement()
                    .payment(PaymentTerms.builder().ratePerHour(new BigDecimal("20")).build())
                    .build())
            .addContribution(told(0), work(1), work(2));
    Finding f = burdens(b.build()).single();
    assertThat(f.evidence("grounds")).contains("unpaidStories");
    assertThat(f.evidence("unpaidStories")).contains(1);
  }

  @Test
  void aPaidStoryOrASalariedTellerIsNotUnpaid() {
    Project paid =
        group()
            .addAgreement(
                agreement()
                    .payment(PaymentTerms.builder().ratePerHour(new BigDecimal("20")).build())
                    .build())
            .addContribution(told(0).withPaid(new BigDecimal("20")), work(1), work(2))
            .build();
    assertThat(check(rule, paid).status()).isEqualTo(OutcomeStatus.PASSED);
    Project salaried =
        project()
            .addParticipant(pro("dana").employment(Employment.SALARIED).build())
            .addAgreement(
                agreement()
                    .payment(PaymentTerms.builder().ratePerHour(new BigDecimal("20")).build())
                    .build())
            .addContribution(
                contribution("dana", 1)
                    .kind(ContributionKind.STORY)
                    .consent(StoryConsent.builder().debriefOffered(true).build())
                    .build(),
                contribution("dana", 2).build(),
                contribution("dana", 2).date(day(11)).build())
            .build();
    assertThat(check(rule, salaried).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void notesEachStoryWithNoDebriefOffered() {
    Contribution noConsent = contribution("ana", 1).kind(ContributionKind.STORY).build();
    Contribution noDebrief =
        contribution("ana", 1)
            .kind(ContributionKind.STORY)
            .date(day(20))
            .consent(StoryConsent.builder().build())
            .build();
    Project p = group().addContribution(noConsent, noDebrief, work(1), work(2), work(3)).build();
    Seq<Finding> notes = check(rule, p).findings().filter(f -> f.kind().equals("no-debrief"));
    assertThat(notes).hasSize(2);
    assertThat(notes.map(Finding::severity)).containsOnly(Severity.NOTE);
    assertThat(notes.map(f -> f.subjects().last().value()))
        .containsExactlyInAnyOrder("ana.story." + day(10), "ana.story." + day(20));
  }

  @Test
  void isNotApplicableWhenNobodyHasToldAStory() {
    assertThat(check(rule, group().addContribution(work(1)).build()).status())
        .isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void countsTheLongestRunOfStoriesWithinAYear() {
    assertThat(StoryBurden.mostWithin(new int[] {0, 400, 500, 764, 765})).isEqualTo(3);
    assertThat(StoryBurden.mostWithin(new int[] {})).isZero();
    assertThat(StoryBurden.mostWithin(new int[] {5})).isEqualTo(1);
  }
}
