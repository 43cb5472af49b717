package org.coprod.rules;

import io.vavr.control.Validation;
import java.util.Objects;

/**
 * A typed parameter of a rule: a threshold with its default, where the default comes from, and what
 * it measures. A policy may set it; rules read it from their {@link RuleContext}. What it measures
 * ({@link Measure}) gives the values it takes, checked once here for every rule: a share or a ratio
 * from 0 to 1, hours, days, money and counts of zero or more.
 *
 * <pre>{@code
 * static final Parameter<Double> MAX_SHARE =
 *     Parameter.share("maxShare", 0.5, "the share above which ...", "a rule of thumb");
 * MAX_SHARE.parse("5");   // invalid: 'maxShare' takes a share from 0 to 1, not '5'
 * }</pre>
 *
 * @param <T> the type of the value: {@link Double}, {@link Integer} or {@link Boolean}
 */
public final class Parameter<T> {
  /** What a parameter measures, and so which values it takes. */
  public enum Measure {
    /** A share of a whole, from 0 to 1 (0.2 is a fifth). */
    SHARE(Double.class, 0, 1, "a share from 0 to 1"),
    /** A ratio of one rate to another, from 0 to 1 (0.8 is four fifths). */
    RATIO(Double.class, 0, 1, "a ratio from 0 to 1"),
    /** A coefficient of inequality such as Gini's, from 0 (even) to 1. */
    COEFFICIENT(Double.class, 0, 1, "a coefficient from 0 to 1"),
    /** A number of hours, zero or more. */
    HOURS(Double.class, 0, Double.MAX_VALUE, "a number of hours of zero or more"),
    /** An amount of money, zero or more. */
    MONEY(Double.class, 0, Double.MAX_VALUE, "an amount of money of zero or more"),
    /** Any other number, zero or more. */
    NUMBER(Double.class, 0, Double.MAX_VALUE, "a number of zero or more"),
    /** A whole number of days, zero or more. */
    DAYS(Integer.class, 0, Integer.MAX_VALUE, "a whole number of days of zero or more"),
    /** A count of people or things, a whole number of zero or more. */
    COUNT(Integer.class, 0, Integer.MAX_VALUE, "a whole number of zero or more"),
    /** Yes or no. */
    FLAG(Boolean.class, 0, 0, "true or false");

    private final Class<?> type;
    private final double min;
    private final double max;
    private final String noun;

    Measure(Class<?> type, double min, double max, String noun) {
      this.type = type;
      this.min = min;
      this.max = max;
      this.noun = noun;
    }

    /** The type of a value of this measure: {@link Double}, {@link Integer} or {@link Boolean}. */
    public Class<?> type() {
      return type;
    }

    /** The values it takes, in words: "a share from 0 to 1". */
    public String noun() {
      return noun;
    }

    /** Whether a value is of this measure's type and within its range. */
    public boolean accepts(Object value) {
      if (!type.isInstance(value)) {
        return false;
      }
      if (value instanceof Boolean) {
        return true;
      }
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) && d >= min && d <= max;
    }
  }

  private final String name;
  private final Class<T> type;
  private final Measure measure;
  private final T defaultValue;
  private final String description;
  private final String source;

  private Parameter(
      String name,
      Class<T> type,
      Measure measure,
      T defaultValue,
      String description,
      String source) {
    this.name = Objects.requireNonNull(name, "name is null");
    this.type = Objects.requireNonNull(type, "type is null");
    this.measure = Objects.requireNonNull(measure, "measure is null");
    this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue is null");
    this.description = Objects.requireNonNull(description, "description is null");
    this.source = Objects.requireNonNull(source, "source is null");
    if (!name.matches("[a-z][A-Za-z0-9]*")) {
      throw new IllegalArgumentException("a parameter name is lowerCamelCase: " + name);
    }
    if (!measure.accepts(defaultValue)) {
      throw new IllegalArgumentException(
          "the default of '" + name + "' is not " + measure.noun() + ": " + defaultValue);
    }
  }

  private static Parameter<Double> decimal(
      Measure measure, String name, double defaultValue, String description, String source) {
    return new Parameter<>(name, Double.class, measure, defaultValue, description, source);
  }

  private static Parameter<Integer> whole(
      Measure measure, String name, int defaultValue, String description, String source) {
    return new Parameter<>(name, Integer.class, measure, defaultValue, description, source);
  }

  /** A share of a whole, from 0 to 1 ({@link Measure#SHARE}). */
  public static Parameter<Double> share(
      String name, double defaultValue, String description, String source) {
    return decimal(Measure.SHARE, name, defaultValue, description, source);
  }

  /** A ratio of one rate to another, from 0 to 1 ({@link Measure#RATIO}). */
  public static Parameter<Double> ratio(
      String name, double defaultValue, String description, String source) {
    return decimal(Measure.RATIO, name, defaultValue, description, source);
  }

  /** A coefficient of inequality, from 0 to 1 ({@link Measure#COEFFICIENT}). */
  public static Parameter<Double> coefficient(
      String name, double defaultValue, String description, String source) {
    return decimal(Measure.COEFFICIENT, name, defaultValue, description, source);
  }

  /** A number of hours, zero or more ({@link Measure#HOURS}). */
  public static Parameter<Double> hours(
      String name, double defaultValue, String description, String source) {
    return decimal(Measure.HOURS, name, defaultValue, description, source);
  }

  /** An amount of money, zero or more ({@link Measure#MONEY}). */
  public static Parameter<Double> money(
      String name, double defaultValue, String description, String source) {
    return decimal(Measure.MONEY, name, defaultValue, description, source);
  }

  /** Any other number, zero or more ({@link Measure#NUMBER}). */
  public static Parameter<Double> number(
      String name, double defaultValue, String description, String source) {
    return decimal(Measure.NUMBER, name, defaultValue, description, source);
  }

  /** A whole number of days, zero or more ({@link Measure#DAYS}). */
  public static Parameter<Integer> days(
      String name, int defaultValue, String description, String source) {
    return whole(Measure.DAYS, name, defaultValue, description, source);
  }

  /** A count of people or things, zero or more ({@link Measure#COUNT}). */
  public static Parameter<Integer> count(
      String name, int defaultValue, String description, String source) {
    return whole(Measure.COUNT, name, defaultValue, description, source);
  }

  /** A yes-or-no parameter ({@link Measure#FLAG}). */
  public static Parameter<Boolean> flag(
      String name, boolean defaultValue, String description, String source) {
    return new Parameter<>(name, Boolean.class, Measure.FLAG, defaultValue, description, source);
  }

  /** The parameter's name, lowerCamelCase, unique within its rule. */
  public String name() {
    return name;
  }

  /** The type of its value. */
  public Class<T> type() {
    return type;
  }

  /** Its default value. */
  public T defaultValue() {
    return defaultValue;
  }

  /** What it sets, in a sentence. */
  public String description() {
    return description;
  }

  /** Where the default comes from (a framework, the founding text, a rule of thumb). */
  public String source() {
    return source;
  }

  /** What it measures, and so which values it takes. */
  public Measure measure() {
    return measure;
  }

  /**
   * A value of this parameter from untrusted text (a policy file), or why it is not one: a value of
   * its type within the range of what it measures ("'maxShare' takes a share from 0 to 1, not
   * '5'").
   */
  public Validation<String, T> parse(String text) {
    Objects.requireNonNull(text, "text is null");
    String t = text.trim();
    Object value;
    try {
      if (type == Double.class) {
        value = Double.parseDouble(t);
      } else if (type == Integer.class) {
        value = Integer.parseInt(t);
      } else {
        value = t.equals("true") || t.equals("false") ? (Object) Boolean.valueOf(t) : t;
      }
    } catch (NumberFormatException e) {
      value = t;
    }
    if (!measure.accepts(value)) {
      return Validation.invalid("'" + name + "' takes " + measure.noun() + ", not '" + text + "'");
    }
    return Validation.valid(type.cast(value));
  }

  /** Whether a value is of this parameter's type and within the range of what it measures. */
  public boolean accepts(Object value) {
    return measure.accepts(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Parameter<?> p
        && p.name.equals(name)
        && p.type.equals(type)
        && p.measure == measure
        && p.defaultValue.equals(defaultValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, measure, defaultValue);
  }

  @Override
  public String toString() {
    return name + "=" + defaultValue;
  }
}
