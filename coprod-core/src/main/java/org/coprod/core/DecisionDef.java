package org.coprod.core;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/** A decision the project made: who made it, who disagreed, who was consulted. */
@Value.Immutable
@CoprodStyle
abstract class DecisionDef {
  /** The decision's id, unique across the project. */
  public abstract DecisionId id();

  /** The day it was made. */
  public abstract LocalDate date();

  /** The phase of the work it was made in. */
  public abstract Phase phase();

  /** What it was about, in a few words. */
  public abstract String topic();

  /** What kind of decision it was. */
  public abstract DecisionType type();

  /** Whether it was a key decision. */
  @Value.Default
  public boolean key() {
    return false;
  }

  /** The rule it was made under, overriding the agreement's, if it says. */
  public abstract Option<DecisionRule> rule();

  /** Who led it, if anyone. */
  public abstract Option<ParticipantId> ledBy();

  /** The people who decided. */
  public abstract Seq<ParticipantId> decidedBy();

  /** The deciders who disagreed. */
  public abstract Seq<ParticipantId> objectedBy();

  /** The people consulted before it was made. */
  public abstract Seq<ParticipantId> consulted();

  /** The outside line (a board, a funder) that overrode it, if one did. */
  public abstract Option<String> overriddenBy();

  /** The day the people consulted were told the outcome, if they were. */
  public abstract Option<LocalDate> feedback();

  /**
   * The meeting at which it was made, if it names one; its deciders attended that meeting, which
   * was held on or before the decision's day.
   */
  public abstract Option<MeetingId> meeting();

  /** The statement of the deciders who disagreed, in their words, if they made one. */
  public abstract Option<String> minorityStatement();
}
