package org.coprod.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class NumbersTest {
  @Test
  void writesWholeNumbersWithoutADecimalPoint() {
    assertThat(Numbers.text(3.0)).isEqualTo("3");
    assertThat(Numbers.text(-0.0)).isEqualTo("0");
    assertThat(Numbers.text(0.0)).isEqualTo("0");
    assertThat(Numbers.text((Number) 42)).isEqualTo("42");
    assertThat(Numbers.text((Number) 9_000_000_000L)).isEqualTo("9000000000");
    assertThat(Numbers.text(new BigDecimal("12.500"))).isEqualTo("12.5");
    assertThat(Numbers.text(new BigDecimal("1E+3"))).isEqualTo("1000");
  }

  @Test
  void writesTheShortestDecimalThatReadsBackTheSameOnEveryJdk() {
    // Each of these differs under Double.toString between JDK 17 and JDK 19 or later.
    assertThat(Numbers.text(2e23)).isEqualTo("2E+23");
    assertThat(Numbers.text(1.0E23)).isEqualTo("1E+23");
    assertThat(Numbers.text(8.41E21)).isEqualTo("8.41E+21");
    assertThat(Numbers.text(1e20)).isEqualTo("100000000000000000000");
    assertThat(Numbers.text(5.684341886080802E-14)).isEqualTo("5.684341886080802E-14");
    assertThat(Numbers.text(2.82879384806159E17)).isEqualTo("282879384806159000");
    assertThat(Numbers.text(1.9400994884341945E25)).isEqualTo("1.9400994884341945E+25");
    // and these are plain cases
    assertThat(Numbers.text(0.1)).isEqualTo("0.1");
    assertThat(Numbers.text(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(Numbers.text(1.0 / 3)).isEqualTo("0.3333333333333333");
    assertThat(Numbers.text(0.0000001)).isEqualTo("1E-7");
    assertThat(Numbers.text(0.000001)).isEqualTo("0.000001");
    assertThat(Numbers.text(Double.MIN_VALUE)).isEqualTo("5E-324");
    assertThat(Numbers.text(-2.5)).isEqualTo("-2.5");
  }

  @Test
  void refusesNumbersJsonCannotHold() {
    assertThatThrownBy(() -> Numbers.text(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Numbers.text(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsEachFormBackAsItsNaturalType() {
    assertThat(Numbers.value("3")).isEqualTo(3);
    assertThat(Numbers.value("9000000000")).isEqualTo(9_000_000_000L);
    assertThat(Numbers.value("123456789012345678901234567890"))
        .isEqualTo(new BigDecimal("123456789012345678901234567890"));
    assertThat(Numbers.value("0.1")).isEqualTo(0.1);
    assertThat(Numbers.value("2E+23")).isEqualTo(2e23);
    // not the canonical text of any double: kept exactly
    assertThat(Numbers.value("0.10000000000000000001"))
        .isEqualTo(new BigDecimal("0.10000000000000000001"));
    assertThat(Numbers.canonical(3.0)).isEqualTo(3);
    assertThat(Numbers.canonical(new BigDecimal("12.50"))).isEqualTo(12.5);
  }

  @Property
  void theCanonicalTextOfAFiniteDoubleReadsBackAsThatDouble(@ForAll double d) {
    if (!Double.isFinite(d)) {
      return;
    }
    assertThat(Double.parseDouble(Numbers.text(d))).isEqualTo(d == 0 ? 0.0 : d);
  }

  @Property
  void canonicalNumbersAreAFixedPointOfWritingAndReading(@ForAll double d) {
    if (!Double.isFinite(d)) {
      return;
    }
    Number once = Numbers.canonical(d);
    assertThat(Numbers.canonical(once)).isEqualTo(once);
    assertThat(Numbers.text(once)).isEqualTo(Numbers.text(d));
  }

  @Property
  void noShorterDecimalReadsBackAsTheSameDouble(@ForAll double d) {
    if (!Double.isFinite(d) || d == 0) {
      return;
    }
    BigDecimal written = new BigDecimal(Numbers.text(d));
    int digits = written.stripTrailingZeros().precision();
    if (digits > 1) {
      for (java.math.RoundingMode mode :
          java.util.List.of(java.math.RoundingMode.DOWN, java.math.RoundingMode.UP)) {
        BigDecimal shorter = new BigDecimal(d).round(new java.math.MathContext(digits - 1, mode));
        assertThat(Double.parseDouble(shorter.toString())).isNotEqualTo(d);
      }
    }
  }
}
