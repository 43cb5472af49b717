package org.coprod.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The coprod library itself: its version, as the build wrote it, so that every report and every row
 * of research output can say which library made it.
 */
public final class Library {
  private static final String UNKNOWN = "unknown";
  private static final String VERSION = read();

  private Library() {}

  /**
   * The library's version, such as {@code 0.2.0}; never null or blank ({@code unknown} only for
   * classes built without Maven's resource filtering, as some IDEs build them).
   *
   * @return the version the build wrote into the library's jar
   */
  public static String version() {
    return VERSION;
  }

  /** The version the build wrote; {@code unknown} where the classes were built without it. */
  private static String read() {
    Properties p = new Properties();
    try (InputStream in = Library.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return UNKNOWN;
      }
      p.load(in);
    } catch (IOException e) {
      return UNKNOWN;
    }
    String v = p.getProperty("version", "");
    return v.isBlank() || v.startsWith("${") ? UNKNOWN : v;
  }
}
