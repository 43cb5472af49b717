package org.coprod.core;

import java.util.Objects;

/**
 * The id of a contribution: non-blank text, unique across the whole project. Ids are how reports
 * name people and things, so pseudonymous ids are recommended for people.
 *
 * @param value the id as written; never blank
 */
public record ContributionId(String value) implements Id, Comparable<ContributionId> {
  /** Refuses a null or blank id: that is a programming error, not bad input. */
  public ContributionId {
    Objects.requireNonNull(value, "value is null");
    if (Id.isBlank(value)) {
      throw new IllegalArgumentException("an id must not be blank");
    }
  }

  /** The id with this value. */
  public static ContributionId of(String value) {
    return new ContributionId(value);
  }

  @Override
  public int compareTo(ContributionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
