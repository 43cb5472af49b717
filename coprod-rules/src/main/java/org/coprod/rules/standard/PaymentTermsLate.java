package org.coprod.rules.standard;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.coprod.core.Agreement;
import org.coprod.core.Side;
import org.coprod.rules.Argument;
import org.coprod.rules.Evidence;
import org.coprod.rules.Finding;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Outcome;
import org.coprod.rules.Param;
import org.coprod.rules.Principle;
import org.coprod.rules.ProjectIndex;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;
import org.coprod.rules.Template;

/**
 * {@code payment-terms-late}: no payment terms were agreed on or before the day of the first
 * contribution by a person with lived experience. One WARNING for the project.
 *
 * <p>"Some people are paid for their time and some people aren't." People should know before they
 * give anything how, and whether, they will be paid. The terms are those of the agreement in force
 * on that day (its latest version dated on or before it); terms in an earlier version that a later
 * one dropped do not count. Terms that set no rate still count as terms: a group may agree openly
 * not to pay. Not applicable until someone with lived experience has contributed.
 */
public final class PaymentTermsLate implements Rule {
  /** The rule's id. */
  public static final String ID = "payment-terms-late";

  /** The kind {@code late}. */
  public static final FindingKind LATE =
      FindingKind.of(
          "late",
          Severity.WARNING,
          "no payment terms were agreed before {le} started to contribute",
          "Agree the payment terms now, tell everyone how they will be paid and for what, and settle what is owed for the work already given.",
          Template.of(
              "late",
              "Pay was agreed after {le} began to help. They started to contribute on {first}, {days} days before payment terms were agreed in version {version} of the agreement.",
              Param.side("le"),
              Param.day("first"),
              Param.count("days"),
              Param.count("version")),
          Template.of(
              "none",
              "No pay terms are agreed, but {le} have begun to help. They started to contribute on {first}.",
              Param.side("le"),
              Param.day("first")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Payment terms agreed late")
          .principle(Principle.RESOURCES)
          .addKind(LATE)
          .summary("no payment terms agreed on or before the first LE contribution")
          .rationale("\"Some people are paid for their time and some people aren't.\"")
          .addSource(
              "NIHR payment guidance: payment terms set before involvement; people told at the outset how they will be paid",
              "NIHR/INVOLVE guidance on co-producing research: reciprocity")
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

  @Override
  public Outcome check(RuleContext context) {
    ProjectIndex index = context.index();
    Option<LocalDate> firstLe = index.firstContribution(Side.LIVED_EXPERIENCE);
    if (firstLe.isEmpty()) {
      return context.notApplicable("no {le, one} has contributed yet");
    }
    LocalDate first = firstLe.get();
    Option<Agreement> inForce = context.project().agreementInForce(first);
    if (inForce.exists(a -> a.payment().isDefined())) {
      return context.passed();
    }
    Option<Agreement> later =
        context
            .project()
            .agreements()
            .find(a -> a.date().isAfter(first) && a.payment().isDefined());
    Finding.Builder finding =
        context
            .finding(LATE, later.isDefined() ? "late" : "none")
            .addArgument(Argument.side("le", Side.LIVED_EXPERIENCE), Argument.day("first", first))
            .addAllArguments(
                later
                    .map(
                        a ->
                            List.of(
                                Argument.count(
                                    "days",
                                    Math.toIntExact(ChronoUnit.DAYS.between(first, a.date()))),
                                Argument.count("version", a.version())))
                    .getOrElse(List.empty()))
            .addSubject(context.project().id())
            .addEvidence(
                Evidence.of("firstLivedExperienceContribution", first.toString()),
                Evidence.of("paymentTermsAgreedLater", later.isDefined()));
    later.forEach(
        a ->
            finding.addEvidence(
                Evidence.of("daysBeforeTerms", ChronoUnit.DAYS.between(first, a.date()))));
    return context.outcome(List.of(finding.build()));
  }
}
