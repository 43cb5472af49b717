package org.coprod.rules;

import java.util.EnumSet;
import java.util.Set;
import org.coprod.core.ContributionKind;
import org.coprod.core.DecisionType;
import org.coprod.core.LadderStep;
import org.coprod.core.Phase;
import org.coprod.core.Side;

/**
 * The assessed step of the ladder of co-production (TLAP): the highest step that holds, each step
 * requiring the ones below it. The assessment never infers COERCION or EDUCATING.
 *
 * <ul>
 *   <li>{@code NONE}: no lived-experience people;
 *   <li>{@code INFORMING}: they are present but gave nothing;
 *   <li>{@code CONSULTATION}: they gave only FEEDBACK or STORY;
 *   <li>{@code ENGAGEMENT}: they contributed beyond FEEDBACK and STORY;
 *   <li>{@code CO_DESIGN}: and had a say in at least one key decision;
 *   <li>{@code CO_PRODUCTION}: and contributed in DESIGN and in DELIVERY, had a say in at least one
 *       counted SCOPE or BUDGET decision and in at least half the counted key decisions (none
 *       counted: not met).
 * </ul>
 */
public final class Ladder {
  private static final Set<ContributionKind> RESPONSES =
      EnumSet.of(ContributionKind.FEEDBACK, ContributionKind.STORY);

  private Ladder() {}

  /** The assessed step of the indexed view. */
  public static LadderStep assess(ProjectIndex index) {
    Side le = Side.LIVED_EXPERIENCE;
    if (index.people(le).isEmpty()) {
      return LadderStep.NONE;
    }
    Set<ContributionKind> kinds = index.kinds(le);
    if (kinds.isEmpty()) {
      return LadderStep.INFORMING;
    }
    if (RESPONSES.containsAll(kinds)) {
      return LadderStep.CONSULTATION;
    }
    boolean anySay = index.project().decisions().exists(d -> d.key() && index.hadSay(d, le));
    if (!anySay) {
      return LadderStep.ENGAGEMENT;
    }
    Set<Phase> phases = index.phases(le);
    int counted = index.countedKeyDecisions().size();
    long said = index.countedKeyDecisions().count(d -> index.hadSay(d, le));
    boolean strategic =
        index
            .countedKeyDecisions(DecisionType.SCOPE, DecisionType.BUDGET)
            .exists(d -> index.hadSay(d, le));
    boolean coProduction =
        phases.contains(Phase.DESIGN)
            && phases.contains(Phase.DELIVERY)
            && strategic
            && counted > 0
            && 2 * said >= counted;
    return coProduction ? LadderStep.CO_PRODUCTION : LadderStep.CO_DESIGN;
  }
}
