package org.coprod.core;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;

/** Something one person gave to the work on one day: its kind, hours, pay and expenses. */
@Value.Immutable
@CoprodStyle
abstract class ContributionDef {
  /** The contribution's id, if it has one; unique across the project. */
  public abstract Option<ContributionId> id();

  /** Who contributed. */
  public abstract ParticipantId participant();

  /** The day of the contribution. */
  public abstract LocalDate date();

  /** The phase of the work it belongs to. */
  public abstract Phase phase();

  /** What it gave. */
  public abstract ContributionKind kind();

  /**
   * The most hours one contribution may take: more is a mistake (a total typed into one row, a
   * number in the wrong column), and keeping every contribution under it keeps every sum of hours
   * finite.
   */
  public static final double MAX_HOURS = 10_000;

  /** The hours it took; not negative and at most {@link #MAX_HOURS}. */
  public abstract double hours();

  /** The skills it used. */
  public abstract Seq<String> skills();

  /** What the person was paid for it; zero by default; normalised. */
  @Value.Default
  public BigDecimal paid() {
    return BigDecimal.ZERO;
  }

  /** The day the payment was made, if it was. */
  public abstract Option<LocalDate> paidOn();

  /** Expenses claimed for it, if any. */
  public abstract Option<Expenses> expenses();

  /** The output it went into, if any. */
  public abstract Option<OutputId> output();

  /** Whether it was paid for. */
  public boolean isPaid() {
    return paid().signum() > 0;
  }

  @Value.Check
  ContributionDef normalize() {
    return Money.isNormal(paid())
        ? this
        : Contribution.copyOf(this).withPaid(Money.normalize(paid()));
  }
}
