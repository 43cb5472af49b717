package org.coprod.testkit;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;
import org.coprod.rules.Law;

/**
 * Whether one rule obeyed one law on one project: the change the law made, and what broke, in plain
 * words naming rules, finding kinds and ids only (never a person's name or other personal data). A
 * result a test can assert on with {@link #assertHolds()}.
 */
public final class LawResult {
  private final String rule;
  private final Law law;
  private final String change;
  private final Seq<String> problems;
  private final boolean vacuous;
  private final Option<String> counterexample;

  private LawResult(String rule, Law law, String change, Seq<String> problems, boolean vacuous) {
    this(rule, law, change, problems, vacuous, Option.none());
  }

  private LawResult(
      String rule,
      Law law,
      String change,
      Seq<String> problems,
      boolean vacuous,
      Option<String> counterexample) {
    this.rule = Objects.requireNonNull(rule, "rule is null");
    this.law = Objects.requireNonNull(law, "law is null");
    this.change = Objects.requireNonNull(change, "change is null");
    this.problems = Objects.requireNonNull(problems, "problems is null");
    this.vacuous = vacuous;
    this.counterexample = Objects.requireNonNull(counterexample, "counterexample is null");
  }

  /**
   * For a law that broke: the project it broke on as a project file (YAML, led by {@code coprod:
   * 1}, which {@code coprod check} reads), the change the law made, the rule's findings before it
   * and what changed in them after it. Projects the testkit generates are synthetic, so printing
   * one shows no one's data. Empty when the law holds, or when the result was made without its
   * project.
   */
  public Option<String> counterexample() {
    return counterexample;
  }

  /** This result with its counterexample (see {@link #counterexample()}). */
  LawResult withCounterexample(String text) {
    return new LawResult(rule, law, change, problems, vacuous, Option.some(text));
  }

  /**
   * A result.
   *
   * @param rule the id of the rule checked
   * @param law the law
   * @param change what the law did to the project, in plain words
   * @param problems what broke; empty when the law holds
   * @return the result
   */
  public static LawResult of(String rule, Law law, String change, Iterable<String> problems) {
    return new LawResult(rule, law, change, List.ofAll(problems), false);
  }

  /**
   * A result of a law that had nothing to try on the project (no one to credit, no decision to
   * join): it holds, vacuously.
   *
   * @param rule the id of the rule checked
   * @param law the law
   * @param why what the project lacked, in plain words
   * @return a result that holds
   */
  public static LawResult vacuous(String rule, Law law, String why) {
    return new LawResult(rule, law, why, List.empty(), true);
  }

  /** The id of the rule checked. */
  public String rule() {
    return rule;
  }

  /** The law checked. */
  public Law law() {
    return law;
  }

  /** What the law did to the project (the renaming, the factor, the dates), in plain words. */
  public String change() {
    return change;
  }

  /** What broke, one line each; empty when the law holds. */
  public Seq<String> problems() {
    return problems;
  }

  /** Whether the rule obeyed the law on the project. */
  public boolean holds() {
    return problems.isEmpty();
  }

  /** Whether the law had nothing to try on the project, so it holds without telling much. */
  public boolean isVacuous() {
    return vacuous;
  }

  /**
   * Does nothing when the law holds.
   *
   * @throws AssertionError naming the rule, the law, the change and what broke, if it does not
   */
  public void assertHolds() {
    if (!holds()) {
      throw new AssertionError(describe() + counterexample.map(c -> "\n\n" + c).getOrElse(""));
    }
  }

  /** The result in plain words: the rule, the law, the change and what broke. */
  public String describe() {
    if (holds()) {
      return "rule '"
          + rule
          + "' obeys "
          + law
          + (vacuous ? " (vacuously: " + change + ")" : " (" + change + ")");
    }
    return "rule '"
        + rule
        + "' breaks "
        + law
        + " ("
        + change
        + "):"
        + problems.map(p -> "\n  - " + p).mkString();
  }

  @Override
  public String toString() {
    return describe();
  }
}
