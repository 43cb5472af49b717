package org.coprod.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.START;
import static org.coprod.rules.Fixtures.agreement;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.decision;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import io.vavr.collection.List;
import org.coprod.core.Acknowledgement;
import org.coprod.core.Agreement;
import org.coprod.core.AgreementVersion;
import org.coprod.core.Break;
import org.coprod.core.Consent;
import org.coprod.core.DecisionType;
import org.coprod.core.Involvement;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.rules.standard.AccessUnmet;
import org.coprod.rules.standard.LoneVoice;
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

  private static Consent[] consents(String... who) {
    return java.util.Arrays.stream(who).map(AcknowledgementTest::consent).toArray(Consent[]::new);
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
                .addConsent(consents("ana", "ben", "dana"))
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
                .addConsent(consents("ana", "ben", "dana"))
                .addAcknowledged(ack("each", "Everyone here chose to give their time"))
                .build());
    Report report = rulebook.check(p);

    assertThat(report.findings()).hasSize(3).allMatch(Finding::isAcknowledged);
    assertThat(report.unacknowledged()).isEmpty();
    assertThat(report.failsAt(Severity.NOTE)).isFalse();
    assertThat(rulebook.check(withAgreements()).failsAt(Severity.CONCERN)).isTrue();
  }

  @Test
  void aFindingAboutOnePersonCountsAsAcknowledgedOnlyIfThatPersonConsented() {
    // The quorum is met by Ana and Ben; Dana did not consent, so the finding about her stands.
    Project p =
        withAgreements(
            agreement()
                .addConsent(consents("ana", "ben"))
                .addAcknowledged(ack("each", "Everyone here chose to give their time"))
                .build());
    assertThat(
            rulebook
                .check(p)
                .findings("each")
                .map(f -> f.subjects().head().value() + " " + f.isAcknowledged()))
        .containsExactly("ana true", "ben true", "dana false");
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
                            .finding(context.rule().kind("found").get())
                            .template(
                                org.coprod.rules.Template.of(
                                    "default", "{words}", org.coprod.rules.Param.text("words")))
                            .addArgument(org.coprod.rules.Argument.text("words", "A pair."))
                            .addSubject(ParticipantId.of("ana"), ParticipantId.of("dana"))
                            .build())));
    // A finding about two people is not about one person: the quorum is enough.
    Project p =
        withAgreements(
            agreement()
                .addConsent(consents("ana", "ben"))
                .addAcknowledged(ack("pair", "dana", "The pair was chosen together"))
                .build());
    Report report = Rulebook.of("test", List.of(pair)).check(p);
    assertThat(report.findings().single().acknowledged()).contains("The pair was chosen together");
  }

  @Test
  void anAcknowledgementWithoutItsQuorumIsVoidAndNotStale() {
    Project p =
        withAgreements(
            agreement()
                .addConsent(consents("ana", "dana"))
                .addAcknowledged(ack("each", "Management accepts it"), ack("eahc", "A typo"))
                .build());
    Report report = rulebook.check(p);

    assertThat(report.findings("each")).hasSize(3).noneMatch(Finding::isAcknowledged);
    assertThat(report.failsAt(Severity.CONCERN)).isTrue();
    // Void: the group has to agree it before it says anything, so not stale either.
    assertThat(report.outcome("stale-acknowledgement").get().status())
        .isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  /** Lived-experience people le0 .. le(n-1), each contributing, and dana. */
  private static Project.Builder group(int n) {
    Project.Builder b = project().addParticipant(pro("dana").build());
    for (int i = 0; i < n; i++) {
      b.addParticipant(le("le" + i).build()).addContribution(contribution("le" + i, 1).build());
    }
    return b;
  }

  private Report acknowledgingEveryone(Project.Builder b, String... consenting) {
    return Rulebook.of(
            "test", List.of(TestRule.onProject("whole", Principle.POWER, Severity.WARNING)))
        .check(
            b.addAgreement(
                    agreement()
                        .addConsent(consents(consenting))
                        .addAcknowledged(ack("whole", "We talked about it"))
                        .build())
                .build());
  }

  @Test
  void onePaidExpertByExperienceOfFourCannotQuietenAFindingForTheWholeGroup() {
    assertThat(acknowledgingEveryone(group(4), "le0", "dana").findings().single().isAcknowledged())
        .isFalse();
  }

  @Test
  void theQuorumIsMoreThanHalfAndAtLeastTwoWhereTwoOrMoreMayConsent() {
    assertThat(acknowledgingEveryone(group(1), "le0").findings().single().isAcknowledged())
        .isTrue();
    assertThat(acknowledgingEveryone(group(2), "le0").findings().single().isAcknowledged())
        .isFalse();
    assertThat(acknowledgingEveryone(group(3), "le0", "le1").findings().single().isAcknowledged())
        .isTrue();
    assertThat(acknowledgingEveryone(group(4), "le0", "le1").findings().single().isAcknowledged())
        .isFalse();
    assertThat(
            acknowledgingEveryone(group(4), "le0", "le1", "le2")
                .findings()
                .single()
                .isAcknowledged())
        .isTrue();
  }

  /**
   * Two people with lived experience, and four more who may not consent to a version dated on the
   * start: le2 joins after it, le3 is occasional, le4 is on an agreed break on its date; le5
   * stepped back without agreeing it, so le5 may.
   */
  private static Project.Builder mixed() {
    return group(2)
        .addParticipant(
            le("le2").joined(day(5)).build(),
            le("le3").involvement(Involvement.OCCASIONAL).build(),
            le("le4").addBreak(Break.of(START, day(3))).build(),
            le("le5").addBreak(Break.builder().from(START).agreed(false).build()).build());
  }

  @Test
  void whoMayConsentIsFixedAtTheVersionsDate() {
    // The quorum is of le0, le1 and le5: two of them suffice.
    assertThat(acknowledgingEveryone(mixed(), "le0", "le1").findings().single().isAcknowledged())
        .isTrue();
    // Consents of people who may not consent do not make up the number; le2's comes later.
    Report others =
        Rulebook.of("test", List.of(TestRule.onProject("whole", Principle.POWER, Severity.WARNING)))
            .check(
                mixed()
                    .addAgreement(
                        agreement()
                            .addConsent(consents("le0", "le3", "le4"))
                            .addConsent(Consent.of(ParticipantId.of("le2"), day(5)))
                            .addAcknowledged(ack("whole", "We talked about it"))
                            .build())
                    .build());
    assertThat(others.findings().single().isAcknowledged()).isFalse();
  }

  @Test
  void aGroupCannotWaiveOnePersonsPayConsentOrAccess() {
    Project p =
        project()
            .addParticipant(
                le("ana").addAccessNeed("step-free").build(),
                le("ben").build(),
                pro("dana").build())
            .addAgreement(
                agreement()
                    .addConsent(consents("ana", "ben", "dana"))
                    .addAcknowledged(ack("access-unmet", "We could not afford a ramp"))
                    .build())
            .build();
    Report report = Rulebook.of("test", List.of(new AccessUnmet())).check(p);
    assertThat(report.findings().single().isAcknowledged()).isFalse();
    assertThat(Rulebook.UNWAIVABLE).contains("payment-owed", "story-consent", "access-unmet");
  }

  @Test
  void anAcknowledgementUnderARulesFormerIdStillMatchesWithANote() {
    Project p =
        project()
            .addParticipant(
                le("ana").build(),
                le("ben").build(),
                pro("p1").build(),
                pro("p2").build(),
                pro("p3").build())
            .addDecision(decision("board", DecisionType.DELIVERY, "ana", "p1", "p2", "p3").build())
            .addAgreement(
                agreement()
                    .addConsent(consents("ana", "ben"))
                    .addAcknowledged(ack("token-presence", "The board is the funder's"))
                    .build())
            .build();
    Report report =
        Rulebook.of("test", List.of(new LoneVoice(), new StaleAcknowledgement())).check(p);
    assertThat(report.findings(LoneVoice.ID).single().acknowledged())
        .contains("The board is the funder's");
    Finding note = report.findings("stale-acknowledgement").single();
    assertThat(note.kind()).isEqualTo("former-id");
    assertThat(note.severity()).isEqualTo(Severity.NOTE);
    assertThat(note.message())
        .contains("'token-presence' is now called 'lone-voice'")
        .contains("still counts");
  }

  @Test
  void aConsentGivenAfterTheViewsDateDoesNotYetMakeTheAcknowledgementCount() {
    Project p =
        withAgreements(
            agreement()
                .addConsent(
                    Consent.of(ParticipantId.of("dana"), START),
                    Consent.of(ParticipantId.of("ben"), START),
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
            .addConsent(consents("ana", "ben", "dana"))
            .addAcknowledged(ack("each", "We accepted it at the start"))
            .build();
    Agreement second =
        agreement()
            .version(2)
            .date(day(30))
            .addConsent(
                Consent.of(ParticipantId.of("ana"), day(30)),
                Consent.of(ParticipantId.of("ben"), day(30)))
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
                .addConsent(consents("ana", "ben"))
                .addAcknowledged(
                    ack("each", "zoe", "Zoe is not here"), ack("eahc", "A typo in the rule id"))
                .build());
    Report report = rulebook.check(p);

    Finding stale = report.findings("stale-acknowledgement").single();
    assertThat(stale.kind()).isEqualTo("stale");
    assertThat(stale.severity()).isEqualTo(Severity.NOTE);
    assertThat(stale.principle()).isEqualTo(Principle.RESPECT);
    assertThat(stale.subjects()).containsExactly(AgreementVersion.of(1));
    assertThat(stale.evidence("stale")).contains(2);
    assertThat(stale.message()).contains("'each' for 'zoe'").contains("'eahc'");
    assertThat(report.findings("each")).noneMatch(Finding::isAcknowledged);
  }

  @Test
  void aStaleAcknowledgementNamesNoPersonItIsAbout() {
    Project base =
        withAgreements(
            agreement()
                .addConsent(consents("ana", "ben"))
                .addAcknowledged(
                    ack("eahc", "ben", "A typo in the rule id"),
                    ack("eahc", "ben.story.2017-03-02", "A typo, for a story"))
                .build());
    Project p =
        base.withParticipants(
            base.participants()
                .map(
                    x ->
                        x.id().value().equals("ben")
                            ? x.withCreditPreference(org.coprod.core.CreditPreference.ANONYMOUS)
                            : x));
    String words = rulebook.check(p).findings("stale-acknowledgement").single().message();
    assertThat(words)
        .contains("'eahc' for a group member")
        .contains("'eahc' for one of a group member's contributions")
        .doesNotContain("ben");
    // the group reads it too: a person is never named, whatever their credit preference
    assertThat(rulebook.check(base).findings("stale-acknowledgement").single().message())
        .contains("'eahc' for a group member")
        .doesNotContain("ben");
  }

  @Test
  void anAcknowledgementThatMatchesAFindingIsNotStale() {
    Project p =
        withAgreements(
            agreement()
                .addConsent(consents("ana", "ben"))
                .addAcknowledged(ack("each", "dana", "Dana's hours are paid by the trust"))
                .build());
    assertThat(rulebook.check(p).outcome("stale-acknowledgement").get().status())
        .isEqualTo(OutcomeStatus.PASSED);
  }
}
