package org.coprod.io.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.coprod.rules.Severity;

/**
 * What only the HTML report writes: money grouped by thousands, SVG coordinates, and text made safe
 * for one line of UTF-8 (a lone surrogate becomes U+FFFD). Shares, numbers, severities, counts and
 * ladder steps are written by the renderers' {@link Words}, as in the text report.
 */
final class Plain {
  private Plain() {}

  /**
   * An amount of money with its thousands grouped by commas and at most two decimals (the exact
   * amount is in the file): {@code 20000} is {@code 20,000}.
   */
  static String money(BigDecimal amount) {
    BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    String plain = rounded.signum() == 0 ? "0" : rounded.toPlainString();
    boolean negative = plain.startsWith("-");
    String digits = negative ? plain.substring(1) : plain;
    int dot = digits.indexOf('.');
    String whole = dot < 0 ? digits : digits.substring(0, dot);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(',');
      }
      grouped.append(whole.charAt(i));
    }
    if (dot >= 0) {
      String fraction = digits.substring(dot + 1);
      grouped.append('.').append(fraction.length() == 1 ? fraction + "0" : fraction);
    }
    return (negative ? "-" : "") + grouped;
  }

  /** A coordinate in an SVG, to one decimal, the same on every JDK. */
  static String coordinate(double value) {
    BigDecimal d = new BigDecimal(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.signum() == 0 ? "0" : d.toPlainString();
  }

  /** What so many findings of a severity are called: "to talk about first", "for information". */
  static String noun(int n, Severity severity) {
    String counted = org.coprod.rules.render.Words.count(n, severity);
    return counted.substring(counted.indexOf(' ') + 1);
  }

  /**
   * A lowerCamelCase name in words: {@code otherSideHoursShare} is "other side hours share"; a run
   * of capitals stays as it is ({@code giniLE} is "gini LE").
   */
  static String name(String camel) {
    return org.coprod.rules.render.Words.name(camel);
  }

  /**
   * Text on one line, its control characters gone and a lone surrogate (which no UTF-8 file can
   * hold) made U+FFFD ({@link org.coprod.rules.render.SafeText#oneLine(String)}).
   */
  static String oneLine(String text) {
    return org.coprod.rules.render.SafeText.oneLine(text);
  }

  /**
   * Text on one line ending in a full stop, question or exclamation mark (one is added if none).
   */
  static String period(String text) {
    String t = oneLine(text);
    if (t.isEmpty() || t.endsWith(".") || t.endsWith("?") || t.endsWith("!")) {
      return t;
    }
    return t + ".";
  }

  /** Text cut to at most {@code max} characters, with an ellipsis where it was cut. */
  static String shortened(String text, int max) {
    int n = text.codePointCount(0, text.length());
    if (n <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "\u2026";
  }
}
