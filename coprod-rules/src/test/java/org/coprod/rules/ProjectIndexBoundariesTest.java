package org.coprod.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.output;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import java.time.LocalDate;
import java.util.EnumSet;
import org.coprod.core.Break;
import org.coprod.core.ContributionKind;
import org.coprod.core.Involvement;
import org.coprod.core.OutputId;
import org.coprod.core.ParticipantId;
import org.coprod.core.Phase;
import org.coprod.core.Project;
import org.coprod.core.Side;
import org.junit.jupiter.api.Test;

/**
 * The defined words of the index at their boundaries: a share of hours met exactly and missed by
 * the least step hours are kept in, a quorum at each size of group, and the days an agreed break
 * covers, first and last included.
 */
class ProjectIndexBoundariesTest {
  private static final OutputId GUIDE = OutputId.of("guide");
  private static final ParticipantId ANA = ParticipantId.of("ana");
  private static final ParticipantId OLI = ParticipantId.of("oli");

  /** ana (lived experience) and ben (professional) work on the guide, ana's hours of all given. */
  private static ProjectIndex guide(double ana, double ben) {
    Project p =
        project()
            .addParticipant(le("ana").build(), pro("ben").build())
            .addContribution(
                contribution("ana", ana, ContributionKind.LABOUR, "guide").build(),
                contribution("ben", ben, ContributionKind.LABOUR, "guide")
                    .phase(Phase.SCOPING)
                    .build())
            .addOutput(output("guide").build(), output("leaflet").build())
            .build();
    return ProjectIndex.of(p.view());
  }

  private static int epoch(LocalDate d) {
    return (int) d.toEpochDay();
  }

  private static int[] days(int... fromStart) {
    int[] out = new int[fromStart.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = epoch(day(fromStart[i]));
    }
    return out;
  }

  @Test
  void aSideIsSubstantialAtExactlyItsShareOfTheOutputsHoursAndNotBelow() {
    assertThat(guide(2, 8).substantial(GUIDE, Side.LIVED_EXPERIENCE)).isTrue();
    assertThat(guide(1.99, 8.01).substantial(GUIDE, Side.LIVED_EXPERIENCE)).isFalse();
    assertThat(guide(1.99, 8.01).substantial(GUIDE, Side.PROFESSIONAL)).isTrue();
    // 0.35 of 20 is 7.000000000000001 in a double: 7 hours still meet it
    assertThat(guide(7, 13).substantial(GUIDE, Side.LIVED_EXPERIENCE, 0.35)).isTrue();
    assertThat(guide(6.99, 13.01).substantial(GUIDE, Side.LIVED_EXPERIENCE, 0.35)).isFalse();
    // an output no one gave hours to: no side is substantial, even at a share of nothing
    assertThat(guide(2, 8).substantial(OutputId.of("leaflet"), Side.LIVED_EXPERIENCE, 0.0))
        .isFalse();
  }

  @Test
  void anIdeaOrWritingMakesASideSubstantialWhateverItsHours() {
    Project p =
        project()
            .addParticipant(le("ana").build(), pro("ben").build())
            .addContribution(
                contribution("ana", 0.5, ContributionKind.IDEA, "guide").build(),
                contribution("ben", 50, ContributionKind.LABOUR, "guide").build())
            .addOutput(output("guide").build())
            .build();
    ProjectIndex index = ProjectIndex.of(p.view());
    assertThat(index.substantial(GUIDE, Side.LIVED_EXPERIENCE)).isTrue();
    assertThat(index.substantialPersonal(GUIDE, ANA, 0.9, 1000)).isTrue();
  }

  @Test
  void aPersonIsSubstantialAtTheirShareOrACorePersonAtTheHoursAndNotBelowEither() {
    // ana (core) and oli (occasional) 3 hours each of 30 on the guide: 10% each
    Project p =
        project()
            .addParticipant(
                le("ana").build(),
                le("oli").involvement(Involvement.OCCASIONAL).build(),
                pro("ben").build())
            .addContribution(
                contribution("ana", 3, ContributionKind.LABOUR, "guide").build(),
                contribution("oli", 3, ContributionKind.LABOUR, "guide").build(),
                contribution("ben", 24, ContributionKind.LABOUR, "guide").build())
            .addOutput(output("guide").build())
            .build();
    ProjectIndex index = ProjectIndex.of(p.view());
    assertThat(index.substantialPersonal(GUIDE, ANA, 0.2, 3.0)).isTrue();
    assertThat(index.substantialPersonal(GUIDE, ANA, 0.2, 3.01)).isFalse();
    assertThat(index.substantialPersonal(GUIDE, OLI, 0.2, 3.0)).as("hours alone").isFalse();
    assertThat(index.substantialPersonal(GUIDE, OLI, 0.1, 1000)).isTrue();
    assertThat(index.substantialPersonal(GUIDE, ANA, 0.1, 1000)).isTrue();
    assertThat(index.substantialPersonal(GUIDE, OLI, 0.1001, 1000)).isFalse();
    assertThat(index.substantialPersonal(GUIDE, ParticipantId.of("nobody"), 0.0, 0.0)).isFalse();
    // ben's 24 hours are 80%; oli's 3 are neither 20% nor, occasional, enough alone
    assertThat(index.substantialContributorsTo(GUIDE, 0.2, 3.0))
        .containsExactly(ANA, ParticipantId.of("ben"));
  }

  @Test
  void atLeastMeetsAShareExactlyForgivingOnlyTheRoundingOfDoubles() {
    assertThat(ProjectIndex.atLeast(2, 0.5, 4)).isTrue();
    assertThat(ProjectIndex.atLeast(1.999, 0.5, 4)).isFalse();
    assertThat(ProjectIndex.atLeast(7, 0.35, 20)).isTrue();
    assertThat(ProjectIndex.atLeast(3, 0.5, 4)).isTrue();
    // the rounding forgiven grows with the whole, from a floor of one
    assertThat(ProjectIndex.atLeast(-0.5e-9, 0.5, 0)).isTrue();
    assertThat(ProjectIndex.atLeast(-2e-9, 0.5, 0)).isFalse();
    assertThat(ProjectIndex.atLeast(500_000 - 0.5e-3, 0.5, 1_000_000)).isTrue();
    assertThat(ProjectIndex.atLeast(500_000 - 2e-3, 0.5, 1_000_000)).isFalse();
    assertThat(ProjectIndex.atLeast(-500_000 - 0.5e-3, 0.5, -1_000_000)).isTrue();
    assertThat(ProjectIndex.atLeast(-500_000 - 2e-3, 0.5, -1_000_000)).isFalse();
  }

  @Test
  void aQuorumIsMoreThanHalfOfThoseEligibleAndTwoWhereTwoOrMoreAre() {
    assertThat(new ProjectIndex.Quorum(0, 0).met()).isFalse();
    assertThat(new ProjectIndex.Quorum(1, 0).met()).isFalse();
    assertThat(new ProjectIndex.Quorum(1, 1).met()).isTrue();
    assertThat(new ProjectIndex.Quorum(2, 1).met()).isFalse();
    assertThat(new ProjectIndex.Quorum(2, 2).met()).isTrue();
    assertThat(new ProjectIndex.Quorum(3, 1).met()).isFalse();
    assertThat(new ProjectIndex.Quorum(3, 2).met()).isTrue();
    assertThat(new ProjectIndex.Quorum(4, 2).met()).isFalse();
    assertThat(new ProjectIndex.Quorum(4, 3).met()).isTrue();
    assertThat(new ProjectIndex.Quorum(5, 3).met()).isTrue();
  }

  @Test
  void anAgreedBreakCoversItsFirstAndLastDayAndNoOther() {
    Project p =
        project()
            .addParticipant(
                le("ana")
                    .addBreak(
                        Break.of(day(20), day(25)),
                        Break.builder().from(day(40)).until(day(45)).agreed(false).build(),
                        Break.starting(day(100)))
                    .left(day(120))
                    .build(),
                le("cat").addBreak(Break.starting(day(0))).build(),
                pro("ben").build())
            .addContribution(contribution("ana", 1).build(), contribution("ben", 1).build())
            .build();
    ProjectIndex index = ProjectIndex.of(p.asOf(day(400)));
    assertThat(index.onAgreedBreakAnyOf(ANA, days(19))).isFalse();
    assertThat(index.onAgreedBreakAnyOf(ANA, days(20))).isTrue();
    assertThat(index.onAgreedBreakAnyOf(ANA, days(25))).isTrue();
    assertThat(index.onAgreedBreakAnyOf(ANA, days(26))).isFalse();
    assertThat(index.onAgreedBreakAnyOf(ANA, days(19, 26))).isFalse();
    assertThat(index.onAgreedBreakAnyOf(ANA, days(10, 22, 30))).isTrue();
    assertThat(index.onAgreedBreakAnyOf(ANA, days())).isFalse();
    assertThat(index.onAgreedBreakAnyOf(ANA, days(42))).as("a break not agreed").isFalse();
    // an open break ends where the person left
    assertThat(index.onAgreedBreakAnyOf(ANA, days(120))).isTrue();
    assertThat(index.onAgreedBreakAnyOf(ANA, days(121))).isFalse();
    // and otherwise after OPEN_BREAK_DAYS days, its first included
    int lastOpen = ProjectIndex.OPEN_BREAK_DAYS - 1;
    assertThat(index.onAgreedBreakAnyOf(ParticipantId.of("cat"), days(lastOpen))).isTrue();
    assertThat(index.onAgreedBreakAnyOf(ParticipantId.of("cat"), days(lastOpen + 1))).isFalse();
    assertThat(index.onAgreedBreakAnyOf(ParticipantId.of("nobody"), days(20))).isFalse();

    assertThat(index.onAgreedBreak(ANA, day(20))).isTrue();
    assertThat(index.onAgreedBreak(ANA, day(26))).isFalse();
    assertThat(index.onAgreedBreak(ANA, day(42))).isFalse();
    assertThat(index.onAgreedBreak(ANA, day(26), day(39))).isFalse();
    assertThat(index.onAgreedBreak(ANA, day(26), day(100))).isTrue();
    assertThat(index.onAgreedBreak(ANA, day(10), day(20))).isTrue();
    assertThat(index.onAgreedBreak(ANA, day(121), day(130))).isFalse();
    assertThat(index.onAgreedBreak(ParticipantId.of("nobody"), day(20))).isFalse();
  }

  @Test
  void thePhasesAreThoseInWhichAnyoneAndEachSideContributed() {
    ProjectIndex index = guide(2, 8);
    assertThat(index.phases()).isEqualTo(EnumSet.of(Phase.SCOPING, Phase.DESIGN));
    assertThat(index.phases(Side.LIVED_EXPERIENCE)).isEqualTo(EnumSet.of(Phase.DESIGN));
    assertThat(index.phases(Side.PROFESSIONAL)).isEqualTo(EnumSet.of(Phase.SCOPING));
    assertThat(index.phases(ANA)).isEqualTo(EnumSet.of(Phase.DESIGN));
    assertThat(index.phases(ParticipantId.of("nobody"))).isEmpty();
  }
}
