package org.coprod.core;

import io.vavr.collection.Seq;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Something the project has to work with (money, staff time, a venue, support), and who controls
 * it. A {@link ResourceKind#SUPPORT} resource meets access needs for the people it serves.
 */
@Value.Immutable
@CoprodStyle
abstract class ResourceDef {
  /** The resource's id, unique across the project. */
  public abstract ResourceId id();

  /** What the resource is. */
  public abstract ResourceKind kind();

  /** How much of it there is, in {@link #unit()}; normalised. */
  public abstract BigDecimal amount();

  /** The unit of the amount: a currency for money, hours for staff time. */
  public abstract String unit();

  /** The people who control it; money is split evenly among them. */
  public abstract Seq<ParticipantId> controlledBy();

  /** For support: the access needs it meets. */
  @Value.Redacted
  public abstract Seq<String> meets();

  /** For support: the people it serves; empty means everyone. */
  public abstract Seq<ParticipantId> serves();

  @Value.Check
  ResourceDef normalize() {
    return Money.isNormal(amount())
        ? this
        : Resource.copyOf(this).withAmount(Money.normalize(amount()));
  }
}
