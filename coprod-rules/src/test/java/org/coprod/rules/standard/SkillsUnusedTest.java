package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.Involvement;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class SkillsUnusedTest {
  private final SkillsUnused rule = new SkillsUnused();

  @Test
  void flagsAProfessionalWhoseServiceKnowledgeIsNeverPutToUse() {
    Project p =
        project()
            .addParticipant(pro("sam").addSkill("commissioning", "service design").build())
            .addContribution(
                contribution("sam", 6).addSkill("note-taking").build(),
                contribution("sam", 2).build())
            .build();
    Outcome o = check(rule, p);
    Finding f = o.findings().single();
    assertThat(f.severity()).isEqualTo(Severity.NOTE);
    assertThat(f.subjects()).containsExactly(ParticipantId.of("sam"));
    assertThat(f.evidence("declaredSkills").get()).isEqualTo(2);
    assertThat(f.evidence("otherSkillsUsed").get()).isEqualTo(1);
    assertThat(f.message())
        .isEqualTo(
            "'sam' declared 2 skills and has used none of them in their contributions, which used 1 other skill.");
    assertThat(f.message()).doesNotContain("commissioning").doesNotContain("note-taking");
  }

  @Test
  void treatsBothSidesAlike() {
    Project p =
        project()
            .addParticipant(le("ana").addSkill("illustration").build())
            .addContribution(contribution("ana", 3).addSkill("minute-taking").build())
            .build();
    assertThat(check(rule, p).findings().single().message())
        .isEqualTo(
            "'ana' declared 1 skill and has used it in none of their contributions, which"
                + " used 1 other skill.");
  }

  @Test
  void judgesOnlyPeopleWhoseContributionsRecordSkillsAtAll() {
    // Untidy recording is not evidence: nothing says which skills sam's contributions used.
    Project p =
        project()
            .addParticipant(
                pro("sam").addSkill("commissioning").build(), le("ana").addSkill("art").build())
            .addContribution(contribution("sam", 6).build(), contribution("sam", 2).build())
            .addContribution(contribution("ana", 1).addSkill("art").build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
    Project nobodyRecords =
        project()
            .addParticipant(pro("sam").addSkill("commissioning").build())
            .addContribution(contribution("sam", 6).build())
            .build();
    assertThat(check(rule, nobodyRecords).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void passesWhenOneDeclaredSkillIsUsedOnce() {
    // The boundary: one of two skills, in one of two contributions, is enough.
    Project p =
        project()
            .addParticipant(pro("sam").addSkill("commissioning", "service design").build())
            .addContribution(
                contribution("sam", 6).build(),
                contribution("sam", 1).addSkill("Service Design ").build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void leavesOccasionalContributorsAndPeopleWithoutDeclaredSkillsAlone() {
    Project p =
        project()
            .addParticipant(
                le("visitor").involvement(Involvement.OCCASIONAL).addSkill("drama").build(),
                pro("sam").build())
            .addContribution(contribution("visitor", 2).build(), contribution("sam", 2).build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void doesNotCountPeopleWhoHaveNotContributedYet() {
    Project p =
        project()
            .addParticipant(
                pro("sam").addSkill("commissioning").build(),
                le("ana").addSkill("illustration").build())
            .addContribution(contribution("ana", 1).addSkill("illustration").build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
    Project nobody = project().addParticipant(pro("sam").addSkill("commissioning").build()).build();
    assertThat(check(rule, nobody).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }
}
