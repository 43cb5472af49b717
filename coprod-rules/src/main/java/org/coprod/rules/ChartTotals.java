package org.coprod.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import org.coprod.core.Decision;
import org.coprod.core.DecisionId;
import org.coprod.core.DecisionType;
import org.coprod.core.Output;
import org.coprod.core.OutputId;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.core.Resource;
import org.coprod.core.ResourceId;
import org.coprod.core.ResourceKind;
import org.coprod.core.Side;

/**
 * The totals a report's charts draw, taken from the shared index when the report is made, so no
 * renderer reads the project again: each output's hours and credit by side, who had a say in each
 * key decision, and the money by who controls it. Aggregates by side and ids of outputs, decisions
 * and resources only, never a person.
 *
 * @param outputs each output's hours and credit by side, in the order of the project
 * @param decisions the key decisions, by date then id
 * @param money each MONEY resource split by who controls it, in the order of the project
 * @param unit the unit of the money, if there is money
 */
public record ChartTotals(
    Seq<OutputTotals> outputs,
    Seq<KeyDecisionSay> decisions,
    Seq<MoneyTotals> money,
    Option<String> unit) {

  /** Checks nothing is null. */
  public ChartTotals {
    Objects.requireNonNull(outputs, "outputs is null");
    Objects.requireNonNull(decisions, "decisions is null");
    Objects.requireNonNull(money, "money is null");
    Objects.requireNonNull(unit, "unit is null");
  }

  /** No outputs, decisions or money: what a report read back from a file carries. */
  public static ChartTotals empty() {
    return new ChartTotals(List.empty(), List.empty(), List.empty(), Option.none());
  }

  /**
   * One output's hours and credit by side.
   *
   * @param id the output's id
   * @param title its title
   * @param livedExperienceHours the hours people with lived experience gave it
   * @param professionalHours the hours professionals gave it
   * @param livedExperienceCredited how many people with lived experience have credit on it
   * @param professionalCredited how many professionals have credit on it
   */
  public record OutputTotals(
      OutputId id,
      String title,
      double livedExperienceHours,
      double professionalHours,
      int livedExperienceCredited,
      int professionalCredited) {
    /** The hours a side gave it. */
    public double hours(Side side) {
      return side == Side.LIVED_EXPERIENCE ? livedExperienceHours : professionalHours;
    }

    /** How many people of a side have credit on it. */
    public int credited(Side side) {
      return side == Side.LIVED_EXPERIENCE ? livedExperienceCredited : professionalCredited;
    }
  }

  /**
   * One key decision and who had a say in it.
   *
   * @param id the decision's id
   * @param date when it was made
   * @param type its type
   * @param topic its topic
   * @param counted whether it is counted (its type not reserved on its date)
   * @param overridden whether a line outside the group overrode it
   * @param livedExperienceSay whether people with lived experience had a say
   * @param professionalSay whether professionals had a say
   */
  public record KeyDecisionSay(
      DecisionId id,
      LocalDate date,
      DecisionType type,
      String topic,
      boolean counted,
      boolean overridden,
      boolean livedExperienceSay,
      boolean professionalSay) {
    /** Whether a side had a say. */
    public boolean hadSay(Side side) {
      return side == Side.LIVED_EXPERIENCE ? livedExperienceSay : professionalSay;
    }
  }

  /**
   * One MONEY resource and how much of it each side controls (split evenly among its controllers),
   * and how much nobody in the group is named to control.
   *
   * @param id the resource's id
   * @param amount its amount
   * @param livedExperience the amount people with lived experience control
   * @param professional the amount professionals control
   * @param nobody the amount with no controller in the group
   */
  public record MoneyTotals(
      ResourceId id,
      BigDecimal amount,
      BigDecimal livedExperience,
      BigDecimal professional,
      BigDecimal nobody) {
    /** The amount a side controls. */
    public BigDecimal of(Side side) {
      return side == Side.LIVED_EXPERIENCE ? livedExperience : professional;
    }
  }

  /** The totals of the view an index holds, in one pass over each part. */
  static ChartTotals of(ProjectIndex index) {
    Project p = index.project();
    java.util.List<OutputTotals> outputs = new java.util.ArrayList<>();
    for (Output o : p.outputs()) {
      int[] credited = new int[Side.values().length];
      for (ParticipantId id : o.credited()) {
        credited[index.side(id).ordinal()]++;
      }
      outputs.add(
          new OutputTotals(
              o.id(),
              o.title(),
              index.outputHours(o.id(), Side.LIVED_EXPERIENCE),
              index.outputHours(o.id(), Side.PROFESSIONAL),
              credited[Side.LIVED_EXPERIENCE.ordinal()],
              credited[Side.PROFESSIONAL.ordinal()]));
    }
    java.util.List<KeyDecisionSay> decisions = new java.util.ArrayList<>();
    for (Decision d : p.decisions()) {
      if (d.key()) {
        decisions.add(
            new KeyDecisionSay(
                d.id(),
                d.date(),
                d.type(),
                d.topic(),
                index.isCounted(d),
                d.overriddenBy().isDefined(),
                index.hadSay(d, Side.LIVED_EXPERIENCE),
                index.hadSay(d, Side.PROFESSIONAL)));
      }
    }
    decisions.sort(Comparator.comparing(KeyDecisionSay::date).thenComparing(k -> k.id().value()));
    java.util.List<MoneyTotals> money = new java.util.ArrayList<>();
    Option<String> unit = Option.none();
    for (Resource r : p.resources()) {
      if (r.kind() != ResourceKind.MONEY) {
        continue;
      }
      unit = unit.orElse(Option.some(r.unit()));
      BigDecimal[] bySide = {BigDecimal.ZERO, BigDecimal.ZERO};
      BigDecimal nobody = r.amount();
      int n = r.controlledBy().size();
      if (n > 0) {
        // As the index splits it, so the chart agrees with the money measure.
        BigDecimal share = r.amount().divide(BigDecimal.valueOf(n), MathContext.DECIMAL128);
        for (ParticipantId id : r.controlledBy()) {
          int s = index.side(id).ordinal();
          bySide[s] = bySide[s].add(share);
        }
        nobody = BigDecimal.ZERO;
      }
      money.add(
          new MoneyTotals(
              r.id(),
              r.amount(),
              bySide[Side.LIVED_EXPERIENCE.ordinal()],
              bySide[Side.PROFESSIONAL.ordinal()],
              nobody));
    }
    return new ChartTotals(List.ofAll(outputs), List.ofAll(decisions), List.ofAll(money), unit);
  }
}
