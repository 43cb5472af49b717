package org.coprod.rules;

import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.coprod.core.Id;
import org.coprod.core.ParticipantId;
import org.coprod.core.Phase;
import org.coprod.core.Side;

/**
 * How a renderer writes a template's arguments: people (by role title, by id, or as "a group
 * member" where they asked not to be named), the sides (by the group's labels) and numbers. Side
 * labels, anonymity and number formats are applied here, once, on the arguments' structure, never
 * by editing finished sentences.
 *
 * <pre>{@code
 * Voice voice = Voice.plain().withLabels(report.sideLabels()).withPeople(report::personWords);
 * String words = finding.template().format(finding.arguments(), voice);
 * }</pre>
 */
public final class Voice {
  private static final Voice PLAIN =
      new Voice(SideLabels.defaults(), id -> "'" + id.value() + "'", id -> "'" + id.value() + "'");

  private final SideLabels labels;
  private final Function<ParticipantId, String> person;
  private final Function<Id, String> thing;

  private Voice(
      SideLabels labels, Function<ParticipantId, String> person, Function<Id, String> thing) {
    this.labels = labels;
    this.person = person;
    this.thing = thing;
  }

  /**
   * The voice a finding's stored message is written in: the default side labels, people, outputs
   * and decisions by their id in quotes.
   */
  public static Voice plain() {
    return PLAIN;
  }

  /** This voice with other side labels. */
  public Voice withLabels(SideLabels labels) {
    return new Voice(Objects.requireNonNull(labels, "labels is null"), person, thing);
  }

  /** This voice writing people another way (by role title, or not by id at all). */
  public Voice withPeople(Function<ParticipantId, String> person) {
    return new Voice(labels, Objects.requireNonNull(person, "person is null"), thing);
  }

  /** This voice writing outputs, decisions and other ids another way. */
  public Voice withThings(Function<Id, String> thing) {
    return new Voice(labels, person, Objects.requireNonNull(thing, "thing is null"));
  }

  /** The side labels of this voice. */
  public SideLabels labels() {
    return labels;
  }

  /** One argument in words. */
  public String write(Argument a) {
    Object v = a.value();
    return switch (a.type()) {
      case PERSON -> person.apply((ParticipantId) v);
      case PEOPLE -> list(a.people().map(person));
      case OUTPUT, DECISION, THING -> thing.apply((Id) v);
      case SIDE -> labels.of((Side) v);
      case COUNT -> Integer.toString((Integer) v);
      case SHARE -> percent((Double) v);
      case RATIO -> decimal((Double) v, 2);
      case HOURS -> decimal((Double) v, 2);
      case MONEY -> plain((BigDecimal) v);
      case DAY -> v.toString();
      case PHASE -> ((Phase) v).name().toLowerCase(Locale.ROOT);
      case TEXT -> (String) v;
    };
  }

  /** Words joined as a sentence lists them: "a", "a and b", "a, b and c". */
  public static String list(Seq<String> words) {
    if (words.size() <= 1) {
      return words.mkString();
    }
    return words.init().mkString(", ") + " and " + words.last();
  }

  /** A share as a percentage to one decimal, a whole one without it: "12.5%", "40%". */
  public static String percent(double share) {
    BigDecimal p = new BigDecimal(share).movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    return plain(p) + "%";
  }

  private static String decimal(double value, int places) {
    return plain(new BigDecimal(value).setScale(places, RoundingMode.HALF_UP));
  }

  private static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.signum() == 0 ? "0" : stripped.toPlainString();
  }

  /** Text with its first letter a capital. */
  static String capitalise(String text) {
    if (text.isEmpty()) {
      return text;
    }
    int first = text.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toTitleCase(first))
        .append(text.substring(Character.charCount(first)))
        .toString();
  }
}
