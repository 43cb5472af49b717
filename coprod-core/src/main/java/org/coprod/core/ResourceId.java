package org.coprod.core;

import java.util.Objects;

/**
 * The id of a resource: non-blank text, unique across the whole project. Ids are how reports name
 * people and things, so pseudonymous ids are recommended for people.
 *
 * @param value the id as written; never blank
 */
public record ResourceId(String value) implements Id, Comparable<ResourceId> {
  /** Refuses a null or blank id: that is a programming error, not bad input. */
  public ResourceId {
    Objects.requireNonNull(value, "value is null");
    if (Id.isBlank(value)) {
      throw new IllegalArgumentException("an id must not be blank");
    }
  }

  /** The id with this value. */
  public static ResourceId of(String value) {
    return new ResourceId(value);
  }

  @Override
  public int compareTo(ResourceId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
