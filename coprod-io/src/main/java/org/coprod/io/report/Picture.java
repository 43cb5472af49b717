package org.coprod.io.report;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.coprod.core.LadderStep;
import org.coprod.core.Side;
import org.coprod.rules.ChartTotals;
import org.coprod.rules.Report;
import org.coprod.rules.render.Words;

/**
 * What the HTML report's charts show, taken from the chart totals the report carries: only
 * aggregates by side and the ids of outputs, decisions and resources, never a person.
 *
 * @param outputs each output's hours and credit by side, in the order of the project
 * @param decisions the key decisions, by date
 * @param money each MONEY resource split by who controls it
 * @param unit the unit of the money, if there is money
 * @param claimed the ladder step the project claims, if it claims one
 * @param assessed the ladder step the record shows
 */
record Picture(
    Seq<OutputShare> outputs,
    Seq<KeyDecision> decisions,
    Seq<MoneyShare> money,
    Option<String> unit,
    Option<LadderStep> claimed,
    LadderStep assessed) {

  /**
   * One output's hours and credit by side. A class, not a record: its per-side arrays stay inside,
   * read only through the side.
   */
  static final class OutputShare {
    private final String id;
    private final String title;
    private final double[] hours;
    private final int[] credited;

    /**
     * @param id the output's id
     * @param title its title
     * @param hours the hours given to it by each side, indexed by {@link Side#ordinal()}
     * @param credited how many people of each side have credit on it
     */
    OutputShare(String id, String title, double[] hours, int[] credited) {
      this.id = id;
      this.title = title;
      this.hours = hours;
      this.credited = credited;
    }

    String id() {
      return id;
    }

    String title() {
      return title;
    }

    double hours(Side side) {
      return hours[side.ordinal()];
    }

    double totalHours() {
      return hours[0] + hours[1];
    }

    int credited(Side side) {
      return credited[side.ordinal()];
    }

    int totalCredited() {
      return credited[0] + credited[1];
    }
  }

  /**
   * One key decision and who had a say in it. A class, not a record: its per-side array stays
   * inside, read only through the side.
   */
  static final class KeyDecision {
    private final String id;
    private final LocalDate date;
    private final String type;
    private final String topic;
    private final boolean counted;
    private final boolean overridden;
    private final boolean[] say;

    /**
     * @param id the decision's id
     * @param date when it was made
     * @param type its type, in words
     * @param topic its topic
     * @param counted whether it is counted (its type not reserved on its date)
     * @param overridden whether a line outside the group overrode it
     * @param say whether each side had a say, indexed by {@link Side#ordinal()}
     */
    KeyDecision(
        String id,
        LocalDate date,
        String type,
        String topic,
        boolean counted,
        boolean overridden,
        boolean[] say) {
      this.id = id;
      this.date = date;
      this.type = type;
      this.topic = topic;
      this.counted = counted;
      this.overridden = overridden;
      this.say = say;
    }

    String id() {
      return id;
    }

    LocalDate date() {
      return date;
    }

    String type() {
      return type;
    }

    String topic() {
      return topic;
    }

    boolean counted() {
      return counted;
    }

    boolean overridden() {
      return overridden;
    }

    boolean hadSay(Side side) {
      return say[side.ordinal()];
    }
  }

  /**
   * One MONEY resource and how much of it each side controls (split evenly among its controllers),
   * and how much nobody in the group is named to control. A class, not a record: its per-side array
   * stays inside, read only through the side.
   */
  static final class MoneyShare {
    private final String id;
    private final BigDecimal amount;
    private final BigDecimal[] bySide;
    private final BigDecimal nobody;

    /**
     * @param id the resource's id
     * @param amount its amount
     * @param bySide the amount each side controls, indexed by {@link Side#ordinal()}
     * @param nobody the amount with no controller in the group
     */
    MoneyShare(String id, BigDecimal amount, BigDecimal[] bySide, BigDecimal nobody) {
      this.id = id;
      this.amount = amount;
      this.bySide = bySide;
      this.nobody = nobody;
    }

    String id() {
      return id;
    }

    BigDecimal amount() {
      return amount;
    }

    BigDecimal of(Side side) {
      return bySide[side.ordinal()];
    }

    BigDecimal nobody() {
      return nobody;
    }
  }

  /** The picture of a report: the chart totals it carries, and its ladder steps. */
  static Picture of(Report report) {
    ChartTotals t = report.charts();
    Seq<OutputShare> outputs =
        t.outputs()
            .map(
                o -> {
                  double[] hours = new double[Side.values().length];
                  int[] credited = new int[Side.values().length];
                  for (Side s : Side.values()) {
                    hours[s.ordinal()] = o.hours(s);
                    credited[s.ordinal()] = o.credited(s);
                  }
                  return new OutputShare(o.id().value(), o.title(), hours, credited);
                });
    Seq<KeyDecision> decisions =
        t.decisions()
            .map(
                d -> {
                  boolean[] say = new boolean[Side.values().length];
                  for (Side s : Side.values()) {
                    say[s.ordinal()] = d.hadSay(s);
                  }
                  return new KeyDecision(
                      d.id().value(),
                      d.date(),
                      Words.capitalise(d.type().name().toLowerCase(java.util.Locale.ROOT)),
                      d.topic(),
                      d.counted(),
                      d.overridden(),
                      say);
                });
    Seq<MoneyShare> money =
        t.money()
            .map(
                m -> {
                  BigDecimal[] bySide = new BigDecimal[Side.values().length];
                  for (Side s : Side.values()) {
                    bySide[s.ordinal()] = m.of(s);
                  }
                  return new MoneyShare(m.id().value(), m.amount(), bySide, m.nobody());
                });
    return new Picture(outputs, decisions, money, t.unit(), report.claimedLevel(), report.ladder());
  }

  /** All the money. */
  BigDecimal totalMoney() {
    return money.foldLeft(BigDecimal.ZERO, (a, m) -> a.add(m.amount()));
  }

  /** The money a side controls. */
  BigDecimal money(Side side) {
    return money.foldLeft(BigDecimal.ZERO, (a, m) -> a.add(m.of(side)));
  }

  /** The money nobody in the group is named to control. */
  BigDecimal moneyOfNobody() {
    return money.foldLeft(BigDecimal.ZERO, (a, m) -> a.add(m.nobody()));
  }
}
