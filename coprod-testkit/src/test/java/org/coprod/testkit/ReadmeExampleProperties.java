package org.coprod.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.coprod.core.Project;
import org.coprod.core.Side;
import org.coprod.rules.Argument;
import org.coprod.rules.Evidence;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Outcome;
import org.coprod.rules.Param;
import org.coprod.rules.Principle;
import org.coprod.rules.ProjectIndex;
import org.coprod.rules.Report;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Rulebook;
import org.coprod.rules.Severity;
import org.coprod.rules.Template;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The example the README quotes: a rule of one's own, held to its laws and tested on chosen
 * projects.
 */
class ReadmeExampleProperties extends RuleLawsContract {

  @Override
  protected Rule rule() {
    return new UnpaidLivedExperience();
  }

  /** Flags a project in which most hours given by people with lived experience went unpaid. */
  static final class UnpaidLivedExperience implements Rule {
    /**
     * Its kind of finding, a typed constant with its message template: {@code {le}} and {@code
     * {pro}} in the description and next step are the sides, written with the group's labels.
     */
    static final FindingKind MOSTLY_UNPAID =
        FindingKind.of(
            "mostly-unpaid",
            Severity.WARNING,
            "most hours given by {le} went unpaid",
            "Agree a rate and pay for the time, or record why people decline payment.",
            Template.of(
                "default",
                "{le} were paid for {paid} of their hours.",
                Param.side("le"),
                Param.share("paid")));

    private static final RuleMetadata METADATA =
        RuleMetadata.builder()
            .id("acme/unpaid-lived-experience")
            .title("Unpaid lived experience")
            .principle(Principle.RESOURCES)
            .addKind(MOSTLY_UNPAID)
            .summary("over half the hours of lived experience unpaid")
            .rationale("\"Some people have control of resources and some people don't.\"")
            // A share of hours: renaming, scaling hours or money, and time change nothing.
            .addLaw(
                Law.RELABELLING,
                Law.HOUR_SCALING,
                Law.MONEY_SCALING,
                Law.TIME,
                Law.DETERMINISM,
                Law.TOTALITY)
            .build();

    @Override
    public RuleMetadata metadata() {
      return METADATA;
    }

    @Override
    public Outcome check(RuleContext context) {
      ProjectIndex index = context.index();
      double hours = index.hours(Side.LIVED_EXPERIENCE);
      if (hours == 0) {
        return context.notApplicable("no hours from people with lived experience");
      }
      double paid = index.paidHours(Side.LIVED_EXPERIENCE);
      if (ProjectIndex.atLeast(paid, 0.5, hours)) {
        return context.passed();
      }
      return context.outcome(
          List.of(
              context
                  .finding(MOSTLY_UNPAID)
                  // Checked against the template when built: a misspelt name fails at once.
                  .addArgument(
                      Argument.side("le", Side.LIVED_EXPERIENCE),
                      Argument.share("paid", paid / hours))
                  .addSubject(context.project().id())
                  .addEvidence(Evidence.of("unpaidShare", (hours - paid) / hours))
                  .build()));
    }
  }

  @Provide
  Arbitrary<Project> unpaidWork() {
    return CoprodArbitraries.projects().unpaid().livedExperience(1, 4).contributions(10, 40);
  }

  @Property
  void flagsWorkInWhichNobodyWithLivedExperienceIsPaid(@ForAll("unpaidWork") Project project) {
    Assume.that(project.participantsOn(Side.LIVED_EXPERIENCE).forAll(p -> !p.declinesPayment()));
    Assume.that(
        project
            .contributions()
            .exists(c -> project.sideOf(c.participant()).contains(Side.LIVED_EXPERIENCE)));
    Report report = Rulebook.of("acme", List.of(new UnpaidLivedExperience())).check(project);
    assertThat(report.findings().map(f -> f.kind())).containsExactly("mostly-unpaid");
  }

  /** Projects for the plain JUnit run of the laws: generated ones, rebuilt from their seeds. */
  private static final List<Project> myProjects =
      List.rangeClosed(1, 5)
          .map(
              seed ->
                  org.coprod.core.synthetic.ProjectGenerator.generate(
                      org.coprod.core.synthetic.ProjectSpec.varied(seed)));

  @TestFactory
  Stream<DynamicTest> myRuleObeysItsLaws() {
    return RuleLaws.dynamicTests(new UnpaidLivedExperience(), myProjects);
  }
}
