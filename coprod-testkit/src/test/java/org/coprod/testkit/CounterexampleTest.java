package org.coprod.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.StringReader;
import java.util.stream.Stream;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.core.synthetic.ProjectGenerator;
import org.coprod.core.synthetic.ProjectSpec;
import org.coprod.io.Format;
import org.coprod.io.ProjectFiles;
import org.coprod.rules.Law;
import org.coprod.rules.standard.StandardRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A rule that breaks a law is caught with a counterexample that reproduces it: the project as a
 * file {@code coprod check} reads, which read back shows the same law breaking again.
 */
class CounterexampleTest {
  private static final FaultyRules.ReadsIds FAULTY = new FaultyRules.ReadsIds();

  private static Seq<Project> projects() {
    return List.rangeClosed(1, 30).map(seed -> ProjectGenerator.generate(ProjectSpec.varied(seed)));
  }

  /** The first broken result of the faulty rule's law, with the project and choice it broke on. */
  private record Broken(LawResult result, Project project, long choice) {}

  private static Broken firstBroken() {
    for (Project p : projects()) {
      for (long choice = 0; choice < 20; choice++) {
        LawResult r = RuleLaws.of(FAULTY).check(Law.RELABELLING, p, choice);
        if (!r.holds()) {
          return new Broken(r, p, choice);
        }
      }
    }
    throw new AssertionError("the faulty rule never broke its law");
  }

  @Test
  void aBrokenLawsCounterexampleIsAProjectFileThatShowsTheLawBreakingAgain() {
    Broken broken = firstBroken();
    String text = broken.result().counterexample().get();
    assertThat(text)
        .contains("rule 'faulty/reads-ids' breaks RELABELLING")
        .contains("The change: ")
        .contains("Findings of 'faulty/reads-ids' before it (1):")
        .contains("After it:");
    String file = RuleLaws.counterexampleFile(text);
    assertThat(file).startsWith("coprod: 1\n");
    Validation<Seq<Problem>, Project> read =
        ProjectFiles.read(new StringReader(file), Format.YAML, "counterexample.yaml");
    assertThat(read.isValid()).as("%s", read).isTrue();
    assertThat(read.get()).isEqualTo(broken.project());
    LawResult again = RuleLaws.of(FAULTY).check(Law.RELABELLING, read.get(), broken.choice());
    assertThat(again.holds()).isFalse();
    assertThat(again.problems()).isEqualTo(broken.result().problems());
  }

  @Test
  void assertHoldsPrintsTheCounterexample() {
    Broken broken = firstBroken();
    assertThatThrownBy(() -> broken.result().assertHolds())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("breaks RELABELLING")
        .hasMessageContaining(Counterexample.FILE_START)
        .hasMessageContaining("coprod: 1");
  }

  @Test
  void aLawThatHoldsHasNoCounterexample() {
    LawResult held = RuleLaws.of(StandardRules.all().head()).check(Law.TOTALITY, projects().head());
    assertThat(held.holds()).isTrue();
    assertThat(held.counterexample().isEmpty()).isTrue();
  }

  @TestFactory
  Stream<DynamicTest> theStandardRulesObeyTheirLawsAsPlainJUnitTests() {
    return StandardRules.all()
        .take(3)
        .toJavaStream()
        .flatMap(rule -> RuleLaws.dynamicTests(rule, projects().take(2)));
  }

  @Test
  void dynamicTestsGiveOneTestADeclaredLawAndProjectAndFailWithTheCounterexample() {
    Project p = firstBroken().project();
    java.util.List<DynamicTest> tests = RuleLaws.dynamicTests(FAULTY, List.of(p)).toList();
    assertThat(tests).hasSize(RuleLaws.of(FAULTY).declared().size());
    assertThat(tests.get(0).getDisplayName())
        .isEqualTo("RELABELLING on project 1 (" + p.id() + ")");
    // The first choice need not break it on this project; the law's own test decides.
    LawResult first = RuleLaws.of(FAULTY).check(Law.RELABELLING, p);
    if (!first.holds()) {
      assertThatThrownBy(() -> tests.get(0).getExecutable().execute())
          .hasMessageContaining(Counterexample.FILE_START);
    }
  }
}
