package org.coprod.core;

/** What a decision is about. */
public enum DecisionType {
  /** What the work covers. */
  SCOPE,
  /** The money. */
  BUDGET,
  /** The design. */
  DESIGN,
  /** The delivery. */
  DELIVERY,
  /** The evaluation. */
  EVALUATION,
  /** Credit and ownership. */
  CREDIT,
  /** Anything else. */
  OTHER
}
