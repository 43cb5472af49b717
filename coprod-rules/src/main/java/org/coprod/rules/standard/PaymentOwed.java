package org.coprod.rules.standard;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.coprod.core.Employment;
import org.coprod.core.Hours;
import org.coprod.core.Money;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.PaymentTerms;
import org.coprod.rules.Argument;
import org.coprod.rules.Evidence;
import org.coprod.rules.Finding;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Outcome;
import org.coprod.rules.Param;
import org.coprod.rules.Part;
import org.coprod.rules.Principle;
import org.coprod.rules.Recheck;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;
import org.coprod.rules.Template;
import org.coprod.rules.internal.Columns;

/**
 * {@code payment-owed}: a person with lived experience gave unpaid hours while the agreement set a
 * rate for them. One WARNING per person, with the unpaid hours, the contributions and the sum owed
 * at the agreed rate.
 *
 * <p>"Some people are paid for their time and some people aren't." A contribution is owed when it
 * took hours, was paid nothing, and the agreement in force on its date has a rate per hour above
 * zero; people who decline payment and SALARIED people (paid by their employer for this time) are
 * not owed. Volunteers are: an agreed rate is an offer to everyone, and declining it is recorded as
 * declining. A part payment is {@code rate-below-floor}'s matter, not this rule's. Not applicable
 * while no version of the agreement sets a rate per hour.
 */
public final class PaymentOwed implements Rule {
  /** The rule's id. */
  public static final String ID = "payment-owed";

  /** The kind {@code owed}. */
  public static final FindingKind OWED =
      FindingKind.of(
          "owed",
          Severity.WARNING,
          "one of the {le} gave unpaid hours under an agreed rate of pay",
          "Pay what is owed at the agreed rate, or record that the person declines payment if that is their choice.",
          Template.of(
              "default",
              "{person} has not been paid for {hours} hours. They gave them in {count, plural, one {one contribution} other {# contributions}}, while the agreement set a rate of pay.",
              Param.person("person"),
              Param.hours("hours"),
              Param.count("count")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Payment owed")
          .principle(Principle.RESOURCES)
          .addKind(OWED)
          .summary(
              "unpaid LE hours under an agreed rate, by someone who neither declined nor is salaried")
          .rationale("\"Some people are paid for their time and some people aren't.\"")
          .addSource(
              "NIHR payment guidance: nobody financially worse off; pay fair compared with other team members",
              "SCIE co-production principles: reciprocity")
          .addLaw(
              Law.RELABELLING,
              Law.TIME,
              Law.DETERMINISM,
              Law.TOTALITY,
              Law.ORDER_INDEPENDENCE,
              Law.INCREMENTALITY)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  /** What one person is owed so far. */
  private static final class Owed {
    int contributions;
    double hours;
    // summed as whole micro-hours, so the order the contributions are listed in cannot change it
    long micros;
    BigDecimal amount = BigDecimal.ZERO;
  }

  /**
   * What a check keeps for the next recheck: the people owed pay, what each is owed so far, and
   * each person's finding as built (dropped when an appended contribution adds to what they are
   * owed).
   */
  private static final class State {
    final Map<ParticipantId, Participant> owedTo = new HashMap<>();
    final Map<ParticipantId, Owed> owed = new HashMap<>();
    final Map<ParticipantId, Finding> built = new HashMap<>();

    /** Adds the contributions from one place to another, in the project's order. */
    void add(Columns columns, int from, int to) {
      for (int i = from; i < to; i++) {
        if (columns.isPaidAt(i) || columns.hoursAt(i) <= 0) {
          continue;
        }
        Participant person = columns.contributor(i);
        if (!owedTo.containsKey(person.id())) {
          continue;
        }
        BigDecimal rate =
            columns.paymentTermsAt(i).flatMap(PaymentTerms::ratePerHour).getOrElse(BigDecimal.ZERO);
        if (rate.signum() <= 0) {
          continue;
        }
        double hours = columns.hoursAt(i);
        Owed o = owed.get(person.id());
        if (o == null) {
          o = new Owed();
          owed.put(person.id(), o);
        }
        built.remove(person.id());
        o.contributions++;
        o.micros += Hours.toMicros(hours);
        o.hours = Hours.ofMicros(o.micros);
        o.amount = o.amount.add(BigDecimal.valueOf(hours).multiply(rate));
      }
    }

    /** A finding per person owed, in the order of the participants. */
    Outcome outcome(RuleContext context) {
      java.util.List<Finding> findings = new ArrayList<>();
      for (Participant p : context.project().participants()) {
        Owed o = owed.get(p.id());
        if (o == null) {
          continue;
        }
        Finding f = built.get(p.id());
        if (f == null) {
          f = finding(context, p, o);
          built.put(p.id(), f);
        }
        findings.add(f);
      }
      return context.outcome(findings);
    }
  }

  /** The participants, their contributions and the agreements' rates; not the day. */
  @Override
  public Set<Part> reads() {
    return Part.of(Part.PARTICIPANTS, Part.CONTRIBUTIONS, Part.AGREEMENTS);
  }

  @Override
  public Outcome check(RuleContext context) {
    boolean anyRate =
        context
            .project()
            .agreements()
            .exists(
                a -> a.payment().flatMap(PaymentTerms::ratePerHour).exists(r -> r.signum() > 0));
    if (!anyRate) {
      return context.notApplicable("no version of the agreement sets a rate per hour");
    }
    State state = new State();
    for (Participant p : context.project().participants()) {
      if (p.isLivedExperience() && !p.declinesPayment() && p.employment() != Employment.SALARIED) {
        state.owedTo.put(p.id(), p);
      }
    }
    // Through the index's columns, in the project's order, each person without a lookup.
    Columns columns = Columns.of(context.index());
    state.add(columns, 0, columns.count());
    context.keep(state);
    return state.outcome(context);
  }

  /**
   * Adds only the appended contributions, so only the people they add to have their finding built
   * again. The agreements and participants are as before (else this is not called), so whether any
   * rate is set and who is owed pay are as the check before found them.
   */
  @Override
  public Outcome recheck(RuleContext context, Recheck since) {
    Option<State> kept = since.kept(State.class);
    if (kept.isEmpty()) {
      return check(context);
    }
    State state = kept.get();
    Columns columns = Columns.of(context.index());
    state.add(columns, since.firstAddedContribution(), columns.count());
    context.keep(state);
    return state.outcome(context);
  }

  private static Finding finding(RuleContext context, Participant p, Owed o) {
    return context
        .finding(OWED)
        .addArgument(
            Argument.person("person", p.id()),
            Argument.hours("hours", o.hours),
            Argument.count("count", o.contributions))
        .addSubject(p.id())
        .addEvidence(
            Evidence.of("unpaidHours", o.hours),
            Evidence.of("unpaidContributions", o.contributions),
            Evidence.of("owedAtAgreedRate", Money.normalize(o.amount)))
        .build();
  }
}
