package org.coprod.core;

import java.util.Objects;

/**
 * The id of an impact (a change that came from what people said): non-blank text, unique across the
 * whole project.
 *
 * @param value the id as written; never blank
 */
public record ImpactId(String value) implements Id, Comparable<ImpactId> {
  /** Refuses a null or blank id: that is a programming error, not bad input. */
  public ImpactId {
    Objects.requireNonNull(value, "value is null");
    if (value.isBlank()) {
      throw new IllegalArgumentException("an id must not be blank");
    }
  }

  /** The id with this value. */
  public static ImpactId of(String value) {
    return new ImpactId(value);
  }

  @Override
  public int compareTo(ImpactId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
