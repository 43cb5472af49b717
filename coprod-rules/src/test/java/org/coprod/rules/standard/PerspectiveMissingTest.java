package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.START;
import static org.coprod.rules.Fixtures.agreement;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.Acknowledgement;
import org.coprod.core.Consent;
import org.coprod.core.Nature;
import org.coprod.core.ParticipantId;
import org.coprod.core.Perspective;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Rule;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class PerspectiveMissingTest {
  private final PerspectiveMissing rule = new PerspectiveMissing();

  private static Project.Builder experienceShaped() {
    return project()
        .nature(Nature.EXPERIENCE_SHAPED)
        .addParticipant(pro("dana").addPerspective(Perspective.PRACTICE).build());
  }

  @Test
  void notesCarersStandingInForThePeopleWhoUseTheService() {
    Project p =
        experienceShaped()
            .addParticipant(
                le("cara").addPerspective(Perspective.CARING).build(),
                le("cole").addPerspective(Perspective.CARING, Perspective.OTHER).build())
            .build();
    Outcome o = check(rule, p);
    Finding f = o.findings().single();
    assertThat(f.kind()).isEqualTo("carers-only");
    assertThat(f.severity()).isEqualTo(Severity.NOTE);
    assertThat(f.evidence("carers")).contains(2);
    assertThat(f.evidence("serviceUsers")).contains(0);
    assertThat(f.message()).doesNotContain("cara").doesNotContain("cole");
  }

  @Test
  void passesWhenOnePersonWhoUsesTheServiceJoinsTheCarers() {
    Project p =
        experienceShaped()
            .addParticipant(
                le("cara").addPerspective(Perspective.CARING).build(),
                le("ana").addPerspective(Perspective.SERVICE_USE).build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void countsACarerWhoAlsoUsesTheServiceAsAServiceUser() {
    Project p =
        experienceShaped()
            .addParticipant(
                le("cara").addPerspective(Perspective.CARING, Perspective.SERVICE_USE).build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void passesWhenNobodyOnTheSideIsACarer() {
    Project p = experienceShaped().addParticipant(le("ana").build()).build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void doesNotApplyToWorkNotAssessedAsExperienceShaped() {
    Project.Builder carers =
        project().addParticipant(le("cara").addPerspective(Perspective.CARING).build());
    assertThat(check(rule, carers.build()).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    assertThat(check(rule, carers.nature(Nature.SPECIALIST).build()).status())
        .isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void doesNotApplyWithoutPeopleWithLivedExperience() {
    assertThat(check(rule, experienceShaped().build()).status())
        .isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void aProjectAboutCarersOwnNeedsSaysSoWithAnAcknowledgement() {
    Project p =
        experienceShaped()
            .addParticipant(le("cara").addPerspective(Perspective.CARING).build())
            .addAgreement(
                agreement()
                    .addConsent(Consent.of(ParticipantId.of("cara"), START))
                    .addAcknowledged(
                        Acknowledgement.builder()
                            .rule(PerspectiveMissing.ID)
                            .reason("The project is about carers' own respite, not the service")
                            .build())
                    .build())
            .build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.isAcknowledged()).isTrue();
  }

  @Test
  void isRegisteredAsAStandardRule() {
    assertThat(StandardRules.all().map(Rule::id)).contains(PerspectiveMissing.ID);
  }
}
