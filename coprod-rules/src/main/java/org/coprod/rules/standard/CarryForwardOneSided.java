package org.coprod.rules.standard;

import io.vavr.collection.List;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.coprod.core.Employment;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.Role;
import org.coprod.core.Side;
import org.coprod.rules.Argument;
import org.coprod.rules.Evidence;
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
 * {@code carry-forward-one-sided}: at the close, everyone carrying the work forward is on one side
 * while the other side contributed (WARNING). One finding for the project.
 *
 * <p>"If it's coproduction everyone involved will have made it what it is; but too commonly those
 * on one side of the professional divide get to carry the work forwards and those on the other side
 * get left behind." Those carrying the work forward are the people holding a role with {@code
 * afterClose}; where no role has it, the salaried professionals, whose jobs go on while
 * lived-experience involvement ends. Because of that default the rule is not symmetric between the
 * sides. Not applicable before the close, nor when nobody carries the work forward (no role has
 * {@code afterClose} and no professional is salaried): that is {@code after-plan-missing}'s matter.
 */
public final class CarryForwardOneSided implements Rule {
  /** The rule's id. */
  public static final String ID = "carry-forward-one-sided";

  /** The kind {@code one-sided}. */
  public static final FindingKind ONE_SIDED =
      FindingKind.of(
          "one-sided",
          Severity.WARNING,
          "at the close, everyone carrying the work forward is on one side while the other side contributed",
          "Agree roles after the close for people on both sides (delivering, training, stewarding, evaluating), with pay and support, and record them as roles that carry the work forward.",
          Template.of(
              "default",
              "At the close, {fromRoles, select, yes {everyone holding a role that carries the work forward ({carriers, plural, one {1 person} other {# people}}) is among {holder}} other {no role is agreed to carry the work forward, so it rests with the salaried professionals, whose jobs go on ({carriers, plural, one {1 person} other {# people}})}}, while {leftContributors, plural, one {the one {left, select, LIVED_EXPERIENCE {person with lived experience} other {professional}} who contributed is} other {the # {left} who contributed are}} left behind.",
              Param.text("fromRoles"),
              Param.count("carriers"),
              Param.side("holder"),
              Param.count("leftContributors"),
              Param.side("left")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Carrying forward on one side")
          .principle(Principle.WHAT_NEXT)
          .addKind(ONE_SIDED)
          .summary(
              "at the close, everyone carrying the work forward is on one side while the other contributed")
          .rationale(
              "\"If it's coproduction everyone involved will have made it what it is; but too commonly those on one side of the professional divide get to carry the work forwards and those on the other side get left behind.\"")
          .addSource(
              "TLAP / NCAG ladder of co-production: co-design has influence but no part in seeing it through",
              "NIHR/INVOLVE guidance on co-producing research: sharing power from the start to the end")
          .addLaw(
              Law.RELABELLING,
              Law.HOUR_SCALING,
              Law.MONEY_SCALING,
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
    if (!context.view().isClosed()) {
      return context.notApplicable("the project has not closed yet");
    }
    ProjectIndex index = context.index();
    Set<ParticipantId> carriers = new LinkedHashSet<>();
    for (Role r : context.project().roles()) {
      if (r.afterClose()) {
        carriers.add(r.participant());
      }
    }
    boolean fromRoles = !carriers.isEmpty();
    if (!fromRoles) {
      for (Participant p : index.people(Side.PROFESSIONAL)) {
        if (p.employment() == Employment.SALARIED) {
          carriers.add(p.id());
        }
      }
    }
    if (carriers.isEmpty()) {
      return context.notApplicable(
          "nobody carries the work forward: no role continues after the close and no professional is salaried");
    }
    EnumSet<Side> sides = EnumSet.noneOf(Side.class);
    for (ParticipantId id : carriers) {
      sides.add(index.side(id));
    }
    if (sides.size() != 1) {
      return context.passed();
    }
    Side holder = sides.iterator().next();
    Side left = holder.other();
    int leftContributors = index.contributors(left).size();
    if (leftContributors == 0) {
      return context.passed();
    }
    return context.outcome(
        List.of(
            context
                .finding(ONE_SIDED)
                .addArgument(
                    Argument.text("fromRoles", fromRoles ? "yes" : "no"),
                    Argument.count("carriers", carriers.size()),
                    Argument.side("holder", holder),
                    Argument.count("leftContributors", leftContributors),
                    Argument.side("left", left))
                .addSubject(context.project().id())
                .addEvidence(
                    Evidence.of("carrierSide", holder.name()),
                    Evidence.of("carriers", carriers.size()),
                    Evidence.of("carriersFromRoles", fromRoles),
                    Evidence.of("otherSideContributors", leftContributors))
                .build()));
  }
}
