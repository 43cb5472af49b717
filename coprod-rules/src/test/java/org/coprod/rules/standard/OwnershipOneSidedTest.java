package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.agreement;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.output;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.ContributionKind;
import org.coprod.core.Output;
import org.coprod.core.Ownership;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class OwnershipOneSidedTest {
  private final OwnershipOneSided rule = new OwnershipOneSided();

  /** A leaflet of 100 hours: ana gave {@code livedHours} of {@code kind}, dana the rest. */
  private static Project.Builder leaflet(
      double livedHours, ContributionKind kind, String... owners) {
    Output.Builder leaflet = output("leaflet");
    for (String o : owners) {
      leaflet.addOwner(ParticipantId.of(o));
    }
    return project()
        .addParticipant(le("ana").build(), pro("dana").build())
        .addContribution(
            contribution("ana", livedHours, kind, "leaflet").build(),
            contribution("dana", 100 - livedHours, ContributionKind.LABOUR, "leaflet").build())
        .addOutput(leaflet.build());
  }

  @Test
  void flagsAnOutputOwnedByProfessionalsThatPeopleWithLivedExperienceShaped() {
    Outcome o = check(rule, leaflet(40, ContributionKind.EXPERIENTIAL_KNOWLEDGE, "dana").build());
    Finding f = o.findings().single();
    assertThat(f.kind()).isEqualTo("one-sided");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subjects().map(s -> s.value())).containsExactly("leaflet");
    assertThat(f.evidence("ownerSide").get()).isEqualTo("PROFESSIONAL");
    assertThat(f.evidence("otherSideHoursShare").get()).isEqualTo(0.4);
    assertThat(f.evidence("agreedOwnership").get()).isEqualTo("NO_AGREEMENT");
    assertThat(f.message())
        .isEqualTo(
            "Just one side owns 'leaflet'. It is owned by professionals only, though people"
                + " with lived experience made a substantial contribution to it (40% of its hours).");
  }

  @Test
  void flagsAnOutputOwnedByPeopleWithLivedExperienceThatProfessionalsShaped() {
    Finding f =
        check(rule, leaflet(40, ContributionKind.LABOUR, "ana").build()).findings().single();
    assertThat(f.evidence("ownerSide").get()).isEqualTo("LIVED_EXPERIENCE");
  }

  @Test
  void passesWhenBothSidesOwnIt() {
    assertThat(check(rule, leaflet(40, ContributionKind.LABOUR, "ana", "dana").build()).status())
        .isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void flagsTwentyPercentOfTheHoursButNotJustUnder() {
    assertThat(check(rule, leaflet(20, ContributionKind.LABOUR, "dana").build()).status())
        .isEqualTo(OutcomeStatus.FINDINGS);
    assertThat(check(rule, leaflet(19.9, ContributionKind.LABOUR, "dana").build()).status())
        .isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void flagsAnIdeaHoweverFewItsHours() {
    Finding f = check(rule, leaflet(1, ContributionKind.IDEA, "dana").build()).findings().single();
    assertThat(f.evidence("otherSideGaveIdeaOrWriting").get()).isEqualTo(true);
  }

  @Test
  void flagsAnOutputThatNobodyOwns() {
    Finding f =
        check(
                rule,
                leaflet(40, ContributionKind.LABOUR)
                    .addAgreement(agreement().ownership(Ownership.SHARED).build())
                    .build())
            .findings()
            .single();
    assertThat(f.kind()).isEqualTo("no-owner");
    assertThat(f.evidence("agreedOwnership").get()).isEqualTo("SHARED");
    assertThat(f.message())
        .isEqualTo(
            "No one has the right to use and change 'leaflet'. It has no owner: nobody holds"
                + " the right to use, adapt and deliver it.");
  }

  @Test
  void doesNotApplyWhenTheAgreementInForceGivesOwnershipToTheOrganisation() {
    Project p =
        leaflet(40, ContributionKind.LABOUR, "dana")
            .addAgreement(
                agreement().ownership(Ownership.SHARED).build(),
                agreement().version(2).date(day(150)).ownership(Ownership.ORGANISATION).build())
            .build();
    Outcome now = check(rule, p);
    assertThat(now.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    assertThat(now.reason().get()).contains("organisation");
    // On day 120 the leaflet (day 100) is made and version 1, sharing ownership, is in force.
    assertThat(check(rule, p, day(120)).findings().single().evidence("agreedOwnership").get())
        .isEqualTo("SHARED");
  }

  @Test
  void doesNotApplyBeforeTheProjectHasAnOutput() {
    Project p =
        project()
            .addParticipant(le("ana").build())
            .addContribution(contribution("ana", 3).build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void anIdeaOfNoHoursIsSubstantialAndItsShareIsNothing() {
    Project p =
        project()
            .addParticipant(le("ana").build(), pro("dana").build())
            .addContribution(contribution("ana", 0, ContributionKind.IDEA, "leaflet").build())
            .addOutput(output("leaflet").addOwner(ParticipantId.of("dana")).build())
            .build();
    Outcome o = check(rule, p);
    assertThat(o.status()).isEqualTo(OutcomeStatus.FINDINGS);
    assertThat(o.findings().single().evidence("otherSideHoursShare")).contains(0.0);
  }
}
