package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.START;
import static org.coprod.rules.Fixtures.agreement;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.Agreement;
import org.coprod.core.AgreementVersion;
import org.coprod.core.Consent;
import org.coprod.core.DecisionRule;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Rule;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class UnilateralAmendmentTest {
  private final UnilateralAmendment rule = new UnilateralAmendment();

  /** Version 1 on day 0, decided under {@code rule}, consented by these people that day. */
  private static Agreement.Builder first(DecisionRule rule, String... parties) {
    Agreement.Builder b = agreement().decisionRule(rule);
    for (String p : parties) {
      b.addConsent(Consent.of(ParticipantId.of(p), START));
    }
    return b;
  }

  /** A later version on day {@code on}, consented by these people that day. */
  private static Agreement.Builder amendment(int version, int on, String... consenting) {
    Agreement.Builder b = agreement().version(version).date(day(on));
    for (String p : consenting) {
      b.addConsent(Consent.of(ParticipantId.of(p), day(on)));
    }
    return b;
  }

  private static Project group(Agreement... versions) {
    return project()
        .addParticipant(
            le("ana").build(), le("bo").build(), pro("dana").build(), pro("eve").build())
        .addAgreement(versions)
        .build();
  }

  @Test
  void warnsWhenAVersionIsMadeWithoutAPartyToAConsensusVersion() {
    Project p =
        group(
            first(DecisionRule.CONSENSUS, "ana", "bo", "dana").build(),
            amendment(2, 30, "dana", "bo").build());
    Finding f = check(rule, p).findings().single();
    assertThat(f.kind()).isEqualTo("unilateral");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subjects()).containsExactly(AgreementVersion.of(2));
    assertThat(f.evidence("partiesBefore")).contains(3);
    assertThat(f.evidence("missingConsents")).contains(1);
    assertThat(f.message())
        .isEqualTo(
            "Some people did not agree to the new version of the agreement. Version 2 was"
                + " made without the consent of 'ana', a party to version 1, which decides by"
                + " consensus.");
  }

  @Test
  void underConsentAProfessionalPartyPassedOverCountsToo() {
    Project p =
        group(
            first(DecisionRule.CONSENT, "ana", "dana", "eve").build(),
            amendment(2, 30, "ana", "dana").build());
    assertThat(check(rule, p).findings().single().evidence("missingConsents")).contains(1);
  }

  @Test
  void passesWhenEveryPartyConsented() {
    Project p =
        group(
            first(DecisionRule.CONSENSUS, "ana", "dana").build(),
            amendment(2, 30, "ana", "dana").build());
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void excusesPartiesWhoHadLeftBeforeTheAmendmentButNotOnItsDay() {
    Agreement v1 = first(DecisionRule.CONSENSUS, "ana", "dana").build();
    Agreement v2 = amendment(2, 30, "dana").build();
    Project leftBefore =
        project()
            .addParticipant(le("ana").left(day(29)).build(), pro("dana").build())
            .addAgreement(v1, v2)
            .build();
    Project leftThatDay =
        project()
            .addParticipant(le("ana").left(day(30)).build(), pro("dana").build())
            .addAgreement(v1, v2)
            .build();
    assertThat(check(rule, leftBefore).status()).isEqualTo(OutcomeStatus.PASSED);
    assertThat(check(rule, leftThatDay).status()).isEqualTo(OutcomeStatus.FINDINGS);
  }

  @Test
  void underMajorityWarnsOnlyWhenNoPartyWithLivedExperienceConsented() {
    Agreement v1 = first(DecisionRule.MAJORITY, "ana", "bo", "dana").build();
    Project oneOfThem = group(v1, amendment(2, 30, "dana", "bo").build());
    Project noneOfThem = group(v1, amendment(2, 30, "dana", "eve").build());
    assertThat(check(rule, oneOfThem).status()).isEqualTo(OutcomeStatus.PASSED);
    Finding f = check(rule, noneOfThem).findings().single();
    assertThat(f.evidence("livedExperiencePartiesBefore")).contains(2);
    assertThat(f.evidence("livedExperienceConsents")).contains(0);
    assertThat(f.message()).contains("any of the 2 people with lived experience");
  }

  @Test
  void underLeadDecidesTheSame() {
    Agreement v1 = first(DecisionRule.LEAD_DECIDES, "ana", "dana").build();
    assertThat(check(rule, group(v1, amendment(2, 30, "dana").build())).status())
        .isEqualTo(OutcomeStatus.FINDINGS);
    assertThat(check(rule, group(v1, amendment(2, 30, "ana").build())).status())
        .isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void readsAVersionWithoutADecisionRuleAsMajority() {
    Agreement v1 =
        agreement()
            .addConsent(
                Consent.of(ParticipantId.of("ana"), START),
                Consent.of(ParticipantId.of("dana"), START))
            .build();
    Project passedOverAProfessional = group(v1, amendment(2, 30, "ana").build());
    Project passedOverLivedExperience = group(v1, amendment(2, 30, "dana").build());
    assertThat(check(rule, passedOverAProfessional).status()).isEqualTo(OutcomeStatus.PASSED);
    Finding f = check(rule, passedOverLivedExperience).findings().single();
    assertThat(f.evidence("ruleBefore")).contains("MAJORITY");
    assertThat(f.evidence("ruleBeforeStated")).contains(false);
  }

  @Test
  void underMajorityAVersionBeforeWithNoPartyWithLivedExperienceIsNotFlagged() {
    Project p =
        group(
            first(DecisionRule.MAJORITY, "dana", "eve").build(), amendment(2, 30, "dana").build());
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void raisesOneFindingForEachVersion() {
    Project p =
        group(
            first(DecisionRule.CONSENSUS, "ana", "dana").build(),
            amendment(2, 30, "dana").decisionRule(DecisionRule.CONSENSUS).build(),
            amendment(3, 60, "ana").build());
    assertThat(check(rule, p).findings().flatMap(Finding::subjects))
        .containsExactly(AgreementVersion.of(2), AgreementVersion.of(3));
  }

  @Test
  void aLateConsentClearsTheFindingFromItsDay() {
    Agreement v2 =
        amendment(2, 30, "dana").addConsent(Consent.of(ParticipantId.of("ana"), day(45))).build();
    Project p = group(first(DecisionRule.CONSENSUS, "ana", "dana").build(), v2);
    assertThat(check(rule, p, day(44)).status()).isEqualTo(OutcomeStatus.FINDINGS);
    assertThat(check(rule, p, day(45)).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void someoneWhoConsentedToTheVersionBeforeOnlyAfterTheAmendmentWasNotYetAParty() {
    Agreement v1 =
        first(DecisionRule.CONSENSUS, "dana")
            .addConsent(Consent.of(ParticipantId.of("ana"), day(40)))
            .build();
    Project p = group(v1, amendment(2, 30, "dana").build());
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void namesEveryPartyPassedOverInTheOrderTheyConsented() {
    Project p =
        group(
            first(DecisionRule.CONSENSUS, "eve", "ana", "bo", "dana").build(),
            amendment(2, 30, "dana").build());
    assertThat(check(rule, p).findings().single().message())
        .contains("'eve', 'ana' and 'bo', parties to version 1");
  }

  @Test
  void doesNotApplyWithASingleVersion() {
    Project p = group(first(DecisionRule.CONSENSUS, "ana").build());
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    Project later = group(first(DecisionRule.CONSENSUS, "ana").build(), amendment(2, 30).build());
    assertThat(check(rule, later, day(29)).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void isRegisteredAsAStandardRule() {
    assertThat(StandardRules.all().map(Rule::id)).contains(UnilateralAmendment.ID);
  }

  @Test
  void countsTheConsentsOfPeopleWithLivedExperienceInItsEvidence() {
    Finding f =
        check(
                rule,
                group(
                    first(DecisionRule.CONSENSUS, "ana", "bo", "dana", "eve").build(),
                    amendment(2, 10, "ana", "dana").build()))
            .findings()
            .single();
    assertThat(f.evidence("livedExperiencePartiesBefore")).contains(2);
    assertThat(f.evidence("livedExperienceConsents")).contains(1);
  }
}
