package org.coprod.core;

/** What a contribution gave to the work. */
public enum ContributionKind {
  /** An idea. */
  IDEA,
  /** Shaping the work with what living it taught. */
  EXPERIENTIAL_KNOWLEDGE,
  /** How services and methods really work. */
  PROFESSIONAL_KNOWLEDGE,
  /** Work done. */
  LABOUR,
  /** Running sessions. */
  FACILITATION,
  /** Writing. */
  WRITING,
  /** Reviewing. */
  REVIEW,
  /** Feedback on something others made. */
  FEEDBACK,
  /** Recounting one's own story as material. */
  STORY
}
