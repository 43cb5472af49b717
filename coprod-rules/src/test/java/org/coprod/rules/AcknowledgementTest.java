package org.coprod.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.START;
import static org.coprod.rules.Fixtures.agreement;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import io.vavr.collection.List;
import org.coprod.core.Acknowledgement;
import org.coprod.core.Agreement;
import org.coprod.core.AgreementVersion;
import org.coprod.core.Consent;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.rules.standard.StaleAcknowledgement;
import org.junit.jupiter.api.Test;

class AcknowledgementTest {
  /** Flags every contributor as a CONCERN; runs with stale-acknowledgement. */
  private final Rulebook rulebook =
      Rulebook.of(
          "test",
          List.of(
              TestRule.perContributor("each", Principle.RESOURCES, Severity.CONCERN),
              new StaleAcknowledgement()));

  private static Acknowledgement ack(String rule, String subject, String reason) {
    return Acknowledgement.builder().rule(rule).subject(subject).reason(reason).build();
  }

  private static Acknowledgement ack(String rule, String reason) {
    return Acknowledgement.builder().rule(rule).reason(reason).build();
  }

  private static Consent consent(String who) {
    return Consent.of(ParticipantId.of(who), START);
  }

  /**
   * Ana and Ben (lived experience) and Dana (professional) contribute on day 10, under these
   * agreement versions.
   */
  private static Project withAgreements(Agreement... versions) {
    return project()
        .addParticipant(le("ana").build(), le("ben").build(), pro("dana").build())
        .addContribution(
            contribution("ana", 4).build(),
            contribution("ben", 2).build(),
            contribution("dana", 10).build())
        .addAgreement(versions)
        .build();
  }

  @Test
  void anAcknowledgementNamingTheRuleAndASubjectMarksThatFindingWithTheGroupsReason() {
    Project p =
        withAgreements(
            agreement()
                .addConsent(consent("ana"), consent("dana"))
                .addAcknowledged(ack("each", "ana", "Ana leads this strand by choice"))
                .build());
    Report report = rulebook.check(p);

    assertThat(
            report
                .findings("each")
                .map(f -> f.subjects().head().value() + " " + f.acknowledged().getOrElse("-")))
        .containsExactly("ana Ana leads this strand by choice", "ben -", "dana -");
    assertThat(report.unacknowledged().map(f -> f.subjects().head().value()))
        .containsExactly("ben", "dana");
    assertThat(report.findings("stale-acknowledgement")).isEmpty();
  }

  @Test
  void anAcknowledgedFindingIsStillReportedButDoesNotCountTowardsFailing() {
    Project p =
        withAgreements(
            agreement()
                .addConsent(consent("ben"))
                .addAcknowledged(ack("each", "Everyone here chose to give their time"))
                .build());
    Report report = rulebook.check(p);

    assertThat(report.findings()).hasSize(3).allMatch(Finding::isAcknowledged);
    assertThat(report.unacknowledged()).isEmpty();
    assertThat(report.failsAt(Severity.NOTE)).isFalse();
    assertThat(rulebook.check(withAgreements()).failsAt(Severity.CONCERN)).isTrue();
  }

  @Test
  void aSubjectMatchesAnyOneOfAFindingsSubjects() {
    Rule pair =
        new TestRule(
            TestRule.metadata("pair", Principle.POWER, TestRule.kind(Severity.WARNING)).build(),
            context ->
                context.outcome(
                    List.of(
                        context
                            .finding("found")
                            .message("A pair.")
                            .addSubject(ParticipantId.of("ana"), ParticipantId.of("dana"))
                            .build())));
    Project p =
        withAgreements(
            agreement()
                .addConsent(consent("ana"))
                .addAcknowledged(ack("pair", "dana", "The pair was chosen together"))
                .build());
    Report report = Rulebook.of("test", List.of(pair)).check(p);
    assertThat(report.findings().single().acknowledged()).contains("The pair was chosen together");
  }

  @Test
  void anAcknowledgementInAVersionNoLivedExperienceParticipantConsentedToDoesNotCount() {
    Project p =
        withAgreements(
            agreement()
                .addConsent(consent("dana"))
                .addAcknowledged(ack("each", "Management accepts it"))
                .build());
    Report report = rulebook.check(p);

    assertThat(report.findings("each")).hasSize(3).noneMatch(Finding::isAcknowledged);
    assertThat(report.failsAt(Severity.CONCERN)).isTrue();
    // It matches findings, so it is not stale either: the group has to agree it, not drop it.
    assertThat(report.findings("stale-acknowledgement")).isEmpty();
  }

  @Test
  void aConsentGivenAfterTheViewsDateDoesNotYetMakeTheAcknowledgementCount() {
    Project p =
        withAgreements(
            agreement()
                .addConsent(
                    Consent.of(ParticipantId.of("dana"), START),
                    Consent.of(ParticipantId.of("ana"), day(20)))
                .addAcknowledged(ack("each", "ben", "Ben asked to work unpaid"))
                .build());
    assertThat(rulebook.check(p.asOf(day(10))).findings("each")).noneMatch(Finding::isAcknowledged);
    assertThat(
            rulebook
                .check(p.asOf(day(20)))
                .findings("each")
                .filter(Finding::isAcknowledged)
                .map(f -> f.subjects().head().value()))
        .containsExactly("ben");
  }

  @Test
  void onlyTheAgreementInForceAtTheViewsDateCounts() {
    Agreement first =
        agreement()
            .addConsent(consent("ana"))
            .addAcknowledged(ack("each", "We accepted it at the start"))
            .build();
    Agreement second =
        agreement()
            .version(2)
            .date(day(30))
            .addConsent(Consent.of(ParticipantId.of("ana"), day(30)))
            .build();
    Project p = withAgreements(first, second);
    assertThat(rulebook.check(p.asOf(day(29))).findings("each")).allMatch(Finding::isAcknowledged);
    assertThat(rulebook.check(p.asOf(day(30))).findings("each")).noneMatch(Finding::isAcknowledged);
  }

  @Test
  void anAcknowledgementThatMatchesNoFindingGivesAStaleAcknowledgementNote() {
    Project p =
        withAgreements(
            agreement()
                .addConsent(consent("ana"))
                .addAcknowledged(
                    ack("each", "zoe", "Zoe is not here"), ack("eahc", "A typo in the rule id"))
                .build());
    Report report = rulebook.check(p);

    Finding stale = report.findings("stale-acknowledgement").single();
    assertThat(stale.severity()).isEqualTo(Severity.NOTE);
    assertThat(stale.principle()).isEqualTo(Principle.RESPECT);
    assertThat(stale.subjects()).containsExactly(AgreementVersion.of(1));
    assertThat(stale.evidence("stale")).contains(2);
    assertThat(stale.message()).contains("'each' for 'zoe'").contains("'eahc'");
    assertThat(report.findings("each")).noneMatch(Finding::isAcknowledged);
  }

  @Test
  void anAcknowledgementThatMatchesAFindingIsNotStale() {
    Project p =
        withAgreements(
            agreement()
                .addConsent(consent("ana"))
                .addAcknowledged(ack("each", "dana", "Dana's hours are paid by the trust"))
                .build());
    assertThat(rulebook.check(p).outcome("stale-acknowledgement").get().status())
        .isEqualTo(OutcomeStatus.PASSED);
  }
}
