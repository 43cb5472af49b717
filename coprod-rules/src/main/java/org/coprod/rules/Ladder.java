package org.coprod.rules;

import io.vavr.collection.List;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.coprod.core.ContributionKind;
import org.coprod.core.DecisionType;
import org.coprod.core.LadderStep;
import org.coprod.core.Phase;
import org.coprod.core.Side;
import org.coprod.rules.LadderBasis.Limit;
import org.coprod.rules.standard.DropOff;

/**
 * The assessed step of the ladder of co-production (TLAP): the highest step that holds, each step
 * requiring the ones below it, with the {@linkplain LadderBasis basis} it rests on. The assessment
 * never infers COERCION or EDUCATING.
 *
 * <ul>
 *   <li>{@code NONE}: no lived-experience people;
 *   <li>{@code INFORMING}: they are present but gave nothing;
 *   <li>{@code CONSULTATION}: they gave only FEEDBACK or STORY;
 *   <li>{@code ENGAGEMENT}: they contributed beyond FEEDBACK and STORY;
 *   <li>{@code CO_DESIGN}: and had a say in at least one counted key decision;
 *   <li>{@code CO_PRODUCTION}: and contributed in DESIGN and in DELIVERY, had a say in at least one
 *       counted SCOPE or BUDGET decision and in at least half the counted key decisions, and {@code
 *       drop-off} raised no WARNING, acknowledged or not: a project most of whose members left is
 *       not co-produced at its end (TLAP's co-design has influence without seeing the work through,
 *       so drop-off does not cap it).
 * </ul>
 *
 * <p>"A say" is {@link ProjectIndex#hadSay}, under the index's majority voice.
 */
public final class Ladder {
  private static final Set<ContributionKind> RESPONSES =
      EnumSet.of(ContributionKind.FEEDBACK, ContributionKind.STORY);

  private Ladder() {}

  /**
   * An assessed step and what it rests on.
   *
   * @param step the highest step that holds
   * @param basis the counted key decisions read, and what kept the step from rising
   */
  public record Assessment(LadderStep step, LadderBasis basis) {
    /** Checks that nothing is null. */
    public Assessment {
      Objects.requireNonNull(step, "step is null");
      Objects.requireNonNull(basis, "basis is null");
    }
  }

  /**
   * The assessed step of the indexed view, with drop-off judged by {@code drop-off}'s default
   * threshold (as the standard rulebook judges it under the default policy).
   */
  public static LadderStep assess(ProjectIndex index) {
    return assessment(index).step();
  }

  /** As {@link #assess(ProjectIndex)}, with its basis. */
  public static Assessment assessment(ProjectIndex index) {
    double retention = DropOff.MIN_RETENTION.defaultValue();
    return assessment(index, index.presence().exists(p -> p.dropped(retention)));
  }

  /**
   * The assessed step of the indexed view, with its basis.
   *
   * @param droppedOff whether {@code drop-off} raised a WARNING in this check: the report's own
   *     reading, under its policy, caps the ladder
   */
  public static Assessment assessment(ProjectIndex index, boolean droppedOff) {
    Side le = Side.LIVED_EXPERIENCE;
    int counted = index.countedKeyDecisions().size();
    if (index.people(le).isEmpty()) {
      return at(LadderStep.NONE, counted, Limit.NO_LIVED_EXPERIENCE);
    }
    Set<ContributionKind> kinds = index.kinds(le);
    if (kinds.isEmpty()) {
      return at(LadderStep.INFORMING, counted, Limit.NOTHING_GIVEN);
    }
    if (RESPONSES.containsAll(kinds)) {
      return at(LadderStep.CONSULTATION, counted, Limit.ONLY_FEEDBACK_OR_STORY);
    }
    if (counted == 0) {
      return at(LadderStep.ENGAGEMENT, counted, Limit.NO_KEY_DECISION_RECORDED);
    }
    long said = index.countedKeyDecisions().count(d -> index.hadSay(d, le));
    if (said == 0) {
      return at(LadderStep.ENGAGEMENT, counted, Limit.NO_SAY_IN_KEY_DECISIONS);
    }
    Set<Phase> phases = index.phases(le);
    java.util.List<Limit> limits = new java.util.ArrayList<>();
    if (!phases.contains(Phase.DESIGN) || !phases.contains(Phase.DELIVERY)) {
      limits.add(Limit.NOT_IN_DESIGN_AND_DELIVERY);
    }
    if (!index
        .countedKeyDecisions(DecisionType.SCOPE, DecisionType.BUDGET)
        .exists(d -> index.hadSay(d, le))) {
      limits.add(Limit.NO_SAY_IN_SCOPE_OR_BUDGET);
    }
    if (2 * said < counted) {
      limits.add(Limit.SAY_IN_UNDER_HALF);
    }
    if (droppedOff) {
      limits.add(Limit.DROP_OFF);
    }
    return new Assessment(
        limits.isEmpty() ? LadderStep.CO_PRODUCTION : LadderStep.CO_DESIGN,
        new LadderBasis(counted, List.ofAll(limits)));
  }

  private static Assessment at(LadderStep step, int counted, Limit limit) {
    return new Assessment(step, new LadderBasis(counted, List.of(limit)));
  }
}
