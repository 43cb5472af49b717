package org.coprod.core;

import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The group's answer to a finding, wider than an acknowledgement: what it will do, who will do it
 * and when the group looks at it again, or why it will not act. A response names its finding by the
 * finding's fingerprint.
 */
@Value.Immutable
@CoprodStyle
abstract class ResponseDef {
  /** The response's id, unique across the project. */
  public abstract ResponseId id();

  /** The fingerprint of the finding it answers; never blank. */
  public abstract String finding();

  /** The day the group responded. */
  public abstract LocalDate date();

  /** What the group will do, or did, if it says. */
  public abstract Option<String> action();

  /** Who carries the action, if someone does. */
  public abstract Option<ParticipantId> owner();

  /** The day the group looks at it again, if it set one; not before {@link #date()}. */
  public abstract Option<LocalDate> reviewBy();

  /** Where it stands; {@link ResponseStatus#OPEN} by default. */
  @Value.Default
  public ResponseStatus status() {
    return ResponseStatus.OPEN;
  }

  /** Why, where it says; required when the group {@link ResponseStatus#DECLINED} to act. */
  public abstract Option<String> reason();
}
