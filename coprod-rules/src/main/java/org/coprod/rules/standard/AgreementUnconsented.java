package org.coprod.rules.standard;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import org.coprod.core.Agreement;
import org.coprod.core.Consent;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
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
 * {@code agreement-unconsented}: a core person who contributes, has not left, and never consented
 * to the agreement in force (WARNING, one finding per person).
 *
 * <p>The founding text remembers the games that "fell apart or someone didn't follow the rules that
 * everyone else had agreed on": rules bind a group only when everyone in it agreed to them.
 *
 * <p>"Never consented" is read as the view shows it: a consent dated after the view's date had not
 * been given yet. Someone who joined after the version was made is still asked to consent to it,
 * since consents may come after the version's date. Someone whose {@code left} date is on or before
 * the view's date had left. Someone on an agreed break through the view's date is not asked while
 * they are away; they are asked again when they come back. Occasional contributors (workshop
 * attendees) are not parties to the working contract. Not applicable when no agreement is in force
 * ({@code agreement-missing} speaks to that).
 */
public final class AgreementUnconsented implements Rule {
  /** The rule's id. */
  public static final String ID = "agreement-unconsented";

  /** The kind {@code unconsented}. */
  public static final FindingKind UNCONSENTED =
      FindingKind.of(
          "unconsented",
          Severity.WARNING,
          "a core member of the group contributes under an agreement they never consented to",
          "Go through the agreement with the person, change what they cannot accept, and record their consent.",
          Template.of(
              "default",
              "{person} has not said yes to version {version} of the agreement. They contribute to the work, but have not consented to it{joinedAfter, select, yes {; it was made before they joined} other {}}.",
              Param.person("person"),
              Param.count("version"),
              Param.text("joinedAfter")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("A member never said yes to the agreement")
          .principle(Principle.RESPECT)
          .addKind(UNCONSENTED)
          .summary(
              "a core contributing person who had not left, is not on an agreed break, and never consented to the agreement in force")
          .rationale(
              "The founding text remembers the games that \"fell apart or someone didn't follow the rules that everyone else had agreed on\".")
          .addSource(
              "Arnstein (1969): at partnership the arrangement cannot be changed unilaterally",
              "NIHR/INVOLVE guidance on co-producing research: ground rules, relationships")
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

  @Override
  public Outcome check(RuleContext context) {
    ProjectIndex index = context.index();
    Option<Agreement> inForce = index.agreementInForce();
    if (inForce.isEmpty()) {
      return context.notApplicable("no agreement in force");
    }
    Agreement a = inForce.get();
    Set<ParticipantId> consented = new HashSet<>();
    for (Consent c : a.consents()) {
      consented.add(c.participant());
    }
    java.util.List<Finding> findings = new ArrayList<>();
    for (Participant p : index.contributors()) {
      if (!p.isCore()
          || p.left().isDefined()
          || consented.contains(p.id())
          || index.onAgreedBreak(p.id(), context.date())) {
        continue;
      }
      boolean joinedAfter = p.joined().isAfter(a.date());
      findings.add(
          context
              .finding(UNCONSENTED)
              .addArgument(
                  Argument.person("person", p.id()),
                  Argument.count("version", a.version()),
                  Argument.text("joinedAfter", joinedAfter ? "yes" : "no"))
              .addSubject(p.id())
              .addEvidence(
                  Evidence.of("version", a.version()),
                  Evidence.of("consentedPeople", consented.size()),
                  Evidence.of("joinedAfterVersion", joinedAfter))
              .build());
    }
    return context.outcome(findings);
  }
}
