package org.coprod.core;

/** What kind of work a project is, and so whether it is good to coproduce. */
public enum Nature {
  /** A service people want done for them, like taking the bins away. */
  TRANSACTIONAL,
  /** Work that needs a specialist, like heart surgery. */
  SPECIALIST,
  /**
   * Work that the experience of using the service should shape, like the information and aftercare
   * around surgery.
   */
  EXPERIENCE_SHAPED
}
