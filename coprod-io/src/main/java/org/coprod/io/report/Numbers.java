package org.coprod.io.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Numbers written in one canonical form, so the same value gives the same characters on any JDK and
 * in any locale: whole numbers without a decimal point; a double as its shortest decimal that reads
 * back as the same double, plainly (no exponent) unless it is very large or very small.
 *
 * <p>{@link Double#toString(double)} is not used: before JDK 19 it sometimes gave more digits than
 * needed ({@code 2.0E23} was {@code 1.9999999999999998E23}), so its output depends on the JDK. The
 * shortest decimal is found here with exact {@link BigDecimal} arithmetic and the correctly rounded
 * {@link Double#parseDouble(String)}, which agree on every JDK.
 */
final class Numbers {
  private Numbers() {}

  /** The smallest power of ten written plainly; smaller magnitudes take an exponent. */
  private static final int PLAIN_FROM = -6;

  /** The power of ten from which an exponent is used. */
  private static final int PLAIN_UNTIL = 21;

  /** A double in canonical form; {@code -0.0} is {@code 0}. */
  static String text(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("only finite numbers are written");
    }
    if (value == 0) {
      return "0";
    }
    return text(shortest(value));
  }

  /** A decimal in canonical form: trailing zeros dropped, plainly unless very large or small. */
  static String text(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.signum() == 0) {
      return "0";
    }
    // The power of ten of the leading digit.
    int magnitude = stripped.precision() - stripped.scale() - 1;
    if (magnitude >= PLAIN_FROM && magnitude < PLAIN_UNTIL) {
      return stripped.toPlainString();
    }
    // BigDecimal's own scientific notation, e.g. 1.5E+300, is valid JSON and fixed by its spec.
    return stripped.toString();
  }

  /** Any number evidence may hold, in canonical form. */
  static String text(Number value) {
    Objects.requireNonNull(value, "value is null");
    if (value instanceof Double d) {
      return text(d.doubleValue());
    }
    if (value instanceof Float f) {
      return text(f.doubleValue());
    }
    if (value instanceof BigDecimal b) {
      return text(b);
    }
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      return Long.toString(value.longValue());
    }
    if (value instanceof java.math.BigInteger b) {
      return b.toString();
    }
    throw new IllegalArgumentException(
        "not a number this format writes: " + value.getClass().getName());
  }

  /**
   * The value a canonical number text stands for, as reading a report gives it: a whole number as
   * an {@link Integer} when it fits, else a {@link Long} when it fits; a fraction (or a number with
   * an exponent) as a {@link Double} when the text is that double's canonical form; anything else
   * as a {@link BigDecimal} of the text.
   *
   * @throws NumberFormatException if the text is not a number
   */
  static Number value(String text) {
    boolean whole = text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
    if (whole) {
      BigDecimal exact = new BigDecimal(text);
      try {
        long l = exact.longValueExact();
        if (l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
          return (int) l;
        }
        return l;
      } catch (ArithmeticException tooLarge) {
        return exact;
      }
    }
    double d = Double.parseDouble(text);
    if (Double.isFinite(d) && text(d).equals(text)) {
      return d;
    }
    return new BigDecimal(text);
  }

  /** The value reading a number back gives for a number as written: {@code value(text(n))}. */
  static Number canonical(Number n) {
    return value(text(n));
  }

  /**
   * The shortest decimal that reads back as the double, and of those the nearest to it: for 1, 2,
   * ... 17 significant digits, the exact value cut down and rounded up to that many digits, until
   * one of them reads back (17 digits always do). Both are tried because next to a power of two the
   * doubles that round to it lie closer below it than above, so the nearest cut may fall outside
   * while the other does not.
   */
  private static BigDecimal shortest(double value) {
    BigDecimal exact = new BigDecimal(value);
    for (int digits = 1; digits <= 17; digits++) {
      BigDecimal down = exact.round(new MathContext(digits, RoundingMode.DOWN));
      BigDecimal up = exact.round(new MathContext(digits, RoundingMode.UP));
      boolean downReads = Double.parseDouble(down.toString()) == value;
      boolean upReads = Double.parseDouble(up.toString()) == value;
      if (downReads && upReads) {
        return exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      } else if (downReads) {
        return down;
      } else if (upReads) {
        return up;
      }
    }
    throw new IllegalStateException("17 significant digits always read back as the same double");
  }
}
