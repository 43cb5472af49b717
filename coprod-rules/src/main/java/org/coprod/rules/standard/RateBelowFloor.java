package org.coprod.rules.standard;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
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
import org.coprod.rules.Part;
import org.coprod.rules.Principle;
import org.coprod.rules.ProjectIndex;
import org.coprod.rules.Recheck;
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
          .addLaw(
              Law.RELABELLING,
              Law.TIME,
              Law.DETERMINISM,
              Law.TOTALITY,
              Law.ORDER_INDEPENDENCE,
              Law.INCREMENTALITY)
          .build();

  /** Marks, in a pass's table by ordinal, a person whose contributions this rule does not check. */
  private static final Shortfall OTHER_SIDE = new Shortfall();

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

  /**
   * What a check keeps for the next recheck: the sums by person so far, the rate of the last run of
   * terms, and each person's finding as built (dropped when one of their contributions arrives).
   */
  private static final class State {
    final Option<BigDecimal> floor;
    final Map<ParticipantId, Shortfall> byPerson = new HashMap<>();
    final Map<ParticipantId, Finding> built = new HashMap<>();
    int paidContributions;
    int compared;
    // rate × hours for the rate of the current run of terms, once per distinct number of hours
    final ExpectedByHours expectedFor = new ExpectedByHours();
    // The rate to compare with follows from the terms in force, which are the same for long runs
    // of contributions: worked out once per run.
    @Nullable Option<PaymentTerms> lastTerms;
    Option<BigDecimal> lastRate = Option.none();

    State(Option<BigDecimal> floor) {
      this.floor = floor;
    }

    /**
     * Adds the contributions from one place to another: through the index's columns, in the
     * project's order, each person without a lookup; a contribution itself is visited only for its
     * amount.
     */
    void add(ProjectIndex index, int from, int to) {
      Columns all = Columns.of(index);
      // Each person's sums by ordinal for this pass, filled the first time the person is met:
      // ordinals belong to this index, so the table lives only as long as the pass; the map by id
      // is what a recheck keeps.
      Shortfall[] byOrdinal = new Shortfall[all.personCount()];
      int lastVersion = Integer.MIN_VALUE;
      for (int i = from; i < to; i++) {
        double h = all.hoursAt(i);
        if (!all.isPaidAt(i) || !(h > 0)) {
          continue;
        }
        int ordinal = all.ordinalAt(i);
        Shortfall s = byOrdinal[ordinal];
        if (s == null) {
          s = person(all.participant(ordinal));
          byOrdinal[ordinal] = s;
        }
        if (s == OTHER_SIDE) {
          continue;
        }
        paidContributions++;
        s.paid++;
        int version = all.versionAt(i);
        if (version != lastVersion) {
          lastVersion = version;
          Option<PaymentTerms> terms = all.paymentTermsAt(i);
          if (terms != lastTerms) {
            lastTerms = terms;
            Option<BigDecimal> newRate =
                larger(terms.flatMap(PaymentTerms::ratePerHour), floor).filter(r -> r.signum() > 0);
            if (!newRate.equals(lastRate)) {
              expectedFor.clear();
            }
            lastRate = newRate;
          }
        }
        Option<BigDecimal> rate = lastRate;
        if (rate.isEmpty()) {
          continue;
        }
        compared++;
        BigDecimal perHour = rate.get();
        BigDecimal expected = expectedFor.get(h);
        if (expected == null) {
          // BigDecimal.valueOf(double) goes through Double.toString: once for each distinct number
          expected = perHour.multiply(BigDecimal.valueOf(h));
          expectedFor.put(h, expected);
        }
        BigDecimal paid = all.contribution(i).paid();
        if (paid.compareTo(expected) >= 0) {
          continue;
        }
        s.below++;
        s.microsBelow += Hours.toMicros(h);
        s.hoursBelow = Hours.ofMicros(s.microsBelow);
        s.owed = s.owed.add(expected.subtract(paid));
        // paid/hours < lowestPaid/lowestHours, compared without dividing.
        if (s.lowestPaid == null
            || paid.multiply(BigDecimal.valueOf(s.lowestHours))
                    .compareTo(s.lowestPaid.multiply(BigDecimal.valueOf(h)))
                < 0) {
          s.lowestPaid = paid;
          s.lowestHours = h;
          s.lowestExpectedRate = perHour;
        }
      }
    }

    /**
     * The sums of a person met in a pass, {@link #OTHER_SIDE} for a professional; their finding as
     * built is dropped, since a contribution of theirs arrives.
     */
    private Shortfall person(Participant person) {
      if (person.side() != Side.LIVED_EXPERIENCE) {
        return OTHER_SIDE;
      }
      Shortfall s = byPerson.get(person.id());
      if (s == null) {
        s = new Shortfall();
        byPerson.put(person.id(), s);
      }
      built.remove(person.id());
      return s;
    }

    /** The outcome of the sums so far: a finding per person paid below, in the side's order. */
    Outcome outcome(RuleContext context) {
      if (paidContributions == 0) {
        return context.notApplicable("no paid hours by {le}");
      }
      if (compared == 0) {
        return context.notApplicable(
            "no agreed rate per hour and no floor to compare payments with");
      }
      java.util.List<Finding> findings = new ArrayList<>();
      for (Participant p : context.index().people(Side.LIVED_EXPERIENCE)) {
        Shortfall s = byPerson.get(p.id());
        if (s == null || s.below == 0 || s.lowestPaid == null) {
          continue;
        }
        Finding f = built.get(p.id());
        if (f == null) {
          f = finding(context, p, s, s.lowestPaid);
          built.put(p.id(), f);
        }
        findings.add(f);
      }
      return context.outcome(findings);
    }

    private Finding finding(RuleContext context, Participant p, Shortfall s, BigDecimal lowest) {
      // Rounded down, so a rate just under the agreed one never reads as equal to it.
      BigDecimal lowestRate =
          lowest.divide(BigDecimal.valueOf(s.lowestHours), 4, RoundingMode.DOWN);
      BigDecimal owed = Money.normalize(s.owed);
      return context
          .finding(UNDER_RATE)
          .addArgument(
              Argument.person("person", p.id()),
              Argument.text("floor", floor.isEmpty() ? "no" : "yes"),
              Argument.count("below", s.below),
              Argument.count("paid", s.paid),
              Argument.money("owed", Money.normalize(owed.setScale(2, RoundingMode.UP))),
              Argument.money("lowest", Money.normalize(lowestRate.setScale(2, RoundingMode.DOWN))),
              Argument.money("expected", s.lowestExpectedRate))
          .addSubject(p.id())
          .addEvidence(
              Evidence.of("contributionsBelow", s.below),
              Evidence.of("paidContributions", s.paid),
              Evidence.of("hoursBelow", s.hoursBelow),
              Evidence.of("shortfall", owed),
              Evidence.of("lowestRatePaid", Money.normalize(lowestRate)),
              Evidence.of("rateExpected", s.lowestExpectedRate))
          .build();
    }
  }

  /**
   * Rate × hours by number of hours, for one rate: an open-addressed table on the hours' bits, so a
   * look-up boxes nothing. Keys are positive hours, whose bits are never 0, the empty slot's mark;
   * two hours are the same key exactly when their bits are, as for {@link Double#equals}.
   */
  private static final class ExpectedByHours {
    private long[] keys = new long[64];
    private @Nullable BigDecimal[] values = new BigDecimal[64];
    private int size;

    @Nullable BigDecimal get(double hours) {
      long key = Double.doubleToLongBits(hours);
      int mask = keys.length - 1;
      for (int at = slot(key, mask); ; at = (at + 1) & mask) {
        long k = keys[at];
        if (k == key) {
          return values[at];
        }
        if (k == 0) {
          return null;
        }
      }
    }

    void put(double hours, BigDecimal expected) {
      if (2 * (size + 1) > keys.length) {
        grow();
      }
      insert(Double.doubleToLongBits(hours), expected);
    }

    void clear() {
      if (size > 0) {
        java.util.Arrays.fill(keys, 0L);
        java.util.Arrays.fill(values, null);
        size = 0;
      }
    }

    private void insert(long key, BigDecimal expected) {
      int mask = keys.length - 1;
      int at = slot(key, mask);
      while (keys[at] != 0 && keys[at] != key) {
        at = (at + 1) & mask;
      }
      if (keys[at] == 0) {
        size++;
      }
      keys[at] = key;
      values[at] = expected;
    }

    private void grow() {
      long[] oldKeys = keys;
      @Nullable BigDecimal[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new BigDecimal[oldKeys.length * 2];
      size = 0;
      for (int at = 0; at < oldKeys.length; at++) {
        BigDecimal v = oldValues[at];
        if (oldKeys[at] != 0 && v != null) {
          insert(oldKeys[at], v);
        }
      }
    }

    private static int slot(long key, int mask) {
      long mixed = key * 0x9E3779B97F4A7C15L;
      return (int) (mixed >>> 32) & mask;
    }
  }

  /** The participants, their contributions and the agreements' payment terms; not the day. */
  @Override
  public Set<Part> reads() {
    return Part.of(Part.PARTICIPANTS, Part.CONTRIBUTIONS, Part.AGREEMENTS);
  }

  @Override
  public Outcome check(RuleContext context) {
    double floorValue = context.parameter(FLOOR_PER_HOUR);
    Option<BigDecimal> floor =
        floorValue > 0
            ? Option.some(Money.normalize(BigDecimal.valueOf(floorValue)))
            : Option.none();
    State state = new State(floor);
    state.add(context.index(), 0, Columns.of(context.index()).count());
    context.keep(state);
    return state.outcome(context);
  }

  /**
   * Adds only the appended contributions to the sums kept, so only the people they name have their
   * finding built again; nothing here depends on the day.
   */
  @Override
  public Outcome recheck(RuleContext context, Recheck since) {
    Option<State> kept = since.kept(State.class);
    if (kept.isEmpty()) {
      return check(context);
    }
    State state = kept.get();
    state.add(context.index(), since.firstAddedContribution(), Columns.of(context.index()).count());
    context.keep(state);
    return state.outcome(context);
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
