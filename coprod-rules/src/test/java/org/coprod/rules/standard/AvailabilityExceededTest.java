package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.coprod.core.Break;
import org.coprod.core.Contribution;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class AvailabilityExceededTest {
  private final AvailabilityExceeded rule = new AvailabilityExceeded();

  // Fixtures.START is Wednesday 1 January 2020: day 5 is Monday 6 January (2020-W02), day 11 its
  // Sunday, day 12 Monday 13 January (2020-W03).

  private static Contribution on(String who, int day, double hours) {
    return contribution(who, hours).date(day(day)).build();
  }

  private static Project.Builder ana(double available) {
    return project()
        .addParticipant(le("ana").availableHoursPerWeek(available).build(), pro("dana").build());
  }

  @Test
  void flagsAWeekAboveTheHoursThePersonSaidTheyCanGive() {
    Outcome o = check(rule, ana(4).addContribution(on("ana", 5, 3), on("ana", 6, 2)).build());
    Finding f = o.findings().single();
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subjects().map(s -> s.value())).containsExactly("ana");
    assertThat(f.evidence("worstWeek").get()).isEqualTo("2020-W02");
    assertThat(f.evidence("worstWeekHours").get()).isEqualTo(5.0);
    assertThat(f.evidence("availableHoursPerWeek").get()).isEqualTo(4.0);
    assertThat(f.evidence("weeksOver").get()).isEqualTo(1);
  }

  @Test
  void passesAWeekExactlyAtTheStatedHoursAndFlagsOneJustPastIt() {
    assertThat(
            check(rule, ana(4).addContribution(on("ana", 5, 3), on("ana", 11, 1)).build()).status())
        .isEqualTo(OutcomeStatus.PASSED);
    assertThat(
            check(rule, ana(0.3).addContribution(on("ana", 5, 0.1), on("ana", 6, 0.2)).build())
                .status())
        .isEqualTo(OutcomeStatus.PASSED);
    assertThat(
            check(rule, ana(4).addContribution(on("ana", 5, 3), on("ana", 11, 1.25)).build())
                .status())
        .isEqualTo(OutcomeStatus.FINDINGS);
  }

  @Test
  void passesTheSameHoursSpreadOverTwoIsoWeeks() {
    // Sunday and the Monday after fall in different ISO weeks.
    assertThat(
            check(rule, ana(4).addContribution(on("ana", 11, 3), on("ana", 12, 3)).build())
                .status())
        .isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void reportsTheWorstWeekAndHowManyWeeksWentOver() {
    Project p =
        ana(4)
            .addContribution(on("ana", 5, 5), on("ana", 12, 9), on("ana", 19, 6), on("ana", 26, 2))
            .build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.evidence("worstWeek").get()).isEqualTo("2020-W03");
    assertThat(f.evidence("worstWeekHours").get()).isEqualTo(9.0);
    assertThat(f.evidence("weeksOver").get()).isEqualTo(3);
  }

  @Test
  void skipsWeeksAnyDayOfWhichFallsInAnAgreedBreak() {
    // Weeks 2020-W02 (days 5 to 11) and W03 (12 to 18) go over; a break on day 11 alone, the
    // Sunday of W02, takes that week out.
    Project.Builder b =
        project()
            .addParticipant(
                le("ana").availableHoursPerWeek(4.0).addBreak(Break.of(day(11), day(11))).build())
            .addContribution(on("ana", 5, 5), on("ana", 12, 9));
    Finding f = check(rule, b.build()).findings().single();
    assertThat(f.evidence("weeksOver").get()).isEqualTo(1);
    assertThat(f.evidence("worstWeek").get()).isEqualTo("2020-W03");
    Project both =
        project()
            .addParticipant(
                le("ana").availableHoursPerWeek(4.0).addBreak(Break.of(day(11), day(12))).build())
            .addContribution(on("ana", 5, 5), on("ana", 12, 9))
            .build();
    assertThat(check(rule, both).status()).isEqualTo(OutcomeStatus.PASSED);
    Project unagreed =
        project()
            .addParticipant(
                le("ana")
                    .availableHoursPerWeek(4.0)
                    .addBreak(Break.builder().from(day(11)).until(day(12)).agreed(false).build())
                    .build())
            .addContribution(on("ana", 5, 5), on("ana", 12, 9))
            .build();
    assertThat(check(rule, unagreed).findings().single().evidence("weeksOver").get()).isEqualTo(2);
  }

  @Test
  void takesTheEarliestOfEquallyBadWeeks() {
    Project p = ana(4).addContribution(on("ana", 19, 6), on("ana", 5, 6)).build();
    assertThat(check(rule, p).findings().single().evidence("worstWeek").get())
        .isEqualTo("2020-W02");
  }

  @Test
  void countsAWeekThatSpansTheNewYearAsOneIsoWeek() {
    // Thursday 31 December 2020 and Sunday 3 January 2021 are both in 2020-W53.
    Project p = ana(4).addContribution(on("ana", 365, 3), on("ana", 368, 3)).build();
    assertThat(check(rule, p).findings().single().evidence("worstWeek").get())
        .isEqualTo("2020-W53");
  }

  @Test
  void countsProfessionalsAlikeAndIgnoresPeopleWhoStatedNothing() {
    Project p =
        project()
            .addParticipant(pro("dana").availableHoursPerWeek(2.0).build(), le("ana").build())
            .addContribution(on("dana", 5, 3), on("ana", 5, 40))
            .build();
    assertThat(check(rule, p).findings().flatMap(Finding::subjects).map(s -> s.value()))
        .containsExactly("dana");
  }

  @Test
  void looksOnlyAtTheWeeksUpToTheViewsDate() {
    Project p = ana(4).addContribution(on("ana", 5, 3), on("ana", 12, 3), on("ana", 13, 3)).build();
    assertThat(check(rule, p, day(12)).status()).isEqualTo(OutcomeStatus.PASSED);
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.FINDINGS);
  }

  @Test
  void doesNotApplyWhenNobodyStatesTheirAvailability() {
    Project p =
        project().addParticipant(le("ana").build()).addContribution(on("ana", 5, 60)).build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Property
  void twoDaysShareAWeekNumberExactlyWhenTheyShareAnIsoWeekAndTheNumbersSortAsTheWeeks(
      @ForAll @IntRange(min = -40_000, max = 80_000) int day,
      @ForAll @IntRange(min = 0, max = 20) int later) {
    LocalDate a = LocalDate.ofEpochDay(day);
    LocalDate b = a.plusDays(later);
    String isoA = iso(a);
    assertThat(AvailabilityExceeded.label(AvailabilityExceeded.week(day))).isEqualTo(isoA);
    assertThat(AvailabilityExceeded.week(day) == AvailabilityExceeded.week(day + later))
        .isEqualTo(isoA.equals(iso(b)));
    assertThat(AvailabilityExceeded.week(day))
        .isLessThanOrEqualTo(AvailabilityExceeded.week(day + later));
  }

  private static String iso(LocalDate d) {
    return String.format(
        Locale.ROOT,
        "%d-W%02d",
        d.get(IsoFields.WEEK_BASED_YEAR),
        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
