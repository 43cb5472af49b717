package org.coprod.rules.standard;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.coprod.rules.Rule;

/**
 * The built-in rules, in catalogue order (grouped by principle, as DESIGN.md lists them). {@link
 * org.coprod.rules.Rulebook#standard()} is exactly these.
 */
public final class StandardRules {
  private StandardRules() {}

  /** A new instance of every standard rule, in catalogue order. */
  public static Seq<Rule> all() {
    return List.of(
        // POWER
        new DecisionShare(),
        // POWER (more)
        // PURPOSE
        // RESPECT
        // RESPONSIBILITY
        // RESOURCES
        // WHAT_NEXT
        new CreditOneSided(),
        // WHAT_NEXT (more)
        new CreditParity(),
        new UncreditedContributor(),
        new OwnershipOneSided(),
        new CarryForwardOneSided(),
        new RewardsOneSided(),
        new ReciprocityGap(),
        new AfterPlanMissing(),
        // runs after every other rule
        new StaleAcknowledgement());
  }
}
