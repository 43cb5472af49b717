package org.coprod.core;

import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/** A role a person holds in a project, for a time, with an authority. */
@Value.Immutable
@CoprodStyle
abstract class RoleDef {
  /** Who holds the role. */
  public abstract ParticipantId participant();

  /** The role's title. */
  public abstract String title();

  /** The authority the role carries. */
  @Value.Default
  public Authority authority() {
    return Authority.NONE;
  }

  /** The first day of the role. */
  @SuppressWarnings("immutables:from")
  public abstract LocalDate from();

  /** The last day of the role, if it has ended. */
  public abstract Option<LocalDate> until();

  /** Whether the role carries the work forward after the project closes. */
  @Value.Default
  public boolean afterClose() {
    return false;
  }
}
