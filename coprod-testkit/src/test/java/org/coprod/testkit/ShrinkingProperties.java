package org.coprod.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.coprod.core.Output;
import org.coprod.core.Participant;
import org.coprod.core.Project;
import org.coprod.core.Side;

/**
 * A deliberately false property about projects is falsified, and jqwik shrinks its counterexample
 * to a project of at most five people ({@link ExpectFalsifiedAndSmall}).
 */
class ShrinkingProperties {

  @Property
  @AddLifecycleHook(ExpectFalsifiedAndSmall.class)
  void everyLivedExperienceContributorIsCreditedSomewhereIsFalseAndShrinksToAFewPeople(
      @ForAll Project project) {
    for (Participant p : project.participantsOn(Side.LIVED_EXPERIENCE)) {
      if (!project.contributionsOf(p.id()).isEmpty()) {
        assertThat(project.outputs().exists(o -> o.credits(p.id())))
            .as("someone is credited")
            .isTrue();
      }
    }
  }

  @Property
  @AddLifecycleHook(ExpectFalsifiedAndSmall.class)
  void noOutputIsCreditedToOneSideAloneIsFalseAndShrinksToAFewPeople(@ForAll Project project) {
    for (Output o : project.outputs()) {
      assertThat(o.credited().map(id -> project.sideOf(id).get()).distinct().size())
          .isNotEqualTo(1);
    }
  }
}
