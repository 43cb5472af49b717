package org.coprod.rules.standard;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.coprod.core.Contribution;
import org.coprod.core.Hours;
import org.coprod.core.Money;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.PaymentTerms;
import org.coprod.core.Side;
import org.coprod.rules.Argument;
import org.coprod.rules.Evidence;
import org.coprod.rules.Finding;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Outcome;
import org.coprod.rules.Param;
import org.coprod.rules.Parameter;
import org.coprod.rules.Principle;
import org.coprod.rules.ProjectIndex;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;
import org.coprod.rules.Template;
import org.coprod.rules.internal.Columns;
import org.jspecify.annotations.Nullable;

/**
 * {@code rate-below-floor}: a person with lived experience paid for their hours at a rate under the
 * agreed rate or the policy's floor (WARNING), one finding per person.
 *
 * <p>"Some people are paid for their time and some people aren't." Being paid, but at less than was
 * agreed, is the same imbalance in a smaller hand. Each paid contribution (paid above zero, hours
 * above zero) is checked on its own: {@code paid / hours} against the larger of the rate per hour
 * of the agreement in force on the contribution's date and the policy's floor ({@code
 * floorPerHour}, none by default). An overpaid session does not make up for an underpaid one. A
 * contribution with neither an agreed rate nor a floor is not checked; unpaid hours are {@code
 * payment-owed}'s matter. The floor is in the currency of the agreed rate. Not applicable without
 * paid hours by people with lived experience, or when none of them has a rate to compare with.
 */
public final class RateBelowFloor implements Rule {
  /** The rule's id. */
  public static final String ID = "rate-below-floor";

  /** The least pay for an hour, whatever the agreement says; zero for none. */
  public static final Parameter<Double> FLOOR_PER_HOUR =
      Parameter.money(
          "floorPerHour",
          0.0,
          "the least pay for an hour of contribution by a person with lived experience, whatever the agreement says (0: none)",
          "None by default; a group or funder sets it (NIHR payment guidance: pay fair compared with other team members)");

  /** The kind {@code under-rate}. */
  public static final FindingKind UNDER_RATE =
      FindingKind.of(
          "under-rate",
          Severity.WARNING,
          "one of the {le} was paid for some hours at less than the agreed rate or the floor",
          "Check the payments against the agreement, pay the difference, and agree how time such as preparation and travel is counted.",
          Template.of(
              "default",
              "{person} was paid less per hour than {floor, select, yes {they should be} other {was agreed}}. They were paid under {floor, select, yes {the agreed rate or the floor your group's policy sets} other {the agreed rate}} for {below} of {paid} paid contributions, {owed} short in all; the lowest was {lowest} an hour against {expected}.",
              Param.person("person"),
              Param.text("floor"),
              Param.count("below"),
              Param.count("paid"),
              Param.money("owed"),
              Param.money("lowest"),
              Param.money("expected")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Paid under the rate")
          .principle(Principle.POWER)
          .addKind(UNDER_RATE)
          .summary("paid LE hours at a rate under the agreed rate or a policy floor")
          .rationale("\"Some people are paid for their time and some people aren't.\"")
          .addSource(
              "NIHR payment guidance (v1.6, 2024): payment terms set before involvement; nobody financially worse off; pay fair compared with other team members")
          .addParameter(FLOOR_PER_HOUR)
          .addLaw(Law.RELABELLING, Law.TIME, Law.DETERMINISM, Law.TOTALITY, Law.ORDER_INDEPENDENCE)
          .build();

  /** One person's underpaid contributions, gathered in the one pass. */
  private static final class Shortfall {
    int paid;
    int below;
    double hoursBelow;
    // summed as whole micro-hours, so the order the contributions are listed in cannot change it
    long microsBelow;
    BigDecimal owed = BigDecimal.ZERO;
    // The contribution paid at the lowest rate (paid over hours) and the rate it should have had.
    @Nullable BigDecimal lowestPaid;
    double lowestHours;
    BigDecimal lowestExpectedRate = BigDecimal.ZERO;
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Outcome check(RuleContext context) {
    ProjectIndex index = context.index();
    double floorValue = context.parameter(FLOOR_PER_HOUR);
    Option<BigDecimal> floor =
        floorValue > 0
            ? Option.some(Money.normalize(BigDecimal.valueOf(floorValue)))
            : Option.none();
    Map<ParticipantId, Shortfall> byPerson = new HashMap<>();
    int paidContributions = 0;
    int compared = 0;
    // Through the index's columns, in the project's order, each person without a lookup; a
    // contribution itself is visited only for its amount.
    ProjectIndex all = context.index();
    Columns columns = Columns.of(all);
    // rate × hours for the rate of the current run of terms, once per distinct number of hours
    Map<Double, BigDecimal> expectedFor = new HashMap<>();
    // The rate to compare with follows from the terms in force, which are the same for long runs
    // of contributions: worked out once per run.
    Option<PaymentTerms> lastTerms = null;
    Option<BigDecimal> lastRate = Option.none();
    for (int i = 0; i < columns.count(); i++) {
      if (!columns.isPaidAt(i) || !(columns.hoursAt(i) > 0)) {
        continue;
      }
      Participant person = columns.contributor(i);
      if (person.side() != Side.LIVED_EXPERIENCE) {
        continue;
      }
      paidContributions++;
      Shortfall s = byPerson.get(person.id());
      if (s == null) {
        s = new Shortfall();
        byPerson.put(person.id(), s);
      }
      s.paid++;
      Option<PaymentTerms> terms = columns.paymentTermsAt(i);
      if (terms != lastTerms) {
        lastTerms = terms;
        Option<BigDecimal> newRate =
            larger(terms.flatMap(PaymentTerms::ratePerHour), floor).filter(r -> r.signum() > 0);
        if (!newRate.equals(lastRate)) {
          expectedFor.clear();
        }
        lastRate = newRate;
      }
      Option<BigDecimal> rate = lastRate;
      if (rate.isEmpty()) {
        continue;
      }
      compared++;
      Contribution c = columns.contribution(i);
      BigDecimal perHour = rate.get();
      // BigDecimal.valueOf(double) goes through Double.toString: once for each distinct number
      BigDecimal expected =
          expectedFor.computeIfAbsent(c.hours(), h -> perHour.multiply(BigDecimal.valueOf(h)));
      if (c.paid().compareTo(expected) >= 0) {
        continue;
      }
      s.below++;
      s.microsBelow += Hours.toMicros(c.hours());
      s.hoursBelow = Hours.ofMicros(s.microsBelow);
      s.owed = s.owed.add(expected.subtract(c.paid()));
      // paid/hours < lowestPaid/lowestHours, compared without dividing.
      BigDecimal hours = BigDecimal.valueOf(c.hours());
      if (s.lowestPaid == null
          || c.paid()
                  .multiply(BigDecimal.valueOf(s.lowestHours))
                  .compareTo(s.lowestPaid.multiply(hours))
              < 0) {
        s.lowestPaid = c.paid();
        s.lowestHours = c.hours();
        s.lowestExpectedRate = rate.get();
      }
    }
    if (paidContributions == 0) {
      return context.notApplicable("no paid hours by {le}");
    }
    if (compared == 0) {
      return context.notApplicable("no agreed rate per hour and no floor to compare payments with");
    }
    java.util.List<Finding> findings = new ArrayList<>();
    for (Participant p : index.people(Side.LIVED_EXPERIENCE)) {
      Shortfall s = byPerson.get(p.id());
      if (s == null || s.below == 0 || s.lowestPaid == null) {
        continue;
      }
      // Rounded down, so a rate just under the agreed one never reads as equal to it.
      BigDecimal lowestRate =
          s.lowestPaid.divide(BigDecimal.valueOf(s.lowestHours), 4, RoundingMode.DOWN);
      BigDecimal owed = Money.normalize(s.owed);
      findings.add(
          context
              .finding(UNDER_RATE)
              .addArgument(
                  Argument.person("person", p.id()),
                  Argument.text("floor", floor.isEmpty() ? "no" : "yes"),
                  Argument.count("below", s.below),
                  Argument.count("paid", s.paid),
                  Argument.money("owed", Money.normalize(owed.setScale(2, RoundingMode.UP))),
                  Argument.money(
                      "lowest", Money.normalize(lowestRate.setScale(2, RoundingMode.DOWN))),
                  Argument.money("expected", s.lowestExpectedRate))
              .addSubject(p.id())
              .addEvidence(
                  Evidence.of("contributionsBelow", s.below),
                  Evidence.of("paidContributions", s.paid),
                  Evidence.of("hoursBelow", s.hoursBelow),
                  Evidence.of("shortfall", owed),
                  Evidence.of("lowestRatePaid", Money.normalize(lowestRate)),
                  Evidence.of("rateExpected", s.lowestExpectedRate))
              .build());
    }
    return context.outcome(findings);
  }

  private static Option<BigDecimal> larger(Option<BigDecimal> a, Option<BigDecimal> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return Option.some(a.get().max(b.get()));
  }
}
