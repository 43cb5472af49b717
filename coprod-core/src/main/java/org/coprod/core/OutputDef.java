package org.coprod.core;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Something the project made, who owns it, who is credited on it and who was rewarded by it. "A
 * further thorny issue is to whom the final product of a coproduction process belongs."
 */
@Value.Immutable
@CoprodStyle
abstract class OutputDef {
  /** The output's id, unique across the project. */
  public abstract OutputId id();

  /** Its title. */
  public abstract String title();

  /** The day it was made. */
  public abstract LocalDate date();

  /** The people who own it. */
  public abstract Seq<ParticipantId> owners();

  /** The people credited on it, and as what. */
  public abstract Seq<Credit> credits();

  /** What people got back from it. */
  public abstract Seq<Reward> rewards();

  /** What it is used for, where it says: a story in it must be consented for each use. */
  public abstract Seq<StoryUse> use();

  /**
   * The last day it is in use, if it says (a leaflet withdrawn from circulation, a course retired);
   * a term, not an event, so it may lie after any view's date.
   */
  public abstract Option<LocalDate> inUseUntil();

  /**
   * People who asked to be taken off it, and when; none of them is also credited on it or owns it.
   */
  public abstract Seq<NameWithdrawal> nameWithdrawn();

  /** Whether a person asked to be taken off it. */
  public boolean hasNameWithdrawn(ParticipantId participant) {
    return nameWithdrawn().exists(w -> w.participant().equals(participant));
  }

  /**
   * Whether a person has credit on it: an owner, or credited as anything but {@link
   * CreditRole#ACKNOWLEDGED}.
   */
  public boolean credits(ParticipantId participant) {
    return owners().contains(participant)
        || credits().exists(c -> c.participant().equals(participant) && c.as().isCredit());
  }

  /** Whether a person is credited on it in any way, acknowledgement included, or owns it. */
  public boolean recognises(ParticipantId participant) {
    return owners().contains(participant)
        || credits().exists(c -> c.participant().equals(participant));
  }

  /**
   * The people with credit on it (owners and credits other than ACKNOWLEDGED), each once. Worked
   * out once, on first asking: several rules and the measures ask of every output.
   */
  @Value.Lazy
  public Seq<ParticipantId> credited() {
    return owners()
        .appendAll(credits().filter(c -> c.as().isCredit()).map(Credit::participant))
        .distinct();
  }
}
