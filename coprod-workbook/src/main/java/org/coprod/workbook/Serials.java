package org.coprod.workbook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Days as spreadsheets count them: a serial number of days from an epoch that the workbook chooses.
 * In the 1900 date system (the usual one) day 1 is 1 January 1900 and the system keeps a 29
 * February 1900 that never was (day 60), as Lotus 1-2-3 did; in the 1904 system (older Macintosh
 * workbooks) day 0 is 1 January 1904. A fraction of a day is the time.
 */
final class Serials {
  private Serials() {}

  private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
  private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

  /**
   * The day, or day and time, a serial number stands for, as {@code 2024-02-12} or {@code
   * 2024-02-12T09:30}; null for a number no calendar day has (below day 1, the day that never was,
   * or beyond the year 9999).
   */
  static @Nullable String text(BigDecimal serial, boolean date1904) {
    BigDecimal whole = serial.setScale(0, RoundingMode.FLOOR);
    if (whole.compareTo(BigDecimal.valueOf(3_000_000)) > 0) {
      return null;
    }
    long days = whole.longValueExact();
    LocalDate day;
    if (date1904) {
      if (days < 0) {
        return null;
      }
      day = EPOCH_1904.plusDays(days);
    } else {
      if (days < 1 || days == 60) {
        return null;
      }
      // before the day that never was, the count starts a day later
      day = days < 60 ? EPOCH_1900.plusDays(days + 1) : EPOCH_1900.plusDays(days);
    }
    if (day.getYear() > 9999) {
      return null;
    }
    BigDecimal fraction = serial.subtract(whole);
    if (fraction.signum() == 0) {
      return day.toString();
    }
    long seconds =
        fraction.multiply(BigDecimal.valueOf(86_400)).setScale(0, RoundingMode.HALF_UP).longValue();
    LocalTime time = LocalTime.MIDNIGHT.plusSeconds(Math.min(seconds, 86_399));
    return day + "T" + time.truncatedTo(ChronoUnit.SECONDS).toString().toLowerCase(Locale.ROOT);
  }

  /** The serial number of a day in the 1904 date system; for tests of workbooks that use it. */
  static long serial1904(LocalDate day) {
    return ChronoUnit.DAYS.between(EPOCH_1904, day);
  }

  /** Whether a number format shows a date: a built-in date format, or a code with days or years. */
  static boolean isDateFormat(@Nullable Integer id, @Nullable String code) {
    if (id != null
        && ((id >= 14 && id <= 17)
            || id == 22
            || (id >= 27 && id <= 36)
            || (id >= 50 && id <= 58))) {
      return true;
    }
    if (code == null) {
      return false;
    }
    StringBuilder plain = new StringBuilder();
    boolean quoted = false;
    boolean bracket = false;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '[') {
        bracket = true;
      } else if (!quoted && c == ']') {
        bracket = false;
      } else if (!quoted && (c == '\\' || c == '_' || c == '*')) {
        i++;
      } else if (!quoted && !bracket) {
        plain.append(Character.toLowerCase(c));
      }
    }
    String s = plain.toString();
    return s.indexOf('y') >= 0 || s.indexOf('d') >= 0;
  }
}
