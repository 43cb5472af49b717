package org.coprod.core;

import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * Thrown when code builds a project that breaks an invariant: a programming error. Untrusted input
 * goes through {@link Project#validate(Project.Builder)} instead, which returns every problem as a
 * value. The message lists the problems by path; it never holds personal data.
 */
public final class InvalidProjectException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 10;

  private final transient Seq<Problem> problems;

  /** An exception for these problems (at least one). */
  public InvalidProjectException(Seq<Problem> problems) {
    super(describe(Objects.requireNonNull(problems, "problems is null")));
    this.problems = problems;
  }

  /** Every problem found, in the order of the project's tree. */
  public Seq<Problem> problems() {
    return problems;
  }

  private static String describe(Seq<Problem> problems) {
    String shown = problems.take(SHOWN).mkString("invalid project: ", "; ", "");
    return problems.size() > SHOWN ? shown + "; and " + (problems.size() - SHOWN) + " more" : shown;
  }
}
