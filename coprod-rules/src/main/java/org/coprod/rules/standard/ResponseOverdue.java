package org.coprod.rules.standard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.coprod.core.Response;
import org.coprod.core.ResponseStatus;
import org.coprod.rules.Argument;
import org.coprod.rules.Evidence;
import org.coprod.rules.Finding;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Outcome;
import org.coprod.rules.Param;
import org.coprod.rules.Principle;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;
import org.coprod.rules.Template;

/**
 * {@code response-overdue}: the group answered a finding with something it would do, set a day to
 * look at it again, and that day has passed with the response still open: WARNING, one finding per
 * response.
 *
 * <p>"For anyone in a coproduction project, respect for each other and responsibility to the
 * project is vital." and "We can't just say what we're against or what we're for. We have to do." A
 * response is the group's promise to itself; leaving it open past its review day is how a finding
 * gets quietly forgotten. Read at the view's date: on the review day itself the response is not yet
 * overdue. Responses marked DONE or DECLINED are answered. Not applicable while no open response
 * has a review day.
 */
public final class ResponseOverdue implements Rule {
  /** The rule's id. */
  public static final String ID = "response-overdue";

  /** The kind {@code overdue}. */
  public static final FindingKind OVERDUE =
      FindingKind.of(
          "overdue",
          Severity.WARNING,
          "the group said what it would do about a finding and when it would look again, and that day has passed with the response still open",
          "Look at the response together: mark it done, say why the group will not act, or set a new day and say who will carry it.",
          Template.of(
              "default",
              "The group has not yet looked again at its response {response}. It was to be looked at again by {due}; it is still open {late, plural, one {# day} other {# days}} later.",
              Param.thing("response"),
              Param.day("due"),
              Param.count("late")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("A response to a finding is overdue")
          .principle(Principle.RESPONSIBILITY)
          .addKind(OVERDUE)
          .summary("an OPEN response past its reviewBy day at the view's date")
          .rationale(
              "\"For anyone in a coproduction project, respect for each other and responsibility to the project is vital.\" and \"We can't just say what we're against or what we're for. We have to do.\"")
          .addSource(
              "NSUN 4Pi standards: process, accountability lines documented",
              "NIHR/INVOLVE guidance on co-producing research: relationships, and reflecting on what the group does")
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

  /** What it reads: the responses, and the view's day they are overdue by. */
  @Override
  public java.util.Set<org.coprod.rules.Part> reads() {
    return org.coprod.rules.Part.of(org.coprod.rules.Part.RESPONSES, org.coprod.rules.Part.DAY);
  }

  @Override
  public Outcome check(RuleContext context) {
    LocalDate today = context.date();
    List<Finding> findings = new ArrayList<>();
    int open = 0;
    for (Response r : context.project().responses()) {
      if (r.status() != ResponseStatus.OPEN || r.reviewBy().isEmpty()) {
        continue;
      }
      open++;
      LocalDate due = r.reviewBy().get();
      if (!today.isAfter(due)) {
        continue;
      }
      long late = ChronoUnit.DAYS.between(due, today);
      findings.add(
          context
              .finding(OVERDUE)
              .addArgument(
                  Argument.thing("response", r.id()),
                  Argument.day("due", due),
                  Argument.count("late", Math.toIntExact(late)))
              .addSubject(r.id())
              .addEvidence(
                  Evidence.of("reviewBy", due.toString()),
                  Evidence.of("daysOverdue", late),
                  Evidence.of("finding", r.finding()))
              .build());
    }
    if (open == 0) {
      return context.notApplicable("no open response with a day to look at it again");
    }
    return context.outcome(findings);
  }
}
