package org.coprod.rules;

/**
 * A check of a project, with its metadata. A rule reads the view and the shared index in its {@link
 * RuleContext} and returns an {@link Outcome}; it never reads a file or the clock, costs no more
 * than O(n log n) in the size of the project, and raises at most one finding per subject.
 *
 * <p>Custom rules are found by {@link Rulebook#discover()} when declared as service providers of
 * this interface; their ids carry a prefix ({@code acme/my-rule}).
 */
public interface Rule {
  /** What the rule is: id, title, principle, kinds, rationale, parameters and laws. */
  RuleMetadata metadata();

  /**
   * Checks one view of a project.
   *
   * @param context the view, its date, the shared index and the rule's parameters
   * @return the outcome; never null. A rule that throws ends in {@link OutcomeStatus#ERROR} while
   *     the other rules still run.
   */
  Outcome check(RuleContext context);

  /**
   * Checks the view again after contributions or decisions were appended, from what the rule knew
   * at the check before, as a project kept as events arrive does ({@link LiveCheck}). It must give
   * the outcome {@link #check} gives on the same context, byte for byte: the same status, reason
   * and findings in the same order, every argument and number of evidence equal (the testkit's
   * {@link Law#INCREMENTALITY} checks it). By default it is that check.
   *
   * <p>It is called only when, of the parts the rule {@linkplain #reads() reads}, nothing changed
   * but contributions and decisions appended after the earlier ones (each earlier one the very
   * same, at its place) and perhaps the view's {@link Part#DAY}; otherwise the rule is checked from
   * nothing. People keep their places in the project's participants, and contributions theirs in
   * its list, so a rule may keep state by place: what it {@linkplain RuleContext#keep keeps} in one
   * check or recheck it finds again in {@link Recheck#kept} at the next, and nowhere else (kept
   * only by a kept check; a check or recheck that keeps nothing leaves nothing for the next). A
   * rule may change what it kept in place and keep it again: it is handed to no one else. What
   * depends on the day, or on anything the recheck cannot follow, it works out again, or it calls
   * {@code check}. A recheck that throws is followed by a check from nothing (a strict rulebook
   * rethrows instead).
   *
   * @param context the view, its date, the shared index and the rule's parameters, as for {@code
   *     check}
   * @param since the rule's outcome before, the index before, what changed and what was kept
   * @return the outcome; never null
   */
  default Outcome recheck(RuleContext context, Recheck since) {
    return check(context);
  }

  /**
   * The parts of a project this rule's outcome depends on, whether it reads them itself or through
   * the index (a side is read from the participants, hours from the contributions), and {@link
   * Part#DAY} if it depends on the view's date. A project kept as events arrive checks again only
   * the rules that read a part that changed, keeping the others' outcomes, so a rule that leaves
   * out a part it reads would keep an outcome out of date. Every part unless the rule says less: a
   * rule that does not declare is always checked again.
   */
  default java.util.Set<Part> reads() {
    return Part.all();
  }

  /** The rule's id. */
  default String id() {
    return metadata().id();
  }

  /**
   * A rule that looks at the other rules' findings (such as {@code claimed-level}, which reads
   * {@code drop-off}'s, and {@code stale-acknowledgement}): the rulebook runs such rules after all
   * the others, in its order, each with every finding raised before it in {@link
   * RuleContext#otherFindings()}; {@code stale-acknowledgement} runs last of all.
   */
  interface OnFindings extends Rule {}
}
