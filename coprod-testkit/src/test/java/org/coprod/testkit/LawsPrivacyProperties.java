package org.coprod.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.coprod.core.Project;
import org.coprod.rules.Law;
import org.coprod.rules.Rulebook;

/** What the laws report names people by id only: never a name. */
class LawsPrivacyProperties {
  private static final java.util.List<Object[]> FAULTY =
      java.util.List.of(
          new Object[] {new FaultyRules.ReadsIds(), Law.RELABELLING},
          new Object[] {new FaultyRules.OneSideOnly(), Law.SIDE_SYMMETRY},
          new Object[] {new FaultyRules.FlagsCreditToLivedExperience(), Law.CREDIT_MONOTONICITY},
          new Object[] {new FaultyRules.HashOrdered(), Law.DETERMINISM});

  @Property(tries = 100)
  void lawResultsNameNobody(@ForAll Project project, @ForAll long choice) {
    StringBuilder all = new StringBuilder();
    for (Object[] f : FAULTY) {
      all.append(Laws.check((org.coprod.rules.Rule) f[0], (Law) f[1], project, choice).describe())
          .append('\n');
    }
    all.append(Laws.check(Rulebook.standard(), Law.RELABELLING, project, choice).describe());
    String text = all.toString();
    project
        .participants()
        .forEach(p -> p.name().forEach(name -> assertThat(text).doesNotContain(name)));
  }
}
