package org.coprod.core;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A person who asked to be taken off an output, and when: taking one's name off is a choice, not an
 * omission, so such a person is never counted as uncredited on it.
 */
@Value.Immutable
@CoprodStyle
abstract class NameWithdrawalDef {
  /** Who asked. */
  @Value.Parameter
  public abstract ParticipantId participant();

  /** The day they asked. */
  @Value.Parameter
  public abstract LocalDate date();
}
