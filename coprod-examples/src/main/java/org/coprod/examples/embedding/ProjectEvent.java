package org.coprod.examples.embedding;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import org.coprod.core.Project;

/**
 * Something that happened to a project: someone joined, an agreement was made, a contribution was
 * logged, the project closed. Applied to the project as it stands, it gives the parts of the next
 * project as a builder; {@link LiveProject} validates them, so an event that would break the
 * project (a contribution by someone who has not joined) is refused with its problems instead of
 * throwing.
 *
 * @param date the day it happened
 * @param what what happened, in a few words, naming people by id only
 * @param change the parts of the next project, given the current one (which is never changed: it is
 *     immutable)
 */
public record ProjectEvent(LocalDate date, String what, Function<Project, Project.Builder> change) {
  /** Checks that nothing is null. */
  public ProjectEvent {
    Objects.requireNonNull(date, "date is null");
    Objects.requireNonNull(what, "what is null");
    Objects.requireNonNull(change, "change is null");
  }

  /** An event. */
  public static ProjectEvent on(
      LocalDate date, String what, Function<Project, Project.Builder> change) {
    return new ProjectEvent(date, what, change);
  }
}
