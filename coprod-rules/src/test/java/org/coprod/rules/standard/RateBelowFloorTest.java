package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.agreement;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.coprod.core.Agreement;
import org.coprod.core.Contribution;
import org.coprod.core.Hours;
import org.coprod.core.Money;
import org.coprod.core.ParticipantId;
import org.coprod.core.PaymentTerms;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Policy;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class RateBelowFloorTest {
  private final RateBelowFloor rule = new RateBelowFloor();

  private static Agreement rate(int version, int day, String perHour) {
    return agreement()
        .version(version)
        .date(day(day))
        .payment(
            PaymentTerms.builder().ratePerHour(new BigDecimal(perHour)).currency("GBP").build())
        .build();
  }

  /** Ana gives 2 hours on day 10 for {@code paid}, under an agreed rate of 25 an hour. */
  private static Project.Builder paidAt(String paid) {
    return project()
        .addParticipant(pro("dana").build(), le("ana").build())
        .addAgreement(rate(1, 0, "25"))
        .addContribution(contribution("ana", 2).paid(new BigDecimal(paid)).build());
  }

  @Test
  void flagsAPeerContributorPaidUnderTheAgreedRate() {
    Outcome o = check(rule, paidAt("30").build());
    Finding f = o.findings().single();
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subjects()).containsExactly(ParticipantId.of("ana"));
    assertThat(f.evidence("shortfall").get()).isEqualTo(new BigDecimal("20"));
    assertThat(f.evidence("lowestRatePaid").get()).isEqualTo(new BigDecimal("15"));
    assertThat(f.evidence("rateExpected").get()).isEqualTo(new BigDecimal("25"));
    assertThat(f.message())
        .contains("They were paid under the agreed rate for 1 of 1 paid contributions")
        .contains("20 short")
        .contains("15 an hour against 25");
  }

  @Test
  void passesAtExactlyTheAgreedRateAndFlagsAPennyUnder() {
    assertThat(check(rule, paidAt("50").build()).status()).isEqualTo(OutcomeStatus.PASSED);
    Finding f = check(rule, paidAt("49.99").build()).findings().single();
    assertThat(f.evidence("shortfall").get()).isEqualTo(new BigDecimal("0.01"));
    // 24.995 an hour reads as 24.99, never as the 25 it falls short of.
    assertThat(f.message()).contains("24.99 an hour against 25");
  }

  @Test
  void passesPaymentAboveTheRate() {
    assertThat(check(rule, paidAt("80").build()).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void raisesOneFindingPerPersonWithTheWorstRateInTheEvidence() {
    Project p =
        paidAt("40")
            .addContribution(
                contribution("ana", 4).paid(new BigDecimal("40")).build(),
                contribution("ana", 1).paid(new BigDecimal("25")).build())
            .build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.evidence("contributionsBelow").get()).isEqualTo(2);
    assertThat(f.evidence("paidContributions").get()).isEqualTo(3);
    assertThat(f.evidence("hoursBelow").get()).isEqualTo(6.0);
    assertThat(f.evidence("shortfall").get()).isEqualTo(new BigDecimal("70"));
    assertThat(f.evidence("lowestRatePaid").get()).isEqualTo(new BigDecimal("10"));
  }

  @Test
  void usesTheRateInForceOnTheContributionsDate() {
    // The rate rises from 20 to 25 on day 20: 40 for 2 hours is fair on day 10, short on day 30.
    Project p =
        project()
            .addParticipant(le("ana").build())
            .addAgreement(rate(1, 0, "20"), rate(2, 20, "25"))
            .addContribution(contribution("ana", 2).paid(new BigDecimal("40")).build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
    Project later = p.withContributions(p.contributions().map(c -> c.withDate(day(30))));
    assertThat(check(rule, later).findings().single().evidence("rateExpected").get())
        .isEqualTo(new BigDecimal("25"));
  }

  @Test
  void aPolicyFloorAboveTheAgreedRateRaisesTheBar() {
    Policy livingWage = Policy.builder().set(RateBelowFloor.ID, "floorPerHour", 30.0).build();
    Finding f = check(rule, paidAt("50").build(), livingWage).findings().single();
    assertThat(f.evidence("rateExpected").get()).isEqualTo(new BigDecimal("30"));
    assertThat(f.message())
        .contains("under the agreed rate or the floor")
        .contains("25 an hour against 30");
    assertThat(check(rule, paidAt("60").build(), livingWage).status())
        .isEqualTo(OutcomeStatus.PASSED);
    Policy lowFloor = Policy.builder().set(RateBelowFloor.ID, "floorPerHour", 10.0).build();
    assertThat(
            check(rule, paidAt("30").build(), lowFloor)
                .findings()
                .single()
                .evidence("rateExpected")
                .get())
        .isEqualTo(new BigDecimal("25"));
  }

  @Test
  void aPolicyFloorAppliesWhereNoRateIsAgreed() {
    Project p =
        project()
            .addParticipant(le("ana").build())
            .addContribution(contribution("ana", 2).paid(new BigDecimal("10")).build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    Policy floor = Policy.builder().set(RateBelowFloor.ID, "floorPerHour", 12.5).build();
    assertThat(check(rule, p, floor).findings().single().evidence("shortfall").get())
        .isEqualTo(new BigDecimal("15"));
  }

  @Test
  void leavesProfessionalsPayToOtherRules() {
    Project p =
        project()
            .addParticipant(pro("dana").build(), le("ana").build())
            .addAgreement(rate(1, 0, "25"))
            .addContribution(
                contribution("dana", 2).paid(BigDecimal.ONE).build(),
                contribution("ana", 2).paid(new BigDecimal("50")).build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void doesNotApplyWithoutPaidHoursByPeopleWithLivedExperience() {
    Project unpaid =
        project()
            .addParticipant(le("ana").build())
            .addAgreement(rate(1, 0, "25"))
            .addContribution(contribution("ana", 2).build())
            .build();
    assertThat(check(rule, unpaid).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void aPaidContributionOfNoHoursIsNotCompared() {
    Project p =
        paidAt("30")
            .addContribution(contribution("ana", 0).paid(new BigDecimal("10")).build())
            .build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.evidence("paidContributions")).contains(1);
    assertThat(f.message()).contains("for 1 of 1 paid contributions");
  }

  @Test
  void aRateOfNothingIsNoRateToCompareWith() {
    Project p =
        project()
            .addParticipant(pro("dana").build(), le("ana").build())
            .addAgreement(rate(1, 0, "0"))
            .addContribution(contribution("ana", 2).paid(new BigDecimal("1")).build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void aNewRateIsComparedAsNewEvenForTheSameHours() {
    // 2 hours for 55: above 25 an hour, under the 30 agreed from day 20
    Project p =
        project()
            .addParticipant(pro("dana").build(), le("ana").build())
            .addAgreement(rate(1, 0, "25"), rate(2, 20, "30"))
            .addContribution(
                contribution("ana", 2).paid(new BigDecimal("55")).build(),
                contribution("ana", 2).date(day(30)).paid(new BigDecimal("55")).build())
            .build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.evidence("contributionsBelow")).contains(1);
    assertThat(f.evidence("rateExpected")).contains(new BigDecimal("30"));
  }

  @Test
  void theFirstOfTwoEquallyLowRatesIsTheOneReported() {
    // 15 an hour both times, under 25 and then under 30
    Project p =
        project()
            .addParticipant(pro("dana").build(), le("ana").build())
            .addAgreement(rate(1, 0, "25"), rate(2, 20, "30"))
            .addContribution(
                contribution("ana", 2).paid(new BigDecimal("30")).build(),
                contribution("ana", 4).date(day(30)).paid(new BigDecimal("60")).build())
            .build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.evidence("rateExpected")).contains(new BigDecimal("25"));
    assertThat(f.message()).contains("15 an hour against 25");
  }

  /**
   * One paid contribution of a generated project: who, on which side of the rate change, how much.
   */
  record Paid(String who, boolean later, double hours, int scale, int how, long digits) {}

  private static final String[] RATES = {
    "25", "12.5", "9.99", "0.0001", "0.0003", "123456789.1234", "99999999999", "7.3333", "1"
  };

  @Provide
  Arbitrary<Seq<Paid>> payments() {
    Arbitrary<Double> hours =
        Arbitraries.oneOf(
            Arbitraries.of(0.1, 0.2, 0.3, 0.7, 1.0, 1.5, 2.0, 2.25, 3.3333, 0.000001, 7.123457),
            Arbitraries.integers().between(1, 99_999).map(t -> t / 10.0),
            Arbitraries.doubles().between(0.000001, 10_000).ofScale(6));
    Arbitrary<Paid> one =
        Combinators.combine(
                Arbitraries.of("ana", "bo", "dana"),
                Arbitraries.of(false, true),
                hours,
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 2),
                Arbitraries.longs().between(1, 999_999_999_999_999L))
            .as(Paid::new);
    return one.list().ofMinSize(1).ofMaxSize(40).map(List::ofAll);
  }

  /**
   * The amount a generated contribution is paid: any amount at its scale, exactly rate × hours
   * rounded up to that scale (at or over the rate), or one unit of that scale under it.
   */
  private static BigDecimal amount(Paid p, BigDecimal rate) {
    BigDecimal exact = rate.multiply(new BigDecimal(Double.toString(p.hours())));
    BigDecimal unit = BigDecimal.ONE.movePointLeft(p.scale());
    return switch (p.how()) {
      case 0 -> BigDecimal.valueOf(p.digits(), p.scale());
      case 1 -> exact.setScale(p.scale(), RoundingMode.UP);
      default -> exact.setScale(p.scale(), RoundingMode.UP).subtract(unit);
    };
  }

  @Property
  void eachPaymentIsComparedExactlyWithRateTimesHoursAsWritten(
      @ForAll("payments") Seq<Paid> payments,
      @ForAll("rates") String before,
      @ForAll("rates") String after,
      @ForAll boolean withFloor) {
    BigDecimal earlier = new BigDecimal(before);
    BigDecimal later = new BigDecimal(after);
    Policy policy =
        withFloor
            ? Policy.builder().set(RateBelowFloor.ID, "floorPerHour", 9.99).build()
            : Policy.defaults();
    BigDecimal floor = withFloor ? new BigDecimal("9.99") : BigDecimal.ZERO;
    Seq<Contribution> contributions =
        payments
            .map(
                p ->
                    contribution(p.who(), p.hours())
                        .date(day(p.later() ? 30 : 10))
                        .paid(amount(p, p.later() ? later : earlier))
                        .build())
            .filter(c -> c.paid().signum() > 0);
    Project project =
        project()
            .addParticipant(pro("dana").build(), le("ana").build(), le("bo").build())
            .addAgreement(rate(1, 0, before), rate(2, 20, after))
            .addAllContributions(contributions)
            .build();
    Outcome o = check(rule, project, policy);
    for (String who : List.of("ana", "bo")) {
      // the same comparison written out once per contribution, nothing kept between them
      Seq<Contribution> theirs =
          contributions.filter(c -> c.participant().equals(ParticipantId.of(who)));
      Seq<Contribution> under =
          theirs.filter(
              c -> {
                BigDecimal rate = (c.date().equals(day(30)) ? later : earlier).max(floor);
                return c.paid().compareTo(rate.multiply(new BigDecimal(Double.toString(c.hours()))))
                    < 0;
              });
      Seq<Finding> theirFindings =
          o.findings().filter(f -> f.subjects().contains(ParticipantId.of(who)));
      if (under.isEmpty()) {
        assertThat(theirFindings).isEmpty();
        continue;
      }
      BigDecimal shortfall =
          under
              .map(
                  c ->
                      (c.date().equals(day(30)) ? later : earlier)
                          .max(floor)
                          .multiply(new BigDecimal(Double.toString(c.hours())))
                          .subtract(c.paid()))
              .fold(BigDecimal.ZERO, BigDecimal::add);
      long micros = under.map(c -> Hours.toMicros(c.hours())).sum().longValue();
      Finding f = theirFindings.single();
      assertThat(f.evidence("contributionsBelow")).contains(under.size());
      assertThat(f.evidence("paidContributions")).contains(theirs.size());
      assertThat(f.evidence("shortfall")).contains(Money.normalize(shortfall));
      assertThat(f.evidence("hoursBelow")).contains(Hours.ofMicros(micros));
    }
    assertThat(o.findings().filter(f -> f.subjects().contains(ParticipantId.of("dana")))).isEmpty();
  }

  @Provide
  Arbitrary<String> rates() {
    return Arbitraries.of(RATES);
  }
}
