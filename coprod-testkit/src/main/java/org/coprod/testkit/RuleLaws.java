package org.coprod.testkit;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;
import org.coprod.core.Project;
import org.coprod.rules.Law;
import org.coprod.rules.Rule;
import org.coprod.rules.Rulebook;

/**
 * The laws of one rule, ready to check on any project: the laws it declares in its metadata, or any
 * law asked for. Point it at your own rule from a jqwik property:
 *
 * <pre>{@code
 * @Property
 * void myRuleObeysTheLawsItDeclares(@ForAll Project project, @ForAll long choice) {
 *   RuleLaws.of(new MyRule()).check(project, choice).assertHolds();
 * }
 * }</pre>
 *
 * <p>The rule runs alone, as a rulebook runs it (so a rule that throws ends in ERROR, which the
 * laws report). A rule that looks at the other rules' findings ({@link Rule.OnFindings}) runs with
 * the rules of the standard rulebook, or of the rulebook given to {@link #within}.
 */
public final class RuleLaws {
  private final Rule rule;
  private final Rulebook context;

  private RuleLaws(Rule rule, Rulebook context) {
    this.rule = rule;
    this.context = context;
  }

  /** The laws of a rule, run alone (or with the standard rules, if it looks at their findings). */
  public static RuleLaws of(Rule rule) {
    return new RuleLaws(Objects.requireNonNull(rule, "rule is null"), Rulebook.standard());
  }

  /**
   * The same laws, with the rule run among the rules of a rulebook (whose findings a {@link
   * Rule.OnFindings} rule sees) under that rulebook's policy.
   */
  public RuleLaws within(Rulebook rulebook) {
    return new RuleLaws(rule, Objects.requireNonNull(rulebook, "rulebook is null"));
  }

  /** The rule. */
  public Rule rule() {
    return rule;
  }

  /** The laws the rule declares it obeys, in the order of {@link Law}. */
  public Seq<Law> declared() {
    return List.of(Law.values()).filter(rule.metadata()::obeys);
  }

  private LawCheck checker() {
    return LawCheck.of(book(), List.of(rule));
  }

  /**
   * Checks one law on a project, declared or not, with the first of its choices (the renaming, the
   * factor, the dates and the changes it tries).
   */
  public LawResult check(Law law, Project project) {
    return check(law, project, 0L);
  }

  /**
   * Checks one law on a project, declared or not.
   *
   * @param law the law
   * @param project a valid project; not null
   * @param choice picks the renaming, the factor of a scaling, the dates of the time law and, where
   *     there are many, the changes a monotonicity law tries; draw it from jqwik
   * @return the result; never null
   */
  public LawResult check(Law law, Project project, long choice) {
    Objects.requireNonNull(law, "law is null");
    Objects.requireNonNull(project, "project is null");
    return explained(checker().check(law, project, choice).head(), project);
  }

  /** A broken law's result with its counterexample, which {@link LawResult#assertHolds} prints. */
  private LawResult explained(LawResult result, Project project) {
    return result.holds()
        ? result
        : result.withCounterexample(Counterexample.of(result, project, book()));
  }

  private Rulebook book() {
    // The rule given replaces any rule of the rulebook with its id.
    return context.without(rule.id()).plus(rule);
  }

  /**
   * The project file inside a broken law's {@linkplain LawResult#counterexample() counterexample},
   * as {@code coprod check} and {@link org.coprod.io.ProjectFiles} read it.
   *
   * @throws IllegalArgumentException if the text holds none
   */
  public static String counterexampleFile(String counterexample) {
    return Counterexample.file(Objects.requireNonNull(counterexample, "counterexample is null"));
  }

  /**
   * The laws a rule declares, as JUnit dynamic tests, one a law and project, for tests written
   * without jqwik:
   *
   * <pre>{@code
   * @TestFactory
   * Stream<DynamicTest> myRuleObeysItsLaws() {
   *   return RuleLaws.dynamicTests(new MyRule(), myProjects);
   * }
   * }</pre>
   *
   * A test fails with the law's result and its counterexample: the project as a YAML file that
   * {@code coprod check} reads, the change, and the findings before and after.
   *
   * @param rule the rule
   * @param projects valid projects to check it on
   * @return a test a declared law and project, named by both
   */
  public static java.util.stream.Stream<org.junit.jupiter.api.DynamicTest> dynamicTests(
      Rule rule, Iterable<Project> projects) {
    RuleLaws laws = of(rule);
    Seq<Project> all = List.ofAll(projects);
    return all.zipWithIndex()
        .flatMap(
            p ->
                laws.declared()
                    .map(
                        law ->
                            org.junit.jupiter.api.DynamicTest.dynamicTest(
                                law + " on project " + (p._2 + 1) + " (" + p._1.id() + ")",
                                () -> laws.check(law, p._1).assertHolds())))
        .toJavaStream();
  }

  /** Checks every law the rule declares on a project, with the first of their choices. */
  public LawReport check(Project project) {
    return check(project, 0L);
  }

  /**
   * Checks every law the rule declares on a project.
   *
   * @param project a valid project; not null
   * @param choice as for {@link #check(Law, Project, long)}
   * @return a report with one result a declared law; never null
   */
  public LawReport check(Project project, long choice) {
    return check(declared(), project, choice);
  }

  /**
   * Checks some laws on a project, declared or not: to see which laws a rule could declare.
   *
   * @param laws the laws
   * @param project a valid project; not null
   * @param choice as for {@link #check(Law, Project, long)}
   * @return a report with one result a law; never null
   */
  public LawReport check(Iterable<Law> laws, Project project, long choice) {
    Objects.requireNonNull(project, "project is null");
    LawCheck checker = checker();
    return LawReport.of(
        List.ofAll(laws)
            .flatMap(law -> checker.check(law, project, choice))
            .map(r -> explained(r, project)));
  }

  @Override
  public String toString() {
    return "RuleLaws{" + rule.id() + ", declared=" + declared().mkString(", ") + "}";
  }
}
