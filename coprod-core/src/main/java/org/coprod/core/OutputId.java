package org.coprod.core;

import java.util.Objects;

/**
 * The id of an output: non-blank text, unique across the whole project. Ids are how reports name
 * people and things, so pseudonymous ids are recommended for people.
 *
 * @param value the id as written; never blank
 */
public record OutputId(String value) implements Id, Comparable<OutputId> {
  /** Refuses a null or blank id: that is a programming error, not bad input. */
  public OutputId {
    Objects.requireNonNull(value, "value is null");
    if (Id.isBlank(value)) {
      throw new IllegalArgumentException("an id must not be blank");
    }
  }

  /** The id with this value. */
  public static OutputId of(String value) {
    return new OutputId(value);
  }

  @Override
  public int compareTo(OutputId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
