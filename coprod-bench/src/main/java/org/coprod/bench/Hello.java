package org.coprod.bench;

/**
 * "Hello, world": the least a Java process does. {@link Targets} times it beside a quick {@code
 * coprod check}, on the same JVM, to show how much of the check is the JVM starting.
 */
public final class Hello {
  private Hello() {}

  /**
   * Prints a greeting.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println("Hello, world");
  }
}
