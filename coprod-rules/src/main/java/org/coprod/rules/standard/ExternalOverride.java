package org.coprod.rules.standard;

import java.util.ArrayList;
import java.util.Locale;
import org.coprod.core.Agreement;
import org.coprod.core.Decision;
import org.coprod.core.Project;
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
 * {@code external-override}: a decision overridden by an outside line (a board, a funder) although
 * the agreement in force on its date does not reserve decisions of its type (WARNING), one finding
 * per decision.
 *
 * <p>"If a professional has managed to convince their boss that the project they are working on
 * should be done in a coproductive way, that professional will have to answer to their boss, or
 * their funder, or the government." Some decisions cannot be shared, and the TLAP ladder asks that
 * they be declared: a group that reserves a decision type in its agreement has said so openly, and
 * an override of that type is not flagged. Any decision counts, key or not. The text of the outside
 * line is never repeated in the finding; the evidence says whether the agreement in force says what
 * happens when an outside line overrides the group. Not applicable without decisions.
 */
public final class ExternalOverride implements Rule {
  /** The rule's id. */
  public static final String ID = "external-override";

  /** The kind {@code overridden}. */
  public static final FindingKind OVERRIDDEN =
      FindingKind.of(
          "overridden",
          Severity.WARNING,
          "a decision the group could share was overridden by an outside line",
          "Ask the board or funder to explain the override to the whole group, and agree which decisions are reserved and what happens when an outside line steps in.",
          Template.of(
              "default",
              "The {type} decision {decision} was overridden from outside the group, though the agreement does not reserve {type} decisions.",
              Param.text("type"),
              Param.decision("decision")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Overridden from outside")
          .principle(Principle.POWER)
          .addKind(OVERRIDDEN)
          .summary("a decision overridden by an outside line, of a type not reserved")
          .rationale(
              "\"If a professional has managed to convince their boss that the project they are working on should be done in a coproductive way, that professional will have to answer to their boss, or their funder, or the government.\"")
          .addSource(
              "TLAP ladder of co-production: some statutory decisions cannot be shared and must be declared",
              "NSUN 4Pi standards: accountability lines documented",
              "Arnstein (1969): at partnership the arrangement cannot be changed unilaterally")
          .addLaw(
              Law.RELABELLING,
              Law.HOUR_SCALING,
              Law.MONEY_SCALING,
              Law.SIDE_SYMMETRY,
              Law.TIME,
              Law.DETERMINISM,
              Law.TOTALITY)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Outcome check(RuleContext context) {
    ProjectIndex index = context.index();
    Project project = context.project();
    if (project.decisions().isEmpty()) {
      return context.notApplicable("no decisions");
    }
    java.util.List<Finding> findings = new ArrayList<>();
    for (Decision d : project.decisions()) {
      if (d.overriddenBy().isEmpty() || index.isReserved(d.type(), d.date())) {
        continue;
      }
      String type = d.type().name().toLowerCase(Locale.ROOT);
      boolean linesAgreed =
          project.agreementInForce(d.date()).exists(a -> a.outsideLines().isDefined());
      findings.add(
          context
              .finding(OVERRIDDEN)
              .addArgument(Argument.text("type", type), Argument.decision("decision", d.id()))
              .addSubject(d.id())
              .addEvidence(
                  Evidence.of("decisionType", d.type().name()),
                  Evidence.of("key", d.key()),
                  Evidence.of("decided", d.date().toString()),
                  Evidence.of(
                      "agreementInForce",
                      project
                          .agreementInForce(d.date())
                          .map(Agreement::version)
                          .map(String::valueOf)
                          .getOrElse("none")),
                  Evidence.of("agreementSaysWhatHappens", linesAgreed))
              .build());
    }
    return context.outcome(findings);
  }
}
