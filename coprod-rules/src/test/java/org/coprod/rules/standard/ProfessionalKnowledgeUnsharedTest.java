package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.Attendance;
import org.coprod.core.ContributionKind;
import org.coprod.core.Meeting;
import org.coprod.core.MeetingId;
import org.coprod.core.ParticipantId;
import org.coprod.core.Phase;
import org.coprod.core.Project;
import org.coprod.core.ProjectId;
import org.coprod.rules.Finding;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class ProfessionalKnowledgeUnsharedTest {
  private final ProfessionalKnowledgeUnshared rule = new ProfessionalKnowledgeUnshared();

  /**
   * Two professionals run the sessions, take notes and comment; ana brings what living it taught.
   */
  private static Project.Builder holdingBack() {
    return project()
        .addParticipant(pro("sam").build(), pro("kim").build(), le("ana").build())
        .addContribution(
            contribution("sam", 6).kind(ContributionKind.FACILITATION).build(),
            contribution("sam", 2).kind(ContributionKind.LABOUR).build(),
            contribution("kim", 1).kind(ContributionKind.FEEDBACK).build(),
            contribution("ana", 5).kind(ContributionKind.EXPERIENTIAL_KNOWLEDGE).build());
  }

  @Test
  void flagsProfessionalsWhoOnlyFacilitateLabourAndCommentate() {
    Finding f = check(rule, holdingBack().build()).findings().single();
    assertThat(f.severity()).isEqualTo(Severity.NOTE);
    assertThat(f.kind()).isEqualTo("unshared");
    assertThat(f.subjects()).containsExactly(ProjectId.of("test"));
    assertThat(f.evidence("professionalContributors").get()).isEqualTo(2);
    assertThat(f.evidence("professionalKinds").get()).isEqualTo("LABOUR,FACILITATION,FEEDBACK");
    assertThat(f.message())
        .contains("The 2 contributing professionals only facilitated")
        .contains("has shared yet")
        .doesNotContain("withheld");
    assertThat(rule.metadata().formerIds()).containsExactly("service-knowledge-withheld");
  }

  @Test
  void passesOnceOneProfessionalSharesHowTheServiceWorks() {
    Project p =
        holdingBack()
            .addContribution(
                contribution("kim", 1).kind(ContributionKind.PROFESSIONAL_KNOWLEDGE).build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void passesAnyContributionBeyondFacilitationLabourAndFeedback() {
    for (ContributionKind k :
        new ContributionKind[] {
          ContributionKind.IDEA, ContributionKind.WRITING, ContributionKind.REVIEW
        }) {
      Project p = holdingBack().addContribution(contribution("sam", 1).kind(k).build()).build();
      assertThat(check(rule, p).status()).as(k.name()).isEqualTo(OutcomeStatus.PASSED);
    }
  }

  @Test
  void looksOnlyAtProfessionals() {
    Project p =
        project()
            .addParticipant(pro("sam").build(), le("ana").build())
            .addContribution(
                contribution("sam", 1).kind(ContributionKind.PROFESSIONAL_KNOWLEDGE).build(),
                contribution("ana", 1).kind(ContributionKind.LABOUR).build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  /** A working meeting on day 10 that kim attends, with the kind of their part as given. */
  private static Meeting workingMeeting(Attendance kim) {
    return Meeting.builder()
        .id(MeetingId.of("workshop"))
        .date(day(10))
        .phase(Phase.DESIGN)
        .title("Workshop")
        .hours(2)
        .addAttended(kim, Attendance.of(ParticipantId.of("ana")))
        .build();
  }

  @Test
  void aMeetingsDefaultKindIsNotEvidenceEitherWay() {
    // At a working meeting a professional's part is PROFESSIONAL_KNOWLEDGE by default: it does not
    // show that what they know was shared, so the note stands.
    Project defaulted =
        holdingBack().addMeeting(workingMeeting(Attendance.of(ParticipantId.of("kim")))).build();
    assertThat(defaulted.contributions().exists(c -> c.isFromMeeting())).isTrue();
    assertThat(check(rule, defaulted).status()).isEqualTo(OutcomeStatus.FINDINGS);
    // The register saying so is evidence.
    Project given =
        holdingBack()
            .addMeeting(
                workingMeeting(
                    Attendance.builder()
                        .participant(ParticipantId.of("kim"))
                        .kind(ContributionKind.PROFESSIONAL_KNOWLEDGE)
                        .build()))
            .build();
    assertThat(check(rule, given).status()).isEqualTo(OutcomeStatus.PASSED);
    // Professionals only at meetings that do not say what they brought: nothing to go on.
    Project onlyMeetings =
        project()
            .addParticipant(pro("kim").build(), le("ana").build())
            .addMeeting(workingMeeting(Attendance.of(ParticipantId.of("kim"))))
            .build();
    assertThat(check(rule, onlyMeetings).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void doesNotApplyWhenProfessionalsHaveNotContributed() {
    Project p =
        project()
            .addParticipant(pro("sam").build(), le("ana").build())
            .addContribution(contribution("ana", 1).build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }
}
