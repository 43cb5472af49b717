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
import org.coprod.core.Break;
import org.coprod.core.Consent;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionKind;
import org.coprod.core.Decision;
import org.coprod.core.DecisionRule;
import org.coprod.core.DecisionType;
import org.coprod.core.Employment;
import org.coprod.core.Expenses;
import org.coprod.core.Hours;
import org.coprod.core.Id;
import org.coprod.core.Impact;
import org.coprod.core.ImpactOutcome;
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
import org.coprod.rules.internal.Columns;
import org.jspecify.annotations.Nullable;

/**
 * The one index of a view, built in one pass and shared by every rule of a check, and the defined
 * words of the rulebook written once: who <em>contributed</em>, a side's <em>substantial
 * contribution</em> to an output and a person's <em>substantial personal contribution</em>, the
 * <em>decision rule</em> of a decision, the <em>counted</em> key decisions, whether a side <em>had
 * a say</em>, who is on an <em>agreed break</em>, and whether an agreement version has the
 * <em>quorum</em> its acknowledgements need.
 *
 * <p>Lookups cost O(1) or O(log n); building costs O(n) in the size of the project. The index also
 * keeps columns of what the standard rules that weigh every contribution read (each contribution's
 * person, the day, the day paid, hours, whether paid, expenses, the payment terms in force), so
 * such a rule streams through arrays instead of visiting a million objects and looking each person
 * up again. The columns are an arrangement for speed, not a defined word: they are reachable only
 * inside this module (through a package it does not export), and a rule of one's own reads the
 * defined words below.
 *
 * <p>Sums of hours are exact: each contribution's hours count as whole micro-hours, summed in a
 * {@code long} (core's {@code Hours}), so a total does not depend on the order the contributions
 * are listed or arrive in. An index is {@linkplain #extend extended} by contributions and decisions
 * added to its project rather than built again: people keep their places, the columns grow at their
 * end and the running totals are carried forward, and what depends on the whole (who is substantial
 * in an output, credit rates, presence across the phases) is worked out when asked, as for any
 * index. An index never changes once built, and may be shared by threads.
 */
public final class ProjectIndex {
  /**
   * Kanter's tilted boundary: under majority rule a side needs this share of the deciders, unless
   * the policy sets another ({@link Policy#majorityVoice()}).
   */
  public static final double MAJORITY_VOICE = Policy.MAJORITY_VOICE;

  /**
   * The most days a break with no end counts for: about six months. Someone who stepped back and
   * has not come back by then is no longer counted as staying.
   */
  public static final int OPEN_BREAK_DAYS = 183;

  /** A side made a substantial contribution to an output with this share of its hours. */
  public static final double SUBSTANTIAL_SHARE = 0.20;

  private static final int SHAPING_KINDS =
      mask(ContributionKind.IDEA) | mask(ContributionKind.WRITING);
  private static final Side[] SIDES = Side.values();

  private final ProjectView view;
  private final Project project;
  // each participant's place in the project's list: fixed while the participants are
  private final Map<ParticipantId, Integer> ordinals;
  private final Person[] persons;
  // the contributions indexed: the columns below hold them at places 0 to count - 1, and may be
  // longer, shared with an index extended from this one, which writes only past this one's count
  private final int count;
  private final Ledger ledger;
  private final Contribution[] contributions;
  // Columns of the contributions, in the project's order: what the rules that weigh every
  // contribution read, so that they stream through arrays instead of visiting each object.
  private final int[] ordinalAt;
  private final int[] days;
  private final int[] paidDays;
  private final double[] hoursAt;
  private final boolean[] paidAt;
  private final boolean[] claimedAt;
  private final int[] repaidDays;
  private final int[] versionAt;
  private final int[] outputAt;
  private final byte[] kindAt;
  private final int[] versionDays;
  private final java.util.List<Option<PaymentTerms>> termsOfVersion;
  private final Agreement[] versions;
  // Sums of hours are kept in micro-hours ({@link Hours}), exact in a long, so that they do not
  // depend on the order the contributions are listed or arrive in.
  private final long[] hoursBySide;
  private final long[] paidHoursBySide;
  private final int[] kindsBySide;
  private final int[] recordedKindsBySide;
  private final int[] phasesBySide;
  private final @Nullable LocalDate[] firstContributionBySide;
  private final Totals totals;
  private final Map<OutputId, Integer> outputOrdinals;
  private final Map<OutputId, OutputHours> outputs;
  private final EnumMap<Side, BigDecimal> moneyBySide;
  private final BigDecimal money;
  private final Seq<Decision> countedKeyDecisions;
  private final double majorityVoice;
  // the contributions an impact records adopted or adapted, and who such an impact came from, by
  // the output it changed (empty without impacts)
  private final Set<Id> adoptedFrom;
  private final Map<ParticipantId, Set<OutputId>> adoptedFromPeople;
  // the participants by ordinal, fixed while the participants are
  private final Participant[] participantAt;
  // the columns above as the standard rules read them
  private final Columns columns;

  static {
    // The one way to an index's columns: a field no public method hands out, so that the columns
    // stay inside this module while the rules that read them live in another package of it.
    Columns.install(index -> index.columns);
  }

  /**
   * Who has written the columns up to where: an index extended from another writes past the other's
   * count into the same arrays only if nothing else has, so each index reads what it was built
   * with.
   */
  private static final class Ledger {
    private int written;

    Ledger(int written) {
      this.written = written;
    }

    /** Claims the places from {@code from} up to {@code to}, if nobody wrote past {@code from}. */
    synchronized boolean claim(int from, int to) {
      if (written != from) {
        return false;
      }
      written = to;
      return true;
    }
  }

  /**
   * The sums of the whole project: written while the index is built or extended, never after (held
   * by a final field, so an index handed to another thread shows them as built).
   */
  private static final class Totals {
    long hours;
    int phases;
    boolean outputsNamed;
    // where no contribution names an output, the project's hours, standing in for every output
    @Nullable OutputHours whole;
    // The places of the STORY contributions, in order, at 0 to storyCount - 1: the array may be
    // longer and shared with an index extended from this one, like the columns.
    int[] stories = new int[0];
    int storyCount;

    Totals copy() {
      Totals t = new Totals();
      t.hours = hours;
      t.phases = phases;
      t.outputsNamed = outputsNamed;
      t.whole = whole;
      t.stories = stories;
      t.storyCount = storyCount;
      return t;
    }

    void story(int at) {
      if (storyCount == stories.length) {
        stories = java.util.Arrays.copyOf(stories, Math.max(16, storyCount * 2));
      }
      stories[storyCount++] = at;
    }
  }

  /** What the one pass learns about one participant. */
  private static final class Person {
    final Participant participant;
    final Side side;

    /** Whether every hour of theirs counts as paid: salaried, or declining pay. */
    final boolean paidAnyway;

    long hours;
    int contributions;
    int paidContributions;
    int kinds;
    // whether an impact records an idea or writing of theirs adopted or adapted
    boolean adopted;
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

    /** The same person's sums, to extend without changing the index they came from. */
    Person copy() {
      Person p = new Person(participant, ordinal);
      p.hours = hours;
      p.contributions = contributions;
      p.paidContributions = paidContributions;
      p.kinds = kinds;
      p.adopted = adopted;
      p.phases = phases;
      p.firstAt = firstAt;
      return p;
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
    long hours;
    int contributions;
    boolean shaping;
    // an idea or writing of theirs for the output that an impact records adopted or adapted
    boolean adopted;

    Share(Person person) {
      this.person = person;
    }

    Share copy() {
      Share s = new Share(person);
      s.hours = hours;
      s.contributions = contributions;
      s.shaping = shaping;
      s.adopted = adopted;
      return s;
    }
  }

  /** Hours given to one output, by person and by side, and who gave an idea or writing. */
  private static final class OutputHours {
    // in the order of each person's first contribution to the output
    final Map<ParticipantId, Share> byPerson = new LinkedHashMap<>();
    final long[] bySide = new long[SIDES.length];
    final EnumSet<Side> shapingSides = EnumSet.noneOf(Side.class);
    long total;

    /** A copy whose table of people may change; the shares in it are still this one's. */
    OutputHours copy() {
      OutputHours h = new OutputHours();
      h.byPerson.putAll(byPerson);
      System.arraycopy(bySide, 0, h.bySide, 0, SIDES.length);
      h.shapingSides.addAll(shapingSides);
      h.total = total;
      return h;
    }

    long hours(ParticipantId who) {
      Share mine = byPerson.get(who);
      return mine == null ? 0 : mine.hours;
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

  private ProjectIndex(ProjectView view, double majorityVoice) {
    this.view = view;
    this.majorityVoice = majorityVoice;
    this.project = view.project();
    int n = project.participants().size();
    Map<ParticipantId, Person> people = new HashMap<>(Math.max(16, n * 2));
    Map<ParticipantId, Integer> places = new HashMap<>(Math.max(16, n * 2));
    persons = new Person[n];
    for (Participant p : project.participants()) {
      Person person = new Person(p, people.size());
      persons[person.ordinal] = person;
      people.put(p.id(), person);
      places.put(p.id(), person.ordinal);
    }
    ordinals = places;
    participantAt = new Participant[n];
    for (Person person : persons) {
      participantAt[person.ordinal] = person.participant;
    }
    Map<OutputId, Integer> outputPlaces = new HashMap<>();
    for (Output o : project.outputs()) {
      outputPlaces.putIfAbsent(o.id(), outputPlaces.size());
    }
    outputOrdinals = outputPlaces;
    outputs = new HashMap<>();
    versions = project.agreements().toJavaArray(Agreement[]::new);
    versionDays = new int[versions.length];
    java.util.List<Option<PaymentTerms>> terms = new ArrayList<>(versions.length);
    for (int v = 0; v < versions.length; v++) {
      versionDays[v] = (int) versions[v].date().toEpochDay();
      terms.add(versions[v].payment());
    }
    termsOfVersion = terms;
    adoptedFrom = new HashSet<>();
    adoptedFromPeople = new HashMap<>();
    for (Impact impact : project.impacts()) {
      if (impact.outcome() == ImpactOutcome.ADOPTED || impact.outcome() == ImpactOutcome.ADAPTED) {
        for (Id from : impact.from()) {
          adoptedFrom.add(from);
          if (from instanceof ParticipantId person && impact.output().isDefined()) {
            adoptedFromPeople
                .computeIfAbsent(person, k -> new HashSet<>())
                .add(impact.output().get());
          }
        }
      }
    }
    hoursBySide = new long[SIDES.length];
    paidHoursBySide = new long[SIDES.length];
    kindsBySide = new int[SIDES.length];
    recordedKindsBySide = new int[SIDES.length];
    phasesBySide = new int[SIDES.length];
    firstContributionBySide = new LocalDate[SIDES.length];
    totals = new Totals();
    count = project.contributions().size();
    ledger = new Ledger(count);
    contributions = new Contribution[count];
    ordinalAt = new int[count];
    days = new int[count];
    paidDays = new int[count];
    hoursAt = new double[count];
    paidAt = new boolean[count];
    claimedAt = new boolean[count];
    repaidDays = new int[count];
    versionAt = new int[count];
    outputAt = new int[count];
    kindAt = new byte[count];
    boolean[] shapingAt = new boolean[count];
    boolean[] adoptedAt = new boolean[count];
    // The one pass over contributions: one lookup of the person each, the rest is arithmetic.
    ByIdentity<ParticipantId, Person> personOf = new ByIdentity<>(people);
    ByIdentity<OutputId, Integer> outputOf = new ByIdentity<>(outputPlaces);
    int at = 0;
    for (Contribution c : project.contributions()) {
      Person who = known(personOf.get(c.participant()));
      int output = c.output().isDefined() ? known(outputOf.get(c.output().get())) : -1;
      int shapes = record(c, at, who, output);
      shapingAt[at] = (shapes & SHAPES) != 0;
      adoptedAt[at] = (shapes & ADOPTED) != 0;
      at++;
    }
    if (totals.outputsNamed) {
      sharesByOutput(shapingAt, adoptedAt);
    } else {
      totals.whole = wholeOf(contributing(persons));
    }
    moneyBySide = new EnumMap<>(Side.class);
    for (Side s : SIDES) {
      moneyBySide.put(s, BigDecimal.ZERO);
    }
    BigDecimal allMoney = BigDecimal.ZERO;
    for (Resource r : project.resources()) {
      if (r.kind() != ResourceKind.MONEY) {
        continue;
      }
      allMoney = allMoney.add(r.amount());
      int k = r.controlledBy().size();
      if (k > 0) {
        BigDecimal share = r.amount().divide(BigDecimal.valueOf(k), MathContext.DECIMAL128);
        for (ParticipantId id : r.controlledBy()) {
          moneyBySide.merge(known(people.get(id)).side, share, BigDecimal::add);
        }
      }
    }
    money = allMoney;
    countedKeyDecisions = project.decisions().filter(this::isCounted);
    columns = columns();
  }

  /**
   * The index of a project that is this one's with contributions added after all of its own, its
   * other parts the very same: this index's sums carried forward and only the new contributions
   * added, by the same step that builds an index. Who is counted in an output's share, the credit
   * rates and the presence across phases are worked out again when asked, as for any index.
   */
  private ProjectIndex(ProjectIndex before, ProjectView view, java.util.List<Contribution> added) {
    this.view = view;
    this.project = view.project();
    this.majorityVoice = before.majorityVoice;
    ordinals = before.ordinals;
    participantAt = before.participantAt;
    persons = before.persons.clone();
    outputOrdinals = before.outputOrdinals;
    versions = before.versions;
    versionDays = before.versionDays;
    termsOfVersion = before.termsOfVersion;
    adoptedFrom = before.adoptedFrom;
    adoptedFromPeople = before.adoptedFromPeople;
    moneyBySide = before.moneyBySide;
    money = before.money;
    hoursBySide = before.hoursBySide.clone();
    paidHoursBySide = before.paidHoursBySide.clone();
    kindsBySide = before.kindsBySide.clone();
    recordedKindsBySide = before.recordedKindsBySide.clone();
    phasesBySide = before.phasesBySide.clone();
    firstContributionBySide = before.firstContributionBySide.clone();
    totals = before.totals.copy();
    outputs = new HashMap<>(before.outputs);
    int from = before.count;
    count = from + added.size();
    if (before.ledger.claim(from, count) && before.days.length >= count) {
      // nobody wrote past the index before: its arrays take the new places as they are
      ledger = before.ledger;
      contributions = before.contributions;
      ordinalAt = before.ordinalAt;
      days = before.days;
      paidDays = before.paidDays;
      hoursAt = before.hoursAt;
      paidAt = before.paidAt;
      claimedAt = before.claimedAt;
      repaidDays = before.repaidDays;
      versionAt = before.versionAt;
      outputAt = before.outputAt;
      kindAt = before.kindAt;
    } else {
      // room to grow by half again, so that appending one at a time copies rarely
      int room = Math.max(count, from + from / 2 + 16);
      ledger = new Ledger(count);
      contributions = java.util.Arrays.copyOf(before.contributions, room);
      ordinalAt = java.util.Arrays.copyOf(before.ordinalAt, room);
      days = java.util.Arrays.copyOf(before.days, room);
      paidDays = java.util.Arrays.copyOf(before.paidDays, room);
      hoursAt = java.util.Arrays.copyOf(before.hoursAt, room);
      paidAt = java.util.Arrays.copyOf(before.paidAt, room);
      claimedAt = java.util.Arrays.copyOf(before.claimedAt, room);
      repaidDays = java.util.Arrays.copyOf(before.repaidDays, room);
      versionAt = java.util.Arrays.copyOf(before.versionAt, room);
      outputAt = java.util.Arrays.copyOf(before.outputAt, room);
      kindAt = java.util.Arrays.copyOf(before.kindAt, room);
      // the places of stories past the index before's are written here only
      totals.stories = totals.stories.clone();
    }
    // the people this extension touched, in the order it first touched them
    java.util.List<Person> touched = new ArrayList<>();
    int at = from;
    for (Contribution c : added) {
      int ordinal = known(ordinals.get(c.participant()));
      Person who = persons[ordinal];
      if (who == before.persons[ordinal]) {
        who = who.copy();
        persons[ordinal] = who;
        touched.add(who);
      }
      int output = c.output().isDefined() ? known(outputOrdinals.get(c.output().get())) : -1;
      int shapes = record(c, at, who, output);
      if (output >= 0) {
        OutputId id = c.output().get();
        OutputHours h = outputs.get(id);
        OutputHours was = before.outputs.get(id);
        if (h == null || h == was) {
          h = h == null ? new OutputHours() : h.copy();
          outputs.put(id, h);
        }
        ParticipantId pid = who.participant.id();
        Share mine = h.byPerson.get(pid);
        if (mine == null) {
          mine = new Share(who);
          h.byPerson.put(pid, mine);
        } else if (was != null && mine == was.byPerson.get(pid)) {
          mine = mine.copy();
          h.byPerson.put(pid, mine);
        }
        long micros = Hours.toMicros(hoursAt[at]);
        mine.hours += micros;
        mine.contributions++;
        h.bySide[who.side.ordinal()] += micros;
        h.total += micros;
        if ((shapes & SHAPES) != 0) {
          mine.shaping = true;
          mine.adopted |= (shapes & ADOPTED) != 0;
          h.shapingSides.add(who.side);
        }
      }
      at++;
    }
    if (!totals.outputsNamed) {
      OutputHours whole = known(before.totals.whole).copy();
      for (Person p : touched) {
        whole.byPerson.put(p.participant.id(), shareOfWhole(p));
        if ((p.kinds & SHAPING_KINDS) != 0) {
          whole.shapingSides.add(p.side);
        }
      }
      System.arraycopy(hoursBySide, 0, whole.bySide, 0, SIDES.length);
      whole.total = totals.hours;
      totals.whole = whole;
    }
    @SuppressWarnings("ReferenceEquality") // the same parts, not equal ones: nothing to look at
    boolean sameDecisions =
        project.decisions() == before.project.decisions()
            && project.agreements() == before.project.agreements();
    countedKeyDecisions =
        sameDecisions ? before.countedKeyDecisions : project.decisions().filter(this::isCounted);
    columns = columns();
  }

  /** The columns as the standard rules read them: this index's arrays, up to its count. */
  private Columns columns() {
    return new Columns(
        count,
        contributions,
        participantAt,
        ordinalAt,
        days,
        paidDays,
        hoursAt,
        paidAt,
        claimedAt,
        repaidDays,
        versionAt,
        outputAt,
        kindAt,
        totals.stories,
        totals.storyCount,
        versions,
        termsOfVersion,
        this::contributionsTo);
  }

  /** How many contributions a person gave to an output (or in all, where none names an output). */
  private int contributionsTo(OutputId output, ParticipantId person) {
    Share mine = of(output).byPerson.get(person);
    return mine == null ? 0 : mine.contributions;
  }

  /**
   * The index of another view, extended from this one where that view's project is this one's with
   * contributions or decisions added after its own and every other part the very same (as a live
   * project appends them): only what was added is counted, and the answers are those of {@link
   * #of(ProjectView, double)} on that view, every one. Otherwise it is built from nothing.
   *
   * @param next a view of the project as it stands now
   * @return the index of that view, under this index's majority voice
   */
  public ProjectIndex extend(ProjectView next) {
    Objects.requireNonNull(next, "next is null");
    java.util.List<Contribution> added = added(next.project());
    if (added == null) {
      return of(next, majorityVoice);
    }
    return new ProjectIndex(this, next, added);
  }

  /**
   * The contributions the next project adds after this index's, or null if it is not this one's
   * project with contributions or decisions added: other parts changed, contributions changed or
   * inserted before the last of this one's, or the first output named where none was.
   */
  @SuppressWarnings("ReferenceEquality") // the very same parts: equal ones could still differ
  private java.util.@Nullable List<Contribution> added(Project next) {
    Project was = project;
    if (next.participants() != was.participants()
        || next.outputs() != was.outputs()
        || next.agreements() != was.agreements()
        || next.impacts() != was.impacts()
        || next.resources() != was.resources()
        || next.contributions().size() < count) {
      return null;
    }
    java.util.List<Contribution> added = new ArrayList<>();
    if (next.contributions() != was.contributions()) {
      int i = 0;
      for (Contribution c : next.contributions()) {
        if (i < count) {
          if (c != contributions[i]) {
            return null;
          }
        } else {
          if (!totals.outputsNamed && c.output().isDefined()) {
            return null;
          }
          added.add(c);
        }
        i++;
      }
    }
    return added;
  }

  private static final int SHAPES = 1;
  private static final int ADOPTED = 2;

  /**
   * Writes a contribution's columns at its place and adds it to its person's, its side's and the
   * project's sums: the one step of building an index and of extending one.
   *
   * @return {@link #SHAPES} if it is an idea or writing, with {@link #ADOPTED} if an impact records
   *     it adopted or adapted
   */
  private int record(Contribution c, int at, Person who, int output) {
    int side = who.side.ordinal();
    double h = c.hours();
    long micros = Hours.toMicros(h);
    int kind = mask(c.kind());
    totals.hours += micros;
    who.hours += micros;
    who.contributions++;
    who.kinds |= kind;
    if (who.firstAt < 0) {
      who.firstAt = at;
    }
    boolean isPaid = c.isPaid();
    if (isPaid) {
      who.paidContributions++;
    }
    ordinalAt[at] = who.ordinal;
    contributions[at] = c;
    int day = (int) c.date().toEpochDay();
    days[at] = day;
    paidDays[at] = c.paidOn().isDefined() ? (int) c.paidOn().get().toEpochDay() : Columns.NO_DAY;
    hoursAt[at] = h;
    paidAt[at] = isPaid;
    claimedAt[at] = false;
    repaidDays[at] = Columns.NO_DAY;
    if (c.expenses().isDefined()) {
      Expenses e = c.expenses().get();
      claimedAt[at] = e.claimed().signum() > 0;
      if (e.reimbursed().isDefined()) {
        repaidDays[at] = (int) e.reimbursed().get().toEpochDay();
      }
    }
    versionAt[at] = inForce(versionDays, day);
    hoursBySide[side] += micros;
    if (who.paidAnyway || isPaid) {
      paidHoursBySide[side] += micros;
    }
    kindsBySide[side] |= kind;
    if (c.kindGiven()) {
      recordedKindsBySide[side] |= kind;
    }
    int phase = mask(c.phase());
    who.phases |= phase;
    phasesBySide[side] |= phase;
    totals.phases |= phase;
    LocalDate first = firstContributionBySide[side];
    if (first == null || c.date().isBefore(first)) {
      firstContributionBySide[side] = c.date();
    }
    boolean shaping = (kind & SHAPING_KINDS) != 0;
    boolean adopted =
        shaping
            && !adoptedFrom.isEmpty()
            && c.id().isDefined()
            && adoptedFrom.contains(c.id().get());
    if (adopted) {
      who.adopted = true;
    }
    outputAt[at] = output;
    kindAt[at] = (byte) c.kind().ordinal();
    if (c.kind() == ContributionKind.STORY) {
      totals.story(at);
    }
    if (output >= 0) {
      totals.outputsNamed = true;
    }
    return (shaping ? SHAPES : 0) | (adopted ? ADOPTED : 0);
  }

  /** The people who contributed, in the order of their first contribution. */
  private static java.util.List<Person> contributing(Person[] persons) {
    java.util.List<Person> out = new ArrayList<>();
    for (Person p : persons) {
      if (p.contributions > 0) {
        out.add(p);
      }
    }
    out.sort(java.util.Comparator.comparingInt(p -> p.firstAt));
    return out;
  }

  /**
   * Where no contribution names an output, the project's hours stand in for every output: each
   * person's share of them, in the order of each person's first contribution, as for a named
   * output.
   */
  private OutputHours wholeOf(java.util.List<Person> contributing) {
    OutputHours whole = new OutputHours();
    for (Person p : contributing) {
      whole.byPerson.put(p.participant.id(), shareOfWhole(p));
      if ((p.kinds & SHAPING_KINDS) != 0) {
        whole.shapingSides.add(p.side);
      }
    }
    System.arraycopy(hoursBySide, 0, whole.bySide, 0, SIDES.length);
    whole.total = totals.hours;
    return whole;
  }

  private static Share shareOfWhole(Person p) {
    Share mine = new Share(p);
    mine.hours = p.hours;
    mine.contributions = p.contributions;
    if ((p.kinds & SHAPING_KINDS) != 0) {
      mine.shaping = true;
      mine.adopted = p.adopted;
    }
    return mine;
  }

  /**
   * Each output's hours by person and by side. The contributions are first grouped by output (a
   * counting sort of their places); each output's are then added up in the project's order on one
   * array indexed by person, so that the work stays within one output's people at a time instead of
   * jumping between every output's tables.
   */
  private void sharesByOutput(boolean[] shapingAt, boolean[] adoptedAt) {
    Grouping byOutput = Grouping.of(outputAt, count, project.outputs().size());
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
          Person who = persons[ordinalAt[i]];
          Share mine = open[who.ordinal];
          if (mine == null) {
            mine = new Share(who);
            open[who.ordinal] = mine;
            touched.add(mine);
          }
          long hours = Hours.toMicros(hoursAt[i]);
          mine.hours += hours;
          mine.contributions++;
          h.bySide[who.side.ordinal()] += hours;
          h.total += hours;
          if (shapingAt[i]) {
            mine.shaping = true;
            mine.adopted |= adoptedAt[i];
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
    /**
     * Groups places 0 to {@code count - 1} by {@code keyAt[place]}; a negative key leaves one out.
     */
    static Grouping of(int[] keyAt, int count, int keys) {
      int[] start = new int[keys + 1];
      for (int i = 0; i < count; i++) {
        int k = keyAt[i];
        if (k >= 0) {
          start[k + 1]++;
        }
      }
      for (int k = 0; k < keys; k++) {
        start[k + 1] += start[k];
      }
      int[] next = java.util.Arrays.copyOf(start, keys);
      int[] places = new int[start[keys]];
      for (int i = 0; i < count; i++) {
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
          built = Grouping.of(ordinalAt, count, persons.length);
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

  /** The index of a view under the default policy: one pass over it. */
  public static ProjectIndex of(ProjectView view) {
    return of(view, MAJORITY_VOICE);
  }

  /**
   * The index of a view under a policy's {@linkplain Policy#majorityVoice() majority voice}: one
   * pass over it.
   *
   * @param majorityVoice under majority rule, the least share of the deciders that gives a side a
   *     say, from 0 to 1
   */
  public static ProjectIndex of(ProjectView view, double majorityVoice) {
    if (!(majorityVoice >= 0 && majorityVoice <= 1)) {
      throw new IllegalArgumentException("the majority voice is a share from 0 to 1");
    }
    return new ProjectIndex(Objects.requireNonNull(view, "view is null"), majorityVoice);
  }

  /**
   * Under majority rule, the least share of the deciders that gives a side a say, in this index.
   */
  public double majorityVoice() {
    return majorityVoice;
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
    Person p = person(id);
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
    Person p = person(id);
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
    return Hours.ofMicros(totals.hours);
  }

  /** The hours given by one side. */
  public double hours(Side side) {
    return Hours.ofMicros(hoursBySide[side.ordinal()]);
  }

  /** The hours given by one person. */
  public double hours(ParticipantId id) {
    Person p = person(id);
    return p == null ? 0.0 : Hours.ofMicros(p.hours);
  }

  /**
   * A side's paid hours: those of paid contributions, salaried people or people who decline pay.
   */
  public double paidHours(Side side) {
    return Hours.ofMicros(paidHoursBySide[side.ordinal()]);
  }

  /** The kinds of contribution one person gave. */
  public Set<ContributionKind> kinds(ParticipantId id) {
    Person p = person(id);
    return set(ContributionKind.class, p == null ? 0 : p.kinds);
  }

  /** The kinds of contribution one side gave. */
  public Set<ContributionKind> kinds(Side side) {
    return set(ContributionKind.class, kindsBySide[side.ordinal()]);
  }

  /**
   * The kinds of contribution one side gave that were recorded as such: those of contributions
   * recorded on their own, and of meeting attendances whose kind was given. The kind a meeting
   * gives a side by default is what the group expects, not evidence of what the person brought.
   */
  public Set<ContributionKind> kindsRecorded(Side side) {
    return set(ContributionKind.class, recordedKindsBySide[side.ordinal()]);
  }

  /** The skills one person used in their contributions. */
  public Set<String> skillsUsed(ParticipantId id) {
    Person p = person(id);
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
    Person p = person(id);
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
    return set(Phase.class, totals.phases);
  }

  /** The phases in which a side contributed. */
  public Set<Phase> phases(Side side) {
    return set(Phase.class, phasesBySide[side.ordinal()]);
  }

  /** The number of contributions one person gave. */
  public int contributions(ParticipantId id) {
    Person p = person(id);
    return p == null ? 0 : p.contributions;
  }

  /** The number of one person's contributions that were paid. */
  public int paidContributions(ParticipantId id) {
    Person p = person(id);
    return p == null ? 0 : p.paidContributions;
  }

  /** The date of a side's earliest contribution, if it has any. */
  public Option<LocalDate> firstContribution(Side side) {
    return Option.of(firstContributionBySide[side.ordinal()]);
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
    Person p = person(id);
    return set(Phase.class, p == null ? 0 : p.phases);
  }

  /**
   * One person's contributions, in the order of the project; unmodifiable. The contributions are
   * grouped by person on the first call, once for the index.
   */
  public java.util.List<Contribution> contributionsOf(ParticipantId id) {
    Person p = person(id);
    return p == null || p.contributions == 0 ? java.util.List.of() : given(p);
  }

  /** The person with this id in this index, if any. */
  private @Nullable Person person(ParticipantId id) {
    Integer at = ordinals.get(id);
    return at == null ? null : persons[at];
  }

  private @Nullable Side sideOrNull(ParticipantId id) {
    Person p = person(id);
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
    return totals.outputsNamed;
  }

  private OutputHours of(OutputId output) {
    if (!totals.outputsNamed) {
      return known(totals.whole);
    }
    OutputHours h = outputs.get(output);
    return h == null ? new OutputHours() : h;
  }

  /** An output's hours: those of the contributions naming it (or the project's, see above). */
  public double outputHours(OutputId output) {
    return Hours.ofMicros(of(output).total);
  }

  /** The hours one side gave to an output. */
  public double outputHours(OutputId output, Side side) {
    return Hours.ofMicros(of(output).bySide[side.ordinal()]);
  }

  /** The hours one person gave to an output. */
  public double outputHours(OutputId output, ParticipantId person) {
    return Hours.ofMicros(of(output).hours(person));
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
      if (substantialPersonal(mine, output, h.total, share, hours)) {
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
   * Whether a person made a <em>substantial personal contribution</em> to an output: {@code share}
   * or more of its hours; or an IDEA or WRITING for it that {@linkplain
   * #ideaOrWritingCounts(Participant, OutputId) counts}; or, for a core person only, {@code hours}
   * hours or more. Twelve people at one two-hour focus group are not twelve missing co-authors, so
   * the hours alone make an occasional contributor's part substantial only as a share of the
   * output's hours.
   */
  public boolean substantialPersonal(
      OutputId output, ParticipantId person, double share, double hours) {
    OutputHours h = of(output);
    Share mine = h.byPerson.get(person);
    return mine != null && substantialPersonal(mine, output, h.total, share, hours);
  }

  private boolean substantialPersonal(
      Share mine, OutputId output, long allMicros, double share, double hours) {
    Participant who = mine.person.participant;
    if (mine.shaping && ideaOrWritingCounts(mine, output)) {
      return true;
    }
    double given = Hours.ofMicros(mine.hours);
    return mine.hours > 0
        && ((who.isCore() && given >= hours) || atLeast(given, share, Hours.ofMicros(allMicros)));
  }

  /**
   * Whether a person's IDEA or WRITING for an output counts towards their substantial personal
   * contribution to it. A core person's always does. An occasional person's counts only where an
   * impact records it adopted or adapted (a sticky note at a thirty-person event is not
   * authorship): an ADOPTED or ADAPTED impact that comes from the contribution itself (a meeting's
   * attendance included), or from the person and changed this output (any output, where no
   * contribution names one). An impact that comes from a whole meeting speaks for the group, not
   * for each person at it. This is the one place that decision is made; it is false for someone who
   * gave the output no idea or writing.
   */
  public boolean ideaOrWritingCounts(Participant person, OutputId output) {
    Share mine = of(output).byPerson.get(person.id());
    return mine != null && mine.shaping && ideaOrWritingCounts(mine, output);
  }

  private boolean ideaOrWritingCounts(Share mine, OutputId output) {
    Participant person = mine.person.participant;
    if (person.isCore() || mine.adopted) {
      return true;
    }
    Set<OutputId> changed = adoptedFromPeople.get(person.id());
    // where no contribution names an output, the project's hours stand in for every output, and so
    // does an impact from the person on any one of them
    return changed != null && (!totals.outputsNamed || changed.contains(output));
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
   * hours, or an IDEA or WRITING), how many are credited on an output they contributed to. A
   * substantial contribution to an output the person asked to be taken off does not count: taking
   * one's name off is a choice, not an omission.
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
    if (!totals.outputsNamed) {
      // Every output then has the project's hours: one pass over people, not outputs × people.
      Set<ParticipantId> creditedAnywhere = new HashSet<>();
      project.outputs().forEach(o -> o.credited().forEach(creditedAnywhere::add));
      // Someone who took their name off every output is uncredited on none of them.
      Map<ParticipantId, Integer> withdrawals = new HashMap<>();
      project
          .outputs()
          .forEach(
              o ->
                  o.nameWithdrawn()
                      .forEach(w -> withdrawals.merge(w.participant(), 1, Integer::sum)));
      int outputCount = project.outputs().size();
      if (!project.outputs().isEmpty()) {
        for (Participant p : contributors(side)) {
          OutputId any = project.outputs().head().id();
          if (withdrawals.getOrDefault(p.id(), 0) < outputCount
              && substantialPersonal(any, p.id(), share, hours)) {
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
          ParticipantId id = mine.person.participant.id();
          if (mine.person.side == side
              && !o.hasNameWithdrawn(id)
              && substantialPersonal(mine, o.id(), h.total, share, hours)) {
            eligible.add(id);
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

  /**
   * Whether a side <em>had a say</em> in a decision: it was not overridden, some person of that
   * side is among the deciders and more than half of that side's deciders are not among those who
   * objected (one member who disagrees does not cancel the say of the others who agreed, so that
   * recording an objection never costs a side its say), and: under CONSENSUS or CONSENT, nothing
   * more; under MAJORITY, that side's deciders are at least the {@linkplain #majorityVoice()
   * majority voice} of the deciders; under LEAD_DECIDES, the lead is of that side. Two names of
   * twelve on an outvoted board are not a say (Arnstein's placation).
   */
  public boolean hadSay(Decision d, Side side) {
    if (d.overriddenBy().isDefined()) {
      return false;
    }
    int ours = 0;
    int objecting = 0;
    for (ParticipantId id : d.decidedBy()) {
      if (sideOrNull(id) == side) {
        ours++;
        if (d.objectedBy().contains(id)) {
          objecting++;
        }
      }
    }
    if (ours == 0 || 2 * (ours - objecting) <= ours) {
      return false;
    }
    return switch (ruleOf(d)) {
      case CONSENSUS, CONSENT -> true;
      case MAJORITY -> atLeast(ours, majorityVoice, d.decidedBy().size());
      case LEAD_DECIDES -> d.ledBy().exists(lead -> sideOrNull(lead) == side);
      default -> throw new IllegalStateException("unknown decision rule " + ruleOf(d));
    };
  }

  /**
   * Whether a side is among the deciders of a decision at all: what tells "nobody of that side
   * decided" from "they decided, but had no say" (outvoted, overridden, objecting, or not leading a
   * lead-decides decision).
   */
  public boolean amongDeciders(Decision d, Side side) {
    return d.decidedBy().exists(id -> sideOrNull(id) == side);
  }

  // Presence across the phases -----------------------------------------------------------------

  /**
   * How many core people with lived experience took part in the first phase in which any of them
   * contributed and in the last phase in which anyone contributed, and how many of those who took
   * part in the first still did in the last: what {@code drop-off} and the ladder read.
   *
   * @param first the first phase in which a core person with lived experience contributed
   * @param last the last phase in which anyone contributed
   * @param inFirst the core people with lived experience who contributed in the first phase
   * @param inLast the core people with lived experience present in the last phase: those who
   *     contributed in it, and those who contributed before and were on an agreed break covering a
   *     day of its contributions (stepping back is not leaving)
   * @param samePeople how many of {@code inFirst} are among {@code inLast}
   */
  public record Presence(Phase first, Phase last, int inFirst, int inLast, int samePeople) {
    /** Whether presence in the last phase fell under a share of presence in the first. */
    public boolean dropped(double minRetention) {
      return !atLeast(inLast, minRetention, inFirst);
    }

    /**
     * Whether presence held but fewer than that share of the same people remain: rolling cohorts,
     * which are not drop-off.
     */
    public boolean samePeopleChanged(double minRetention) {
      return !dropped(minRetention) && !atLeast(samePeople, minRetention, inFirst);
    }
  }

  private volatile @Nullable Option<Presence> presence;

  /**
   * The presence of core people with lived experience across the phases, in the order SCOPING,
   * DESIGN, DELIVERY, EVALUATION, DISSEMINATION; none when no core person with lived experience has
   * contributed, or when the last phase in which anyone contributed is the first in which one of
   * them did. Staff scoping alone does not hide a later drop-off, and a last phase with nobody with
   * lived experience in it is a presence of 0.
   */
  public Option<Presence> presence() {
    Option<Presence> found = presence;
    if (found == null) {
      found = presenceOf();
      presence = found;
    }
    return found;
  }

  private Option<Presence> presenceOf() {
    java.util.List<Participant> core = new ArrayList<>();
    int firstMask = 0;
    for (Participant p : people(Side.LIVED_EXPERIENCE)) {
      Person person = person(p.id());
      if (p.isCore() && person != null && person.phases != 0) {
        core.add(p);
        firstMask |= person.phases;
      }
    }
    if (core.isEmpty()) {
      return Option.none();
    }
    Phase first = Phase.values()[Integer.numberOfTrailingZeros(firstMask)];
    Phase last = Phase.values()[31 - Integer.numberOfLeadingZeros(totals.phases)];
    if (first == last) {
      return Option.none();
    }
    int firstBit = mask(first);
    int lastBit = mask(last);
    // The days of the last phase's contributions, sorted, for the breaks that cover one of them.
    int[] lastDays = null;
    int inFirst = 0;
    int inLast = 0;
    int same = 0;
    for (Participant p : core) {
      Person person = known(person(p.id()));
      boolean began = (person.phases & firstBit) != 0;
      boolean present = (person.phases & lastBit) != 0;
      if (!present && !p.breaks().isEmpty()) {
        if (lastDays == null) {
          lastDays = daysIn(last);
        }
        present = onAgreedBreakAnyOf(p.id(), lastDays);
      }
      inFirst += began ? 1 : 0;
      inLast += present ? 1 : 0;
      same += began && present ? 1 : 0;
    }
    return Option.some(new Presence(first, last, inFirst, inLast, same));
  }

  /** The days of the contributions in a phase, as sorted epoch days without repeats. */
  private int[] daysIn(Phase phase) {
    int[] out = new int[count];
    int n = 0;
    for (int i = 0; i < count; i++) {
      if (contributions[i].phase() == phase) {
        out[n++] = days[i];
      }
    }
    return java.util.Arrays.stream(out, 0, n).sorted().distinct().toArray();
  }

  // Breaks and the quorum ----------------------------------------------------------------------

  /**
   * The last day an agreed break counts for: its end, or {@link #OPEN_BREAK_DAYS} days from its
   * start where it has none, and never after the person left.
   */
  private static LocalDate lastCounted(Break b, Participant p) {
    LocalDate last = b.until().getOrElse(() -> b.from().plusDays(OPEN_BREAK_DAYS - 1L));
    if (p.left().isDefined() && p.left().get().isBefore(last)) {
      return p.left().get();
    }
    return last;
  }

  /**
   * Whether a person was on an <em>agreed break</em> on a day: a break the group agreed (only
   * agreed breaks count anywhere), begun on or before the day and, as {@link #OPEN_BREAK_DAYS}
   * bounds one with no end, not over by then.
   */
  public boolean onAgreedBreak(ParticipantId id, LocalDate day) {
    return onAgreedBreak(id, day, day);
  }

  /**
   * Whether any day from {@code first} to {@code last} (both included) falls in an agreed break.
   */
  public boolean onAgreedBreak(ParticipantId id, LocalDate first, LocalDate last) {
    Person p = person(id);
    if (p == null) {
      return false;
    }
    for (Break b : p.participant.breaks()) {
      if (b.agreed() && !b.from().isAfter(last) && !lastCounted(b, p.participant).isBefore(first)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether any of some days (sorted, as epoch days) falls in an agreed break of a person: one
   * binary search a break.
   */
  public boolean onAgreedBreakAnyOf(ParticipantId id, int[] sortedDays) {
    Person p = person(id);
    if (p == null || sortedDays.length == 0) {
      return false;
    }
    for (Break b : p.participant.breaks()) {
      if (!b.agreed()) {
        continue;
      }
      int from = (int) b.from().toEpochDay();
      int last = (int) lastCounted(b, p.participant).toEpochDay();
      int at = java.util.Arrays.binarySearch(sortedDays, from);
      int next = at >= 0 ? at : -at - 1;
      if (next < sortedDays.length && sortedDays[next] <= last) {
        return true;
      }
    }
    return false;
  }

  /**
   * Who may make an agreement version's acknowledgements count, and how many of them consented.
   *
   * @param eligible the core people with lived experience who had joined, had not left and were not
   *     on an agreed break at the version's date
   * @param consented how many of them consented to the version by the view's date
   */
  public record Quorum(int eligible, int consented) {
    /**
     * Whether the version's acknowledgements count: more than half of those eligible consented, and
     * at least two of them where two or more are eligible. One paid expert by experience cannot
     * quieten a finding for the whole group.
     */
    public boolean met() {
      return eligible > 0 && 2 * consented > eligible && (eligible < 2 || consented >= 2);
    }
  }

  /**
   * The quorum of an agreement version of the view: who may consent is fixed at the version's date;
   * consents given up to the view's date count.
   */
  public Quorum quorum(Agreement version) {
    LocalDate on = version.date();
    Set<ParticipantId> eligible = new HashSet<>();
    for (Participant p : people(Side.LIVED_EXPERIENCE)) {
      if (p.isCore() && p.isPresentOn(on) && !onAgreedBreak(p.id(), on)) {
        eligible.add(p.id());
      }
    }
    Set<ParticipantId> consented = new HashSet<>();
    for (Consent c : version.consents()) {
      if (eligible.contains(c.participant()) && !c.date().isAfter(view.date())) {
        consented.add(c.participant());
      }
    }
    return new Quorum(eligible.size(), consented.size());
  }
}
