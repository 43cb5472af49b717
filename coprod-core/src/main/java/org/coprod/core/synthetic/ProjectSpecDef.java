package org.coprod.core.synthetic;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.coprod.core.CoprodStyle;
import org.coprod.core.Side;
import org.immutables.value.Value;

/**
 * What a synthetic project should look like: its seed, its size, whether it has closed, how hours
 * and pay are spread, and which imbalances it should show. Every attribute has a default, so {@code
 * ProjectSpec.builder().seed(7).build()} is a small, fair, closed project.
 *
 * <p>The same spec always gives an equal project, on any JDK. The imbalance flags each switch on
 * one pattern a rule is meant to see; with none of them set, the generator aims at a fair project,
 * though realistic noise (late payments, unmet availability, people who drift away) remains.
 */
@Value.Immutable
@CoprodStyle
abstract class ProjectSpecDef {
  /** The first day of the default window. */
  static final LocalDate DEFAULT_START = LocalDate.of(2020, 1, 6);

  /** The seed every random choice follows; 0 by default. */
  @Value.Default
  public long seed() {
    return 0L;
  }

  /** How many people take part on the lived-experience side; 6 by default. */
  @Value.Default
  public int livedExperience() {
    return 6;
  }

  /** How many people take part on the professional side; 6 by default. */
  @Value.Default
  public int professional() {
    return 6;
  }

  /** How many contributions the ledger holds; 200 by default. */
  @Value.Default
  public int contributions() {
    return 200;
  }

  /** How many decisions were made; 20 by default. */
  @Value.Default
  public int decisions() {
    return 20;
  }

  /** How many outputs were made; 3 by default. */
  @Value.Default
  public int outputs() {
    return 3;
  }

  /**
   * Whether the project has closed, on the last day of its window; true by default. A running
   * project has no close, and its last activity falls within the window.
   */
  @Value.Default
  public boolean closed() {
    return true;
  }

  /** The day the project started; 6 January 2020 by default. */
  @Value.Default
  public LocalDate started() {
    return DEFAULT_START;
  }

  /**
   * How many days the work runs, from the start to the close (or, while running, to the last day of
   * activity); at least 28; 270 by default. Payments, repayments, feedback and the final output may
   * come later.
   */
  @Value.Default
  public int durationDays() {
    return 270;
  }

  /**
   * How unevenly contributions, and so hours, fall on people: 0 gives every core person the same
   * chance; 1 (the default) a Zipf, Pareto-like shape in which the k-th busiest person gives about
   * 1/k of the busiest one's contributions; larger values concentrate them further.
   */
  @Value.Default
  public double hoursSkew() {
    return 1.0;
  }

  /**
   * The share of lived-experience contributions that are paid, between 0 and 1; 1 by default, so
   * that a project with no chosen imbalance pays for the time it agreed to pay for. People who
   * decline payment are never paid.
   */
  @Value.Default
  public double paidShare() {
    return 1.0;
  }

  /** The agreed rate for an hour, in {@link #currency()}; 25 by default; not negative. */
  @Value.Default
  public BigDecimal ratePerHour() {
    return BigDecimal.valueOf(25);
  }

  /** The currency of all money in the project; {@code GBP} by default. */
  @Value.Default
  public String currency() {
    return "GBP";
  }

  /**
   * If set, credit (ownership, authorship and other credits, and the rewards of standing) goes only
   * to people of this side; the other side's contributors are at most acknowledged.
   */
  public abstract Option<Side> creditOnlyTo();

  /** If set, all the project's money is controlled by people of this side. */
  public abstract Option<Side> moneyHeldBy();

  /**
   * Whether the direction was set before anyone with lived experience joined: a key SCOPE decision
   * (and a key BUDGET decision, with two or more decisions) made by professionals before the first
   * lived-experience person joins. Needs a person on each side and a decision.
   */
  @Value.Default
  public boolean directionPreset() {
    return false;
  }

  /**
   * Whether key decisions are made by a board on which lived experience is outvoted: 2
   * lived-experience members among 12 deciders, under a MAJORITY decision rule. Needs at least 2
   * lived-experience and 10 professional people.
   */
  @Value.Default
  public boolean livedExperienceOutvoted() {
    return false;
  }

  /**
   * Refuses a spec no project can meet: a programming error, so the message names the attribute and
   * the bound.
   */
  @Value.Check
  void check() {
    require(livedExperience() >= 0, "livedExperience must not be negative");
    require(professional() >= 0, "professional must not be negative");
    require(livedExperience() + professional() >= 1, "a project needs at least one participant");
    require(contributions() >= 0, "contributions must not be negative");
    require(decisions() >= 0, "decisions must not be negative");
    require(outputs() >= 0, "outputs must not be negative");
    require(
        durationDays() >= 28 && durationDays() <= 36_500,
        "durationDays must be between 28 and 36500");
    require(hoursSkew() >= 0 && hoursSkew() <= 10, "hoursSkew must be between 0 and 10");
    require(paidShare() >= 0 && paidShare() <= 1, "paidShare must be between 0 and 1");
    require(ratePerHour().signum() >= 0, "ratePerHour must not be negative");
    require(!currency().isBlank(), "currency must not be blank");
    creditOnlyTo()
        .forEach(
            side -> require(count(side) >= 1, "creditOnlyTo needs a participant on that side"));
    moneyHeldBy()
        .forEach(side -> require(count(side) >= 1, "moneyHeldBy needs a participant on that side"));
    require(
        !directionPreset() || (livedExperience() >= 1 && professional() >= 1 && decisions() >= 1),
        "directionPreset needs a participant on each side and a decision");
    require(
        !livedExperienceOutvoted() || (livedExperience() >= 2 && professional() >= 10),
        "livedExperienceOutvoted needs at least 2 lived-experience and 10 professional participants");
  }

  private int count(Side side) {
    return side == Side.LIVED_EXPERIENCE ? livedExperience() : professional();
  }

  private static void require(boolean holds, String message) {
    if (!holds) {
      throw new IllegalArgumentException(message);
    }
  }
}
