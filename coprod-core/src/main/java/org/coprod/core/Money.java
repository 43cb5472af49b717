package org.coprod.core;

import java.math.BigDecimal;
import java.util.Objects;

/** Money is a {@link BigDecimal} in its normal form, so that 12.50 equals 12.5. */
public final class Money {
  private Money() {}

  /**
   * The normal form of an amount: no trailing zeros and never a negative scale, so it is written
   * plainly ({@code 100}, not {@code 1E+2}) and equal amounts are equal values.
   */
  public static BigDecimal normalize(BigDecimal amount) {
    Objects.requireNonNull(amount, "amount is null");
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** Whether the amount is already in normal form. */
  static boolean isNormal(BigDecimal amount) {
    return amount.scale() >= 0 && normalize(amount).scale() == amount.scale();
  }
}
