package org.coprod.io;

import java.math.BigDecimal;
import java.math.BigInteger;
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

  private static final Pattern WHOLE = Pattern.compile("-?[0-9]+");

  /** The most decimal places an amount of money may have once its trailing zeros are dropped. */
  static final int MONEY_DECIMALS = 30;

  /**
   * The most significant digits a number of hours may be written with: a double holds 17, and the
   * rest can only be a mistake.
   */
  static final int HOURS_DIGITS = 40;

  /** A date written {@code YYYY-MM-DD} that exists in the calendar. */
  static LocalDate date(String text) throws BadValue {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw BadValue.text(Problem.Kind.INVALID_VALUE, "is not a date written YYYY-MM-DD");
    }
  }

  /**
   * An amount of money, written as a plain decimal number, at most {@code max}; normalised. The
   * digits are sized up from the text before any arithmetic, so a number written with a million
   * digits or a huge exponent is refused at once.
   */
  static BigDecimal money(String text, BigDecimal max) throws BadValue {
    Digits d = Digits.of(text, "an amount of money");
    if (d.significant().isEmpty()) {
      return BigDecimal.ZERO;
    }
    if (d.magnitude() > max.precision() - max.scale()) {
      throw tooMuchMoney(max);
    }
    if (-d.exponent() > MONEY_DECIMALS) {
      throw BadValue.because(
          Problem.Kind.INVALID_VALUE,
          "the amount has more than " + MONEY_DECIMALS + " decimal places");
    }
    BigDecimal amount = new BigDecimal(new BigInteger(d.significant()), (int) -d.exponent());
    if (amount.compareTo(max) > 0) {
      throw tooMuchMoney(max);
    }
    return Money.normalize(d.negative() ? amount.negate() : amount);
  }

  private static BadValue tooMuchMoney(BigDecimal max) {
    return BadValue.because(
        Problem.Kind.INVALID_VALUE,
        "the amount is larger than the limit of "
            + max.toPlainString()
            + " for an amount of money");
  }

  /**
   * A number of hours, written as a plain decimal number; sized up from the text as money is, so no
   * digit string or exponent makes it costly.
   */
  static double hours(String text) throws BadValue {
    return bounded(text, "a number of hours");
  }

  /**
   * A plain decimal number read as a {@code double} in time bounded by the limit on its significant
   * digits, whatever its length as written.
   */
  private static double bounded(String text, String noun) throws BadValue {
    Digits d = Digits.of(text, noun);
    if (d.significant().isEmpty()) {
      return d.negative() ? -0.0 : 0.0;
    }
    if (d.significant().length() > HOURS_DIGITS) {
      throw BadValue.because(
          Problem.Kind.INVALID_VALUE,
          "the number has more than " + HOURS_DIGITS + " significant digits");
    }
    // at most 40 digits and an exponent of at most ten: parsed at once, however it was written
    double value = Double.parseDouble(d.significant() + "E" + d.exponent());
    if (Double.isInfinite(value)) {
      throw BadValue.because(Problem.Kind.INVALID_VALUE, "the number is too large to be " + noun);
    }
    return d.negative() ? -value : value;
  }

  /**
   * A plain decimal number as written, taken apart without arithmetic: its sign, its significant
   * digits (no leading or trailing zero; empty for zero) and the power of ten of the last of them.
   * The exponent as written is read only as far as it can matter.
   *
   * @param negative whether it is written with a minus
   * @param significant the digits from the first that is not zero to the last that is not zero
   * @param exponent the power of ten of the last significant digit
   */
  record Digits(boolean negative, String significant, long exponent) {
    /** A written exponent of more digits than this is out of any range we read. */
    private static final int EXPONENT_DIGITS = 9;

    static Digits of(String text, String noun) throws BadValue {
      if (!isDecimal(text)) {
        throw BadValue.text(
            Problem.Kind.WRONG_TYPE,
            "is not " + noun + "; write a plain decimal number such as 12.5");
      }
      boolean negative = text.charAt(0) == '-';
      int from = negative ? 1 : 0;
      int e = text.indexOf('e', from);
      if (e < 0) {
        e = text.indexOf('E', from);
      }
      int mantissaEnd = e < 0 ? text.length() : e;
      int dot = text.indexOf('.', from);
      int wholeEnd = dot < 0 || dot > mantissaEnd ? mantissaEnd : dot;
      long exponent = e < 0 ? 0 : exponent(text, e + 1);
      // the digits, whole part then fraction, and the power of ten of the last of them
      StringBuilder digits = new StringBuilder(mantissaEnd - from);
      digits.append(text, from, wholeEnd);
      if (wholeEnd < mantissaEnd) {
        digits.append(text, wholeEnd + 1, mantissaEnd);
        exponent -= mantissaEnd - wholeEnd - 1;
      }
      int first = 0;
      while (first < digits.length() && digits.charAt(first) == '0') {
        first++;
      }
      int last = digits.length();
      while (last > first && digits.charAt(last - 1) == '0') {
        last--;
      }
      exponent += digits.length() - last;
      return new Digits(negative, digits.substring(first, last), exponent);
    }

    /**
     * Whether the text is a plain decimal number: {@code -?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?},
     * matched by hand, since a regular expression's matcher for each of a million amounts and hours
     * was a visible share of reading a large file.
     */
    static boolean isDecimal(String text) {
      int n = text.length();
      int i = 0;
      if (i < n && text.charAt(i) == '-') {
        i++;
      }
      int digits = skipDigits(text, i);
      if (digits == i) {
        return false;
      }
      i = digits;
      if (i < n && text.charAt(i) == '.') {
        digits = skipDigits(text, i + 1);
        if (digits == i + 1) {
          return false;
        }
        i = digits;
      }
      if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
        i++;
        if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
          i++;
        }
        digits = skipDigits(text, i);
        if (digits == i) {
          return false;
        }
        i = digits;
      }
      return i == n;
    }

    /** The index of the first character from {@code from} on that is not an ASCII digit. */
    private static int skipDigits(String text, int from) {
      int i = from;
      while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        i++;
      }
      return i;
    }

    /** An exponent as written from {@code from}, saturated far beyond any range we read. */
    private static long exponent(String text, int from) {
      int i = from;
      boolean minus = false;
      if (text.charAt(i) == '+' || text.charAt(i) == '-') {
        minus = text.charAt(i) == '-';
        i++;
      }
      while (i < text.length() - 1 && text.charAt(i) == '0') {
        i++;
      }
      long value =
          text.length() - i > EXPONENT_DIGITS ? 2_000_000_000L : Long.parseLong(text.substring(i));
      return minus ? -value : value;
    }

    /** The power of ten of the first significant digit (meaningless for zero). */
    long magnitude() {
      return exponent + significant.length() - 1;
    }
  }

  /** A share, written as a plain decimal number (whether it lies from 0 to 1 is validation's). */
  static double share(String text) throws BadValue {
    return bounded(text, "a share");
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

  /** An id: any text that is not blank, as {@link org.coprod.core.Id#isBlank} has it. */
  static String id(String text) throws BadValue {
    if (org.coprod.core.Id.isBlank(text)) {
      throw BadValue.because(
          Problem.Kind.INVALID_VALUE,
          "an id must not be blank: it must have a character that shows");
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
