package org.coprod.core;

import java.util.Objects;

/**
 * The id of a participant: non-blank text, unique across the whole project. Ids are how reports
 * name people and things, so pseudonymous ids are recommended for people.
 *
 * @param value the id as written; never blank
 */
public record ParticipantId(String value) implements Id, Comparable<ParticipantId> {
  /** Refuses a null or blank id: that is a programming error, not bad input. */
  public ParticipantId {
    Objects.requireNonNull(value, "value is null");
    if (Id.isBlank(value)) {
      throw new IllegalArgumentException("an id must not be blank");
    }
  }

  /** The id with this value. */
  public static ParticipantId of(String value) {
    return new ParticipantId(value);
  }

  @Override
  public int compareTo(ParticipantId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
