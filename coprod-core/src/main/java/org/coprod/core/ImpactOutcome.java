package org.coprod.core;

/** What became of something people said: "what we heard, what changed". */
public enum ImpactOutcome {
  /** It was taken up as it was said. */
  ADOPTED,
  /** It was taken up, changed. */
  ADAPTED,
  /** It was not taken up; an impact with this outcome gives its reason. */
  NOT_ADOPTED,
  /** Nothing has been decided about it yet. */
  PENDING
}
