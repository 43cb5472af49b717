package org.coprod.core;

import java.util.Objects;

/**
 * The id of a meeting: non-blank text, unique across the whole project. Meeting ids join the
 * project-wide ids, and each attendance becomes a contribution with the id {@code
 * MEETING.PARTICIPANT}.
 *
 * @param value the id as written; never blank
 */
public record MeetingId(String value) implements Id, Comparable<MeetingId> {
  /** Refuses a null or blank id: that is a programming error, not bad input. */
  public MeetingId {
    Objects.requireNonNull(value, "value is null");
    if (value.isBlank()) {
      throw new IllegalArgumentException("an id must not be blank");
    }
  }

  /** The id with this value. */
  public static MeetingId of(String value) {
    return new MeetingId(value);
  }

  @Override
  public int compareTo(MeetingId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
