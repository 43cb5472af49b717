package org.coprod.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProjectTest {
  static final LocalDate D = LocalDate.of(2017, 2, 1);

  static Project.Builder crisisLine() {
    return Project.builder()
        .id(ProjectId.of("crisis-line"))
        .title("Crisis line redesign")
        .started(D)
        .closed(LocalDate.of(2017, 9, 26))
        .addParticipant(Participant.builder().id(ParticipantId.of("dana")).name("Dana")
            .side(Side.PROFESSIONAL).employment(Employment.SALARIED).joined(LocalDate.of(2017, 1, 10)).build())
        .addParticipant(Participant.builder().id(ParticipantId.of("ana")).side(Side.LIVED_EXPERIENCE)
            .addAccessNeed("travel").joined(D).build())
        .addContribution(Contribution.builder().participant(ParticipantId.of("ana")).date(LocalDate.of(2017, 3, 2))
            .phase(Phase.DESIGN).kind(ContributionKind.EXPERIENTIAL_KNOWLEDGE).hours(3)
            .paid(new BigDecimal("12.50")).output(OutputId.of("report")).build())
        .addOutput(Output.builder().id(OutputId.of("report")).title("Final report").date(LocalDate.of(2017, 9, 20))
            .addOwner(ParticipantId.of("dana")).addCredit(Credit.of(ParticipantId.of("dana"), CreditRole.AUTHOR)).build());
  }

  @Test
  void buildsAValidProjectAndLooksItsPartsUp() {
    Project p = crisisLine().build();
    assertThat(p.participant(ParticipantId.of("ana")).map(Participant::side).get()).isEqualTo(Side.LIVED_EXPERIENCE);
    assertThat(p.contributionsTo(OutputId.of("report"))).hasSize(1);
    assertThat(p.contributions().head().paid()).isEqualTo(new BigDecimal("12.5"));
    assertThat(p.lastDatedEvent()).isEqualTo(LocalDate.of(2017, 9, 26));
  }

  @Test
  void reportsEveryProblemAtOnce() {
    var result = Project.validate(crisisLine()
        .addContribution(Contribution.builder().participant(ParticipantId.of("ghost")).date(D)
            .phase(Phase.DESIGN).kind(ContributionKind.LABOUR).hours(-1).build())
        .closed(LocalDate.of(2017, 1, 1)));
    assertThat(result.isInvalid()).isTrue();
    assertThat(result.getError().map(Problem::path))
        .contains("project.closed", "contributions[1].participant", "contributions[1].hours");
  }

  @Test
  void keepsPersonalDataOutOfToString() {
    Participant p = crisisLine().build().participants().head();
    assertThat(p.toString()).doesNotContain("Dana").doesNotContain("PROFESSIONAL");
    assertThat(crisisLine().build().participants().get(1).toString()).doesNotContain("travel");
  }

  @Test
  void builderThrowsOnABrokenInvariant() {
    assertThatThrownBy(() -> crisisLine().closed(LocalDate.of(2016, 1, 1)).build())
        .isInstanceOf(InvalidProjectException.class)
        .hasMessageContaining("project.closed");
  }

  @Test
  void aViewDropsWhatCameLater() {
    ProjectView v = crisisLine().build().asOf(LocalDate.of(2017, 3, 5));
    assertThat(v.isClosed()).isFalse();
    assertThat(v.project().outputs()).isEmpty();
    assertThat(v.project().contributions().head().output().isEmpty()).isTrue();
    assertThat(v.project().contributions().head().hours()).isEqualTo(3.0);
  }

  @Test
  void supportMeantOnlyForPeopleNotYetJoinedIsNotInTheView() {
    Project p = crisisLine()
        .addParticipant(Participant.builder().id(ParticipantId.of("bob")).side(Side.LIVED_EXPERIENCE)
            .joined(LocalDate.of(2017, 4, 1)).build())
        .addResource(Resource.builder().id(ResourceId.of("fund")).kind(ResourceKind.SUPPORT)
            .amount(BigDecimal.TEN).unit("GBP").addMeet("travel").addServe(ParticipantId.of("bob")).build())
        .build();
    assertThat(p.asOf(LocalDate.of(2017, 3, 1)).project().resources()).isEmpty();
    assertThat(p.asOf(LocalDate.of(2017, 4, 1)).project().resources()).hasSize(1);
  }
}
