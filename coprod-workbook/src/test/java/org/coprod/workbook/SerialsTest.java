package org.coprod.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Day numbers of both date systems, against days whose numbers spreadsheets agree on. */
class SerialsTest {
  private static String day(String serial, boolean date1904) {
    return Serials.text(new BigDecimal(serial), date1904);
  }

  @Test
  void readsDaysOfThe1900SystemAroundTheDayThatNeverWas() {
    assertThat(day("1", false)).isEqualTo("1900-01-01");
    assertThat(day("59", false)).isEqualTo("1900-02-28");
    assertThat(day("60", false)).as("29 February 1900, which never was").isNull();
    assertThat(day("61", false)).isEqualTo("1900-03-01");
    assertThat(day("45342", false)).isEqualTo("2024-02-20");
    assertThat(day("0", false)).isNull();
  }

  @Test
  void readsDaysOfThe1904System() {
    assertThat(day("0", true)).isEqualTo("1904-01-01");
    assertThat(day("43880", true)).isEqualTo("2024-02-20");
    assertThat(Serials.serial1904(LocalDate.of(2024, 2, 20))).isEqualTo(43880);
    assertThat(day("-1", true)).isNull();
  }

  @Test
  void keepsATimeOfDayApartFromTheDay() {
    assertThat(day("45342.5", false)).isEqualTo("2024-02-20T12:00");
    assertThat(day("45342.25", false)).isEqualTo("2024-02-20T06:00");
    assertThat(day("9999999", false)).isNull();
  }

  @Test
  void tellsDateFormatsFromOthers() {
    assertThat(Serials.isDateFormat(14, null)).isTrue();
    assertThat(Serials.isDateFormat(22, null)).isTrue();
    assertThat(Serials.isDateFormat(164, "yyyy-mm-dd")).isTrue();
    assertThat(Serials.isDateFormat(164, "DD/MM/YYYY")).isTrue();
    assertThat(Serials.isDateFormat(164, "[$-809]dd mmmm yyyy;@")).isTrue();
    assertThat(Serials.isDateFormat(0, "General")).isFalse();
    assertThat(Serials.isDateFormat(2, "0.00")).isFalse();
    assertThat(Serials.isDateFormat(164, "0 \"days\"")).isFalse();
    assertThat(Serials.isDateFormat(164, "[Red]0.0")).isFalse();
    assertThat(Serials.isDateFormat(20, null)).as("h:mm, a time alone").isFalse();
    assertThat(Serials.isDateFormat(164, "h:mm")).isFalse();
    assertThat(Serials.isDateFormat(null, null)).isFalse();
  }
}
