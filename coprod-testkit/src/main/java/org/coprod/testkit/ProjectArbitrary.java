package org.coprod.testkit;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.coprod.core.Project;
import org.coprod.core.Side;
import org.coprod.core.synthetic.ProjectGenerator;
import org.coprod.core.synthetic.ProjectSpec;
import org.jspecify.annotations.Nullable;

/**
 * Whole valid projects from core's seeded generator, with the knobs a fairness property needs:
 * people per side, contributions, decisions and outputs, running or closed, how hours and pay are
 * spread, chosen imbalances, the record a group keeps (a meeting register, impacts, check-ins,
 * responses, stories' consent), and {@link Variation}s the generator never makes by itself. Every
 * knob returns a new arbitrary; the defaults give a few to 16 people and up to 40 contributions,
 * with each imbalance now and then, and the record in about one project in three.
 *
 * <pre>{@code
 * @Provide
 * Arbitrary<Project> boards() {
 *   return CoprodArbitraries.projects().livedExperienceOutvoted().closed();
 * }
 * }</pre>
 *
 * <p>The sizes are shrinkable integers and the generator's seed a shrinkable long, so a failing
 * property shrinks to a project with one person a side (or fewer), few contributions, decisions and
 * outputs, no imbalance and no variation, as far as the failure allows. jqwik reports such a
 * project with the {@link ProjectSpec} and variations that rebuild it.
 */
public final class ProjectArbitrary extends ArbitraryDecorator<Project> {
  /** How often an imbalance shows: never, now and then, or always. */
  private enum Mode {
    NEVER,
    SOMETIMES,
    ALWAYS
  }

  private static final LocalDate EARLIEST_START = LocalDate.of(2015, 1, 5);
  private static final LocalDate LATEST_START = LocalDate.of(2030, 12, 30);
  private static final LocalDate USUAL_START = LocalDate.of(2020, 1, 6);

  private int livedMin = 0;
  private int livedMax = 6;
  private int professionalMin = 0;
  private int professionalMax = 10;
  private int contributionsMin = 0;
  private int contributionsMax = 40;
  private int decisionsMin = 0;
  private int decisionsMax = 12;
  private int outputsMin = 0;
  private int outputsMax = 4;
  private @Nullable Boolean closed = null;
  private int durationMin = 28;
  private int durationMax = 400;
  private LocalDate startFrom = EARLIEST_START;
  private LocalDate startTo = LATEST_START;
  private double skewMin = 0;
  private double skewMax = 2;
  private double paidMin = 0;
  private double paidMax = 1;
  private BigDecimal rateMin = BigDecimal.ZERO;
  private BigDecimal rateMax = BigDecimal.valueOf(40);
  private Mode credit = Mode.SOMETIMES;
  private @Nullable Side creditSide = null;
  private Mode money = Mode.SOMETIMES;
  private @Nullable Side moneySide = null;
  private Mode preset = Mode.SOMETIMES;
  private Mode outvoted = Mode.SOMETIMES;
  private Mode dropOff = Mode.SOMETIMES;
  private Mode lessSay = Mode.SOMETIMES;
  private Mode record = Mode.SOMETIMES;
  private Set<Variation> variations = EnumSet.allOf(Variation.class);
  private int maxVariations = 3;

  ProjectArbitrary() {}

  private ProjectArbitrary copy() {
    ProjectArbitrary c = typedClone();
    c.variations =
        variations.isEmpty() ? EnumSet.noneOf(Variation.class) : EnumSet.copyOf(variations);
    return c;
  }

  private static void range(int min, int max, String what) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException(
          what + ": the least must be zero or more and not above the most");
    }
  }

  /** People on the lived-experience side, from {@code min} to {@code max}; 0 to 6 by default. */
  public ProjectArbitrary livedExperience(int min, int max) {
    range(min, max, "livedExperience");
    ProjectArbitrary c = copy();
    c.livedMin = min;
    c.livedMax = max;
    return c;
  }

  /** People on the professional side, from {@code min} to {@code max}; 0 to 10 by default. */
  public ProjectArbitrary professional(int min, int max) {
    range(min, max, "professional");
    ProjectArbitrary c = copy();
    c.professionalMin = min;
    c.professionalMax = max;
    return c;
  }

  /** People on each side, from {@code min} to {@code max}. */
  public ProjectArbitrary peoplePerSide(int min, int max) {
    return livedExperience(min, max).professional(min, max);
  }

  /** Contributions in the ledger, from {@code min} to {@code max}; 0 to 40 by default. */
  public ProjectArbitrary contributions(int min, int max) {
    range(min, max, "contributions");
    ProjectArbitrary c = copy();
    c.contributionsMin = min;
    c.contributionsMax = max;
    return c;
  }

  /** Decisions, from {@code min} to {@code max}; 0 to 12 by default. */
  public ProjectArbitrary decisions(int min, int max) {
    range(min, max, "decisions");
    ProjectArbitrary c = copy();
    c.decisionsMin = min;
    c.decisionsMax = max;
    return c;
  }

  /** Outputs, from {@code min} to {@code max}; 0 to 4 by default. */
  public ProjectArbitrary outputs(int min, int max) {
    range(min, max, "outputs");
    ProjectArbitrary c = copy();
    c.outputsMin = min;
    c.outputsMax = max;
    return c;
  }

  /** Only projects still running (no close). */
  public ProjectArbitrary running() {
    ProjectArbitrary c = copy();
    c.closed = false;
    return c;
  }

  /** Only closed projects. */
  public ProjectArbitrary closed() {
    ProjectArbitrary c = copy();
    c.closed = true;
    return c;
  }

  /** Running and closed projects alike (the default). */
  public ProjectArbitrary runningOrClosed() {
    ProjectArbitrary c = copy();
    c.closed = null;
    return c;
  }

  /** How many days the work runs, from 28 to 36500; 28 to 400 by default. */
  public ProjectArbitrary durationDays(int min, int max) {
    if (min < 28 || max > 36_500 || max < min) {
      throw new IllegalArgumentException(
          "durationDays: between 28 and 36500, the least not above the most");
    }
    ProjectArbitrary c = copy();
    c.durationMin = min;
    c.durationMax = max;
    return c;
  }

  /** The day the project starts, between two days; 2015 to 2030 by default. */
  public ProjectArbitrary startedBetween(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from is null");
    Objects.requireNonNull(to, "to is null");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "startedBetween: the first day must not be after the last");
    }
    ProjectArbitrary c = copy();
    c.startFrom = from;
    c.startTo = to;
    return c;
  }

  /**
   * How unevenly hours fall on people ({@link ProjectSpec#hoursSkew()}): 0 is even, 1 a Zipf shape,
   * more concentrates them further; from {@code min} to {@code max}, within 0 to 10; 0 to 2 by
   * default.
   */
  public ProjectArbitrary hoursSkew(double min, double max) {
    if (!(min >= 0) || !(max <= 10) || max < min) {
      throw new IllegalArgumentException(
          "hoursSkew: between 0 and 10, the least not above the most");
    }
    ProjectArbitrary c = copy();
    c.skewMin = min;
    c.skewMax = max;
    return c;
  }

  /** Hours spread evenly over people. */
  public ProjectArbitrary evenHours() {
    return hoursSkew(0, 0);
  }

  /**
   * The share of lived-experience contributions that are paid, from {@code min} to {@code max},
   * within 0 and 1; anywhere by default.
   */
  public ProjectArbitrary paidShare(double min, double max) {
    if (!(min >= 0) || !(max <= 1) || max < min) {
      throw new IllegalArgumentException(
          "paidShare: between 0 and 1, the least not above the most");
    }
    ProjectArbitrary c = copy();
    c.paidMin = min;
    c.paidMax = max;
    return c;
  }

  /**
   * The agreed rate for an hour, from {@code min} to {@code max}, not negative; 0 to 40 by default.
   */
  public ProjectArbitrary ratePerHour(BigDecimal min, BigDecimal max) {
    Objects.requireNonNull(min, "min is null");
    Objects.requireNonNull(max, "max is null");
    if (min.signum() < 0 || max.compareTo(min) < 0) {
      throw new IllegalArgumentException("ratePerHour: zero or more, the least not above the most");
    }
    ProjectArbitrary c = copy();
    c.rateMin = min;
    c.rateMax = max;
    return c;
  }

  /** No lived-experience contribution is paid. */
  public ProjectArbitrary unpaid() {
    return paidShare(0, 0);
  }

  /** Credit (ownership, credits, rewards of standing) goes only to this side, in every project. */
  public ProjectArbitrary creditOnlyTo(Side side) {
    ProjectArbitrary c = copy();
    c.credit = Mode.ALWAYS;
    c.creditSide = Objects.requireNonNull(side, "side is null");
    return c;
  }

  /** All the money is held by people of this side, in every project. */
  public ProjectArbitrary moneyHeldBy(Side side) {
    ProjectArbitrary c = copy();
    c.money = Mode.ALWAYS;
    c.moneySide = Objects.requireNonNull(side, "side is null");
    return c;
  }

  /**
   * The scope (and budget) set by professionals before anyone with lived experience joined, in
   * every project.
   */
  public ProjectArbitrary directionPreset() {
    ProjectArbitrary c = copy();
    c.preset = Mode.ALWAYS;
    return c;
  }

  /**
   * Key decisions taken by a board of twelve, two of them with lived experience, by majority, in
   * every project (which needs at least 2 lived-experience and 10 professional people).
   */
  public ProjectArbitrary livedExperienceOutvoted() {
    ProjectArbitrary c = copy();
    c.outvoted = Mode.ALWAYS;
    return c;
  }

  /**
   * Core lived-experience members stepping back part way through ({@link ProjectSpec#dropOff()}),
   * in every project.
   */
  public ProjectArbitrary dropOff() {
    ProjectArbitrary c = copy();
    c.dropOff = Mode.ALWAYS;
    return c;
  }

  /**
   * Lived experience left out of some key decisions ({@link ProjectSpec#livedExperienceSay()} of a
   * half or none), in every project.
   */
  public ProjectArbitrary lessSay() {
    ProjectArbitrary c = copy();
    c.lessSay = Mode.ALWAYS;
    return c;
  }

  /**
   * The record a group keeps, in every project: a meeting register (with key decisions made at
   * meetings), impacts, check-ins, responses to findings and stories' consent, in numbers drawn
   * from small ranges.
   */
  public ProjectArbitrary withRecord() {
    ProjectArbitrary c = copy();
    c.record = Mode.ALWAYS;
    return c;
  }

  /** Projects with only the parts of a 0.1 project file: no meetings, impacts and the rest. */
  public ProjectArbitrary withoutRecord() {
    ProjectArbitrary c = copy();
    c.record = Mode.NEVER;
    return c;
  }

  /** No chosen imbalance: the generator aims at a fair project (realistic noise remains). */
  public ProjectArbitrary withoutImbalances() {
    ProjectArbitrary c = copy();
    c.credit = Mode.NEVER;
    c.money = Mode.NEVER;
    c.preset = Mode.NEVER;
    c.outvoted = Mode.NEVER;
    c.dropOff = Mode.NEVER;
    c.lessSay = Mode.NEVER;
    return c;
  }

  /**
   * Up to three of these variations (in any order, repeats allowed) on each project; all of them by
   * default.
   */
  public ProjectArbitrary variations(Variation... allowed) {
    ProjectArbitrary c = copy();
    c.variations =
        allowed.length == 0
            ? EnumSet.noneOf(Variation.class)
            : EnumSet.copyOf(java.util.List.of(allowed));
    return c;
  }

  /** Projects exactly as core's generator makes them. */
  public ProjectArbitrary withoutVariations() {
    return variations();
  }

  // ------------------------------------------------------------------------------- generation

  private record Sizes(
      int lived, int professional, int contributions, int decisions, int outputs, long seed) {}

  private record Shape(
      boolean closed, int duration, double skew, double paid, BigDecimal rate, int startOffset) {}

  private record Imbalances(
      Option<Side> credit,
      Option<Side> money,
      boolean preset,
      boolean outvoted,
      boolean dropOff,
      double say) {}

  /** The record a group keeps: how many of each part; all nought for none. */
  private record Kept(
      int meetings,
      int impacts,
      int checkInRounds,
      int responses,
      boolean storyConsent,
      boolean fingerprintKey) {
    static final Kept NONE = new Kept(0, 0, 0, 0, false, false);
  }

  private Arbitrary<Kept> kept() {
    Arbitrary<Kept> some =
        Combinators.combine(
                count(0, 8, 0),
                count(0, 5, 0),
                count(0, 3, 0),
                count(0, 2, 0),
                Arbitraries.of(false, true),
                Arbitraries.of(false, true))
            .as(Kept::new);
    return switch (record) {
      case NEVER -> Arbitraries.just(Kept.NONE);
      case ALWAYS -> some;
      // a flag beside the counts, not a choice between arbitraries, so that a failing project
      // shrinks to one without the record
      case SOMETIMES ->
          Combinators.combine(Arbitraries.frequency(Tuple.of(2, false), Tuple.of(1, true)), some)
              .as((on, kept) -> on ? kept : Kept.NONE);
    };
  }

  private Arbitrary<Double> say() {
    return switch (lessSay) {
      case NEVER -> Arbitraries.just(1.0);
      case ALWAYS -> Arbitraries.of(0.5, 0.0);
      case SOMETIMES ->
          Arbitraries.frequency(Tuple.of(18, 1.0), Tuple.of(1, 0.5), Tuple.of(1, 0.0));
    };
  }

  private record Tweak(Variation variation, int pick) {
    @Override
    public String toString() {
      return variation + "@" + pick;
    }
  }

  private static Arbitrary<Integer> count(int min, int max, int towards) {
    return Arbitraries.integers()
        .between(min, max)
        .shrinkTowards(Math.max(min, Math.min(max, towards)));
  }

  private boolean feasible(Side side) {
    return (side == Side.LIVED_EXPERIENCE ? livedMax : professionalMax) >= 1;
  }

  private boolean presetFeasible() {
    return livedMax >= 1 && professionalMax >= 1 && decisionsMax >= 1;
  }

  private boolean outvotedFeasible() {
    return livedMax >= 2 && professionalMax >= 10;
  }

  private Arbitrary<Option<Side>> side(Mode mode, @Nullable Side chosen, String what) {
    if (mode == Mode.ALWAYS) {
      Side side = Objects.requireNonNull(chosen, "a chosen imbalance names its side");
      if (!feasible(side)) {
        throw new IllegalArgumentException(what + " needs at least one person on that side");
      }
      return Arbitraries.just(Option.some(side));
    }
    List<Tuple.Tuple2<Integer, Option<Side>>> choices = new ArrayList<>();
    choices.add(Tuple.of(16, Option.none()));
    if (mode == Mode.SOMETIMES) {
      for (Side side : Side.values()) {
        if (feasible(side)) {
          choices.add(Tuple.of(1, Option.some(side)));
        }
      }
    }
    return Arbitraries.frequency(choices);
  }

  private static Arbitrary<Boolean> flag(Mode mode, boolean feasible, int oneIn, String what) {
    if (mode == Mode.ALWAYS) {
      if (!feasible) {
        throw new IllegalArgumentException(what + " cannot be met within the sizes asked for");
      }
      return Arbitraries.just(true);
    }
    if (mode == Mode.NEVER || !feasible) {
      return Arbitraries.just(false);
    }
    return Arbitraries.frequency(Tuple.of(oneIn - 1, false), Tuple.of(1, true));
  }

  @Override
  protected Arbitrary<Project> arbitrary() {
    Arbitrary<Sizes> sizes =
        Combinators.combine(
                count(livedMin, livedMax, 1), count(professionalMin, professionalMax, 1),
                count(contributionsMin, contributionsMax, 0), count(decisionsMin, decisionsMax, 0),
                count(outputsMin, outputsMax, 0), Arbitraries.longs())
            .as(Sizes::new);
    int days = (int) ChronoUnit.DAYS.between(startFrom, startTo);
    int usual = (int) ChronoUnit.DAYS.between(startFrom, USUAL_START);
    Arbitrary<Shape> shape =
        Combinators.combine(
                closed == null ? Arbitraries.of(true, false) : Arbitraries.just(closed),
                count(durationMin, durationMax, 120),
                Arbitraries.doubles().between(skewMin, skewMax).ofScale(2).shrinkTowards(skewMin),
                Arbitraries.doubles().between(paidMin, paidMax).ofScale(2).shrinkTowards(paidMax),
                Arbitraries.bigDecimals()
                    .between(rateMin, rateMax)
                    .ofScale(2)
                    .shrinkTowards(rateMin.max(rateMax.min(BigDecimal.valueOf(25)))),
                count(0, days, usual))
            .as(Shape::new);
    Arbitrary<Imbalances> imbalances =
        Combinators.combine(
                side(credit, creditSide, "creditOnlyTo"),
                side(money, moneySide, "moneyHeldBy"),
                flag(preset, presetFeasible(), 10, "directionPreset"),
                flag(outvoted, outvotedFeasible(), 10, "livedExperienceOutvoted"),
                flag(dropOff, true, 10, "dropOff"),
                say())
            .as(Imbalances::new);
    Arbitrary<List<Tweak>> tweaks =
        variations.isEmpty()
            ? Arbitraries.just(List.of())
            : Combinators.combine(
                    Arbitraries.of(variations), Arbitraries.integers().between(0, 999_999))
                .as(Tweak::new)
                .list()
                .ofMaxSize(maxVariations);
    return Combinators.combine(sizes, shape, imbalances, kept(), tweaks).as(this::project);
  }

  private Project project(
      Sizes sizes, Shape shape, Imbalances imbalances, Kept kept, List<Tweak> tweaks) {
    int lived = sizes.lived();
    int professional = sizes.professional();
    int decisions = sizes.decisions();
    if (lived + professional == 0) {
      if (livedMax >= 1) {
        lived = 1;
      } else {
        professional = 1;
      }
    }
    // An imbalance drawn needs people to show on: raise the counts it needs (always within the
    // most asked for, which the imbalance was only drawn if it allows).
    for (Option<Side> side : java.util.List.of(imbalances.credit(), imbalances.money())) {
      if (side.contains(Side.LIVED_EXPERIENCE)) {
        lived = Math.max(lived, 1);
      } else if (side.contains(Side.PROFESSIONAL)) {
        professional = Math.max(professional, 1);
      }
    }
    if (imbalances.preset()) {
      lived = Math.max(lived, 1);
      professional = Math.max(professional, 1);
      decisions = Math.max(decisions, 1);
    }
    if (imbalances.outvoted()) {
      lived = Math.max(lived, 2);
      professional = Math.max(professional, 10);
    }
    ProjectSpec.Builder spec =
        ProjectSpec.builder()
            .seed(sizes.seed())
            .livedExperience(lived)
            .professional(professional)
            .contributions(sizes.contributions())
            .decisions(decisions)
            .outputs(sizes.outputs())
            .closed(shape.closed())
            .durationDays(shape.duration())
            .started(startFrom.plusDays(shape.startOffset()))
            .hoursSkew(shape.skew())
            .paidShare(shape.paid())
            .ratePerHour(shape.rate())
            .directionPreset(imbalances.preset())
            .livedExperienceOutvoted(imbalances.outvoted())
            .dropOff(imbalances.dropOff())
            .livedExperienceSay(imbalances.say())
            .meetings(kept.meetings())
            .impacts(kept.impacts())
            .checkInRounds(kept.checkInRounds())
            .responses(kept.responses())
            .storyConsent(kept.storyConsent())
            .fingerprintKey(kept.fingerprintKey());
    imbalances.credit().forEach(spec::creditOnlyTo);
    imbalances.money().forEach(spec::moneyHeldBy);
    ProjectSpec built = spec.build();
    Project project = ProjectGenerator.generate(built);
    for (Tweak t : tweaks) {
      project = t.variation().apply(project, t.pick());
    }
    GeneratedProjects.remember(project, built, tweaks.toString());
    return project;
  }
}
