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
   * The share of key decisions in which the people with lived experience on the steering group take
   * part, between 0 and 1; 1 by default (they take part in every key decision they are present
   * for). The others are taken by the professionals among themselves.
   */
  @Value.Default
  public double livedExperienceSay() {
    return 1.0;
  }

  /**
   * Whether people with lived experience step back as the work goes on: every core lived-experience
   * member but the first leaves between a third and a half of the way through, so that few of them
   * are left in the last phase. False by default.
   */
  @Value.Default
  public boolean dropOff() {
    return false;
  }

  /**
   * How many meetings the group's register records; 0 by default. Key decisions are made at the
   * first of them (their deciders attend); the rest fall across the work, each attended by most of
   * the core people present, some chaired by a person with lived experience, some consultations.
   * Each attendance is a contribution of the project, beside the {@link #contributions()} of the
   * ledger.
   */
  @Value.Default
  public int meetings() {
    return 0;
  }

  /**
   * How many impacts ("what we heard, what changed") are recorded, from what people with lived
   * experience said; 0 by default.
   */
  @Value.Default
  public int impacts() {
    return 0;
  }

  /** How many rounds of the anonymous check-in were held, each with an entry per side; 0. */
  @Value.Default
  public int checkInRounds() {
    return 0;
  }

  /** How many responses to findings the group recorded; 0 by default. */
  @Value.Default
  public int responses() {
    return 0;
  }

  /**
   * Whether the stories told carry their tellers' consent (uses, an end, now and then a
   * withdrawal), and outputs say what they are used for; false by default.
   */
  @Value.Default
  public boolean storyConsent() {
    return false;
  }

  /**
   * Whether the project holds a fingerprint key, made from the seed (so the same spec gives the
   * same key); false by default.
   */
  @Value.Default
  public boolean fingerprintKey() {
    return false;
  }

  /**
   * A spec whose shape is drawn from the seed, for varied populations of projects: running or
   * closed, 3 to 16 people a side, how much is paid, how much say lived experience has, whether
   * credit or money sits with one side, whether the direction was preset or lived experience is
   * outvoted, whether people step back, and meetings, impacts, check-ins, responses and story
   * consent now and then. The same seed gives the same spec; the project's own seed is the seed.
   *
   * @param seed the seed of the shape and of the project
   * @return a spec every project of which is valid; never null
   */
  public static ProjectSpec varied(long seed) {
    Dice dice = Dice.stream(seed, 77);
    int lived = dice.between(3, 16);
    int professional = dice.between(3, 16);
    boolean outvoted = dice.chance(0.1);
    if (outvoted) {
      lived = Math.max(lived, 2);
      professional = Math.max(professional, 10);
    }
    ProjectSpec.Builder b =
        ProjectSpec.builder()
            .seed(seed)
            .livedExperience(lived)
            .professional(professional)
            .contributions(dice.between(20, 400))
            .decisions(dice.between(2, 40))
            .outputs(dice.between(1, 6))
            .closed(dice.chance(0.6))
            .durationDays(dice.between(60, 720))
            .hoursSkew(dice.between(0, 20) / 10.0)
            .paidShare(dice.chance(0.4) ? 1.0 : dice.between(0, 100) / 100.0)
            .livedExperienceSay(dice.chance(0.5) ? 1.0 : dice.between(0, 100) / 100.0)
            .directionPreset(dice.chance(0.15))
            .livedExperienceOutvoted(outvoted)
            .dropOff(dice.chance(0.2))
            .meetings(dice.chance(0.5) ? dice.between(3, 24) : 0)
            .impacts(dice.chance(0.5) ? dice.between(1, 12) : 0)
            .checkInRounds(dice.chance(0.4) ? dice.between(1, 8) : 0)
            .responses(dice.chance(0.3) ? dice.between(1, 6) : 0)
            .storyConsent(dice.chance(0.5))
            .fingerprintKey(true);
    double credit = dice.unit();
    if (credit < 0.15) {
      b.creditOnlyTo(Side.PROFESSIONAL);
    } else if (credit < 0.2) {
      b.creditOnlyTo(Side.LIVED_EXPERIENCE);
    }
    double money = dice.unit();
    if (money < 0.3) {
      b.moneyHeldBy(Side.PROFESSIONAL);
    } else if (money < 0.35) {
      b.moneyHeldBy(Side.LIVED_EXPERIENCE);
    }
    return b.build();
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
    require(
        livedExperienceSay() >= 0 && livedExperienceSay() <= 1,
        "livedExperienceSay must be between 0 and 1");
    require(meetings() >= 0, "meetings must not be negative");
    require(impacts() >= 0, "impacts must not be negative");
    require(checkInRounds() >= 0, "checkInRounds must not be negative");
    require(responses() >= 0, "responses must not be negative");
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
