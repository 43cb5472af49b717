package org.coprod.testkit;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;
import org.coprod.rules.Law;

/**
 * The results of several laws, or several rules, on one project: whether all held, which did not,
 * and one assertion for a test.
 */
public final class LawReport {
  private final Seq<LawResult> results;

  private LawReport(Seq<LawResult> results) {
    this.results = results;
  }

  /** A report of these results, in the order given. */
  public static LawReport of(Iterable<LawResult> results) {
    return new LawReport(List.ofAll(Objects.requireNonNull(results, "results is null")));
  }

  /** Every result, in the order of the rules and then of the laws. */
  public Seq<LawResult> results() {
    return results;
  }

  /** The results that did not hold. */
  public Seq<LawResult> failures() {
    return results.filter(r -> !r.holds());
  }

  /** Whether every law held for every rule. */
  public boolean holds() {
    return results.forAll(LawResult::holds);
  }

  /** The result of one rule and law, if the report has it. */
  public Option<LawResult> result(String rule, Law law) {
    return results.find(r -> r.rule().equals(rule) && r.law() == law);
  }

  /**
   * Does nothing when every law held.
   *
   * @throws AssertionError listing every rule and law that broke, with the change and what broke,
   *     and the first counterexample as a project file
   */
  public void assertHolds() {
    if (!holds()) {
      throw new AssertionError(
          describe()
              + failures()
                  .flatMap(LawResult::counterexample)
                  .headOption()
                  .map(c -> "\n\n" + c)
                  .getOrElse(""));
    }
  }

  /** The failures in plain words, or a line saying how many laws held. */
  public String describe() {
    Seq<LawResult> failed = failures();
    if (failed.isEmpty()) {
      return results.size() + " law checks held";
    }
    return failed.size()
        + " of "
        + results.size()
        + " law checks broke:\n"
        + failed.map(LawResult::describe).mkString("\n");
  }

  @Override
  public String toString() {
    return describe();
  }
}
