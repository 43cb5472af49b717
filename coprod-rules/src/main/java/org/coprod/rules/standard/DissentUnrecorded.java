package org.coprod.rules.standard;

import java.util.ArrayList;
import org.coprod.core.Decision;
import org.coprod.core.ParticipantId;
import org.coprod.core.Side;
import org.coprod.rules.Argument;
import org.coprod.rules.Evidence;
import org.coprod.rules.Finding;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Outcome;
import org.coprod.rules.Param;
import org.coprod.rules.Part;
import org.coprod.rules.Principle;
import org.coprod.rules.ProjectIndex;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;
import org.coprod.rules.Template;

/**
 * {@code dissent-unrecorded}: a key decision where someone with lived experience among the deciders
 * objected, lived experience had no say in it (as the index defines a say), and no {@code
 * minorityStatement} records why they disagreed (a blank one says nothing). One NOTE per decision,
 * with the number of objectors in the evidence.
 *
 * <p>"For many of us who have been users of services and tried to change them our experience has
 * been one of being ignored or spoken over or belittled by people with more experience or what
 * feels like a higher social position than us." An objection that leaves no trace is the same as
 * none: a minority statement lets the people who were outvoted say, in their words and on the
 * record, what they would have done instead. Not applicable without key decisions on which someone
 * with lived experience objected.
 */
public final class DissentUnrecorded implements Rule {
  /** The rule's id. */
  public static final String ID = "dissent-unrecorded";

  /** The kind {@code unrecorded}. */
  public static final FindingKind UNRECORDED =
      FindingKind.of(
          "unrecorded",
          Severity.NOTE,
          "{le} disagreed with a key decision that went ahead without them, and nothing records why",
          "Offer the people who disagreed a minority statement in their own words, kept with the decision, and say in the agreement that anyone outvoted may write one.",
          Template.of(
              "default",
              "The record does not say why some people said no to a key decision. On the key decision {decision}, {objecting, plural, one {one {le, one} disagreed} other {# {le} disagreed}}, the decision went ahead over their objection, and nothing records why they disagreed.",
              Param.decision("decision"),
              Param.count("objecting"),
              Param.side("le")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Disagreement not recorded")
          .principle(Principle.POWER)
          .addKind(UNRECORDED)
          .summary(
              "a key decision where a lived-experience decider objected and lived experience had no say, with no minority statement")
          .rationale(
              "\"For many of us who have been users of services and tried to change them our experience has been one of being ignored or spoken over or belittled by people with more experience or what feels like a higher social position than us.\"")
          .addSource(
              "Arnstein's ladder (1969): placation, a few citizens remain a minority on the board",
              "IAP2 / NHS England: tell people how their input shaped the decision, including when it could not")
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

  /** What it reads: the decisions, the sides of those who objected and whether they had a say. */
  @Override
  public java.util.Set<Part> reads() {
    return Part.of(Part.PROJECT, Part.PARTICIPANTS, Part.DECISIONS, Part.AGREEMENTS);
  }

  @Override
  public Outcome check(RuleContext context) {
    ProjectIndex index = context.index();
    java.util.List<Finding> findings = new ArrayList<>();
    boolean any = false;
    for (Decision d : context.project().decisions()) {
      if (!d.key()) {
        continue;
      }
      int objecting = 0;
      int deciders = 0;
      for (ParticipantId id : d.decidedBy()) {
        if (index.side(id) == Side.LIVED_EXPERIENCE) {
          deciders++;
          if (d.objectedBy().contains(id)) {
            objecting++;
          }
        }
      }
      if (objecting == 0) {
        continue;
      }
      any = true;
      if (index.hadSay(d, Side.LIVED_EXPERIENCE)
          || d.minorityStatement().exists(s -> !s.isBlank())) {
        continue;
      }
      findings.add(
          context
              .finding(UNRECORDED)
              .addArgument(
                  Argument.decision("decision", d.id()),
                  Argument.count("objecting", objecting),
                  Argument.side("le", Side.LIVED_EXPERIENCE))
              .addSubject(d.id())
              .addEvidence(
                  Evidence.of("livedExperienceObjecting", objecting),
                  Evidence.of("livedExperienceDeciders", deciders))
              .build());
    }
    if (!any) {
      return context.notApplicable("no key decision on which any {le, one} objected");
    }
    return context.outcome(findings);
  }
}
