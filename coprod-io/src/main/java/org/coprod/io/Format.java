package org.coprod.io;

import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;

/** The two notations of a project file. Both hold the same tree, led by {@code coprod: 1}. */
public enum Format {
  /**
   * YAML, one document, read by SnakeYAML. Where text belongs every scalar is taken as written, so
   * YAML 1.1's typing ({@code no} as false, {@code 010} as octal) never changes it; aliases repeat
   * their anchored node, within {@link ReadLimits}; merge keys are not supported.
   */
  YAML,
  /** JSON (RFC 8259). */
  JSON;

  /**
   * The format a file name implies: {@code .yaml} and {@code .yml} are YAML, {@code .json} is JSON,
   * in any case; none for any other name.
   */
  public static Option<Format> ofFileName(String fileName) {
    Objects.requireNonNull(fileName, "fileName is null");
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return Option.some(YAML);
    }
    if (name.endsWith(".json")) {
      return Option.some(JSON);
    }
    return Option.none();
  }
}
