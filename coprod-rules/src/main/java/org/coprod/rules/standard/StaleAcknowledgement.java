package org.coprod.rules.standard;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.coprod.core.Acknowledgement;
import org.coprod.core.Agreement;
import org.coprod.core.AgreementVersion;
import org.coprod.rules.Evidence;
import org.coprod.rules.Finding;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Outcome;
import org.coprod.rules.Principle;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;

/**
 * {@code stale-acknowledgement}: an acknowledgement in the agreement in force that matches no
 * finding, so the group's reason no longer stands against anything (or never did: a typo in a rule
 * id or subject). One NOTE per agreement version, with the stale acknowledgements counted.
 *
 * <p>"For anyone in a coproduction project, respect for each other and responsibility to the
 * project is vital." Runs after every other rule and reads their findings.
 */
public final class StaleAcknowledgement implements Rule.OnFindings {
  /** The rule's id. */
  public static final String ID = "stale-acknowledgement";

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Stale acknowledgement")
          .principle(Principle.RESPECT)
          .addKind(
              FindingKind.of(
                  "stale",
                  Severity.NOTE,
                  "the agreement in force acknowledges something no rule finds",
                  "Remove the acknowledgement, or correct the rule id or subject it names, so the agreement says what the group really accepts."))
          .summary("an acknowledgement that matches no finding")
          .rationale(
              "\"For anyone in a coproduction project, respect for each other and responsibility to the project is vital.\"")
          .addSource(
              "Arnstein (1969): at partnership the arrangement cannot be changed unilaterally")
          .addLaw(Law.RELABELLING, Law.TIME, Law.DETERMINISM, Law.TOTALITY)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Outcome check(RuleContext context) {
    Option<Agreement> inForce = context.index().agreementInForce();
    if (inForce.isEmpty()) {
      return context.notApplicable("no agreement in force");
    }
    Agreement agreement = inForce.get();
    if (agreement.acknowledged().isEmpty()) {
      return context.notApplicable("the agreement in force acknowledges nothing");
    }
    Seq<Finding> findings = context.otherFindings();
    Seq<Acknowledgement> stale =
        agreement.acknowledged().filter(a -> findings.forAll(f -> !matches(a, f)));
    if (stale.isEmpty()) {
      return context.passed();
    }
    return context.outcome(
        List.of(
            context
                .finding("stale")
                .message(
                    stale.size() == 1
                        ? "Version "
                            + agreement.version()
                            + " of the agreement acknowledges "
                            + describe(stale.head())
                            + ", which no rule finds."
                        : "Version "
                            + agreement.version()
                            + " of the agreement acknowledges "
                            + stale.size()
                            + " things no rule finds: "
                            + stale.map(StaleAcknowledgement::describe).mkString("; ")
                            + ".")
                .addSubject(AgreementVersion.of(agreement))
                .addEvidence(
                    Evidence.of("stale", stale.size()),
                    Evidence.of("acknowledgements", agreement.acknowledged().size()),
                    Evidence.of("rules", stale.map(Acknowledgement::rule).distinct().mkString(",")),
                    Evidence.of(
                        "consentedByLivedExperience",
                        context.index().consentedByLivedExperience(agreement)))
                .build()));
  }

  private static boolean matches(Acknowledgement a, Finding f) {
    return a.rule().equals(f.rule())
        && a.subject().forAll(s -> f.subjects().exists(id -> id.value().equals(s)));
  }

  private static String describe(Acknowledgement a) {
    return "'" + a.rule() + "'" + a.subject().map(s -> " for '" + s + "'").getOrElse("");
  }
}
