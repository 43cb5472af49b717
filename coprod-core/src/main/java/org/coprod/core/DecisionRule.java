package org.coprod.core;

/** How a group decides. */
public enum DecisionRule {
  /** Everyone agrees. */
  CONSENSUS,
  /** Nobody objects. */
  CONSENT,
  /** Most of the deciders agree (the fallback when nothing else is set). */
  MAJORITY,
  /** The lead decides. */
  LEAD_DECIDES
}
