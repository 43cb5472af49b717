package org.coprod.core;

import java.time.LocalDate;
import org.immutables.value.Value;

/** A person's consent to a version of the agreement, on a day. */
@Value.Immutable
@CoprodStyle
abstract class ConsentDef {
  /** Who consented. */
  @Value.Parameter
  public abstract ParticipantId participant();

  /** The day they consented. */
  @Value.Parameter
  public abstract LocalDate date();
}
