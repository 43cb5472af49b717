package org.coprod.core;

/** Where the group's response to a finding stands. */
public enum ResponseStatus {
  /** The action is still to be done. */
  OPEN,
  /** The action was done. */
  DONE,
  /** The group decided not to act; a response with this status gives its reason. */
  DECLINED
}
