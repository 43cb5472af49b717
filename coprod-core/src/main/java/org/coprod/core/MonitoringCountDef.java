package org.coprod.core;

import org.immutables.value.Value;

/**
 * How many of the people with lived experience taking part said they belong to a group, in the
 * group's anonymous equality monitoring ("prefer not to say" is a group too). A tally, never a
 * record per person, so nothing ties a group to anyone.
 */
@Value.Immutable
@CoprodStyle
abstract class MonitoringCountDef {
  /** The group, named as in the population data it is compared with. */
  @Value.Parameter
  public abstract String group();

  /** How many people said they belong to it; not negative. */
  @Value.Parameter
  public abstract int count();
}
