package org.coprod.core;

/**
 * The steps of the ladder of co-production (TLAP), from least to most shared. The assessment never
 * infers COERCION or EDUCATING.
 */
public enum LadderStep {
  /** No people with lived experience. */
  NONE,
  /** Doing to. */
  COERCION,
  /** Doing to. */
  EDUCATING,
  /** Doing for: present, told. */
  INFORMING,
  /** Doing for: asked for feedback. */
  CONSULTATION,
  /** Doing for: contributing to the work. */
  ENGAGEMENT,
  /** Doing with: influence on the design. */
  CO_DESIGN,
  /** Doing with: sharing strategic decisions from design to delivery. */
  CO_PRODUCTION;

  /** Whether this step is strictly above {@code other}. */
  public boolean isAbove(LadderStep other) {
    return compareTo(other) > 0;
  }
}
