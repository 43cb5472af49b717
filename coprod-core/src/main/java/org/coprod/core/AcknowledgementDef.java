package org.coprod.core;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The group's open acknowledgement of an imbalance a rule would flag: the rule, optionally the
 * subject it concerns, and the reason. An acknowledged finding is still reported, with the reason,
 * and does not count towards failing.
 */
@Value.Immutable
@CoprodStyle
abstract class AcknowledgementDef {
  /** The id of the rule acknowledged. */
  public abstract String rule();

  /** The id of the subject it concerns; none means every finding of the rule. */
  public abstract Option<String> subject();

  /** Why the group accepts it; never blank. */
  public abstract String reason();
}
