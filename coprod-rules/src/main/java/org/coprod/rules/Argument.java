package org.coprod.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.coprod.core.DecisionId;
import org.coprod.core.Id;
import org.coprod.core.OutputId;
import org.coprod.core.ParticipantId;
import org.coprod.core.Phase;
import org.coprod.core.Side;

/**
 * One typed argument of a finding's message template: {@code Argument.output("output", o.id())}.
 * Its value is checked against its type when it is made, and against the template's declared
 * parameters when the finding is built.
 *
 * @param name the name the template gives it, lowerCamelCase
 * @param type its type
 * @param value its value, of the type's Java class
 */
public record Argument(String name, ArgType type, Object value) {
  /** Checks the name and that the value is of the type. */
  public Argument {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(type, "type is null");
    Objects.requireNonNull(value, "value is null");
    if (!Param.NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("an argument's name is lowerCamelCase: " + name);
    }
    if (!type.accepts(value)) {
      throw new IllegalArgumentException("argument " + name + " is not a " + type);
    }
  }

  /** One person. */
  public static Argument person(String name, ParticipantId id) {
    return new Argument(name, ArgType.PERSON, id);
  }

  /** Several people, in the order given (at least one). */
  public static Argument people(String name, Iterable<ParticipantId> ids) {
    return new Argument(name, ArgType.PEOPLE, List.ofAll(ids));
  }

  /** An output. */
  public static Argument output(String name, OutputId id) {
    return new Argument(name, ArgType.OUTPUT, id);
  }

  /** A decision. */
  public static Argument decision(String name, DecisionId id) {
    return new Argument(name, ArgType.DECISION, id);
  }

  /** Another thing the project names by id. */
  public static Argument thing(String name, Id id) {
    return new Argument(name, ArgType.THING, id);
  }

  /** A side. */
  public static Argument side(String name, Side side) {
    return new Argument(name, ArgType.SIDE, side);
  }

  /** A whole number. */
  public static Argument count(String name, int n) {
    return new Argument(name, ArgType.COUNT, n);
  }

  /** A share from 0 to 1. */
  public static Argument share(String name, double share) {
    return new Argument(name, ArgType.SHARE, share);
  }

  /** A ratio. */
  public static Argument ratio(String name, double ratio) {
    return new Argument(name, ArgType.RATIO, ratio);
  }

  /** Hours. */
  public static Argument hours(String name, double hours) {
    return new Argument(name, ArgType.HOURS, hours);
  }

  /** Money. */
  public static Argument money(String name, BigDecimal amount) {
    return new Argument(name, ArgType.MONEY, amount);
  }

  /** A day. */
  public static Argument day(String name, LocalDate day) {
    return new Argument(name, ArgType.DAY, day);
  }

  /** A phase of the work. */
  public static Argument phase(String name, Phase phase) {
    return new Argument(name, ArgType.PHASE, phase);
  }

  /** Words. */
  public static Argument text(String name, String text) {
    return new Argument(name, ArgType.TEXT, text);
  }

  /** The people this argument names: one, several or none. */
  public Seq<ParticipantId> people() {
    if (value instanceof ParticipantId p) {
      return List.of(p);
    }
    if (type == ArgType.PEOPLE) {
      return ((Seq<?>) value).map(ParticipantId.class::cast);
    }
    return List.empty();
  }
}
