package org.coprod.core;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * What changed because of something people said, or did not and why: "what we heard, what changed".
 * An impact comes from contributions, meetings or people, may name the decision and the output it
 * changed, and records when the people it came from were told.
 */
@Value.Immutable
@CoprodStyle
abstract class ImpactDef {
  /** The impact's id, unique across the project. */
  public abstract ImpactId id();

  /** The day the outcome was known. */
  public abstract LocalDate date();

  /**
   * Where it came from: ids of contributions (a meeting's attendance included, as {@code
   * MEETING.PARTICIPANT}), of meetings, or of participants.
   */
  // Named as the file names it; the builder therefore has no copying from(Impact): use copyOf and
  // the with methods to change an impact.
  @SuppressWarnings("immutables:from")
  public abstract Seq<Id> from();

  /** What changed, or was asked to change, in a sentence. */
  public abstract String change();

  /** What became of it. */
  public abstract ImpactOutcome outcome();

  /** Why, where it says; required when it was {@link ImpactOutcome#NOT_ADOPTED}. */
  public abstract Option<String> reason();

  /** The decision that made the change, if one did. */
  public abstract Option<DecisionId> decision();

  /** The output it changed, if any. */
  public abstract Option<OutputId> output();

  /** The day the people it came from were told what became of it, if they were. */
  public abstract Option<LocalDate> toldOn();
}
