package org.coprod.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An attendance: plain when only who it is is given, and its payment in normal form. */
class AttendanceTest {
  private static final ParticipantId ANA = ParticipantId.of("ana");

  private static Attendance.Builder ana() {
    return Attendance.builder().participant(ANA);
  }

  @Test
  void anAttendanceIsPlainOnlyWhenNothingButWhoItIsIsGiven() {
    assertThat(Attendance.of(ANA).isPlain()).isTrue();
    assertThat(ana().paid(new BigDecimal("0.00")).build().isPlain()).isTrue();
    assertThat(ana().hours(2.0).build().isPlain()).isFalse();
    assertThat(ana().kind(ContributionKind.LABOUR).build().isPlain()).isFalse();
    assertThat(ana().paid(BigDecimal.TEN).build().isPlain()).isFalse();
    assertThat(ana().paidOn(LocalDate.of(2020, 1, 2)).build().isPlain()).isFalse();
    assertThat(ana().expenses(Expenses.of(BigDecimal.ONE)).build().isPlain()).isFalse();
  }

  @Test
  void aPaymentIsKeptInNormalForm() {
    assertThat(ana().paid(new BigDecimal("12.50")).build().paid())
        .isEqualTo(new BigDecimal("12.5"));
    assertThat(ana().paid(new BigDecimal("1E+2")).build().paid()).isEqualTo(new BigDecimal("100"));
    Attendance normal = ana().paid(new BigDecimal("12.5")).build();
    assertThat(normal.paid()).isEqualTo(new BigDecimal("12.5"));
  }
}
