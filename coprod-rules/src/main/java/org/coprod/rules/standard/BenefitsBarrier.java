package org.coprod.rules.standard;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.ArrayList;
import org.coprod.core.Agreement;
import org.coprod.core.AgreementVersion;
import org.coprod.core.DeclineReason;
import org.coprod.core.Participant;
import org.coprod.core.PaymentMethod;
import org.coprod.core.PaymentTerms;
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
 * {@code benefits-barrier}: someone declines payment because payment could affect their benefits,
 * and the agreement in force at the view's date offers no benefits advice ({@code benefitsAdvice});
 * with no agreement, or no payment terms, nothing is offered either. One WARNING, on the agreement.
 *
 * <p>"Not everyone has the same capacity to be involved; or might need extra help and support to
 * contribute." Declining pay to protect one's benefits is not a free choice but a barrier the
 * project can lower with advice. The finding says which ways of paying the agreement offers ({@code
 * methods}), but none of them lifts it: vouchers are not automatically disregarded by the benefits
 * rules, and payroll can make someone a worker, so only {@code benefitsAdvice} passes. A decline
 * reason can reveal someone's health and circumstances, so the finding never says it: its message
 * speaks of "a person who declines payment", names nobody, and its subject is the agreement version
 * (or the project, with no agreement), never the person: a finding about a person under this rule's
 * id would say why they decline. The group does not need to know who to fix it: advice offered to
 * everyone lowers the barrier for whoever faces it. The count of people is in the evidence. People
 * of both sides count alike; people who have left count too, since the barrier may be why they
 * left. Not applicable when nobody declines payment for that reason.
 */
public final class BenefitsBarrier implements Rule {
  /** The rule's id. */
  public static final String ID = "benefits-barrier";

  /** The kind {@code no-advice}. */
  public static final FindingKind NO_ADVICE =
      FindingKind.of(
          "no-advice",
          Severity.WARNING,
          "a person who declines payment is offered no advice by the agreement on how payment would affect them, whatever ways of paying it offers",
          "Offer independent advice on how payment would affect each person, before they choose how to be paid, and write the offer into the agreement: no way of paying, vouchers included, is right for everyone without advice.",
          Template.of(
              "no-agreement",
              "{people, plural, one {A person who turns down pay is} other {# people who turn down pay are}} not offered advice on how pay would affect them. There is no agreement yet to offer it.",
              Param.count("people")),
          Template.of(
              "no-methods",
              "{people, plural, one {A person who turns down pay is} other {# people who turn down pay are}} not offered advice on how pay would affect them. Version {version} of the agreement offers none, and names no way of paying.",
              Param.count("people"),
              Param.count("version")),
          Template.of(
              "methods",
              "{people, plural, one {A person who turns down pay is} other {# people who turn down pay are}} not offered advice on how pay would affect them. Version {version} of the agreement offers none. It offers payment by {methods}, and {methodCount, plural, one {that is} other {none of these is}} right for everyone without advice.",
              Param.count("people"),
              Param.count("version"),
              Param.text("methods"),
              Param.count("methodCount")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("No advice on pay and benefits")
          .principle(Principle.RESOURCES)
          .addKind(NO_ADVICE)
          .summary(
              "someone declines payment because of benefits and the agreement offers no benefits advice (whatever methods of payment it offers)")
          .rationale(
              "\"Not everyone has the same capacity to be involved; or might need extra help and support to contribute.\"")
          .addSource(
              "NIHR payment guidance: people may decline payment; nobody financially worse off; benefits advice offered",
              "SCIE co-production principles: reciprocity, everyone gets something back")
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

  /**
   * What it reads: the participants (who declines payment and why), the project's id, and the
   * agreement in force on the view's day.
   */
  @Override
  public java.util.Set<org.coprod.rules.Part> reads() {
    return org.coprod.rules.Part.of(
        org.coprod.rules.Part.PROJECT,
        org.coprod.rules.Part.PARTICIPANTS,
        org.coprod.rules.Part.AGREEMENTS,
        org.coprod.rules.Part.DAY);
  }

  @Override
  public Outcome check(RuleContext context) {
    java.util.List<Participant> barred = new ArrayList<>();
    for (Participant p : context.project().participants()) {
      if (p.declinesPayment() && p.declineReason().contains(DeclineReason.BENEFITS)) {
        barred.add(p);
      }
    }
    if (barred.isEmpty()) {
      return context.notApplicable("nobody declines payment because of benefits");
    }
    Option<Agreement> inForce = context.index().agreementInForce();
    Option<PaymentTerms> terms = inForce.flatMap(Agreement::payment);
    if (terms.exists(PaymentTerms::benefitsAdvice)) {
      return context.passed();
    }
    Seq<PaymentMethod> methods =
        terms.map(PaymentTerms::methods).getOrElse(List.empty()).distinct().sorted();
    Finding.Builder f =
        context
            .finding(
                NO_ADVICE,
                inForce.isEmpty() ? "no-agreement" : methods.isEmpty() ? "no-methods" : "methods")
            .addArgument(Argument.count("people", barred.size()))
            .addSubject(
                inForce
                    .<org.coprod.core.Id>map(AgreementVersion::of)
                    .getOrElse(context.project().id()))
            .addEvidence(
                Evidence.of("people", barred.size()),
                Evidence.of("paymentTermsAgreed", terms.isDefined()),
                Evidence.of("methods", methods.map(Enum::name).mkString(",")));
    inForce.forEach(
        a -> {
          f.addArgument(Argument.count("version", a.version()));
          f.addEvidence(Evidence.of("agreementVersion", a.version()));
          if (!methods.isEmpty()) {
            f.addArgument(
                Argument.text("methods", Words.join(methods.map(Words::method))),
                Argument.count("methodCount", methods.size()));
          }
        });
    java.util.List<Finding> findings = java.util.List.of(f.build());
    return context.outcome(findings);
  }

  /** The rule's words, in one place. */
  static final class Words {
    private Words() {}

    static String join(Seq<String> words) {
      return words.size() == 1 ? words.head() : words.init().mkString(", ") + " or " + words.last();
    }

    static String method(PaymentMethod method) {
      return switch (method) {
        case BANK -> "bank transfer";
        case CASH -> "cash";
        case VOUCHER -> "vouchers";
        case IN_KIND -> "payment in kind";
        case PAYROLL -> "wages through payroll";
      };
    }
  }
}
