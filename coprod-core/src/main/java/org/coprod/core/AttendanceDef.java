package org.coprod.core;

import io.vavr.control.Option;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One person at a meeting, and what of theirs differs from the meeting's defaults: the hours they
 * gave, what their part counts as, their pay and expenses. Most attendances name the person alone
 * ({@link #of(ParticipantId)}); the meeting then decides the rest.
 */
@Value.Immutable
@CoprodStyle
abstract class AttendanceDef {
  /** Who attended. */
  public abstract ParticipantId participant();

  /**
   * The hours they gave, if they differ from the meeting's (its hours, plus its preparation hours
   * for a person with lived experience).
   */
  public abstract Option<Double> hours();

  /**
   * What their part counts as, if it differs from the meeting's default for their side and role.
   */
  public abstract Option<ContributionKind> kind();

  /** What they were paid for it; zero by default; normalised. */
  @Value.Default
  public BigDecimal paid() {
    return BigDecimal.ZERO;
  }

  /** The day the payment was made, if it was. */
  public abstract Option<java.time.LocalDate> paidOn();

  /** Expenses claimed for it, if any. */
  public abstract Option<Expenses> expenses();

  /** The attendance of a person with nothing of their own: the meeting decides the rest. */
  public static Attendance of(ParticipantId participant) {
    return Attendance.builder().participant(participant).build();
  }

  /** Whether nothing differs from the meeting's defaults but who it is. */
  public boolean isPlain() {
    return hours().isEmpty()
        && kind().isEmpty()
        && paid().signum() == 0
        && paidOn().isEmpty()
        && expenses().isEmpty();
  }

  @Value.Check
  AttendanceDef normalize() {
    return Money.isNormal(paid())
        ? this
        : Attendance.copyOf(this).withPaid(Money.normalize(paid()));
  }
}
