package org.coprod.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.vavr.collection.Seq;
import java.util.Objects;
import org.coprod.core.Problem;

/**
 * Thrown by {@link CoprodModule}'s readers when the JSON given for a project, report or finding is
 * not one: it holds every problem coprod-io's reader found, each with its path inside the value
 * (such as {@code contributions[3].participant}), and Jackson's location of the value in the input.
 * Like every coprod message, the problems name ids, never a person's name or needs.
 */
public final class ProblemsException extends JsonMappingException {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 10;

  private final transient Seq<Problem> problems;

  /**
   * An exception for these problems.
   *
   * @param parser the parser that read the value, for its location
   * @param what what the value should have been ("a project")
   * @param problems every problem found (at least one)
   */
  public ProblemsException(JsonParser parser, String what, Seq<Problem> problems) {
    super(parser, describe(what, Objects.requireNonNull(problems, "problems is null")));
    this.problems = problems;
  }

  /** Every problem found, in the order of the value's tree. */
  public Seq<Problem> problems() {
    return problems;
  }

  private static String describe(String what, Seq<Problem> problems) {
    String shown = problems.take(SHOWN).mkString("not " + what + ": ", "; ", "");
    return problems.size() > SHOWN ? shown + "; and " + (problems.size() - SHOWN) + " more" : shown;
  }
}
