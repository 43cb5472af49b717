package org.coprod.core;

/**
 * Sums of hours that do not depend on the order the hours are added in. Adding doubles is not
 * associative ({@code (0.1 + 0.2) + 0.3} is {@code 0.6000000000000001}, {@code 0.1 + (0.2 + 0.3)}
 * is {@code 0.6}), so a total summed in the order a project lists its contributions could change
 * when the same contributions are listed, or arrive, in another order, and a finding resting on it
 * with them. Here each number of hours counts as a whole number of micro-hours (a millionth of an
 * hour, 3.6 milliseconds: finer than any record of time given) and the micro-hours are summed in a
 * {@code long}, which is exact in any order.
 *
 * <pre>{@code
 * Hours.Total total = new Hours.Total();
 * total.add(0.1);
 * total.add(0.2);
 * total.add(0.3);
 * total.hours();                        // 0.6, in whatever order they were added
 * Hours.sum(0.3, 0.2, 0.1);             // 0.6
 * }</pre>
 *
 * <p>A total is the double nearest its exact number of micro-hours, so a sum of hours written with
 * up to six decimals is the double nearest the decimal sum. Every contribution takes at most 10,000
 * hours, so a total overflows only beyond 900 million contributions of that size.
 */
public final class Hours {
  private Hours() {}

  /** Micro-hours in an hour. */
  public static final long MICROS_PER_HOUR = 1_000_000L;

  /**
   * A number of hours as whole micro-hours, rounded to the nearest.
   *
   * @param hours a finite number of hours
   * @return the micro-hours
   * @throws IllegalArgumentException if the hours are not finite
   */
  public static long toMicros(double hours) {
    if (!Double.isFinite(hours)) {
      throw new IllegalArgumentException("hours must be a finite number");
    }
    return Math.round(hours * MICROS_PER_HOUR);
  }

  /** Micro-hours as hours: the double nearest to them. */
  public static double ofMicros(long micros) {
    return (double) micros / MICROS_PER_HOUR;
  }

  /**
   * The sum of some hours, the same in any order.
   *
   * @param hours finite numbers of hours
   * @return their sum, each counted to the micro-hour
   */
  public static double sum(double... hours) {
    long micros = 0;
    for (double h : hours) {
      micros = Math.addExact(micros, toMicros(h));
    }
    return ofMicros(micros);
  }

  /**
   * A running total of hours, the same whatever order its hours are added in. Not safe for use by
   * several threads at once: each counts its own.
   */
  public static final class Total {
    private long micros;

    /** An empty total. */
    public Total() {}

    /**
     * Adds some hours.
     *
     * @param hours a finite number of hours
     * @return this total
     */
    public Total add(double hours) {
      micros = Math.addExact(micros, toMicros(hours));
      return this;
    }

    /**
     * Adds another total.
     *
     * @param other a total
     * @return this total
     */
    public Total add(Total other) {
      micros = Math.addExact(micros, other.micros);
      return this;
    }

    /** The total in micro-hours. */
    public long micros() {
      return micros;
    }

    /** The total in hours. */
    public double hours() {
      return ofMicros(micros);
    }

    @Override
    public String toString() {
      return "Hours.Total{" + hours() + "}";
    }
  }
}
