package org.coprod.core;

/** The phases of a project, in their order. */
public enum Phase {
  /** Deciding what the work is. */
  SCOPING,
  /** Designing it. */
  DESIGN,
  /** Delivering it. */
  DELIVERY,
  /** Evaluating it. */
  EVALUATION,
  /** Sharing it. */
  DISSEMINATION
}
