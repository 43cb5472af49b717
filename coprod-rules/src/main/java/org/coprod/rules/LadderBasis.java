package org.coprod.rules;

import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * What an assessed step of the ladder of co-production rests on: how many counted key decisions it
 * read, and which conditions of the next step up did not hold. A report says it, so that a group
 * reads the step as the record's, not as a verdict: "no key decision was recorded" is not the same
 * as "no say".
 *
 * @param countedKeyDecisions how many counted key decisions the assessment read
 * @param stoppedBy the conditions of the step above the assessed one that did not hold, in the
 *     ladder's order; empty at co-production, the top
 */
public record LadderBasis(int countedKeyDecisions, Seq<LadderBasis.Limit> stoppedBy) {
  /** Under this many counted key decisions, the basis is thin. */
  public static final int THIN_UNDER = 3;

  /** What can keep the assessment from rising a step. */
  public enum Limit {
    /** Nobody with lived experience takes part (the step stays NONE). */
    NO_LIVED_EXPERIENCE,
    /** People with lived experience take part but have not contributed yet (INFORMING). */
    NOTHING_GIVEN,
    /** They gave only feedback or their stories (CONSULTATION). */
    ONLY_FEEDBACK_OR_STORY,
    /** No counted key decision is recorded, so the record cannot show a say (ENGAGEMENT). */
    NO_KEY_DECISION_RECORDED,
    /** They had a say in none of the counted key decisions recorded (ENGAGEMENT). */
    NO_SAY_IN_KEY_DECISIONS,
    /** They did not contribute both in design and in delivery (CO_DESIGN). */
    NOT_IN_DESIGN_AND_DELIVERY,
    /** They had a say in no counted scope or budget decision (CO_DESIGN). */
    NO_SAY_IN_SCOPE_OR_BUDGET,
    /** They had a say in under half the counted key decisions (CO_DESIGN). */
    SAY_IN_UNDER_HALF,
    /**
     * {@code drop-off} raised its WARNING: most of the people who began had stepped back by the end
     * (CO_DESIGN). An acknowledgement explains this; it does not lift the cap.
     */
    DROP_OFF
  }

  /** Checks that nothing is null and the count is not negative. */
  public LadderBasis {
    Objects.requireNonNull(stoppedBy, "stoppedBy is null");
    if (countedKeyDecisions < 0) {
      throw new IllegalArgumentException("a count of decisions is not negative");
    }
  }

  /** Whether the assessment rests on fewer than {@value #THIN_UNDER} counted key decisions. */
  public boolean thin() {
    return countedKeyDecisions < THIN_UNDER;
  }
}
