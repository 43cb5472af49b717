package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.ContributionKind;
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
        .startsWith("The 2 contributing professionals only facilitated")
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
