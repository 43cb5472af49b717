package org.coprod.core;

/** Something a person gets back from an output. */
public enum RewardKind {
  /** A payment. */
  PAYMENT,
  /** A fee. */
  FEE,
  /** A prize: a reward of standing. */
  PRIZE,
  /** A promotion: a reward of standing. */
  PROMOTION,
  /** Training: a reward of standing. */
  TRAINING,
  /** A reference: a reward of standing. */
  REFERENCE,
  /** An invitation to speak: a reward of standing. */
  SPEAKING;

  /** Whether this is a reward of standing: a prize, promotion, training, reference or speaking. */
  public boolean isOfStanding() {
    return this != PAYMENT && this != FEE;
  }
}
