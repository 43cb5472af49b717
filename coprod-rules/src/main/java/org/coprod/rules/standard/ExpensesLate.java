package org.coprod.rules.standard;

import io.vavr.control.Option;
import java.time.LocalDate;
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
 * {@code expenses-late}: a person's expenses were repaid more than the agreed number of days after
 * the contribution, or are still unpaid once that many days have passed by the view's date. One
 * WARNING per person, with the late claims counted (repaid late and still waiting) and the longest
 * wait.
 *
 * <p>"Not everyone has the same capacity to be involved; or might need extra help and support to
 * contribute." People who pay their own fares to take part are out of pocket until they are repaid,
 * and those who can least afford it are the first kept away. The days run from the contribution's
 * date to the reimbursement, or to the view's date while it is unpaid; the limit is {@code
 * expensesWithinDays} of the agreement in force on the contribution's date, or {@link
 * #DEFAULT_WITHIN_DAYS} (28) where that agreement has no payment terms or there is none. A claim of
 * zero is nothing to repay. People of both sides count alike. Not applicable while nobody has
 * claimed expenses.
 */
public final class ExpensesLate implements Rule {
  /** The rule's id. */
  public static final String ID = "expenses-late";

  /** The days within which expenses are repaid where no agreement sets them. */
  public static final Parameter<Integer> DEFAULT_WITHIN_DAYS =
      Parameter.days(
          "defaultWithinDays",
          28,
          "the days within which expenses are repaid where the agreement in force sets no payment terms",
          "NIHR payment guidance: expenses repaid within about four weeks");

  /** The kind {@code late}. */
  public static final FindingKind LATE =
      FindingKind.of(
          "late",
          Severity.WARNING,
          "a person's expenses were repaid later than the agreement allows, or are still waiting past it",
          "Repay what is outstanding, and agree how expenses can be repaid within the agreed days, or paid in advance for those who cannot wait.",
          Template.of(
              "late",
              "{person} waited too long to be paid back for expenses. They were repaid late for {repaidLate, plural, one {one contribution} other {# contributions}}; the longest wait is {longestDays} days, against a limit of {limit} (the agreement's, or about four weeks, as NIHR's guidance says, where it sets none).",
              Param.person("person"),
              Param.count("repaidLate"),
              Param.count("longestDays"),
              Param.count("limit")),
          Template.of(
              "waiting",
              "{person} is still waiting to be paid back for expenses. They have waited past the limit for {waiting, plural, one {one contribution} other {# contributions}}; the longest wait is {longestDays} days, against a limit of {limit} (the agreement's, or about four weeks, as NIHR's guidance says, where it sets none).",
              Param.person("person"),
              Param.count("waiting"),
              Param.count("longestDays"),
              Param.count("limit")),
          Template.of(
              "both",
              "{person} waited too long to be paid back for expenses. They were repaid late for {repaidLate, plural, one {one contribution} other {# contributions}} and are still waiting for {waiting, plural, one {one contribution} other {# contributions}}; the longest wait is {longestDays} days, against a limit of {limit} (the agreement's, or about four weeks, as NIHR's guidance says, where it sets none).",
              Param.person("person"),
              Param.count("repaidLate"),
              Param.count("waiting"),
              Param.count("longestDays"),
              Param.count("limit")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Expenses repaid late")
          .principle(Principle.RESOURCES)
          .addKind(LATE)
          .summary(
              "expenses reimbursed more than expensesWithinDays after, or unreimbursed past it")
          .rationale(
              "\"Not everyone has the same capacity to be involved; or might need extra help and support to contribute.\"")
          .addSource(
              "NIHR payment guidance: expenses repaid within about four weeks; nobody financially worse off",
              "SCIE co-production principles: accessibility")
          .addParameter(DEFAULT_WITHIN_DAYS)
          .addLaw(
              Law.RELABELLING,
              Law.HOUR_SCALING,
              Law.MONEY_SCALING,
              Law.SIDE_SYMMETRY,
              Law.TIME,
              Law.DETERMINISM,
              Law.TOTALITY,
              Law.ORDER_INDEPENDENCE)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  /** One person's late claims so far. */
  private static final class Late {
    int repaidLate;
    int waiting;
    long longestDays = -1;
    int limitOfLongest;
  }

  @Override
  public Outcome check(RuleContext context) {
    int byDefault = context.parameter(DEFAULT_WITHIN_DAYS);
    LocalDate today = context.date();
    boolean anyClaim = false;
    Map<ParticipantId, Late> late = new HashMap<>();
    // Through the index's columns, in the project's order, each person without a lookup.
    ProjectIndex all = context.index();
    Columns columns = Columns.of(all);
    long todayDay = today.toEpochDay();
    for (int i = 0; i < columns.count(); i++) {
      if (!columns.claimedExpensesAt(i)) {
        continue;
      }
      anyClaim = true;
      int repaid = columns.repaidDay(i);
      Option<PaymentTerms> terms = columns.paymentTermsAt(i);
      int limit = terms.isDefined() ? terms.get().expensesWithinDays() : byDefault;
      long days = (repaid == Columns.NO_DAY ? todayDay : repaid) - columns.day(i);
      if (days <= limit) {
        continue;
      }
      Participant person = columns.contributor(i);
      Late l = late.get(person.id());
      if (l == null) {
        l = new Late();
        late.put(person.id(), l);
      }
      if (repaid != Columns.NO_DAY) {
        l.repaidLate++;
      } else {
        l.waiting++;
      }
      if (days > l.longestDays) {
        l.longestDays = days;
        l.limitOfLongest = limit;
      }
    }
    if (!anyClaim) {
      return context.notApplicable("nobody has claimed expenses");
    }
    java.util.List<Finding> findings = new ArrayList<>();
    for (Participant p : context.project().participants()) {
      Late l = late.get(p.id());
      if (l == null) {
        continue;
      }
      String variant = l.waiting == 0 ? "late" : l.repaidLate == 0 ? "waiting" : "both";
      findings.add(
          context
              .finding(LATE, variant)
              .addArgument(
                  Argument.person("person", p.id()),
                  Argument.count("longestDays", Math.toIntExact(l.longestDays)),
                  Argument.count("limit", l.limitOfLongest))
              .addAllArguments(
                  l.repaidLate > 0
                      ? io.vavr.collection.List.of(Argument.count("repaidLate", l.repaidLate))
                      : io.vavr.collection.List.empty())
              .addAllArguments(
                  l.waiting > 0
                      ? io.vavr.collection.List.of(Argument.count("waiting", l.waiting))
                      : io.vavr.collection.List.empty())
              .addSubject(p.id())
              .addEvidence(
                  Evidence.of("repaidLate", l.repaidLate),
                  Evidence.of("stillWaiting", l.waiting),
                  Evidence.of("longestDays", l.longestDays),
                  Evidence.of("withinDays", l.limitOfLongest))
              .build());
    }
    return context.outcome(findings);
  }
}
