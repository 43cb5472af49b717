package org.coprod.core;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;

/** Expenses claimed for a contribution, and when they were repaid. */
@Value.Immutable
@CoprodStyle
abstract class ExpensesDef {
  /** The amount claimed; normalised. */
  public abstract BigDecimal claimed();

  /** The day they were repaid, if they have been. */
  public abstract Option<LocalDate> reimbursed();

  /** Expenses of this amount, not yet repaid. */
  public static Expenses of(BigDecimal claimed) {
    return Expenses.builder().claimed(claimed).build();
  }

  @Value.Check
  ExpensesDef normalize() {
    return Money.isNormal(claimed())
        ? this
        : Expenses.copyOf(this).withClaimed(Money.normalize(claimed()));
  }
}
