package org.coprod.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionKind;
import org.coprod.core.Decision;
import org.coprod.core.Output;
import org.coprod.core.Participant;
import org.coprod.core.Project;
import org.coprod.core.Side;

/** The changes the laws make keep a project valid, do what they say, and undo. */
class ProjectChangesProperties {

  @Property(tries = 300)
  void scalingHoursUpAndDownGivesTheProjectBack(
      @ForAll Project project, @ForAll @IntRange(min = -3, max = 3) int exponent) {
    Project scaled = ProjectChanges.scaleHours(project, exponent);
    assertThat(scaled.contributions().map(c -> c.hours()).sum().doubleValue())
        .isEqualTo(
            Math.scalb(project.contributions().map(c -> c.hours()).sum().doubleValue(), exponent));
    assertThat(ProjectChanges.scaleHours(scaled, -exponent)).isEqualTo(project);
  }

  @Property(tries = 300)
  void scalingMoneyUpAndDownGivesTheProjectBack(
      @ForAll Project project, @ForAll @IntRange(min = -3, max = 3) int exponent) {
    Project scaled = ProjectChanges.scaleMoney(project, exponent);
    assertThat(ProjectChanges.scaleMoney(scaled, -exponent)).isEqualTo(project);
  }

  @Property(tries = 300)
  void swappingTheSidesTwiceGivesTheProjectBack(@ForAll Project project) {
    Project swapped = ProjectChanges.swapSides(project);
    assertThat(swapped.participantsOn(Side.LIVED_EXPERIENCE).map(Participant::id))
        .isEqualTo(project.participantsOn(Side.PROFESSIONAL).map(Participant::id));
    Project twice = ProjectChanges.swapSides(swapped);
    assertThat(twice.participants()).isEqualTo(project.participants());
    assertThat(twice.contributions()).isEqualTo(project.contributions());
    // a meeting with preparation hours lists everyone with the hours they gave, once swapped
    if (project.meetings().forAll(m -> m.prepHours() == 0)) {
      assertThat(twice).isEqualTo(project);
    }
  }

  @Property(tries = 300)
  void swappingTheSidesKeepsEveryContributionAsItWasButItsDefaultKind(@ForAll Project project) {
    Project swapped = ProjectChanges.swapSides(project);
    assertThat(swapped.contributions().map(c -> c.withKind(ContributionKind.LABOUR)))
        .isEqualTo(project.contributions().map(c -> c.withKind(ContributionKind.LABOUR)));
    assertThat(swapped.contributions().filter(Contribution::kindGiven))
        .isEqualTo(project.contributions().filter(Contribution::kindGiven));
  }

  @Property(tries = 300)
  void movingTheDatesThereAndBackGivesTheProjectBack(
      @ForAll Project project, @ForAll @IntRange(min = -20_000, max = 20_000) int days) {
    Project moved = ProjectChanges.shiftDates(project, days);
    assertThat(moved.lastDatedEvent()).isEqualTo(project.lastDatedEvent().plusDays(days));
    assertThat(ProjectChanges.shiftDates(moved, -days)).isEqualTo(project);
  }

  @Property(tries = 300)
  void aRelabellingRenamesEveryIdToADistinctNewOne(@ForAll Project project, @ForAll long seed) {
    Relabelling renaming = Relabelling.shuffled(project, seed);
    Project renamed = renaming.apply(project);
    io.vavr.collection.Seq<String> before = Relabelling.idsOf(project);
    io.vavr.collection.Seq<String> after = Relabelling.idsOf(renamed);
    assertThat(after).isEqualTo(before.map(renaming::rename));
    assertThat(HashSet.ofAll(after).size()).isEqualTo(before.size());
    assertThat(HashSet.ofAll(after).intersect(HashSet.ofAll(before))).isEmpty();
    java.util.Map<String, String> back = new java.util.HashMap<>();
    renaming.names().forEach((old, now) -> back.put(now, old));
    assertThat(Relabelling.of(back).apply(renamed)).isEqualTo(project);
  }

  @Property(tries = 300)
  void givingCreditCreditsThePersonOnTheOutput(@ForAll Project project) {
    for (Output o : project.outputs()) {
      for (Participant p : project.participants()) {
        Project credited = ProjectChanges.giveCredit(project, p.id(), o.id());
        assertThat(credited.output(o.id()).get().credits(p.id())).isTrue();
        assertThat(credited.outputs().size()).isEqualTo(project.outputs().size());
      }
    }
  }

  @Property(tries = 300)
  void addingADeciderMakesThePersonDecideWithoutObjecting(@ForAll Project project) {
    for (Decision d : project.decisions().take(3)) {
      for (Participant p : project.participants()) {
        Decision changed =
            ProjectChanges.addDecider(project, d.id(), p.id()).decision(d.id()).get();
        assertThat(changed.decidedBy()).contains(p.id());
        assertThat(changed.objectedBy()).isEqualTo(d.objectedBy());
      }
    }
  }

  @Property(tries = 300)
  void aProjectCutAtItsCloseHasNothingAfterIt(@ForAll Project project) {
    Project cut = ProjectChanges.cutAtClose(project);
    project.closed().forEach(close -> assertThat(cut.lastDatedEvent()).isEqualTo(close));
  }
}
