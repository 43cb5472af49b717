package org.coprod.core;

import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A time a person stepped back from the project and, perhaps, came back: in a crisis or for any
 * reason of their own. A break is recorded only at the person's request and carries no reason; it
 * is never shown in a report about a person, so nothing of it appears in {@code toString} either.
 *
 * <p>Contributing during a break is allowed (someone may send a comment from hospital). A break
 * with no {@link #until()} is still going on. Only an {@linkplain #agreed() agreed} break changes
 * what the rules read: someone on an agreed break is counted as staying, their stated availability
 * is not held against the weeks of the break, and they are not asked to consent to the agreement
 * while it lasts. A break never undoes a {@code left} date: leaving is final.
 */
@Value.Immutable
@CoprodStyle
abstract class BreakDef {
  /** The first day of the break. */
  @SuppressWarnings("immutables:from")
  public abstract LocalDate from();

  /** The last day of the break, if the person has come back. */
  public abstract Option<LocalDate> until();

  /** Whether the group agreed the break with the person; {@code true} by default. */
  @Value.Default
  public boolean agreed() {
    return true;
  }

  /** An agreed break from a day, still going on. */
  public static Break starting(LocalDate from) {
    return Break.builder().from(from).build();
  }

  /** An agreed break from one day to another, both included. */
  public static Break of(LocalDate from, LocalDate until) {
    return Break.builder().from(from).until(until).build();
  }

  /** Dates only as far as needed: a break is personal, so no dates are printed. */
  @Override
  public String toString() {
    return "Break{}";
  }
}
