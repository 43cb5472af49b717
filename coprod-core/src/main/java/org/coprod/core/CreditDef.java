package org.coprod.core;

import org.immutables.value.Value;

/** A person's credit on an output, and as what. */
@Value.Immutable
@CoprodStyle
abstract class CreditDef {
  /** Who is credited. */
  @Value.Parameter
  public abstract ParticipantId participant();

  /** As what. */
  @Value.Parameter
  public abstract CreditRole as();
}
