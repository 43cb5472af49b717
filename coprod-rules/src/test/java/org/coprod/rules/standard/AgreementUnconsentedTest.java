package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.START;
import static org.coprod.rules.Fixtures.agreement;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import io.vavr.control.Option;
import java.time.LocalDate;
import org.coprod.core.Break;
import org.coprod.core.Consent;
import org.coprod.core.Id;
import org.coprod.core.Involvement;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Rule;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class AgreementUnconsentedTest {
  private final AgreementUnconsented rule = new AgreementUnconsented();

  private static Consent consent(String who, LocalDate on) {
    return Consent.of(ParticipantId.of(who), on);
  }

  /** Ana and Dana both contribute on day 10; version 1 is dated day 0. */
  private static Project.Builder pair() {
    return project()
        .addParticipant(le("ana").build(), pro("dana").build())
        .addContribution(contribution("ana", 2).build(), contribution("dana", 2).build());
  }

  @Test
  void warnsAboutACoreContributorWhoNeverConsented() {
    Project p = pair().addAgreement(agreement().addConsent(consent("dana", START)).build()).build();
    Outcome o = check(rule, p);
    Finding f = o.findings().single();
    assertThat(f.kind()).isEqualTo("unconsented");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subjects()).containsExactly(ParticipantId.of("ana"));
    assertThat(f.evidence("version")).contains(1);
    assertThat(f.evidence("joinedAfterVersion")).contains(false);
  }

  @Test
  void passesWhenEveryCoreContributorConsented() {
    Project p =
        pair()
            .addAgreement(
                agreement().addConsent(consent("dana", START), consent("ana", day(3))).build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void skipsSomeoneOnAnAgreedBreakThroughTheViewsDate() {
    // Ana stepped back on day 12, after her contribution; the view is on day 20.
    Project.Builder b =
        project()
            .addParticipant(pro("dana").build())
            .addContribution(
                contribution("dana", 2).build(), contribution("dana", 1).date(day(20)).build())
            .addAgreement(agreement().addConsent(consent("dana", START)).build());
    Project away =
        b.addParticipant(le("ana").addBreak(Break.starting(day(12))).build())
            .addContribution(contribution("ana", 2).build())
            .build();
    assertThat(check(rule, away).status()).isEqualTo(OutcomeStatus.PASSED);
    // Before the break began she is asked; once back she is asked again.
    assertThat(check(rule, away, day(11)).status()).isEqualTo(OutcomeStatus.FINDINGS);
    Project back =
        Project.builder()
            .from(away)
            .participants(
                away.participants()
                    .map(
                        x ->
                            x.withBreaks(x.breaks().map(br -> br.withUntil(Option.some(day(19)))))))
            .build();
    assertThat(check(rule, back).status()).isEqualTo(OutcomeStatus.FINDINGS);
    // A break the group did not agree does not count.
    Project unagreed =
        Project.builder()
            .from(away)
            .participants(
                away.participants()
                    .map(x -> x.withBreaks(x.breaks().map(br -> br.withAgreed(false)))))
            .build();
    assertThat(check(rule, unagreed).status()).isEqualTo(OutcomeStatus.FINDINGS);
  }

  @Test
  void raisesOneFindingForEachPerson() {
    Project p = pair().addAgreement(agreement().build()).build();
    assertThat(check(rule, p).findings().flatMap(Finding::subjects).map(Id::value))
        .containsExactly("ana", "dana");
  }

  @Test
  void asksNothingOfOccasionalContributorsPeopleWhoLeftOrPeopleWhoDidNotContribute() {
    Project p =
        project()
            .addParticipant(
                le("walk").involvement(Involvement.OCCASIONAL).build(),
                le("gone").left(day(20)).build(),
                pro("idle").build(),
                pro("dana").build())
            .addContribution(
                contribution("walk", 2).build(),
                contribution("gone", 2).build(),
                contribution("dana", 1).build())
            .addAgreement(agreement().addConsent(consent("dana", START)).build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void stillAsksSomeoneWhoLeavesAfterTheViewDate() {
    Project p =
        project()
            .addParticipant(le("ana").left(day(20)).build())
            .addContribution(contribution("ana", 2).build())
            .addAgreement(agreement().build())
            .build();
    assertThat(check(rule, p, day(19)).status()).isEqualTo(OutcomeStatus.FINDINGS);
    assertThat(check(rule, p, day(20)).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void countsAConsentFromItsDayOnward() {
    Project p =
        pair()
            .addAgreement(
                agreement().addConsent(consent("dana", START), consent("ana", day(30))).build())
            .build();
    assertThat(check(rule, p, day(29)).findings().flatMap(Finding::subjects))
        .containsExactly(ParticipantId.of("ana"));
    assertThat(check(rule, p, day(30)).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void asksSomeoneWhoJoinedAfterTheVersionToConsentToIt() {
    Project p =
        project()
            .addParticipant(pro("dana").build(), le("ana").joined(day(5)).build())
            .addContribution(contribution("ana", 2).build(), contribution("dana", 2).build())
            .addAgreement(agreement().addConsent(consent("dana", START)).build())
            .build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.evidence("joinedAfterVersion")).contains(true);
    assertThat(f.message()).contains("made before they joined");
  }

  @Test
  void aConsentToAnEarlierVersionDoesNotCarryOver() {
    Project p =
        pair()
            .addAgreement(
                agreement().addConsent(consent("dana", START), consent("ana", START)).build(),
                agreement().version(2).date(day(8)).addConsent(consent("dana", day(8))).build())
            .build();
    assertThat(check(rule, p).findings().flatMap(Finding::subjects))
        .containsExactly(ParticipantId.of("ana"));
  }

  @Test
  void doesNotApplyWithoutAnAgreementInForce() {
    assertThat(check(rule, pair().build()).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void isRegisteredAsAStandardRule() {
    assertThat(StandardRules.all().map(Rule::id)).contains(AgreementUnconsented.ID);
  }
}
