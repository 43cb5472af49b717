package org.coprod.core;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The support and safeguarding an agreement sets out, each in the group's own words: who people can
 * contact, the debrief after hard sessions, what happens after someone discloses risk, and how the
 * work stays independent of people's own care.
 */
@Value.Immutable
@CoprodStyle
abstract class SupportDef {
  /** Who people can contact for support, and how. */
  public abstract Option<String> contact();

  /** The debrief offered after sessions that were hard going. */
  public abstract Option<String> debrief();

  /** What happens after someone discloses risk to themselves or others. */
  public abstract Option<String> disclosure();

  /** How taking part stays apart from the person's own care and treatment. */
  public abstract Option<String> independence();

  /** Whether every part is written. */
  public boolean isComplete() {
    return contact().isDefined()
        && debrief().isDefined()
        && disclosure().isDefined()
        && independence().isDefined();
  }
}
