package org.coprod.core;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import org.immutables.value.Value;

/** The payment terms an agreement sets out. */
@Value.Immutable
@CoprodStyle
abstract class PaymentTermsDef {
  /** The agreed rate for an hour, if one is agreed; normalised. */
  public abstract Option<BigDecimal> ratePerHour();

  /** The currency of the rate, if given. */
  public abstract Option<String> currency();

  /** Whether preparation and travel time are paid. */
  @Value.Default
  public boolean prepAndTravelPaid() {
    return false;
  }

  /** Days within which a contribution is paid; 28 by default. */
  @Value.Default
  public int paymentWithinDays() {
    return 28;
  }

  /** Days within which expenses are repaid; 28 by default. */
  @Value.Default
  public int expensesWithinDays() {
    return 28;
  }

  /**
   * Whether advice, or a non-cash alternative, is offered to people whose benefits a payment could
   * affect.
   */
  @Value.Default
  public boolean benefitsAdvice() {
    return false;
  }

  /**
   * The ways people can be paid. None is benefits-safe by itself: vouchers are not automatically
   * disregarded, and payroll can make someone a worker.
   */
  public abstract Seq<PaymentMethod> methods();

  @Value.Check
  PaymentTermsDef normalize() {
    if (ratePerHour().forAll(Money::isNormal)) {
      return this;
    }
    return PaymentTerms.copyOf(this).withRatePerHour(ratePerHour().map(Money::normalize));
  }
}
