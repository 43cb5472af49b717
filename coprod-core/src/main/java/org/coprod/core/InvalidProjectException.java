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

  /**
   * The exception every coprod builder throws when a required field was never set, as in {@code
   * Contribution.builder().hours(2).build()}: one {@link Problem.Kind#MISSING} problem a field, at
   * the path {@code Type.field}, and a message naming the type and the fields. Its argument is the
   * builder's own account ({@code Cannot build Contribution, some of required attributes are not
   * set [participant, date]}), which names types and fields only, never a value.
   *
   * @param unset the builder's account of the fields it lacks
   */
  public InvalidProjectException(String unset) {
    this(Unset.parse(Objects.requireNonNull(unset, "unset is null")));
  }

  private InvalidProjectException(Unset unset) {
    super(unset.message());
    this.problems = unset.problems();
  }

  /** A builder's unset fields, read from the account its generated code gives. */
  private record Unset(String type, Seq<String> fields, String account) {
    private static final java.util.regex.Pattern ACCOUNT =
        java.util.regex.Pattern.compile("Cannot build (\\w+), .*\\[(.*)\\]");

    static Unset parse(String account) {
      java.util.regex.Matcher m = ACCOUNT.matcher(account);
      if (!m.matches()) {
        return new Unset("", io.vavr.collection.List.empty(), account);
      }
      return new Unset(
          m.group(1),
          io.vavr.collection.List.of(m.group(2).split(",", -1))
              .map(String::trim)
              .filter(f -> !f.isEmpty()),
          account);
    }

    String message() {
      return type.isEmpty()
          ? account
          : "cannot build a "
              + type
              + ": "
              + fields.mkString(", ")
              + (fields.size() == 1 ? " is" : " are")
              + " required and not set";
    }

    Seq<Problem> problems() {
      if (type.isEmpty()) {
        return io.vavr.collection.List.of(Problem.of(Problem.Kind.MISSING, "", account));
      }
      return fields.map(
          f -> Problem.of(Problem.Kind.MISSING, type + "." + f, "required and not set"));
    }
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
