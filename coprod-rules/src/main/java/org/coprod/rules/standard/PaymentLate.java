package org.coprod.rules.standard;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
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
import org.coprod.rules.Parameter;
import org.coprod.rules.Principle;
import org.coprod.rules.ProjectIndex;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;
import org.coprod.rules.Template;
import org.coprod.rules.internal.Columns;

/**
 * {@code payment-late}: a person was paid more than the agreed number of days after their
 * contribution (one WARNING per person, with the number of late payments and the longest wait); or
 * payments to people with lived experience carry no date though the days allowed for them have
 * passed (one NOTE for the project, kind {@code undated}, with their count).
 *
 * <p>"Some people are paid for their time and some people aren't." Being paid weeks late leaves
 * people out of pocket in the meantime, and those who can least afford it wait longest. The days
 * run from the contribution's date to its {@code paidOn}; the limit is {@code paymentWithinDays} of
 * the agreement in force on the contribution's date, or {@link #DEFAULT_WITHIN_DAYS} (28) where
 * that agreement has no payment terms or there is none. A payment without {@code paidOn} is not
 * called late, but neither is it on time: once the view's date is past its limit, lateness cannot
 * be checked, and the NOTE says so (a payment not yet made is {@code payment-owed}'s matter).
 * People of both sides count alike for the WARNING; the NOTE is about people with lived experience,
 * whom a late payment leaves out of pocket. Not applicable while no payment has been made.
 */
public final class PaymentLate implements Rule {
  /** The rule's id. */
  public static final String ID = "payment-late";

  /** The days within which a contribution is paid where no agreement sets them. */
  public static final Parameter<Integer> DEFAULT_WITHIN_DAYS =
      Parameter.days(
          "defaultWithinDays",
          28,
          "the days within which a contribution is paid where the agreement in force sets no payment terms",
          "NIHR payment guidance: payments made promptly, within about four weeks");

  /** The kind {@code late}. */
  public static final FindingKind LATE =
      FindingKind.of(
          "late",
          Severity.WARNING,
          "a person was paid later than the agreement allows",
          "Find out what held the payment up, and agree with the finance team how payments can reach people within the agreed days.",
          Template.of(
              "default",
              "{person} was paid late. This was for {count, plural, one {one contribution} other {# contributions}}; the longest wait was {longestDays} days, against a limit of {limit} (the agreement's, or about four weeks, as NIHR's guidance says, where it sets none).",
              Param.person("person"),
              Param.count("count"),
              Param.count("longestDays"),
              Param.count("limit")));

  /** The kind {@code undated}. */
  public static final FindingKind UNDATED =
      FindingKind.of(
          "undated",
          Severity.NOTE,
          "payments to {le} have no date, past the days allowed for them, so whether they were on time cannot be checked",
          "Record the day each payment reached the person, so the group can see that payments arrive on time.",
          Template.of(
              "default",
              "{undated, plural, one {A payment has} other {Some payments have}} no date, so no one can check {undated, plural, one {it was} other {they were}} on time. {undated, plural, one {It is a payment to a person} other {They are # payments to people}} with lived experience, and the days allowed for {undated, plural, one {it have} other {them have}} passed.",
              Param.count("undated")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Payment late")
          .principle(Principle.RESOURCES)
          .addKind(LATE)
          .addKind(UNDATED)
          .summary(
              "a payment made (paidOn) more than paymentWithinDays after the contribution (W); payments to LE with no date, once past the limit (N, one for the project: lateness cannot be checked)")
          .rationale("\"Some people are paid for their time and some people aren't.\"")
          .addSource(
              "NIHR payment guidance: nobody financially worse off; people told at the outset how and when they will be paid")
          .addParameter(DEFAULT_WITHIN_DAYS)
          .addLaw(
              Law.RELABELLING,
              Law.HOUR_SCALING,
              Law.MONEY_SCALING,
              Law.TIME,
              Law.DETERMINISM,
              Law.TOTALITY,
              Law.ORDER_INDEPENDENCE)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  /** The days within which the contribution at a place is paid: its terms', else the default. */
  private static int limit(Columns columns, int i, int byDefault) {
    Option<PaymentTerms> terms = columns.paymentTermsAt(i);
    return terms.isDefined() ? terms.get().paymentWithinDays() : byDefault;
  }

  /** One person's late payments so far. */
  private static final class Late {
    int count;
    long longestDays = -1;
    int limitOfLongest;
  }

  @Override
  public Outcome check(RuleContext context) {
    int byDefault = context.parameter(DEFAULT_WITHIN_DAYS);
    boolean anyPaid = false;
    int undated = 0;
    long today = context.date().toEpochDay();
    Map<ParticipantId, Late> late = new HashMap<>();
    // Through the index's columns, in the project's order: days as numbers, the terms in force
    // found once per contribution by the index, each person without a lookup.
    ProjectIndex all = context.index();
    Columns columns = Columns.of(all);
    for (int i = 0; i < columns.count(); i++) {
      int paidDay = columns.paidDay(i);
      if (paidDay == Columns.NO_DAY) {
        // Paid but undated: not late, but past its limit lateness cannot be checked.
        if (columns.isPaidAt(i)) {
          anyPaid = true;
          if (columns.contributor(i).isLivedExperience()
              && today - columns.day(i) > limit(columns, i, byDefault)) {
            undated++;
          }
        }
        continue;
      }
      anyPaid = true;
      int limit = limit(columns, i, byDefault);
      long days = (long) paidDay - columns.day(i);
      if (days <= limit) {
        continue;
      }
      Participant person = columns.contributor(i);
      Late l = late.get(person.id());
      if (l == null) {
        l = new Late();
        late.put(person.id(), l);
      }
      l.count++;
      if (days > l.longestDays) {
        l.longestDays = days;
        l.limitOfLongest = limit;
      }
    }
    if (!anyPaid) {
      return context.notApplicable("no payment has been made");
    }
    java.util.List<Finding> findings = new ArrayList<>();
    for (Participant p : context.project().participants()) {
      Late l = late.get(p.id());
      if (l == null) {
        continue;
      }
      findings.add(
          context
              .finding(LATE)
              .addArgument(
                  Argument.person("person", p.id()),
                  Argument.count("count", l.count),
                  Argument.count("longestDays", Math.toIntExact(l.longestDays)),
                  Argument.count("limit", l.limitOfLongest))
              .addSubject(p.id())
              .addEvidence(
                  Evidence.of("latePayments", l.count),
                  Evidence.of("longestDays", l.longestDays),
                  Evidence.of("withinDays", l.limitOfLongest))
              .build());
    }
    if (undated > 0) {
      findings.add(
          context
              .finding(UNDATED)
              .addArgument(Argument.count("undated", undated))
              .addSubject(context.project().id())
              .addEvidence(Evidence.of("undatedPayments", undated))
              .build());
    }
    return context.outcome(findings);
  }
}
