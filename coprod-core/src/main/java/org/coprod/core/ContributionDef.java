package org.coprod.core;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;

/** Something one person gave to the work on one day: its kind, hours, pay and expenses. */
@Value.Immutable
@CoprodStyle
abstract class ContributionDef {
  /** The contribution's id, if it has one; unique across the project. */
  public abstract Option<ContributionId> id();

  /** Who contributed. */
  public abstract ParticipantId participant();

  /** The day of the contribution. */
  public abstract LocalDate date();

  /** The phase of the work it belongs to. */
  public abstract Phase phase();

  /** What it gave. */
  public abstract ContributionKind kind();

  /**
   * The most hours one contribution may take: more is a mistake (a total typed into one row, a
   * number in the wrong column), and keeping every contribution under it keeps every sum of hours
   * finite.
   */
  public static final double MAX_HOURS = 10_000;

  /** The hours it took; not negative and at most {@link #MAX_HOURS}. */
  public abstract double hours();

  /** The skills it used. */
  public abstract Seq<String> skills();

  /** What the person was paid for it; zero by default; normalised. */
  @Value.Default
  public BigDecimal paid() {
    return BigDecimal.ZERO;
  }

  /** The day the payment was made, if it was. */
  public abstract Option<LocalDate> paidOn();

  /** Expenses claimed for it, if any. */
  public abstract Option<Expenses> expenses();

  /** The output it went into, if any. */
  public abstract Option<OutputId> output();

  /**
   * The meeting whose register it comes from, if it does. The project makes these contributions
   * itself from its {@linkplain Project#meetings() meetings}, one for each person at a meeting: a
   * contribution given with a meeting is replaced by what that meeting's register makes, so change
   * a meeting's register, never its contributions.
   */
  public abstract Option<MeetingId> meeting();

  /**
   * Whether its kind was recorded as such: always for a contribution recorded on its own; for one
   * that comes from a meeting, only when the attendance gave its kind, since a meeting's default
   * for a side is not evidence of what the person brought.
   */
  @Value.Default
  public boolean kindGiven() {
    return true;
  }

  /**
   * What the teller of a {@link ContributionKind#STORY} agreed it may be used for, if that was
   * recorded; only a story carries one.
   */
  @Value.Redacted
  public abstract Option<StoryConsent> consent();

  /** Whether it comes from a meeting's register rather than being recorded on its own. */
  public boolean isFromMeeting() {
    return meeting().isDefined();
  }

  /**
   * The id by which findings and reports name it: its own id, or, for a {@link
   * ContributionKind#STORY} without one, {@code PARTICIPANT.story.DATE} (so every story can be
   * named, and files written before stories needed ids read as they are). Two stories one person
   * told on one day without ids of their own share that id: they are one telling; give them ids to
   * tell them apart. None for any other contribution without an id.
   */
  public Option<ContributionId> subjectId() {
    if (id().isDefined() || kind() != ContributionKind.STORY) {
      return id();
    }
    return Option.some(ContributionId.of(participant().value() + ".story." + date()));
  }

  /** Whether it was paid for. */
  public boolean isPaid() {
    return paid().signum() > 0;
  }

  @Value.Check
  ContributionDef normalize() {
    return Money.isNormal(paid())
        ? this
        : Contribution.copyOf(this).withPaid(Money.normalize(paid()));
  }
}
