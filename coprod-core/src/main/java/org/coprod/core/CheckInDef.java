package org.coprod.core;

import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One round of the group's check-in, for one side: how many answered, and a {@link Tally} of the
 * answers 1 to 5 to each question ("I was heard", "I had influence", "I felt supported"). Anonymous
 * by design: no participant id and no answer on its own, since one answer tied to a date and a side
 * can identify the only professional in the room.
 */
@Value.Immutable
@CoprodStyle
abstract class CheckInDef {
  /** The day of the round. */
  public abstract LocalDate round();

  /** The side whose answers these are. */
  public abstract Side side();

  /** How many people of that side answered the round. */
  public abstract int respondents();

  /** The answers to "I was heard", if asked. */
  public abstract Option<Tally> heard();

  /** The answers to "I had influence on what we did", if asked. */
  public abstract Option<Tally> influence();

  /** The answers to "I felt supported", if asked. */
  public abstract Option<Tally> supported();
}
