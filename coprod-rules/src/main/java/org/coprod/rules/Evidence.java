package org.coprod.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One number (or word) a finding rests on, by name: {@code leHoursShare = 0.12}.
 *
 * @param name the name of the value, lowerCamelCase
 * @param value a {@link Double}, {@link Integer}, {@link Long}, {@link BigDecimal}, {@link Boolean}
 *     or {@link String}
 */
public record Evidence(String name, Object value) {
  /** Checks the value is a plain number, flag or text; a double must be finite. */
  public Evidence {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(value, "value is null");
    if (!(value instanceof Double
        || value instanceof Integer
        || value instanceof Long
        || value instanceof BigDecimal
        || value instanceof Boolean
        || value instanceof String)) {
      throw new IllegalArgumentException("evidence is a number, a flag or text: " + name);
    }
    if (value instanceof Double d && !Double.isFinite(d)) {
      throw new IllegalArgumentException("evidence must be finite: " + name);
    }
  }

  /** One piece of evidence. */
  public static Evidence of(String name, Object value) {
    return new Evidence(name, value);
  }
}
