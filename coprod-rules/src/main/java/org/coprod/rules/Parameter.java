package org.coprod.rules;

import io.vavr.control.Validation;
import java.util.Objects;

/**
 * A typed parameter of a rule: a threshold with its default and where the default comes from. A
 * policy may set it; rules read it from their {@link RuleContext}.
 *
 * @param <T> the type of the value: {@link Double}, {@link Integer} or {@link Boolean}
 */
public final class Parameter<T> {
  private final String name;
  private final Class<T> type;
  private final T defaultValue;
  private final String description;
  private final String source;

  private Parameter(String name, Class<T> type, T defaultValue, String description, String source) {
    this.name = Objects.requireNonNull(name, "name is null");
    this.type = Objects.requireNonNull(type, "type is null");
    this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue is null");
    this.description = Objects.requireNonNull(description, "description is null");
    this.source = Objects.requireNonNull(source, "source is null");
    if (!name.matches("[a-z][A-Za-z0-9]*")) {
      throw new IllegalArgumentException("a parameter name is lowerCamelCase: " + name);
    }
  }

  /** A number parameter, such as a share or a ratio. */
  public static Parameter<Double> number(
      String name, double defaultValue, String description, String source) {
    return new Parameter<>(name, Double.class, defaultValue, description, source);
  }

  /** A whole-number parameter, such as a count of people or days. */
  public static Parameter<Integer> count(
      String name, int defaultValue, String description, String source) {
    return new Parameter<>(name, Integer.class, defaultValue, description, source);
  }

  /** A yes-or-no parameter. */
  public static Parameter<Boolean> flag(
      String name, boolean defaultValue, String description, String source) {
    return new Parameter<>(name, Boolean.class, defaultValue, description, source);
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

  /** A value of this parameter's type from untrusted text (a policy file), or why it is not one. */
  public Validation<String, T> parse(String text) {
    Objects.requireNonNull(text, "text is null");
    String t = text.trim();
    try {
      if (type == Double.class) {
        double d = Double.parseDouble(t);
        if (!Double.isFinite(d) || d < 0) {
          return Validation.invalid(
              "'" + name + "' takes a number of zero or more, not '" + text + "'");
        }
        return Validation.valid(type.cast(d));
      }
      if (type == Integer.class) {
        int i = Integer.parseInt(t);
        if (i < 0) {
          return Validation.invalid(
              "'" + name + "' takes a whole number of zero or more, not '" + text + "'");
        }
        return Validation.valid(type.cast(i));
      }
      if (t.equals("true") || t.equals("false")) {
        return Validation.valid(type.cast(Boolean.valueOf(t)));
      }
      return Validation.invalid("'" + name + "' takes true or false, not '" + text + "'");
    } catch (NumberFormatException e) {
      return Validation.invalid(
          "'"
              + name
              + "' takes "
              + (type == Integer.class ? "a whole number" : "a number")
              + ", not '"
              + text
              + "'");
    }
  }

  /** Whether a value is of this parameter's type. */
  public boolean accepts(Object value) {
    return type.isInstance(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Parameter<?> p
        && p.name.equals(name)
        && p.type.equals(type)
        && p.defaultValue.equals(defaultValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, defaultValue);
  }

  @Override
  public String toString() {
    return name + "=" + defaultValue;
  }
}
