package org.coprod.core;

import org.immutables.value.Value;

/**
 * The share of the people using the service who belong to a group, from published data: what the
 * people in the room can be compared with.
 */
@Value.Immutable
@CoprodStyle
abstract class PopulationShareDef {
  /** The group, as the published data names it. */
  @Value.Parameter
  public abstract String group();

  /** Its share of the people using the service, from 0 to 1. */
  @Value.Parameter
  public abstract double share();
}
