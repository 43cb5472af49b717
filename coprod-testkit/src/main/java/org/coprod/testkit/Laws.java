package org.coprod.testkit;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;
import org.coprod.core.Project;
import org.coprod.rules.Law;
import org.coprod.rules.Rule;
import org.coprod.rules.Rulebook;

/**
 * The fairness laws (the testkit README lists them) as checks a test can run on any rule and
 * project. Each law changes the project in a way that must not change a rule's findings (or changes
 * them in a stated way), runs the rule on both, and compares:
 *
 * <ul>
 *   <li>{@link Law#RELABELLING}: every id renamed by a shuffled bijection; the findings are equal
 *       up to the renaming (kind, severity, renamed subjects; messages, text evidence and reasons
 *       differ only by ids; numbers alike up to the last bits).
 *   <li>{@link Law#HOUR_SCALING}, {@link Law#MONEY_SCALING}: all hours (with available hours a
 *       week), or all money (amounts, pay, expenses, rates), multiplied or divided by a power of
 *       two; the outcome and the set of (kind, subjects) are unchanged.
 *   <li>{@link Law#SIDE_SYMMETRY}: every participant on the other side; the outcome and the
 *       findings (kind, severity, subjects) are unchanged, and evidence naming a side names the
 *       other.
 *   <li>{@link Law#CREDIT_MONOTONICITY}: a lived-experience contributor credited on an output they
 *       contributed to; no subject gets a finding it did not have, or a more serious one, except a
 *       finding against professionals (whose evidence names them the {@code overlookedSide}, as a
 *       {@code credit-parity} finding does).
 *   <li>{@link Law#SAY_MONOTONICITY}: a present lived-experience participant added, without
 *       objecting, to the deciders of a key decision taken by consensus; no subject gets a finding
 *       it did not have, or a more serious one.
 *   <li>{@link Law#TIME}: views before the start, at the start, between, at the close, at the last
 *       dated event and long after end in no ERROR; for a closed project, the view at the close
 *       equals the project cut at its close; and moving every date by decades of whole weeks
 *       changes no outcome or (kind, subjects), so no rule reads the clock.
 *   <li>{@link Law#DETERMINISM}: the same outcome run after run, on an equal project built anew,
 *       and on two other threads at once.
 *   <li>{@link Law#TOTALITY}: no ERROR (no exception) on the project.
 * </ul>
 *
 * <p>Checks of a rulebook run every change once for all its rules that declare the law.
 */
public final class Laws {
  private Laws() {}

  /** Checks one law for one rule on a project, with the first of its choices. */
  public static LawResult check(Rule rule, Law law, Project project) {
    return RuleLaws.of(rule).check(law, project);
  }

  /**
   * Checks one law for one rule on a project, declared or not.
   *
   * @param rule the rule
   * @param law the law
   * @param project a valid project
   * @param choice picks the renaming, the factor, the dates and the changes tried; see {@link
   *     RuleLaws#check(Law, Project, long)}
   * @return the result; never null
   */
  public static LawResult check(Rule rule, Law law, Project project, long choice) {
    return RuleLaws.of(rule).check(law, project, choice);
  }

  /**
   * Checks one law for every rule of a rulebook that declares it, running each change once for all
   * of them.
   *
   * @param rulebook the rulebook, with its policy
   * @param law the law
   * @param project a valid project
   * @param choice as for {@link RuleLaws#check(Law, Project, long)}
   * @return one result a rule that declares the law, in the rulebook's order; never null
   */
  public static LawReport check(Rulebook rulebook, Law law, Project project, long choice) {
    Objects.requireNonNull(rulebook, "rulebook is null");
    Objects.requireNonNull(law, "law is null");
    Objects.requireNonNull(project, "project is null");
    Seq<Rule> declaring =
        rulebook
            .rules()
            .filter(r -> r.metadata().obeys(law) && !rulebook.policy().disables(r.id()));
    return LawReport.of(LawCheck.of(rulebook, declaring).check(law, project, choice));
  }

  /**
   * Checks every law for every rule of a rulebook that declares it.
   *
   * @param rulebook the rulebook, with its policy
   * @param project a valid project
   * @param choice as for {@link RuleLaws#check(Law, Project, long)}
   * @return the results, law by law; never null
   */
  public static LawReport check(Rulebook rulebook, Project project, long choice) {
    return LawReport.of(
        List.of(Law.values()).flatMap(law -> check(rulebook, law, project, choice).results()));
  }
}
