package org.coprod.rules;

/**
 * The six principles every rule belongs to, in the order of the founding text's summary:
 * "Coproduction is about power, purpose, respect, responsibility, resources and knowing what will
 * happen next."
 */
public enum Principle {
  /** Who controls the money, the time, the decisions and the direction. */
  POWER("Power"),
  /** Why the group works together, and whether this is the thing to work on. */
  PURPOSE("Purpose"),
  /** The contract for how the group works together. */
  RESPECT("Respect"),
  /** Who carries which part of the work. */
  RESPONSIBILITY("Responsibility"),
  /** Personal resources, pay, expenses and support. */
  RESOURCES("Resources"),
  /** Who owns, is credited for and carries forward what was made. */
  WHAT_NEXT("Knowing what will happen next");

  private final String title;

  Principle(String title) {
    this.title = title;
  }

  /** The principle in the founding text's words. */
  public String title() {
    return title;
  }
}
