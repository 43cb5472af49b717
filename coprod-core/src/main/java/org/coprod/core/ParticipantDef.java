package org.coprod.core;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A person taking part in a project. Their name, side, perspectives, access needs, decline of
 * payment, availability and breaks can reveal someone's health, so none of them is ever shown by
 * {@code toString}; reports name people by {@link #id()}.
 */
@Value.Immutable
@CoprodStyle
abstract class ParticipantDef {
  /** The person's id, unique across the project. */
  public abstract ParticipantId id();

  /** The person's name, if the group records it; never printed by coprod. */
  @Value.Redacted
  public abstract Option<String> name();

  /** The person's position across the professional divide in this project. */
  @Value.Redacted
  public abstract Side side();

  /** The experience the person brings; several may hold. */
  @Value.Redacted
  public abstract Seq<Perspective> perspectives();

  /** How the person is engaged for this work; {@link Employment#INDEPENDENT} by default. */
  @Value.Default
  public Employment employment() {
    return Employment.INDEPENDENT;
  }

  /** How closely the person is involved; {@link Involvement#CORE} by default. */
  @Value.Default
  public Involvement involvement() {
    return Involvement.CORE;
  }

  /** Whether the person declines payment. */
  @Value.Redacted
  @Value.Default
  public boolean declinesPayment() {
    return false;
  }

  /** Why the person declines payment, if they say. */
  @Value.Redacted
  public abstract Option<DeclineReason> declineReason();

  /** The outside line the person answers to (a board, a funder, a boss), if any. */
  public abstract Option<String> accountableTo();

  /** The skills the person declared. */
  public abstract Seq<String> skills();

  /** The person's access needs. */
  @Value.Redacted
  public abstract Seq<String> accessNeeds();

  /** The hours a week the person said they can give, if they said. */
  @Value.Redacted
  public abstract Option<Double> availableHoursPerWeek();

  /**
   * The name the person is credited by when their preference is {@link CreditPreference#PSEUDONYM},
   * if given; never printed by coprod outside the credits.
   */
  @Value.Redacted
  public abstract Option<String> creditName();

  /** How the person wishes to be credited; {@link CreditPreference#NAMED} by default. */
  @Value.Default
  public CreditPreference creditPreference() {
    return CreditPreference.NAMED;
  }

  /** The day the person joined. */
  public abstract LocalDate joined();

  /** The day the person left, if they have. */
  public abstract Option<LocalDate> left();

  /**
   * The times the person stepped back and, perhaps, came back, in the order given; personal, so
   * never shown by {@code toString} nor in any report about the person.
   */
  @Value.Redacted
  public abstract Seq<Break> breaks();

  /** Whether the person is on the lived-experience side. */
  public boolean isLivedExperience() {
    return side() == Side.LIVED_EXPERIENCE;
  }

  /** Whether the person is part of the working group rather than an occasional contributor. */
  public boolean isCore() {
    return involvement() == Involvement.CORE;
  }

  /** Whether the person had joined and not yet left at the end of a day. */
  public boolean isPresentOn(LocalDate date) {
    return !joined().isAfter(date) && left().forAll(l -> !l.isBefore(date));
  }
}
