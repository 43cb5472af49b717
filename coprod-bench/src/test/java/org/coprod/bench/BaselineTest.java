package org.coprod.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.coprod.core.Decision;
import org.coprod.core.DecisionRule;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.core.ProjectView;
import org.coprod.core.Side;
import org.coprod.core.synthetic.ProjectGenerator;
import org.coprod.core.synthetic.ProjectSpec;
import org.coprod.rules.Measures;
import org.coprod.rules.ProjectIndex;
import org.coprod.rules.SideMeasure;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The baseline is a yardstick only if it computes what the report computes. */
class BaselineTest {
  private static final double TOLERANCE = 1e-9;

  static Stream<Named<ProjectView>> views() {
    Project fair = ProjectGenerator.generate(ProjectSpec.builder().seed(1).build());
    Project big = ProjectGenerator.generate(Workload.spec(20_000));
    Project skewed =
        ProjectGenerator.generate(
            ProjectSpec.builder()
                .seed(2)
                .livedExperience(4)
                .professional(12)
                .contributions(600)
                .decisions(40)
                .outputs(5)
                .creditOnlyTo(Side.PROFESSIONAL)
                .moneyHeldBy(Side.PROFESSIONAL)
                .livedExperienceOutvoted(true)
                .directionPreset(true)
                .hoursSkew(3)
                .paidShare(0.2)
                .build());
    Project running =
        ProjectGenerator.generate(
            ProjectSpec.builder()
                .seed(3)
                .closed(false)
                .contributions(300)
                .moneyHeldBy(Side.LIVED_EXPERIENCE)
                .build());
    Project noOutputsNamed =
        fair.withContributions(fair.contributions().map(c -> c.withOutput(Option.none())));
    Project professionalsOnly =
        ProjectGenerator.generate(
            ProjectSpec.builder().seed(4).livedExperience(0).professional(5).build());
    Project nothingDone =
        ProjectGenerator.generate(
            ProjectSpec.builder().seed(5).contributions(0).decisions(0).outputs(0).build());
    return Stream.of(
        Named.of("a small fair project", fair.view()),
        Named.of("a fair project of 20,000 contributions", big.view()),
        Named.of("a project skewed towards professionals", skewed.view()),
        Named.of("a running project with money held by lived experience", running.view()),
        Named.of("a project whose contributions name no output", noOutputsNamed.view()),
        Named.of("a project of professionals only", professionalsOnly.view()),
        Named.of("a project with no contributions, decisions or outputs", nothingDone.view()),
        Named.of("a project with mixed boards, objections and overrides", mixedBoards(fair).view()),
        Named.of("a project halfway through", fair.asOf(fair.started().plusDays(120))),
        Named.of("a project on its first day", fair.asOf(fair.started())));
  }

  /**
   * The project with its key decisions remade so every branch of "had a say" is taken: boards of
   * two lived-experience people and three professionals (40%: a say under MAJORITY, whose bar is
   * 35%), one of two, the lead deciding, objections and outside overrides.
   */
  static Project mixedBoards(Project p) {
    List<Decision> remade = new ArrayList<>();
    int k = 0;
    for (Decision d : p.decisions()) {
      if (!d.key()) {
        remade.add(d);
        continue;
      }
      Seq<Participant> present =
          p.participants()
              .filter(
                  x ->
                      !x.joined().isAfter(d.date()) && x.left().forAll(l -> !l.isBefore(d.date())));
      Seq<ParticipantId> le =
          present.filter(x -> x.side() == Side.LIVED_EXPERIENCE).map(Participant::id);
      Seq<ParticipantId> pro =
          present.filter(x -> x.side() == Side.PROFESSIONAL).map(Participant::id);
      if (le.size() < 2 || pro.size() < 3) {
        remade.add(d);
        continue;
      }
      Decision.Builder b = Decision.builder().from(d).feedback(Option.none());
      switch (k++ % 5) {
        case 0:
          b.rule(DecisionRule.MAJORITY).decidedBy(le.take(2).appendAll(pro.take(3)));
          break;
        case 1:
          b.rule(DecisionRule.MAJORITY).decidedBy(le.take(1).appendAll(pro.take(3)));
          break;
        case 2:
          b.rule(DecisionRule.LEAD_DECIDES)
              .ledBy(le.head())
              .decidedBy(le.take(2).appendAll(pro.take(2)));
          break;
        case 3:
          b.rule(DecisionRule.CONSENSUS)
              .decidedBy(le.take(2).appendAll(pro.take(2)))
              .objectedBy(io.vavr.collection.List.of(le.get(1)));
          break;
        default:
          b.rule(DecisionRule.CONSENT)
              .decidedBy(le.take(2).appendAll(pro.take(2)))
              .overriddenBy("the board");
      }
      remade.add(b.build());
    }
    return p.withDecisions(io.vavr.collection.List.ofAll(remade));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("views")
  void computesTheSameHeadlineMeasuresAsTheReport(ProjectView view) {
    Measures expected = Measures.of(ProjectIndex.of(view));
    BaselineMeasures actual = Baseline.measure(BaselineData.of(view));

    assertSame("hoursShareBySide", actual.hoursShareBySide(), expected.hoursShareBySide());
    assertSame("moneyShareBySide", actual.moneyShareBySide(), expected.moneyShareBySide());
    assertSame(
        "keyDecisionSayBySide", actual.keyDecisionSayBySide(), expected.keyDecisionSayBySide());
    assertSame("paidHourShareBySide", actual.paidHourShareBySide(), expected.paidHourShareBySide());
    assertSame("creditRateBySide", actual.creditRateBySide(), expected.creditRateBySide());
    assertOption("giniHours", actual.giniHours(), expected.giniHours());
    assertOption("giniCredit", actual.giniCredit(), expected.giniCredit());
  }

  @Test
  void theGeneratedProjectsExerciseEveryMeasure() {
    // a yardstick that agrees only on absent values proves nothing
    Measures big =
        Measures.of(ProjectIndex.of(ProjectGenerator.generate(Workload.spec(20_000)).view()));
    for (Side s : Side.values()) {
      assertThat(big.hoursShareBySide().of(s)).isNotEmpty();
      assertThat(big.moneyShareBySide().of(s)).isNotEmpty();
      assertThat(big.keyDecisionSayBySide().of(s)).isNotEmpty();
      assertThat(big.paidHourShareBySide().of(s)).isNotEmpty();
      assertThat(big.creditRateBySide().of(s)).isNotEmpty();
    }
    assertThat(big.giniHours()).isNotEmpty();
    assertThat(big.giniCredit()).isNotEmpty();
  }

  @Test
  void theGiniOfTheBaselineIsTheGiniOfTheMeasures() {
    double[][] cases = {{1, 2, 3, 4}, {0, 0, 0, 10}, {5, 5}, {0, 0}, {7}, {}, {0.1, 1e6, 3, 3, 3}};
    for (double[] x : cases) {
      assertOption("gini", Baseline.gini(x), org.coprod.core.measure.Inequality.gini(x));
    }
  }

  private static void assertSame(String name, SideMeasure actual, SideMeasure expected) {
    for (Side s : Side.values()) {
      assertOption(name + " of " + s, actual.of(s), expected.of(s));
    }
  }

  private static void assertOption(String name, Option<Double> actual, Option<Double> expected) {
    assertThat(actual.isDefined()).as(name + " is defined").isEqualTo(expected.isDefined());
    if (expected.isDefined()) {
      assertThat(actual.get()).as(name).isCloseTo(expected.get(), within(TOLERANCE));
    }
  }
}
