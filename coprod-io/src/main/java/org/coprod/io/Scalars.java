package org.coprod.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.coprod.core.Money;
import org.coprod.core.Problem;

/**
 * The text of one value turned into what it stands for, the same way for YAML, JSON and CSV.
 * Numbers are read from the digits as written, never from a parser's guess at their type.
 */
final class Scalars {
  private Scalars() {}

  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
  private static final Pattern WHOLE = Pattern.compile("-?[0-9]+");

  /**
   * Money beyond a trillion trillion, or finer than this, is a mistake (and would be costly to
   * write out).
   */
  private static final int MONEY_DIGITS = 30;

  /** A date written {@code YYYY-MM-DD} that exists in the calendar. */
  static LocalDate date(String text) throws BadValue {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw BadValue.text(Problem.Kind.INVALID_VALUE, "is not a date written YYYY-MM-DD");
    }
  }

  /** An amount of money, written as a plain decimal number; normalised. */
  static BigDecimal money(String text) throws BadValue {
    BigDecimal amount = new BigDecimal(decimal(text, "an amount of money")).stripTrailingZeros();
    if (amount.precision() - amount.scale() > MONEY_DIGITS) {
      throw BadValue.because(
          Problem.Kind.INVALID_VALUE, "the amount is too large to be an amount of money");
    }
    if (amount.scale() > MONEY_DIGITS) {
      throw BadValue.because(
          Problem.Kind.INVALID_VALUE,
          "the amount has more than " + MONEY_DIGITS + " decimal places");
    }
    return Money.normalize(amount);
  }

  /** A number of hours, written as a plain decimal number. */
  static double hours(String text) throws BadValue {
    double hours = Double.parseDouble(decimal(text, "a number of hours"));
    if (Double.isInfinite(hours)) {
      throw BadValue.because(
          Problem.Kind.INVALID_VALUE, "the number is too large to be a number of hours");
    }
    return hours;
  }

  /** A share, written as a plain decimal number (whether it lies from 0 to 1 is validation's). */
  static double share(String text) throws BadValue {
    return Double.parseDouble(decimal(text, "a share"));
  }

  /** A whole number that fits an {@code int}. */
  static int whole(String text) throws BadValue {
    if (!WHOLE.matcher(text).matches()) {
      throw BadValue.text(Problem.Kind.WRONG_TYPE, "is not a whole number");
    }
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw BadValue.because(Problem.Kind.INVALID_VALUE, "the number is too large");
    }
  }

  /** {@code true} or {@code false}; YAML 1.1's yes, no, on and off are refused, being ambiguous. */
  static boolean bool(String text) throws BadValue {
    return switch (text) {
      case "true", "True", "TRUE" -> true;
      case "false", "False", "FALSE" -> false;
      default -> throw BadValue.text(Problem.Kind.WRONG_TYPE, "is not true or false");
    };
  }

  /** A constant of an enum, named exactly; the problem lists the allowed names. */
  static <E extends Enum<E>> E constant(Class<E> type, String noun, String text) throws BadValue {
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw BadValue.text(
          Problem.Kind.INVALID_VALUE, "is not " + noun + "; allowed: " + allowed(type));
    }
  }

  /** The names of an enum's constants, in order. */
  static String allowed(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  /** An id: any text that is not blank. */
  static String id(String text) throws BadValue {
    if (text.isBlank()) {
      throw BadValue.because(Problem.Kind.INVALID_VALUE, "an id must not be blank");
    }
    return text;
  }

  private static String decimal(String text, String noun) throws BadValue {
    if (!DECIMAL.matcher(text).matches()) {
      throw BadValue.text(
          Problem.Kind.WRONG_TYPE,
          "is not " + noun + "; write a plain decimal number such as 12.5");
    }
    return text;
  }

  /** A number as the formats write it: plainly, with no exponent; minus zero keeps its sign. */
  static String plain(double value) {
    if (value == 0) {
      return Double.doubleToRawLongBits(value) == 0 ? "0" : "-0";
    }
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }

  /**
   * Text quoted in a message, cut short: a message names the mistake, it does not repeat the file.
   */
  static String shortened(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }

  /** Lower case for comparing keys. */
  static String folded(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
