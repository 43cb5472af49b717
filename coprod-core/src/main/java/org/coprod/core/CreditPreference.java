package org.coprod.core;

/** How a person wishes to be credited. */
public enum CreditPreference {
  /** By name (the default). */
  NAMED,
  /** Under a pseudonym. */
  PSEUDONYM,
  /** Not named at all: credited as part of the group. */
  ANONYMOUS
}
