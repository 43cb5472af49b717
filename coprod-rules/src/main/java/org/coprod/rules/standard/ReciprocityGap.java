package org.coprod.rules.standard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coprod.core.Credit;
import org.coprod.core.Employment;
import org.coprod.core.Output;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.Reward;
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
 * {@code reciprocity-gap}: a contributing person who has had nothing back (NOTE): not salaried for
 * this work, not declining payment, never paid for a contribution, no reward of any kind, and no
 * credit, acknowledgement or ownership on any output. One finding per person; the message never
 * says which side the person is on.
 *
 * <p>"I know we're all doing it for the good of humanity because we are all saintly and have huge
 * hearts; but we also need something for ourselves too so that we can be replenished or rewarded or
 * recognised." Salaried people are paid by their employer for this time, and people who decline
 * payment have said what they want back. Not applicable before anyone has contributed.
 */
public final class ReciprocityGap implements Rule {
  /** The rule's id. */
  public static final String ID = "reciprocity-gap";

  /** The kind {@code nothing-back}. */
  public static final FindingKind NOTHING_BACK =
      FindingKind.of(
          "nothing-back",
          Severity.NOTE,
          "someone contributed and has had nothing back: no pay, no reward, no credit and no acknowledgement",
          "Ask the person what they would value in return (payment, credit or acknowledgement, training, a reference) and agree it with them.",
          Template.of(
              "default",
              "{person} contributed ({count, plural, one {# contribution} other {# contributions}}, {share} of all hours) and has had nothing back: no pay, no reward, no credit and no acknowledgement on any output.",
              Param.person("person"),
              Param.count("count"),
              Param.share("share")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Nothing back")
          .principle(Principle.WHAT_NEXT)
          .addKind(NOTHING_BACK)
          .summary(
              "a contributing person who got nothing back: no pay, no reward, no credit, no acknowledgement")
          .rationale(
              "\"I know we're all doing it for the good of humanity because we are all saintly and have huge hearts; but we also need something for ourselves too so that we can be replenished or rewarded or recognised.\"")
          .addSource(
              "SCIE co-production principles: reciprocity, everyone gets something back",
              "NIHR payment guidance: nobody financially worse off; people may decline payment",
              "NIHR/INVOLVE guidance on co-producing research: reciprocity")
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
    if (index.contributors().isEmpty()) {
      return context.notApplicable("nobody has contributed yet");
    }
    // Who was paid comes from the index; one pass over outputs finds who got something back.
    Set<ParticipantId> gotSomething = new HashSet<>();
    for (Output o : context.project().outputs()) {
      o.owners().forEach(gotSomething::add);
      for (Credit c : o.credits()) {
        gotSomething.add(c.participant());
      }
      for (Reward r : o.rewards()) {
        gotSomething.add(r.participant());
      }
    }
    double all = index.hours();
    List<Finding> findings = new ArrayList<>();
    for (Participant p : index.contributors()) {
      ParticipantId id = p.id();
      if (p.employment() == Employment.SALARIED
          || p.declinesPayment()
          || index.paidContributions(id) > 0
          || gotSomething.contains(id)) {
        continue;
      }
      int count = index.contributions(id);
      double share = all > 0 ? index.hours(id) / all : 0.0;
      findings.add(
          context
              .finding(NOTHING_BACK)
              .addArgument(
                  Argument.person("person", id),
                  Argument.count("count", count),
                  Argument.share("share", share))
              .addSubject(id)
              .addEvidence(Evidence.of("contributions", count), Evidence.of("hoursShare", share))
              .build());
    }
    return context.outcome(findings);
  }
}
