package org.coprod.core;

import java.util.Objects;

/**
 * The id of a response (the group's answer to a finding): non-blank text, unique across the whole
 * project.
 *
 * @param value the id as written; never blank
 */
public record ResponseId(String value) implements Id, Comparable<ResponseId> {
  /** Refuses a null or blank id: that is a programming error, not bad input. */
  public ResponseId {
    Objects.requireNonNull(value, "value is null");
    if (value.isBlank()) {
      throw new IllegalArgumentException("an id must not be blank");
    }
  }

  /** The id with this value. */
  public static ResponseId of(String value) {
    return new ResponseId(value);
  }

  @Override
  public int compareTo(ResponseId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
