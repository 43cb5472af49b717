package org.coprod.rules;

import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.coprod.core.DecisionId;
import org.coprod.core.Id;
import org.coprod.core.OutputId;
import org.coprod.core.ParticipantId;
import org.coprod.core.Phase;
import org.coprod.core.Side;

/**
 * The type of an argument a finding's message template takes. Each renderer writes a type its own
 * way: a person by role title, id or "a group member"; a side by the group's label; a share as a
 * percentage.
 */
public enum ArgType {
  /** One person: a {@link ParticipantId}. */
  PERSON,
  /** Several people: a {@link Seq} of {@link ParticipantId}, in a stated order. */
  PEOPLE,
  /** An output: an {@link OutputId}. */
  OUTPUT,
  /** A decision: a {@link DecisionId}. */
  DECISION,
  /** Anything else the project names by id (a resource, an agreement version): an {@link Id}. */
  THING,
  /** A side of the professional divide: a {@link Side}; also usable in {@code select}. */
  SIDE,
  /** A whole number: an {@link Integer}; usable in {@code plural}. */
  COUNT,
  /** A part of a whole from 0 to 1: a finite {@link Double}, written as a percentage. */
  SHARE,
  /** A ratio: a finite {@link Double}. */
  RATIO,
  /** Hours: a finite {@link Double}. */
  HOURS,
  /** An amount of money: a {@link BigDecimal}. */
  MONEY,
  /** A day: a {@link LocalDate}. */
  DAY,
  /** A phase of the work: a {@link Phase}. */
  PHASE,
  /** Words: a {@link String}; usable in {@code select}. */
  TEXT;

  /** Whether a value is of this type. */
  public boolean accepts(Object value) {
    return switch (this) {
      case PERSON -> value instanceof ParticipantId;
      case PEOPLE ->
          value instanceof Seq<?> s && !s.isEmpty() && s.forAll(v -> v instanceof ParticipantId);
      case OUTPUT -> value instanceof OutputId;
      case DECISION -> value instanceof DecisionId;
      case THING -> value instanceof Id;
      case SIDE -> value instanceof Side;
      case COUNT -> value instanceof Integer;
      case SHARE, RATIO, HOURS -> value instanceof Double d && Double.isFinite(d);
      case MONEY -> value instanceof BigDecimal;
      case DAY -> value instanceof LocalDate;
      case PHASE -> value instanceof Phase;
      case TEXT -> value instanceof String;
    };
  }
}
