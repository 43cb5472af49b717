package org.coprod.examples.property;

import org.coprod.rules.Rule;
import org.coprod.testkit.RuleLawsContract;

/**
 * Holds {@code acme/peer-hours-paid} to every law it declares (relabelling, hour and money scaling,
 * time, determinism, totality) on projects the testkit generates, at jqwik's default 1000 tries:
 * the contract's one property does all of it.
 */
class PeerHoursPaidLawsProperties extends RuleLawsContract {

  @Override
  protected Rule rule() {
    return new PeerHoursPaid();
  }
}
