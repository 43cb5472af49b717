package org.coprod.rules;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A parameter a message template declares: its name and type. The factories read as the
 * declaration: {@code Template.of("default", "{output} ...", Param.output("output"))}.
 *
 * @param name the name, lowerCamelCase
 * @param type the type of the argument it takes
 */
public record Param(String name, ArgType type) {
  static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

  /** Checks the name. */
  public Param {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(type, "type is null");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a parameter's name is lowerCamelCase: " + name);
    }
  }

  /** A parameter of a type. */
  public static Param of(String name, ArgType type) {
    return new Param(name, type);
  }

  /** A person. */
  public static Param person(String name) {
    return of(name, ArgType.PERSON);
  }

  /** Several people. */
  public static Param people(String name) {
    return of(name, ArgType.PEOPLE);
  }

  /** An output. */
  public static Param output(String name) {
    return of(name, ArgType.OUTPUT);
  }

  /** A decision. */
  public static Param decision(String name) {
    return of(name, ArgType.DECISION);
  }

  /** Another thing named by id. */
  public static Param thing(String name) {
    return of(name, ArgType.THING);
  }

  /** A side. */
  public static Param side(String name) {
    return of(name, ArgType.SIDE);
  }

  /** A whole number. */
  public static Param count(String name) {
    return of(name, ArgType.COUNT);
  }

  /** A share. */
  public static Param share(String name) {
    return of(name, ArgType.SHARE);
  }

  /** A ratio. */
  public static Param ratio(String name) {
    return of(name, ArgType.RATIO);
  }

  /** Hours. */
  public static Param hours(String name) {
    return of(name, ArgType.HOURS);
  }

  /** Money. */
  public static Param money(String name) {
    return of(name, ArgType.MONEY);
  }

  /** A day. */
  public static Param day(String name) {
    return of(name, ArgType.DAY);
  }

  /** A phase. */
  public static Param phase(String name) {
    return of(name, ArgType.PHASE);
  }

  /** Words. */
  public static Param text(String name) {
    return of(name, ArgType.TEXT);
  }
}
