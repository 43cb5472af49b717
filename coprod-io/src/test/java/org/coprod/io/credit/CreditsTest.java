package org.coprod.io.credit;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionKind;
import org.coprod.core.Credit;
import org.coprod.core.CreditPreference;
import org.coprod.core.CreditRole;
import org.coprod.core.NameWithdrawal;
import org.coprod.core.Output;
import org.coprod.core.OutputId;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.Phase;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.core.ProjectId;
import org.coprod.core.Side;
import org.junit.jupiter.api.Test;

class CreditsTest {
  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  private static Participant.Builder person(String id, Side side) {
    return Participant.builder().id(ParticipantId.of(id)).side(side).joined(START);
  }

  private static Contribution idea(String who) {
    return Contribution.builder()
        .participant(ParticipantId.of(who))
        .date(START.plusDays(5))
        .phase(Phase.DESIGN)
        .kind(ContributionKind.EXPERIENTIAL_KNOWLEDGE)
        .hours(2)
        .output(OutputId.of("guide"))
        .build();
  }

  /** ana (named), a writer; and anonymous people, as many as asked, who gave their experience. */
  private static Project.Builder group(int anonymous) {
    Project.Builder b =
        Project.builder()
            .id(ProjectId.of("p"))
            .title("A guide")
            .started(START)
            .addParticipant(person("ana", Side.LIVED_EXPERIENCE).name("Ana Silva").build())
            .addContribution(idea("ana"));
    for (int i = 0; i < anonymous; i++) {
      b.addParticipant(
          person("anon-" + i, Side.LIVED_EXPERIENCE)
              .creditPreference(CreditPreference.ANONYMOUS)
              .build());
      b.addContribution(idea("anon-" + i));
    }
    return b.addOutput(
        Output.builder()
            .id(OutputId.of("guide"))
            .title("The guide")
            .date(START.plusDays(30))
            .addCredit(Credit.of(ParticipantId.of("ana"), CreditRole.AUTHOR))
            .build());
  }

  @Test
  void countsFiveOrMorePeopleWhoPreferNotToBeNamedInOneLine() {
    String md = CreditFiles.markdown(Credits.of(group(5).build()).get());
    assertThat(md).contains("- **Ana Silva**, author: Lived experience expertise");
    assertThat(md).contains("- And 5 members of the group who prefer not to be named");
    assertThat(md).doesNotContain("anon-");
  }

  @Test
  void saysOtherMembersOfTheGroupUnderFiveSoNoOneIsFoundByElimination() {
    for (int n = 1; n < 5; n++) {
      Credits credits = Credits.of(group(n).build()).get();
      for (String text :
          List.of(
              CreditFiles.markdown(credits),
              CreditFiles.allContributors(credits),
              CreditFiles.jats(credits))) {
        assertThat(text).containsIgnoringCase("other members of the group");
        assertThat(text).doesNotContain(n + " members").doesNotContain("anon-");
      }
    }
  }

  @Test
  void refusesANamedPersonWithNoNameAndNeverPublishesTheirId() {
    Project p =
        group(0)
            .addParticipant(person("ben", Side.PROFESSIONAL).build())
            .addContribution(idea("ben"))
            .build();
    Validation<Seq<Problem>, Credits> credits = Credits.of(p);
    assertThat(credits.isInvalid()).isTrue();
    Problem problem = credits.getError().single();
    assertThat(problem.path()).isEqualTo("participants[1].name");
    assertThat(problem.message()).contains("'ben'").contains("credited by name");
  }

  @Test
  void creditsAPseudonymByItsNameAndRefusesOneWithout() {
    Project named =
        group(0)
            .addParticipant(
                person("cat", Side.LIVED_EXPERIENCE)
                    .name("Catherine Doe")
                    .creditPreference(CreditPreference.PSEUDONYM)
                    .creditName("Wren")
                    .build())
            .addContribution(idea("cat"))
            .build();
    String md = CreditFiles.markdown(Credits.of(named).get());
    assertThat(md).contains("**Wren**").doesNotContain("Catherine");
    Project without =
        group(0)
            .addParticipant(
                person("cat", Side.LIVED_EXPERIENCE)
                    .creditPreference(CreditPreference.PSEUDONYM)
                    .build())
            .addContribution(idea("cat"))
            .build();
    assertThat(Credits.of(without).getError().single().path())
        .isEqualTo("participants[1].creditName");
  }

  @Test
  void leavesOutSomeoneWhoAskedToBeTakenOffTheOutput() {
    Project p =
        group(0)
            .addParticipant(person("dan", Side.LIVED_EXPERIENCE).build())
            .addContribution(idea("dan"))
            .build();
    Output guide =
        p.outputs()
            .head()
            .withNameWithdrawn(
                List.of(
                    NameWithdrawal.builder()
                        .participant(ParticipantId.of("dan"))
                        .date(START.plusDays(31))
                        .build()));
    // dan has no name, yet nothing is refused: he is left out altogether
    Credits credits = Credits.of(p.withOutputs(List.of(guide))).get();
    assertThat(credits.outputs().head().people().map(Credits.Person::name))
        .containsExactly("Ana Silva");
  }

  @Test
  void theFourteenCreditRolesHaveTheirExactTermsAndIdentifiers() {
    assertThat(List.of(CreditRoleTerm.values()).map(CreditRoleTerm::term))
        .containsExactly(
            "Conceptualization",
            "Data curation",
            "Formal analysis",
            "Funding acquisition",
            "Investigation",
            "Methodology",
            "Project administration",
            "Resources",
            "Software",
            "Supervision",
            "Validation",
            "Visualization",
            "Writing \u2013 original draft",
            "Writing \u2013 review & editing");
    assertThat(CreditRoleTerm.WRITING_REVIEW_EDITING.identifier())
        .isEqualTo("https://credit.niso.org/contributor-roles/writing-review-editing/");
    assertThat(CreditRoleTerm.DATA_CURATION.identifier())
        .isEqualTo("https://credit.niso.org/contributor-roles/data-curation/");
  }

  @Test
  void experienceStoriesAndFeedbackHaveRolesInPlainWordsOutsideTheVocabulary() {
    for (ContributionKind k : ContributionKind.values()) {
      boolean plain =
          k == ContributionKind.EXPERIENTIAL_KNOWLEDGE
              || k == ContributionKind.STORY
              || k == ContributionKind.FEEDBACK;
      assertThat(ContributionRoles.creditRole(k).isEmpty()).as(k.name()).isEqualTo(plain);
      assertThat(ContributionRoles.plainRole(k)).isNotBlank();
      assertThat(ContributionRoles.allContributorsType(k)).isNotBlank();
    }
  }

  @Test
  void aStatementHoldsOnlyItsPersonsData() {
    Project p =
        group(5)
            .addParticipant(person("ben", Side.PROFESSIONAL).name("Ben Okoro").build())
            .addContribution(idea("ben"))
            .build();
    Statement ana = Statement.of(p, ParticipantId.of("ana")).get();
    for (String text : List.of(ana.markdown(), ana.json())) {
      assertThat(text).contains("Ana Silva").doesNotContain("Ben").doesNotContain("anon-");
    }
    assertThat(ana.markdown()).contains("| design | Lived experience expertise | 2 |");
    assertThat(Statement.of(p, ParticipantId.of("nobody")).isInvalid()).isTrue();
  }
}
