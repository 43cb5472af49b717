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
