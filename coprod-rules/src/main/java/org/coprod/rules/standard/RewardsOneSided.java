package org.coprod.rules.standard;

import io.vavr.collection.List;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.coprod.core.Output;
import org.coprod.core.ParticipantId;
import org.coprod.core.Reward;
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
 * {@code rewards-one-sided}: every reward of standing (a PRIZE, PROMOTION, TRAINING, REFERENCE or
 * SPEAKING invitation) from the project's outputs goes to one side while the other side contributed
 * (WARNING). One finding for the project; payments and fees are not rewards of standing.
 *
 * <p>"A good coproduced project will be thinking about what happens after the process is finished
 * and how everyone involved might profit from what has happened." Not applicable before any reward
 * of standing is recorded.
 */
public final class RewardsOneSided implements Rule {
  /** The rule's id. */
  public static final String ID = "rewards-one-sided";

  /** The kind {@code one-sided}. */
  public static final FindingKind ONE_SIDED =
      FindingKind.of(
          "one-sided",
          Severity.WARNING,
          "every reward of standing (prizes, promotions, training, references, invitations to speak) went to one side while the other contributed",
          "Share what the work brings: nominate people from both sides for prizes and talks, offer training and write references for everyone who contributed.",
          Template.of(
              "default",
              "Every reward of standing from the outputs ({rewards, plural, one {# reward} other {# rewards}} to {recipients, plural, one {1 person} other {# people}}) went to {holder}, though {leftContributors, plural, one {1 {left, select, LIVED_EXPERIENCE {person with lived experience} other {professional}}} other {# {left}}} contributed.",
              Param.count("rewards"),
              Param.count("recipients"),
              Param.side("holder"),
              Param.count("leftContributors"),
              Param.side("left")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Rewards on one side")
          .principle(Principle.WHAT_NEXT)
          .addKind(ONE_SIDED)
          .summary(
              "every reward of standing (PRIZE, PROMOTION, TRAINING, REFERENCE, SPEAKING) goes to one side while the other contributed")
          .rationale(
              "\"A good coproduced project will be thinking about what happens after the process is finished and how everyone involved might profit from what has happened.\"")
          .addSource(
              "SCIE co-production principles: reciprocity, everyone gets something back",
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
    EnumSet<Side> sides = EnumSet.noneOf(Side.class);
    Set<ParticipantId> recipients = new HashSet<>();
    int rewards = 0;
    for (Output o : context.project().outputs()) {
      for (Reward r : o.rewards()) {
        if (r.kind().isOfStanding()) {
          rewards++;
          recipients.add(r.participant());
          sides.add(index.side(r.participant()));
        }
      }
    }
    if (rewards == 0) {
      return context.notApplicable("no reward of standing yet");
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
                    Argument.count("rewards", rewards),
                    Argument.count("recipients", recipients.size()),
                    Argument.side("holder", holder),
                    Argument.count("leftContributors", leftContributors),
                    Argument.side("left", left))
                .addSubject(context.project().id())
                .addEvidence(
                    Evidence.of("rewardedSide", holder.name()),
                    Evidence.of("rewardsOfStanding", rewards),
                    Evidence.of("recipients", recipients.size()),
                    Evidence.of("otherSideContributors", leftContributors))
                .build()));
  }
}
