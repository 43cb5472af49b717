package org.coprod.core;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * What the teller of a story agreed it may be used for, until when, and whether they took it back:
 * the consent a {@link ContributionKind#STORY} contribution carries. Kept out of {@code toString}
 * with the story, since a withdrawn or anonymised story says something about its teller.
 */
@Value.Immutable
@CoprodStyle
abstract class StoryConsentDef {
  /** The uses the teller agreed to. */
  public abstract Seq<StoryUse> uses();

  /** The last day the story may be used, if the consent ends. */
  public abstract Option<LocalDate> until();

  /** The day the teller withdrew it, if they did. */
  public abstract Option<LocalDate> withdrawn();

  /** Whether it is used without anything that identifies the teller. */
  @Value.Default
  public boolean anonymised() {
    return false;
  }

  /** Whether the teller was offered a debrief after telling it. */
  @Value.Default
  public boolean debriefOffered() {
    return false;
  }

  /** Whether the consent covers a use. */
  public boolean covers(StoryUse use) {
    return uses().contains(use);
  }
}
