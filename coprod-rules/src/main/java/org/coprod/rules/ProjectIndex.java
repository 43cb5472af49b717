package org.coprod.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.coprod.core.Agreement;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionKind;
import org.coprod.core.Decision;
import org.coprod.core.DecisionRule;
import org.coprod.core.DecisionType;
import org.coprod.core.Employment;
import org.coprod.core.Expenses;
import org.coprod.core.Output;
import org.coprod.core.OutputId;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.PaymentTerms;
import org.coprod.core.Phase;
import org.coprod.core.Project;
import org.coprod.core.ProjectView;
import org.coprod.core.Resource;
import org.coprod.core.ResourceKind;
import org.coprod.core.Side;
import org.jspecify.annotations.Nullable;

/**
 * The one index of a view, built in one pass and shared by every rule of a check, and the defined
 * words of the rules written once: who <em>contributed</em>, a side's <em>substantial
 * contribution</em> to an output, the <em>decision rule</em> of a decision, the <em>counted</em>
 * key decisions, and whether a side <em>had a say</em>.
 *
 * <p>Lookups cost O(1) or O(log n); building costs O(n) in the size of the project. A rule that
 * must weigh every contribution goes through them by place ({@link #contributionCount()}): the
 * index keeps columns of what such rules read (the day, the day paid, hours, whether paid,
 * expenses, the payment terms in force) and each contribution's person, so such a rule streams
 * through arrays instead of visiting a million objects and looking each person up again.
 */
public final class ProjectIndex {
  /** Kanter's tilted boundary: under majority rule a side needs this share of the deciders. */
  public static final double MAJORITY_VOICE = 0.35;

  /** A side made a substantial contribution to an output with this share of its hours. */
  public static final double SUBSTANTIAL_SHARE = 0.20;

  private static final int SHAPING_KINDS =
      mask(ContributionKind.IDEA) | mask(ContributionKind.WRITING);
  private static final Side[] SIDES = Side.values();

  /** The day of a contribution that has no such day, in {@link #paidDay(int)}. */
  public static final int NO_DAY = Integer.MIN_VALUE;

  private final ProjectView view;
  private final Project project;
  private final Map<ParticipantId, Person> people;
  private final Person[] persons;
  private final Contribution[] contributions;
  private final Person[] byContribution;
  // Columns of the contributions, in the project's order: what the rules that weigh every
  // contribution read, so that they stream through arrays instead of visiting each object.
  private final int[] days;
  private final int[] paidDays;
  private final double[] hoursAt;
  private final boolean[] paidAt;
  private final boolean[] claimedAt;
  private final int[] repaidDays;
  private final int[] versionAt;
  private final java.util.List<Option<PaymentTerms>> termsOfVersion;
  private final double[] hoursBySide = new double[SIDES.length];
  private final double[] paidHoursBySide = new double[SIDES.length];
  private final int[] kindsBySide = new int[SIDES.length];
  private final int[] phasesBySide = new int[SIDES.length];
  private final LocalDate[] firstContributionBySide = new LocalDate[SIDES.length];
  private final int phases;
  private final Map<OutputId, OutputHours> outputs = new HashMap<>();
  private final OutputHours whole;
  private final boolean outputsNamed;
  private final EnumMap<Side, BigDecimal> moneyBySide = new EnumMap<>(Side.class);
  private final BigDecimal money;
  private final Seq<Decision> countedKeyDecisions;
  private final double totalHours;

  /** What the one pass learns about one participant. */
  private static final class Person {
    final Participant participant;
    final Side side;

    /** Whether every hour of theirs counts as paid: salaried, or declining pay. */
    final boolean paidAnyway;

    double hours;
    int contributions;
    int paidContributions;
    int kinds;
    int phases;

    /** The place of their first contribution in the project's list. */
    int firstAt = -1;

    /** Their place in the project's list of participants. */
    final int ordinal;

    @Nullable Set<String> skills;

    Person(Participant participant, int ordinal) {
      this.participant = participant;
      this.ordinal = ordinal;
      this.side = participant.side();
      this.paidAnyway =
          participant.employment() == Employment.SALARIED || participant.declinesPayment();
    }
  }

  /**
   * A lookup that first tries the very key objects of a map, by identity, and only then the map. A
   * project read from a file or made by the generator shares one id object among every mention of a
   * person, so most lookups end at one slot without hashing or comparing the id's text.
   */
  private static final class ByIdentity<K, V> {
    private final Object[] slots;
    private final int mask;
    private final Map<K, V> byEquality;

    ByIdentity(Map<K, V> byEquality) {
      this.byEquality = byEquality;
      int capacity = Integer.highestOneBit(Math.max(2, byEquality.size()) * 4 - 1);
      slots = new Object[capacity * 2];
      mask = capacity - 1;
      for (Map.Entry<K, V> e : byEquality.entrySet()) {
        int i = slot(e.getKey());
        while (slots[2 * i] != null) {
          i = (i + 1) & mask;
        }
        slots[2 * i] = e.getKey();
        slots[2 * i + 1] = e.getValue();
      }
    }

    private int slot(Object key) {
      int h = System.identityHashCode(key) * 0x9E3779B9;
      return (h ^ (h >>> 16)) & mask;
    }

    @SuppressWarnings("unchecked")
    @Nullable V get(K key) {
      int i = slot(key);
      Object k;
      while ((k = slots[2 * i]) != null) {
        if (k == key) {
          return (V) slots[2 * i + 1];
        }
        i = (i + 1) & mask;
      }
      return byEquality.get(key);
    }
  }

  /** One person's part in one output: their hours, and whether they gave an idea or writing. */
  private static final class Share {
    final Person person;
    double hours;
    boolean shaping;

    Share(Person person) {
      this.person = person;
    }
  }

  /** Hours given to one output, by person and by side, and who gave an idea or writing. */
  private static final class OutputHours {
    // in the order of each person's first contribution to the output
    final Map<ParticipantId, Share> byPerson = new LinkedHashMap<>();
    final double[] bySide = new double[SIDES.length];
    final EnumSet<Side> shapingSides = EnumSet.noneOf(Side.class);
    double total;

    double hours(ParticipantId who) {
      Share mine = byPerson.get(who);
      return mine == null ? 0.0 : mine.hours;
    }

    boolean shaping(ParticipantId who) {
      Share mine = byPerson.get(who);
      return mine != null && mine.shaping;
    }
  }

  /** What a valid project's reference leads to: it refuses references to nothing. */
  private static <V> V known(@Nullable V found) {
    return Objects.requireNonNull(
        found, "a valid project refers only to its own participants and outputs");
  }

  private static int mask(Enum<?> e) {
    return 1 << e.ordinal();
  }

  private static <E extends Enum<E>> EnumSet<E> set(Class<E> type, int mask) {
    EnumSet<E> out = EnumSet.noneOf(type);
    for (E e : type.getEnumConstants()) {
      if ((mask & mask(e)) != 0) {
        out.add(e);
      }
    }
    return out;
  }

  private ProjectIndex(ProjectView view) {
    this.view = view;
    this.project = view.project();
    for (Side s : SIDES) {
      moneyBySide.put(s, BigDecimal.ZERO);
    }
    people = new HashMap<>(Math.max(16, project.participants().size() * 2));
    Person[] byOrdinal = new Person[project.participants().size()];
    for (Participant p : project.participants()) {
      Person person = new Person(p, people.size());
      byOrdinal[person.ordinal] = person;
      people.put(p.id(), person);
    }
    persons = byOrdinal;
    Map<OutputId, Integer> outputOrdinals = new HashMap<>();
    for (Output o : project.outputs()) {
      outputOrdinals.putIfAbsent(o.id(), outputOrdinals.size());
    }
    // The one pass over contributions: one lookup of the person each, the rest is arithmetic.
    ByIdentity<ParticipantId, Person> personOf = new ByIdentity<>(people);
    ByIdentity<OutputId, Integer> outputOf = new ByIdentity<>(outputOrdinals);
    boolean named = false;
    double total = 0;
    int allPhases = 0;
    int at = 0;
    int count = project.contributions().size();
    contributions = new Contribution[count];
    byContribution = new Person[count];
    days = new int[count];
    paidDays = new int[count];
    hoursAt = new double[count];
    paidAt = new boolean[count];
    claimedAt = new boolean[count];
    repaidDays = new int[count];
    versionAt = new int[count];
    int[] outputAt = new int[count];
    boolean[] shapingAt = new boolean[count];
    Agreement[] versions = project.agreements().toJavaArray(Agreement[]::new);
    int[] versionDays = new int[versions.length];
    java.util.List<Option<PaymentTerms>> terms = new ArrayList<>(versions.length);
    for (int v = 0; v < versions.length; v++) {
      versionDays[v] = (int) versions[v].date().toEpochDay();
      terms.add(versions[v].payment());
    }
    termsOfVersion = terms;
    for (Contribution c : project.contributions()) {
      Person who = known(personOf.get(c.participant()));
      int side = who.side.ordinal();
      double h = c.hours();
      int kind = mask(c.kind());
      total += h;
      who.hours += h;
      who.contributions++;
      who.kinds |= kind;
      if (who.firstAt < 0) {
        who.firstAt = at;
      }
      at++;
      boolean isPaid = c.isPaid();
      if (isPaid) {
        who.paidContributions++;
      }
      byContribution[at - 1] = who;
      contributions[at - 1] = c;
      int day = (int) c.date().toEpochDay();
      days[at - 1] = day;
      paidDays[at - 1] = c.paidOn().isDefined() ? (int) c.paidOn().get().toEpochDay() : NO_DAY;
      hoursAt[at - 1] = h;
      paidAt[at - 1] = isPaid;
      repaidDays[at - 1] = NO_DAY;
      if (c.expenses().isDefined()) {
        Expenses e = c.expenses().get();
        claimedAt[at - 1] = e.claimed().signum() > 0;
        if (e.reimbursed().isDefined()) {
          repaidDays[at - 1] = (int) e.reimbursed().get().toEpochDay();
        }
      }
      versionAt[at - 1] = inForce(versionDays, day);
      hoursBySide[side] += h;
      if (who.paidAnyway || isPaid) {
        paidHoursBySide[side] += h;
      }
      kindsBySide[side] |= kind;
      int phase = mask(c.phase());
      who.phases |= phase;
      phasesBySide[side] |= phase;
      allPhases |= phase;
      LocalDate first = firstContributionBySide[side];
      if (first == null || c.date().isBefore(first)) {
        firstContributionBySide[side] = c.date();
      }
      shapingAt[at - 1] = (kind & SHAPING_KINDS) != 0;
      if (c.output().isDefined()) {
        named = true;
        outputAt[at - 1] = known(outputOf.get(c.output().get()));
      } else {
        outputAt[at - 1] = -1;
      }
    }
    if (named) {
      sharesByOutput(outputAt, shapingAt);
    }
    totalHours = total;
    phases = allPhases;
    outputsNamed = named;
    // Where no contribution names an output, the project's hours stand in for every output.
    whole = new OutputHours();
    if (!named) {
      // in the order of each person's first contribution, as for a named output
      java.util.List<Person> contributing = new ArrayList<>();
      for (Person p : people.values()) {
        if (p.contributions > 0) {
          contributing.add(p);
        }
      }
      contributing.sort(java.util.Comparator.comparingInt(p -> p.firstAt));
      for (Person p : contributing) {
        Share mine = new Share(p);
        whole.byPerson.put(p.participant.id(), mine);
        mine.hours = p.hours;
        if ((p.kinds & SHAPING_KINDS) != 0) {
          mine.shaping = true;
          whole.shapingSides.add(p.side);
        }
      }
      System.arraycopy(hoursBySide, 0, whole.bySide, 0, SIDES.length);
      whole.total = total;
    }
    BigDecimal allMoney = BigDecimal.ZERO;
    for (Resource r : project.resources()) {
      if (r.kind() != ResourceKind.MONEY) {
        continue;
      }
      allMoney = allMoney.add(r.amount());
      int n = r.controlledBy().size();
      if (n > 0) {
        BigDecimal share = r.amount().divide(BigDecimal.valueOf(n), MathContext.DECIMAL128);
        for (ParticipantId id : r.controlledBy()) {
          moneyBySide.merge(known(people.get(id)).side, share, BigDecimal::add);
        }
      }
    }
    money = allMoney;
    countedKeyDecisions = project.decisions().filter(this::isCounted);
  }

  /**
   * Each output's hours by person and by side. The contributions are first grouped by output (a
   * counting sort of their places); each output's are then added up in the project's order on one
   * array indexed by person, so that the work stays within one output's people at a time instead of
   * jumping between every output's tables.
   */
  private void sharesByOutput(int[] outputAt, boolean[] shapingAt) {
    Grouping byOutput = Grouping.of(outputAt, project.outputs().size());
    int[] start = byOutput.start();
    int[] places = byOutput.places();
    Share[] open = new Share[persons.length];
    java.util.List<Share> touched = new ArrayList<>();
    int o = 0;
    for (Output output : project.outputs()) {
      if (start[o] < start[o + 1] && !outputs.containsKey(output.id())) {
        OutputHours h = new OutputHours();
        for (int k = start[o]; k < start[o + 1]; k++) {
          int i = places[k];
          Person who = byContribution[i];
          Share mine = open[who.ordinal];
          if (mine == null) {
            mine = new Share(who);
            open[who.ordinal] = mine;
            touched.add(mine);
          }
          double hours = hoursAt[i];
          mine.hours += hours;
          h.bySide[who.side.ordinal()] += hours;
          h.total += hours;
          if (shapingAt[i]) {
            mine.shaping = true;
            h.shapingSides.add(who.side);
          }
        }
        for (Share mine : touched) {
          h.byPerson.put(mine.person.participant.id(), mine);
          open[mine.person.ordinal] = null;
        }
        touched.clear();
        outputs.put(output.id(), h);
      }
      o++;
    }
  }

  /**
   * Places in the contributions' list grouped by a key from 0 to {@code keys - 1} (a counting sort,
   * stable): {@code places[start[k] .. start[k + 1])} are those with key k, in order.
   */
  // Two arrays handed straight from the counting sort to its one caller on the hot path; never
  // compared or printed, so a record's array equality does not matter.
  @SuppressWarnings("ArrayRecordComponent")
  private record Grouping(int[] start, int[] places) {
    /** Groups places by {@code keyAt[place]}; a negative key leaves a place out. */
    static Grouping of(int[] keyAt, int keys) {
      int[] start = new int[keys + 1];
      for (int k : keyAt) {
        if (k >= 0) {
          start[k + 1]++;
        }
      }
      for (int k = 0; k < keys; k++) {
        start[k + 1] += start[k];
      }
      int[] next = java.util.Arrays.copyOf(start, keys);
      int[] places = new int[start[keys]];
      for (int i = 0; i < keyAt.length; i++) {
        int k = keyAt[i];
        if (k >= 0) {
          places[next[k]++] = i;
        }
      }
      return new Grouping(start, places);
    }
  }

  /** Each person's contributions grouped by person, built on first use (few rules ask). */
  private volatile @Nullable Grouping byPerson;

  private Grouping byPerson() {
    Grouping built = byPerson;
    if (built == null) {
      synchronized (this) {
        built = byPerson;
        if (built == null) {
          int[] ordinals = new int[byContribution.length];
          for (int i = 0; i < ordinals.length; i++) {
            ordinals[i] = byContribution[i].ordinal;
          }
          built = Grouping.of(ordinals, persons.length);
          byPerson = built;
        }
      }
    }
    return built;
  }

  /** One person's contributions, in the project's order. */
  private java.util.List<Contribution> given(Person p) {
    Grouping at = byPerson();
    int from = at.start()[p.ordinal];
    int to = at.start()[p.ordinal + 1];
    return new java.util.AbstractList<>() {
      @Override
      public Contribution get(int k) {
        java.util.Objects.checkIndex(k, to - from);
        return contributions[at.places()[from + k]];
      }

      @Override
      public int size() {
        return to - from;
      }
    };
  }

  /**
   * Whether {@code part} is at least {@code share} of {@code whole}, forgiving the rounding of
   * binary fractions (0.35 × 20 is 7.000000000000001 in a double), so a boundary is met exactly.
   */
  public static boolean atLeast(double part, double share, double whole) {
    return part >= share * whole - 1e-9 * Math.max(1.0, Math.abs(whole));
  }

  /** The index of a view: one pass over it. */
  public static ProjectIndex of(ProjectView view) {
    return new ProjectIndex(Objects.requireNonNull(view, "view is null"));
  }

  /**
   * Whether a contribution's hours count as paid for {@code paid-unpaid}: paid, or given by a
   * salaried person, or by someone who declines payment.
   */
  public static boolean isPaidHour(Contribution c, Participant by) {
    return c.isPaid() || by.employment() == Employment.SALARIED || by.declinesPayment();
  }

  /** The view indexed. */
  public ProjectView view() {
    return view;
  }

  /** The project as it stood on the view's date. */
  public Project project() {
    return project;
  }

  /** The view's date. */
  public LocalDate date() {
    return view.date();
  }

  /** The side of a participant of the view. */
  public Side side(ParticipantId id) {
    Person p = people.get(id);
    if (p == null) {
      throw new IllegalArgumentException("not a participant of this view: " + id);
    }
    return p.side;
  }

  /** The participants on one side. */
  public Seq<Participant> people(Side side) {
    return project.participantsOn(side);
  }

  /** Whether a person has at least one contribution. */
  public boolean isContributing(ParticipantId id) {
    Person p = people.get(id);
    return p != null && p.contributions > 0;
  }

  /** The contributing people, in the order of the participants. */
  public Seq<Participant> contributors() {
    return project.participants().filter(p -> isContributing(p.id()));
  }

  /** The contributing people on one side, in the order of the participants. */
  public Seq<Participant> contributors(Side side) {
    return people(side).filter(p -> isContributing(p.id()));
  }

  /** All hours given. */
  public double hours() {
    return totalHours;
  }

  /** The hours given by one side. */
  public double hours(Side side) {
    return hoursBySide[side.ordinal()];
  }

  /** The hours given by one person. */
  public double hours(ParticipantId id) {
    Person p = people.get(id);
    return p == null ? 0.0 : p.hours;
  }

  /**
   * A side's paid hours: those of paid contributions, salaried people or people who decline pay.
   */
  public double paidHours(Side side) {
    return paidHoursBySide[side.ordinal()];
  }

  /** The kinds of contribution one person gave. */
  public Set<ContributionKind> kinds(ParticipantId id) {
    Person p = people.get(id);
    return set(ContributionKind.class, p == null ? 0 : p.kinds);
  }

  /** The kinds of contribution one side gave. */
  public Set<ContributionKind> kinds(Side side) {
    return set(ContributionKind.class, kindsBySide[side.ordinal()]);
  }

  /** The skills one person used in their contributions. */
  public Set<String> skillsUsed(ParticipantId id) {
    Person p = people.get(id);
    if (p == null || p.contributions == 0) {
      return Set.of();
    }
    // Gathered on first asking: few rules ask, and only of some people.
    synchronized (p) {
      if (p.skills == null) {
        Set<String> used = new HashSet<>();
        for (Contribution c : given(p)) {
          c.skills().forEach(used::add);
        }
        p.skills = Collections.unmodifiableSet(used);
      }
      return p.skills;
    }
  }

  /**
   * Whether a person used a skill that passes a test in any contribution, looking no further than
   * the first that does.
   */
  public boolean usedSkill(ParticipantId id, java.util.function.Predicate<String> test) {
    Person p = people.get(id);
    if (p == null || p.contributions == 0) {
      return false;
    }
    for (Contribution c : given(p)) {
      for (String skill : c.skills()) {
        if (test.test(skill)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The phases in which anyone contributed. */
  public Set<Phase> phases() {
    return set(Phase.class, phases);
  }

  /** The phases in which a side contributed. */
  public Set<Phase> phases(Side side) {
    return set(Phase.class, phasesBySide[side.ordinal()]);
  }

  /** The number of contributions one person gave. */
  public int contributions(ParticipantId id) {
    Person p = people.get(id);
    return p == null ? 0 : p.contributions;
  }

  /** The number of one person's contributions that were paid. */
  public int paidContributions(ParticipantId id) {
    Person p = people.get(id);
    return p == null ? 0 : p.paidContributions;
  }

  /** The date of a side's earliest contribution, if it has any. */
  public Option<LocalDate> firstContribution(Side side) {
    return Option.of(firstContributionBySide[side.ordinal()]);
  }

  /**
   * The number of contributions. With {@link #contribution(int)} and {@link #contributor(int)}, a
   * rule goes through the contributions in the project's order and knows each one's person without
   * looking them up.
   */
  public int contributionCount() {
    return contributions.length;
  }

  /** The contribution at a place in the project's list, from 0. */
  public Contribution contribution(int i) {
    return contributions[i];
  }

  /** The person who gave the contribution at a place in the project's list, from 0. */
  public Participant contributor(int i) {
    return byContribution[i].participant;
  }

  /** The date of the contribution at a place, as an epoch day ({@link LocalDate#toEpochDay()}). */
  public int day(int i) {
    return days[i];
  }

  /** The epoch day the contribution at a place was paid, or {@link #NO_DAY} if no day is given. */
  public int paidDay(int i) {
    return paidDays[i];
  }

  /** The hours of the contribution at a place. */
  public double hoursAt(int i) {
    return hoursAt[i];
  }

  /** Whether the contribution at a place was paid (a positive amount). */
  public boolean isPaidAt(int i) {
    return paidAt[i];
  }

  /** Whether the contribution at a place claims expenses (a positive amount). */
  public boolean claimedExpensesAt(int i) {
    return claimedAt[i];
  }

  /** The epoch day the expenses of the contribution at a place were repaid, or {@link #NO_DAY}. */
  public int repaidDay(int i) {
    return repaidDays[i];
  }

  /** The payment terms of the agreement in force on the date of the contribution at a place. */
  public Option<PaymentTerms> paymentTermsAt(int i) {
    int v = versionAt[i];
    return v < 0 ? Option.none() : termsOfVersion.get(v);
  }

  /** The last version dated on or before the day, or -1: versions are in order of date. */
  private static int inForce(int[] versionDays, int day) {
    int lo = 0;
    int hi = versionDays.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (versionDays[mid] > day) {
        hi = mid - 1;
      } else {
        found = mid;
        lo = mid + 1;
      }
    }
    return found;
  }

  /** The date of the earliest contribution, if there is any. */
  public Option<LocalDate> firstContribution() {
    Option<LocalDate> first = Option.none();
    for (LocalDate d : firstContributionBySide) {
      if (d != null && (first.isEmpty() || d.isBefore(first.get()))) {
        first = Option.some(d);
      }
    }
    return first;
  }

  /** The phases in which one person contributed. */
  public Set<Phase> phases(ParticipantId id) {
    Person p = people.get(id);
    return set(Phase.class, p == null ? 0 : p.phases);
  }

  /**
   * One person's contributions, in the order of the project; unmodifiable. The contributions are
   * grouped by person on the first call, once for the index.
   */
  public java.util.List<Contribution> contributionsOf(ParticipantId id) {
    Person p = people.get(id);
    return p == null || p.contributions == 0 ? java.util.List.of() : given(p);
  }

  private @Nullable Side sideOrNull(ParticipantId id) {
    Person p = people.get(id);
    return p == null ? null : p.side;
  }

  /** The day the first person of a side joined, if any has. */
  public Option<LocalDate> firstJoined(Side side) {
    return people(side).map(Participant::joined).minBy(d -> d);
  }

  // Outputs ---------------------------------------------------------------------------------

  /**
   * Whether any contribution names an output. Where none does, the project's hours stand in for
   * every output.
   */
  public boolean outputsNamed() {
    return outputsNamed;
  }

  private OutputHours of(OutputId output) {
    if (!outputsNamed) {
      return whole;
    }
    OutputHours h = outputs.get(output);
    return h == null ? new OutputHours() : h;
  }

  /** An output's hours: those of the contributions naming it (or the project's, see above). */
  public double outputHours(OutputId output) {
    return of(output).total;
  }

  /** The hours one side gave to an output. */
  public double outputHours(OutputId output, Side side) {
    return of(output).bySide[side.ordinal()];
  }

  /** The hours one person gave to an output. */
  public double outputHours(OutputId output, ParticipantId person) {
    return of(output).hours(person);
  }

  /** The people who contributed to an output, in the order of the participants. */
  public Seq<Participant> contributorsTo(OutputId output) {
    OutputHours h = of(output);
    return project.participants().filter(p -> h.byPerson.containsKey(p.id()));
  }

  /** The people who contributed to an output, in the order of their first contribution to it. */
  public java.util.List<ParticipantId> contributorIdsTo(OutputId output) {
    return java.util.List.copyOf(of(output).byPerson.keySet());
  }

  /**
   * The people who made a substantial personal contribution to an output (as {@link
   * #substantialPersonal}), in the order of their first contribution to it.
   */
  public java.util.List<ParticipantId> substantialContributorsTo(
      OutputId output, double share, double hours) {
    OutputHours h = of(output);
    java.util.List<ParticipantId> out = new ArrayList<>();
    for (Share mine : h.byPerson.values()) {
      if (substantial(mine, h.total, share, hours)) {
        out.add(mine.person.participant.id());
      }
    }
    return out;
  }

  /** Whether a person gave an IDEA or WRITING contribution to an output. */
  public boolean gaveIdeaOrWriting(OutputId output, ParticipantId person) {
    return of(output).shaping(person);
  }

  /** Whether a side gave an IDEA or WRITING contribution to an output. */
  public boolean gaveIdeaOrWriting(OutputId output, Side side) {
    return of(output).shapingSides.contains(side);
  }

  /**
   * Whether a side made a <em>substantial contribution</em> to an output: 20% or more of its hours,
   * or any IDEA or WRITING contribution to it.
   */
  public boolean substantial(OutputId output, Side side) {
    return substantial(output, side, SUBSTANTIAL_SHARE);
  }

  /** As {@link #substantial(OutputId, Side)}, with another share of hours. */
  public boolean substantial(OutputId output, Side side, double share) {
    double all = outputHours(output);
    return gaveIdeaOrWriting(output, side)
        || (all > 0 && atLeast(outputHours(output, side), share, all));
  }

  /**
   * Whether a person made a substantial personal contribution to an output: {@code share} or more
   * of its hours, {@code hours} hours or more, or an IDEA or WRITING for it.
   */
  public boolean substantialPersonal(
      OutputId output, ParticipantId person, double share, double hours) {
    OutputHours h = of(output);
    Share mine = h.byPerson.get(person);
    return mine != null && substantial(mine, h.total, share, hours);
  }

  private static boolean substantial(Share mine, double all, double share, double hours) {
    return mine.shaping
        || (mine.hours > 0 && (mine.hours >= hours || atLeast(mine.hours, share, all)));
  }

  /** The sides with credit on an output (owners and credits other than ACKNOWLEDGED). */
  public Set<Side> creditedSides(Output output) {
    EnumSet<Side> out = EnumSet.noneOf(Side.class);
    output.credited().forEach(id -> out.add(side(id)));
    return out;
  }

  /**
   * A side's credit rate, as {@code credit-parity} defines it: among its people who made a
   * substantial personal contribution to an output ({@code share} of its hours, {@code hours}
   * hours, or an IDEA or WRITING), how many are credited on an output they contributed to.
   */
  public CreditRate creditRate(Side side, double share, double hours) {
    // The measures and credit-parity both ask, for both sides, with the same thresholds.
    return creditRates.computeIfAbsent(
        java.util.List.of(side.ordinal() * 1.0, share, hours),
        k -> creditRateOf(side, share, hours));
  }

  private final Map<java.util.List<Double>, CreditRate> creditRates =
      new java.util.concurrent.ConcurrentHashMap<>();

  private CreditRate creditRateOf(Side side, double share, double hours) {
    Set<ParticipantId> eligible = new HashSet<>();
    Set<ParticipantId> credited = new HashSet<>();
    if (!outputsNamed) {
      // Every output then has the project's hours: one pass over people, not outputs × people.
      Set<ParticipantId> creditedAnywhere = new HashSet<>();
      project.outputs().forEach(o -> o.credited().forEach(creditedAnywhere::add));
      if (!project.outputs().isEmpty()) {
        for (Participant p : contributors(side)) {
          OutputId any = project.outputs().head().id();
          if (substantialPersonal(any, p.id(), share, hours)) {
            eligible.add(p.id());
            if (creditedAnywhere.contains(p.id())) {
              credited.add(p.id());
            }
          }
        }
      }
    } else {
      for (Output o : project.outputs()) {
        OutputHours h = outputs.get(o.id());
        if (h == null) {
          continue;
        }
        for (Share mine : h.byPerson.values()) {
          if (mine.person.side == side && substantial(mine, h.total, share, hours)) {
            eligible.add(mine.person.participant.id());
          }
        }
      }
      for (Output o : project.outputs()) {
        OutputHours h = outputs.get(o.id());
        if (h != null) {
          o.credited()
              .filter(id -> eligible.contains(id) && h.byPerson.containsKey(id))
              .forEach(credited::add);
        }
      }
    }
    return new CreditRate(eligible.size(), credited.size());
  }

  /**
   * How many of a side's substantial contributors are credited.
   *
   * @param eligible people who made a substantial personal contribution to an output
   * @param credited of those, people credited on an output they contributed to
   */
  public record CreditRate(int eligible, int credited) {
    /** The rate, if anyone is eligible. */
    public Option<Double> rate() {
      return eligible == 0 ? Option.none() : Option.some((double) credited / eligible);
    }
  }

  // Money -----------------------------------------------------------------------------------

  /** All the project's money (MONEY resources). */
  public BigDecimal money() {
    return money;
  }

  /** The money a side controls, each MONEY resource split evenly among its controllers. */
  public BigDecimal money(Side side) {
    return Objects.requireNonNull(moneyBySide.get(side), "every side starts at zero");
  }

  // Decisions and the agreement -------------------------------------------------------------

  /** The agreement in force at the view's date. */
  public Option<Agreement> agreementInForce() {
    return project.agreementInForce(view.date());
  }

  /** Whether at least one lived-experience participant consented to a version. */
  public boolean consentedByLivedExperience(Agreement version) {
    return version.consents().exists(c -> sideOrNull(c.participant()) == Side.LIVED_EXPERIENCE);
  }

  /**
   * The decision rule of a decision: its own rule, else that of the agreement in force on its date,
   * else MAJORITY.
   */
  public DecisionRule ruleOf(Decision d) {
    return d.rule()
        .orElse(() -> project.agreementInForce(d.date()).flatMap(Agreement::decisionRule))
        .getOrElse(DecisionRule.MAJORITY);
  }

  /** Whether a decision type is reserved (not shareable) under the agreement in force on a day. */
  public boolean isReserved(DecisionType type, LocalDate on) {
    return project.agreementInForce(on).exists(a -> a.reserves(type));
  }

  /**
   * Whether a decision is a <em>counted</em> key decision: key, of a type not reserved on its date.
   */
  public boolean isCounted(Decision d) {
    return d.key() && !isReserved(d.type(), d.date());
  }

  /** The counted key decisions, in the order given. */
  public Seq<Decision> countedKeyDecisions() {
    return countedKeyDecisions;
  }

  /** The counted key decisions of some types. */
  public Seq<Decision> countedKeyDecisions(DecisionType... types) {
    List<DecisionType> wanted = List.of(types);
    return countedKeyDecisions.filter(d -> wanted.contains(d.type()));
  }

  /** Whether a side had a say in a decision, with the standard majority voice of 35%. */
  public boolean hadSay(Decision d, Side side) {
    return hadSay(d, side, MAJORITY_VOICE);
  }

  /**
   * Whether a side <em>had a say</em> in a decision: it was not overridden, some person of that
   * side is among the deciders and none of that side's deciders objected, and: under CONSENSUS or
   * CONSENT, nothing more; under MAJORITY, that side's deciders are at least {@code majorityVoice}
   * of the deciders; under LEAD_DECIDES, the lead is of that side. Two names of twelve on an
   * outvoted board are not a say (Arnstein's placation).
   */
  public boolean hadSay(Decision d, Side side, double majorityVoice) {
    if (d.overriddenBy().isDefined()) {
      return false;
    }
    int ours = 0;
    for (ParticipantId id : d.decidedBy()) {
      if (sideOrNull(id) == side) {
        if (d.objectedBy().contains(id)) {
          return false;
        }
        ours++;
      }
    }
    if (ours == 0) {
      return false;
    }
    return switch (ruleOf(d)) {
      case CONSENSUS, CONSENT -> true;
      case MAJORITY -> atLeast(ours, majorityVoice, d.decidedBy().size());
      case LEAD_DECIDES -> d.ledBy().exists(lead -> sideOrNull(lead) == side);
      default -> throw new IllegalStateException("unknown decision rule " + ruleOf(d));
    };
  }
}
