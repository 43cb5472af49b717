package org.coprod.core;

import org.immutables.value.Value;

/** Something a person got back from an output. */
@Value.Immutable
@CoprodStyle
abstract class RewardDef {
  /** Who got it. */
  @Value.Parameter
  public abstract ParticipantId participant();

  /** What it was. */
  @Value.Parameter
  public abstract RewardKind kind();
}
