package org.coprod.core;

import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The invariants of a project, written once: {@link Project}'s builder throws on them and {@link
 * Project#validate(Project.Builder)} returns them. One pass over each part; paths follow the
 * project file's tree so a reader can place each problem on a line. A path is written out only for
 * a problem: a valid project of a million contributions costs no strings.
 */
final class Invariants {
  private final ProjectDef project;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<ParticipantId, Participant> people;

  private Invariants(ProjectDef project) {
    this(project, peopleOf(project));
  }

  private Invariants(ProjectDef project, Map<ParticipantId, Participant> people) {
    this.project = project;
    this.people = people;
  }

  /** The project's people by id (the last of an id given twice, which is a problem of its own). */
  static Map<ParticipantId, Participant> peopleOf(ProjectDef project) {
    Map<ParticipantId, Participant> people =
        new HashMap<>(Math.max(16, project.participants().size() * 2));
    for (Participant p : project.participants()) {
      people.put(p.id(), p);
    }
    return people;
  }

  /**
   * The problems a contribution recorded after the {@code index} recorded contributions of a valid
   * project brings, found from what is known of the project (its people by id, its outputs' ids,
   * its close) rather than by checking the whole again: the same problems, in the same words at the
   * same paths, as {@link #problems} of the project with the contribution appended, provided that
   * the contribution neither comes from a meeting nor takes an id the project already uses (those
   * touch other parts of the project, and are checked whole).
   */
  static Seq<Problem> problemsOfAppended(
      ProjectDef project,
      Map<ParticipantId, Participant> people,
      java.util.Set<OutputId> outputs,
      Contribution contribution,
      int index) {
    Invariants check = new Invariants(project, people);
    check.contribution(contribution, index, outputs, project.closed());
    return io.vavr.collection.List.ofAll(check.problems);
  }

  /**
   * The problems a decision appended after the {@code index} decisions of a valid project brings,
   * found from its people by id and its meetings, with the same words and paths as {@link
   * #problems} of the project with the decision appended, provided that its id is not one the
   * project already uses (checked whole).
   */
  static Seq<Problem> problemsOfAppended(
      ProjectDef project, Map<ParticipantId, Participant> people, Decision decision, int index) {
    Invariants check = new Invariants(project, people);
    check.decision(decision, index, project.closed());
    return io.vavr.collection.List.ofAll(check.problems);
  }

  /** Every problem of the project, in the order of its tree; empty when it is valid. */
  static Seq<Problem> problems(ProjectDef project) {
    Invariants check = new Invariants(project);
    check.run();
    return io.vavr.collection.List.ofAll(check.problems);
  }

  private void add(Problem.Kind kind, String path, String message) {
    problems.add(Problem.of(kind, path, message));
  }

  /** The path of a part of an item of a list, such as {@code contributions[3].participant}. */
  private static String at(String list, int index, String part) {
    return list + "[" + index + "]" + part;
  }

  private void run() {
    Option<LocalDate> closed = project.closed();
    closed
        .filter(c -> c.isBefore(project.started()))
        .forEach(
            c ->
                add(
                    Problem.Kind.DATES_OUT_OF_ORDER,
                    "project.closed",
                    "the project closes (" + c + ") before it starts (" + project.started() + ")"));
    header();
    ids();
    participants(closed);
    roles();
    resources();
    contributions(closed);
    decisions(closed);
    agreements(closed);
    outputs();
    meetings(closed);
    impacts();
    checkIns();
    responses();
  }

  /** Hexadecimal digits only: what a fingerprint key is written in. */
  private static final java.util.regex.Pattern HEX =
      java.util.regex.Pattern.compile("[0-9a-fA-F]*");

  /** The fewest hexadecimal digits of a fingerprint key: 16 bytes, HMAC's usual least. */
  static final int KEY_DIGITS = 32;

  /** Whether text is a fingerprint key: an even number, at least 32, of hexadecimal digits. */
  static boolean isFingerprintKey(String key) {
    return key.length() >= KEY_DIGITS && key.length() % 2 == 0 && HEX.matcher(key).matches();
  }

  private void header() {
    // the key is a secret: the message never shows it
    project
        .fingerprintKey()
        .filter(k -> !isFingerprintKey(k))
        .forEach(
            k ->
                add(
                    Problem.Kind.INVALID_VALUE,
                    "project.fingerprintKey",
                    "a fingerprint key is an even number of hexadecimal digits, at least "
                        + KEY_DIGITS
                        + " (16 bytes); `coprod init` writes a fresh one"));
    java.util.Map<String, Integer> groups = new HashMap<>();
    int k = 0;
    for (PopulationShare share : project.population()) {
      String path = "project.population[" + k + "]";
      if (!(share.share() >= 0 && share.share() <= 1)) {
        add(
            Problem.Kind.INVALID_VALUE,
            path + ".share",
            "a share of the population is a number from 0 to 1");
      }
      Integer first = groups.putIfAbsent(share.group(), k);
      if (first != null) {
        add(
            Problem.Kind.DUPLICATE_ID,
            path + ".group",
            "the group '"
                + share.group()
                + "' is already given at project.population["
                + first
                + "]");
      }
      k++;
    }
    groups.clear();
    k = 0;
    for (MonitoringCount count : project.monitoring()) {
      String path = "project.monitoring[" + k + "]";
      if (count.count() < 0) {
        add(Problem.Kind.NEGATIVE, path + ".count", "a count must not be negative");
      }
      Integer first = groups.putIfAbsent(count.group(), k);
      if (first != null) {
        add(
            Problem.Kind.DUPLICATE_ID,
            path + ".group",
            "the group '"
                + count.group()
                + "' is already counted at project.monitoring["
                + first
                + "]");
      }
      k++;
    }
  }

  /**
   * Where an id is defined, by the code of {@link #place}: the list, the path to the item and the
   * path after it. The ids a project derives (a meeting's attendance, a story without an id) come
   * last, so that a clash is reported where the derived id is made.
   */
  private static final String[][] PLACES = {
    {"participants", ".id"},
    {"resources", ".id"},
    {"contributions", ".id"},
    {"decisions", ".id"},
    {"outputs", ".id"},
    {"meetings", ".id"},
    {"impacts", ".id"},
    {"responses", ".id"},
    {"meetings", ".attended"},
    {"meetings", ".chairedBy"},
    {"meetings", ".facilitatedBy"},
    {"contributions", ""},
  };

  private static final int ATTENDED = 8;
  private static final int CHAIRED = 9;
  private static final int FACILITATED = 10;
  private static final int STORY = 11;

  /** An id's place in one long: the list in the top bits, the item and the part of it below. */
  private static long place(int list, int index, int part) {
    return ((long) list << 58) | ((long) index << 29) | part;
  }

  private static String pathOf(long place) {
    int list = (int) (place >>> 58);
    int index = (int) ((place >>> 29) & 0x1fff_ffffL);
    int part = (int) (place & 0x1fff_ffffL);
    String[] where = PLACES[list];
    String path = at(where[0], index, where[1]);
    return list >= ATTENDED && list <= FACILITATED ? path + "[" + part + "]" : path;
  }

  private void ids() {
    // where each id was first seen, as a place
    Map<String, Long> seen = new HashMap<>();
    int i = 0;
    for (Participant p : project.participants()) {
      unique(seen, p.id().value(), place(0, i++, 0));
    }
    i = 0;
    for (Resource r : project.resources()) {
      unique(seen, r.id().value(), place(1, i++, 0));
    }
    i = 0;
    for (Contribution c : project.contributions()) {
      if (c.id().isDefined() && !c.isFromMeeting()) {
        unique(seen, c.id().get().value(), place(2, i, 0));
      }
      i++;
    }
    i = 0;
    for (Decision d : project.decisions()) {
      unique(seen, d.id().value(), place(3, i++, 0));
    }
    i = 0;
    for (Output o : project.outputs()) {
      unique(seen, o.id().value(), place(4, i++, 0));
    }
    i = 0;
    for (Meeting m : project.meetings()) {
      unique(seen, m.id().value(), place(5, i++, 0));
    }
    i = 0;
    for (Impact x : project.impacts()) {
      unique(seen, x.id().value(), place(6, i++, 0));
    }
    i = 0;
    for (Response r : project.responses()) {
      unique(seen, r.id().value(), place(7, i++, 0));
    }
    i = 0;
    for (Meeting m : project.meetings()) {
      java.util.Set<ParticipantId> attending = new java.util.HashSet<>();
      int j = 0;
      for (Attendance a : m.attended()) {
        if (attending.add(a.participant())) {
          derived(seen, m, a.participant(), place(ATTENDED, i, j));
        }
        j++;
      }
      j = 0;
      for (ParticipantId chair : m.chairedBy()) {
        if (attending.add(chair)) {
          derived(seen, m, chair, place(CHAIRED, i, j));
        }
        j++;
      }
      j = 0;
      for (ParticipantId facilitator : m.facilitatedBy()) {
        if (attending.add(facilitator)) {
          derived(seen, m, facilitator, place(FACILITATED, i, j));
        }
        j++;
      }
      i++;
    }
    // A story without an id is named by who told it and when; two such stories of one person on one
    // day are one telling and share the name.
    java.util.Set<String> stories = new java.util.HashSet<>();
    i = 0;
    for (Contribution c : project.contributions()) {
      if (c.id().isEmpty() && c.kind() == ContributionKind.STORY) {
        String id = c.subjectId().get().value();
        if (stories.add(id)) {
          Long first = seen.putIfAbsent(id, place(STORY, i, 0));
          if (first != null) {
            add(
                Problem.Kind.DUPLICATE_ID,
                at("contributions", i, ""),
                "a story without an id is named '"
                    + id
                    + "' (who told it, and when), which is already used at "
                    + pathOf(first)
                    + "; give the story an id of its own");
          }
        }
      }
      i++;
    }
  }

  private void derived(Map<String, Long> seen, Meeting m, ParticipantId who, long place) {
    String id = Meetings.contributionId(m.id(), who).value();
    Long first = seen.putIfAbsent(id, place);
    if (first != null) {
      add(
          Problem.Kind.DUPLICATE_ID,
          pathOf(place),
          "this attendance is the contribution '"
              + id
              + "' (the meeting's id, a dot, the participant's), which is already used at "
              + pathOf(first));
    }
  }

  private void unique(Map<String, Long> seen, String id, long place) {
    Long first = seen.putIfAbsent(id, place);
    if (first != null) {
      add(
          Problem.Kind.DUPLICATE_ID,
          pathOf(place),
          "the id '" + id + "' is already used at " + pathOf(first));
    }
  }

  private void participants(Option<LocalDate> closed) {
    Seq<Participant> ps = project.participants();
    int i = -1;
    for (Participant p : ps) {
      i++;
      String path = "participants[" + i + "]";
      p.left()
          .filter(l -> l.isBefore(p.joined()))
          .forEach(
              l ->
                  add(
                      Problem.Kind.DATES_OUT_OF_ORDER,
                      path + ".left",
                      "'" + p.id() + "' leaves (" + l + ") before joining (" + p.joined() + ")"));
      closed
          .filter(c -> p.joined().isAfter(c))
          .forEach(
              c ->
                  add(
                      Problem.Kind.AFTER_CLOSE,
                      path + ".joined",
                      "'"
                          + p.id()
                          + "' joins ("
                          + p.joined()
                          + ") after the project closed ("
                          + c
                          + ")"));
      p.availableHoursPerWeek()
          .filter(h -> !(h >= 0) || h.isInfinite())
          .forEach(
              h ->
                  add(
                      Problem.Kind.NEGATIVE,
                      path + ".availableHoursPerWeek",
                      "available hours must be a number of zero or more"));
      if (!p.breaks().isEmpty()) {
        breaks(p, path, closed);
      }
    }
  }

  /**
   * A person's breaks: each within their time in the project (from their joining to their leaving,
   * which stays final, and begun before any close), ending no earlier than it begins, and none
   * overlapping another, since one cannot step back twice at once. A break with no end is still
   * going on, so no break may begin after it. A break is personal: the messages give neither its
   * dates nor whose it is (the path says where it is written).
   */
  private void breaks(Participant p, String path, Option<LocalDate> closed) {
    Seq<Break> bs = p.breaks();
    int j = -1;
    for (Break b : bs) {
      j++;
      String at = path + ".breaks[" + j + "]";
      if (b.until().isDefined() && b.until().get().isBefore(b.from())) {
        add(Problem.Kind.DATES_OUT_OF_ORDER, at + ".until", "the break ends before it begins");
      }
      if (b.from().isBefore(p.joined())) {
        add(Problem.Kind.BEFORE_JOINED, at + ".from", "the break begins before the person joined");
      }
      if (p.left().isDefined()) {
        LocalDate left = p.left().get();
        if (b.from().isAfter(left)) {
          add(Problem.Kind.AFTER_LEFT, at + ".from", "the break begins after the person left");
        } else if (b.until().exists(u -> u.isAfter(left))) {
          add(
              Problem.Kind.AFTER_LEFT,
              at + ".until",
              "the break ends after the person left; leaving is final, so a break ends by then");
        }
      }
      if (closed.isDefined() && b.from().isAfter(closed.get())) {
        add(Problem.Kind.AFTER_CLOSE, at + ".from", "the break begins after the project closed");
      }
    }
    if (bs.size() < 2) {
      return;
    }
    // In the order they begin, each must end before the next begins.
    Break[] each = bs.toJavaArray(Break[]::new);
    Integer[] order = new Integer[each.length];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    java.util.Arrays.sort(
        order,
        java.util.Comparator.<Integer, LocalDate>comparing(k -> each[k].from())
            .thenComparing(k -> k));
    for (int k = 1; k < order.length; k++) {
      Break before = each[order[k - 1]];
      Break next = each[order[k]];
      if (before.until().isEmpty() || !before.until().get().isBefore(next.from())) {
        String other = path + ".breaks[" + order[k - 1] + "]";
        add(
            Problem.Kind.DATES_OUT_OF_ORDER,
            path + ".breaks[" + order[k] + "].from",
            before.until().isEmpty()
                ? "the break begins while the break at " + other + " has no end; give that its end"
                : "the break begins before the break at " + other + " ends; breaks do not overlap");
      }
    }
  }

  /**
   * Checks a dated act of a person against their joining and leaving, and that they are known. The
   * act is the part {@code part} of item {@code index} of {@code list}.
   */
  private void presence(
      ParticipantId id, LocalDate date, String list, int index, String part, String what) {
    Participant p = people.get(id);
    if (p == null) {
      add(
          Problem.Kind.DANGLING_REFERENCE,
          at(list, index, part),
          "no participant has the id '" + id + "'");
      return;
    }
    if (date.isBefore(p.joined())) {
      add(
          Problem.Kind.BEFORE_JOINED,
          at(list, index, part),
          what + " is dated " + date + ", before '" + id + "' joined (" + p.joined() + ")");
    }
    Option<LocalDate> left = p.left();
    if (left.isDefined() && date.isAfter(left.get())) {
      add(
          Problem.Kind.AFTER_LEFT,
          at(list, index, part),
          what + " is dated " + date + ", after '" + id + "' left (" + left.get() + ")");
    }
  }

  private void reference(ParticipantId id, String list, int index, String part) {
    if (!people.containsKey(id)) {
      add(
          Problem.Kind.DANGLING_REFERENCE,
          at(list, index, part),
          "no participant has the id '" + id + "'");
    }
  }

  private void references(Seq<ParticipantId> ids, String list, int index, String part) {
    // Iterated, never indexed: get(j) on a vavr List walks j cells, which is quadratic.
    int j = 0;
    for (ParticipantId id : ids) {
      if (!people.containsKey(id)) {
        reference(id, list, index, part + "[" + j + "]");
      }
      j++;
    }
  }

  private void roles() {
    Seq<Role> rs = project.roles();
    int i = -1;
    for (Role r : rs) {
      i++;
      presence(r.participant(), r.from(), "roles", i, ".participant", "the role");
      String path = "roles[" + i + "]";
      r.until()
          .filter(u -> u.isBefore(r.from()))
          .forEach(
              u ->
                  add(
                      Problem.Kind.DATES_OUT_OF_ORDER,
                      path + ".until",
                      "the role ends (" + u + ") before it begins (" + r.from() + ")"));
    }
  }

  private void resources() {
    Seq<Resource> rs = project.resources();
    Set<String> moneyUnits = HashSet.empty();
    int i = -1;
    for (Resource r : rs) {
      i++;
      String path = "resources[" + i + "]";
      nonNegative(r.amount(), path + ".amount");
      references(r.controlledBy(), "resources", i, ".controlledBy");
      references(r.serves(), "resources", i, ".serves");
      if (r.kind() == ResourceKind.MONEY) {
        if (!moneyUnits.isEmpty() && !moneyUnits.contains(r.unit())) {
          add(
              Problem.Kind.MONEY_UNITS,
              path + ".unit",
              "money is in '"
                  + r.unit()
                  + "' here but in '"
                  + moneyUnits.head()
                  + "' elsewhere; all money of a project shares one unit");
        }
        moneyUnits = moneyUnits.add(r.unit());
      }
    }
  }

  private void nonNegative(BigDecimal amount, String path) {
    if (amount.signum() < 0) {
      add(Problem.Kind.NEGATIVE, path, "an amount of money must not be negative");
    }
  }

  private void contributions(Option<LocalDate> closed) {
    java.util.Set<OutputId> outputs = new java.util.HashSet<>();
    project.outputs().forEach(o -> outputs.add(o.id()));
    int i = -1;
    for (Contribution c : project.contributions()) {
      if (c.isFromMeeting()) {
        // made from a meeting's register, after every recorded contribution: the meeting's checks
        // cover it, at the register's lines
        break;
      }
      i++;
      contribution(c, i, outputs, closed);
    }
  }

  /**
   * The problems of one recorded contribution, the {@code i}th, that are its own: whether its
   * person was there on its day, its story's consent, its numbers, its output and the close. What
   * it shares with the rest of the project (its id) is checked by {@link #ids()}.
   */
  private void contribution(
      Contribution c, int i, java.util.Set<OutputId> outputs, Option<LocalDate> closed) {
    String list = "contributions";
    presence(c.participant(), c.date(), list, i, ".participant", "the contribution");
    if (c.consent().isDefined()) {
      StoryConsent consent = c.consent().get();
      if (c.kind() != ContributionKind.STORY) {
        add(
            Problem.Kind.INVALID_VALUE,
            at(list, i, ".consent"),
            "only a STORY carries a consent; this contribution is " + c.kind());
      }
      if (consent.withdrawn().isDefined() && consent.withdrawn().get().isBefore(c.date())) {
        add(
            Problem.Kind.DATES_OUT_OF_ORDER,
            at(list, i, ".consent.withdrawn"),
            "the story is withdrawn ("
                + consent.withdrawn().get()
                + ") before it was told ("
                + c.date()
                + ")");
      }
    }
    if (!(c.hours() >= 0) || Double.isInfinite(c.hours())) {
      add(Problem.Kind.NEGATIVE, at(list, i, ".hours"), "hours must be a number of zero or more");
    } else if (c.hours() > ContributionDef.MAX_HOURS) {
      add(
          Problem.Kind.INVALID_VALUE,
          at(list, i, ".hours"),
          "one contribution may take at most 10,000 hours; record a larger piece of work as"
              + " several contributions");
    }
    if (c.paid().signum() < 0) {
      nonNegative(c.paid(), at(list, i, ".paid"));
    }
    if (c.expenses().isDefined()) {
      Expenses e = c.expenses().get();
      if (e.claimed().signum() < 0) {
        nonNegative(e.claimed(), at(list, i, ".expenses.claimed"));
      }
      if (e.reimbursed().isDefined() && e.reimbursed().get().isBefore(c.date())) {
        add(
            Problem.Kind.DATES_OUT_OF_ORDER,
            at(list, i, ".expenses.reimbursed"),
            "expenses are repaid ("
                + e.reimbursed().get()
                + ") before the contribution ("
                + c.date()
                + ")");
      }
    }
    if (c.output().isDefined() && !outputs.contains(c.output().get())) {
      add(
          Problem.Kind.DANGLING_REFERENCE,
          at(list, i, ".output"),
          "no output has the id '" + c.output().get() + "'");
    }
    if (closed.isDefined() && c.date().isAfter(closed.get())) {
      add(
          Problem.Kind.AFTER_CLOSE,
          at(list, i, ".date"),
          "the contribution is dated "
              + c.date()
              + ", after the project closed ("
              + closed.get()
              + ")");
    }
  }

  private void decisions(Option<LocalDate> closed) {
    int i = -1;
    for (Decision d : project.decisions()) {
      i++;
      decision(d, i, closed);
    }
  }

  /**
   * The problems of the {@code i}th decision that are its own: the people it names, its meeting,
   * its feedback and the close. Its id is checked by {@link #ids()}.
   */
  private void decision(Decision d, int i, Option<LocalDate> closed) {
    String list = "decisions";
    if (d.ledBy().isDefined()) {
      reference(d.ledBy().get(), list, i, ".ledBy");
    }
    references(d.decidedBy(), list, i, ".decidedBy");
    references(d.consulted(), list, i, ".consulted");
    int j = -1;
    for (ParticipantId id : d.objectedBy()) {
      j++;
      if (!people.containsKey(id)) {
        reference(id, list, i, ".objectedBy[" + j + "]");
      } else if (!d.decidedBy().contains(id)) {
        add(
            Problem.Kind.DANGLING_REFERENCE,
            at(list, i, ".objectedBy[" + j + "]"),
            "'" + id + "' objected but is not among the deciders");
      }
    }
    if (d.meeting().isDefined()) {
      atMeeting(d, i);
    }
    if (d.feedback().isDefined() && d.feedback().get().isBefore(d.date())) {
      add(
          Problem.Kind.DATES_OUT_OF_ORDER,
          at(list, i, ".feedback"),
          "feedback is dated " + d.feedback().get() + ", before the decision (" + d.date() + ")");
    }
    if (closed.isDefined() && d.date().isAfter(closed.get())) {
      add(
          Problem.Kind.AFTER_CLOSE,
          at(list, i, ".date"),
          "the decision is dated "
              + d.date()
              + ", after the project closed ("
              + closed.get()
              + ")");
    }
  }

  /** A decision made at a meeting: the meeting exists, came first, and its deciders attended. */
  private void atMeeting(Decision d, int i) {
    MeetingId id = d.meeting().get();
    Meeting m = meetingsById().get(id);
    if (m == null) {
      add(
          Problem.Kind.DANGLING_REFERENCE,
          at("decisions", i, ".meeting"),
          "no meeting has the id '" + id + "'");
      return;
    }
    if (m.date().isAfter(d.date())) {
      add(
          Problem.Kind.DATES_OUT_OF_ORDER,
          at("decisions", i, ".meeting"),
          "the decision is dated "
              + d.date()
              + ", before the meeting it was made at ("
              + m.date()
              + ")");
    }
    int j = 0;
    for (ParticipantId who : d.decidedBy()) {
      if (people.containsKey(who) && !m.wasAttendedBy(who)) {
        add(
            Problem.Kind.DANGLING_REFERENCE,
            at("decisions", i, ".decidedBy[" + j + "]"),
            "'" + who + "' decided at meeting '" + id + "' but is not in its register");
      }
      j++;
    }
  }

  private @Nullable Map<MeetingId, Meeting> meetingsById;

  private Map<MeetingId, Meeting> meetingsById() {
    Map<MeetingId, Meeting> built = meetingsById;
    if (built == null) {
      built = new HashMap<>();
      for (Meeting m : project.meetings()) {
        built.putIfAbsent(m.id(), m);
      }
      meetingsById = built;
    }
    return built;
  }

  private void agreements(Option<LocalDate> closed) {
    Seq<Agreement> as = project.agreements();
    @Nullable Agreement before = null;
    int i = -1;
    for (Agreement a : as) {
      i++;
      String path = "agreements[" + i + "]";
      if (before != null) {
        if (a.version() <= before.version() || a.date().isBefore(before.date())) {
          add(
              Problem.Kind.VERSIONS_OUT_OF_ORDER,
              path + ".version",
              "version "
                  + a.version()
                  + " ("
                  + a.date()
                  + ") does not follow version "
                  + before.version()
                  + " ("
                  + before.date()
                  + "): versions must increase with their dates");
        }
      }
      before = a;
      Seq<Consent> consents = a.consents();
      int j = -1;
      for (Consent c : consents) {
        j++;
        presence(
            c.participant(),
            c.date(),
            "agreements",
            i,
            ".consents[" + j + "].participant",
            "the consent");
        if (c.date().isBefore(a.date())) {
          add(
              Problem.Kind.DATES_OUT_OF_ORDER,
              path + ".consents[" + j + "].date",
              "a consent is dated "
                  + c.date()
                  + ", before the version it consents to ("
                  + a.date()
                  + ")");
        }
      }
      a.payment()
          .flatMap(PaymentTerms::ratePerHour)
          .forEach(r -> nonNegative(r, path + ".payment.ratePerHour"));
      a.payment()
          .forEach(
              pt -> {
                if (pt.paymentWithinDays() < 0) {
                  add(
                      Problem.Kind.NEGATIVE,
                      path + ".payment.paymentWithinDays",
                      "days must not be negative");
                }
                if (pt.expensesWithinDays() < 0) {
                  add(
                      Problem.Kind.NEGATIVE,
                      path + ".payment.expensesWithinDays",
                      "days must not be negative");
                }
              });
      if (a.feedbackWithinDays() < 0) {
        add(Problem.Kind.NEGATIVE, path + ".feedbackWithinDays", "days must not be negative");
      }
      Seq<Acknowledgement> acks = a.acknowledged();
      int k = 0;
      for (Acknowledgement ack : acks) {
        if (ack.reason().isBlank()) {
          add(
              Problem.Kind.REASON_MISSING,
              path + ".acknowledged[" + k + "].reason",
              "an acknowledgement must give its reason");
        }
        k++;
      }
      closed
          .filter(cl -> a.date().isAfter(cl))
          .forEach(
              cl ->
                  add(
                      Problem.Kind.AFTER_CLOSE,
                      path + ".date",
                      "version "
                          + a.version()
                          + " is dated "
                          + a.date()
                          + ", after the project closed ("
                          + cl
                          + ")"));
    }
  }

  private void outputs() {
    Seq<Output> os = project.outputs();
    int i = -1;
    for (Output o : os) {
      i++;
      references(o.owners(), "outputs", i, ".owners");
      int j = 0;
      for (Credit c : o.credits()) {
        reference(c.participant(), "outputs", i, ".credits[" + j++ + "].participant");
      }
      j = 0;
      for (Reward r : o.rewards()) {
        reference(r.participant(), "outputs", i, ".rewards[" + j++ + "].participant");
      }
      String path = "outputs[" + i + "]";
      if (o.inUseUntil().isDefined() && o.inUseUntil().get().isBefore(o.date())) {
        add(
            Problem.Kind.DATES_OUT_OF_ORDER,
            path + ".inUseUntil",
            "the output is in use until "
                + o.inUseUntil().get()
                + ", before it was made ("
                + o.date()
                + ")");
      }
      java.util.Set<ParticipantId> withdrawn = new java.util.HashSet<>();
      j = -1;
      for (NameWithdrawal w : o.nameWithdrawn()) {
        j++;
        String part = ".nameWithdrawn[" + j + "].participant";
        Participant p = people.get(w.participant());
        if (p == null) {
          reference(w.participant(), "outputs", i, part);
          continue;
        }
        if (!withdrawn.add(w.participant())) {
          add(
              Problem.Kind.DUPLICATE_ID,
              path + part,
              "'" + w.participant() + "' is already listed as taken off this output");
        }
        if (o.recognises(w.participant())) {
          add(
              Problem.Kind.INVALID_VALUE,
              path + part,
              "'"
                  + w.participant()
                  + "' asked to be taken off this output, yet it still credits them or they own"
                  + " it; take them off its owners and credits");
        }
        if (w.date().isBefore(p.joined())) {
          add(
              Problem.Kind.BEFORE_JOINED,
              path + ".nameWithdrawn[" + j + "].date",
              "the name is withdrawn on "
                  + w.date()
                  + ", before '"
                  + w.participant()
                  + "' joined ("
                  + p.joined()
                  + ")");
        }
      }
    }
  }

  private static boolean hours(double h) {
    return h >= 0 && !Double.isInfinite(h);
  }

  /**
   * Hours recorded at a meeting: bounded as a contribution's are, so that every sum of them stays
   * finite however many there are.
   */
  private void hoursOf(double h, String path, String what) {
    if (!hours(h)) {
      add(Problem.Kind.NEGATIVE, path, "hours must be a number of zero or more");
    } else if (h > ContributionDef.MAX_HOURS) {
      add(
          Problem.Kind.INVALID_VALUE,
          path,
          what + " may take at most 10,000 hours; a larger number is a mistake");
    }
  }

  private void meetings(Option<LocalDate> closed) {
    if (project.meetings().isEmpty()) {
      return;
    }
    java.util.Set<OutputId> outputs = new java.util.HashSet<>();
    project.outputs().forEach(o -> outputs.add(o.id()));
    String list = "meetings";
    int i = -1;
    for (Meeting m : project.meetings()) {
      i++;
      String path = at(list, i, "");
      hoursOf(m.hours(), path + ".hours", "one meeting");
      hoursOf(m.prepHours(), path + ".prepHours", "one meeting's preparation");
      int j = 0;
      for (ParticipantId chair : m.chairedBy()) {
        presence(chair, m.date(), list, i, ".chairedBy[" + j++ + "]", "the meeting");
      }
      j = 0;
      for (ParticipantId facilitator : m.facilitatedBy()) {
        presence(facilitator, m.date(), list, i, ".facilitatedBy[" + j++ + "]", "the meeting");
      }
      java.util.Map<ParticipantId, Integer> listed = new HashMap<>();
      j = -1;
      for (Attendance a : m.attended()) {
        j++;
        String entry = ".attended[" + j + "]";
        Integer first = listed.putIfAbsent(a.participant(), j);
        if (first != null) {
          add(
              Problem.Kind.DUPLICATE_ID,
              path + entry,
              "'"
                  + a.participant()
                  + "' is already in this register, at attended["
                  + first
                  + "]; list each person once");
          continue;
        }
        presence(a.participant(), m.date(), list, i, entry, "the meeting");
        attendance(a, m, path + entry);
      }
      if (m.output().isDefined() && !outputs.contains(m.output().get())) {
        add(
            Problem.Kind.DANGLING_REFERENCE,
            path + ".output",
            "no output has the id '" + m.output().get() + "'");
      }
      if (closed.isDefined() && m.date().isAfter(closed.get())) {
        add(
            Problem.Kind.AFTER_CLOSE,
            path + ".date",
            "the meeting is dated "
                + m.date()
                + ", after the project closed ("
                + closed.get()
                + ")");
      }
    }
  }

  /** What one person's entry in a register may get wrong: the same as a contribution. */
  private void attendance(Attendance a, Meeting m, String path) {
    if (a.hours().isDefined()) {
      hoursOf(a.hours().get(), path + ".hours", "one person's time at a meeting");
    }
    if (a.paid().signum() < 0) {
      nonNegative(a.paid(), path + ".paid");
    }
    if (a.expenses().isDefined()) {
      Expenses e = a.expenses().get();
      if (e.claimed().signum() < 0) {
        nonNegative(e.claimed(), path + ".expenses.claimed");
      }
      if (e.reimbursed().isDefined() && e.reimbursed().get().isBefore(m.date())) {
        add(
            Problem.Kind.DATES_OUT_OF_ORDER,
            path + ".expenses.reimbursed",
            "expenses are repaid ("
                + e.reimbursed().get()
                + ") before the meeting ("
                + m.date()
                + ")");
      }
    }
  }

  private void impacts() {
    if (project.impacts().isEmpty()) {
      return;
    }
    // what each id an impact may come from names, and its day
    java.util.Map<String, LocalDate> contributions = new HashMap<>();
    for (Contribution c : project.contributions()) {
      Option<ContributionId> id = c.subjectId();
      if (id.isDefined()) {
        contributions.putIfAbsent(id.get().value(), c.date());
      }
    }
    java.util.Set<DecisionId> decisions = new java.util.HashSet<>();
    project.decisions().forEach(d -> decisions.add(d.id()));
    java.util.Set<OutputId> outputs = new java.util.HashSet<>();
    project.outputs().forEach(o -> outputs.add(o.id()));
    String list = "impacts";
    int i = -1;
    for (Impact x : project.impacts()) {
      i++;
      String path = at(list, i, "");
      int j = 0;
      for (Id source : x.from()) {
        source(source, x.date(), contributions, path + ".from[" + j++ + "]");
      }
      if (x.outcome() == ImpactOutcome.NOT_ADOPTED && x.reason().forAll(String::isBlank)) {
        add(
            Problem.Kind.REASON_MISSING,
            path + ".reason",
            "an impact that was not adopted gives its reason, for the people it came from");
      }
      if (x.decision().isDefined() && !decisions.contains(x.decision().get())) {
        add(
            Problem.Kind.DANGLING_REFERENCE,
            path + ".decision",
            "no decision has the id '" + x.decision().get() + "'");
      }
      if (x.output().isDefined() && !outputs.contains(x.output().get())) {
        add(
            Problem.Kind.DANGLING_REFERENCE,
            path + ".output",
            "no output has the id '" + x.output().get() + "'");
      }
      if (x.toldOn().isDefined() && x.toldOn().get().isBefore(x.date())) {
        add(
            Problem.Kind.DATES_OUT_OF_ORDER,
            path + ".toldOn",
            "people were told on " + x.toldOn().get() + ", before the impact (" + x.date() + ")");
      }
    }
  }

  /** One source of an impact: something of the project, dated on or before the impact. */
  private void source(
      Id source, LocalDate date, java.util.Map<String, LocalDate> contributions, String path) {
    String value = source.value();
    @Nullable LocalDate day;
    String what;
    if (source instanceof ParticipantId p) {
      Participant person = people.get(p);
      day = person == null ? null : person.joined();
      what = "participant";
    } else if (source instanceof MeetingId m) {
      Meeting meeting = meetingsById().get(m);
      day = meeting == null ? null : meeting.date();
      what = "meeting";
    } else if (source instanceof ContributionId) {
      day = contributions.get(value);
      what = "contribution";
    } else {
      add(
          Problem.Kind.INVALID_VALUE,
          path,
          "an impact comes from contributions, meetings or participants; '"
              + value
              + "' is not one");
      return;
    }
    if (day == null) {
      // a file cannot say which kind an id is: name the kind it is, if it is another
      String other =
          people.containsKey(ParticipantId.of(value))
              ? "participant"
              : meetingsById().containsKey(MeetingId.of(value))
                  ? "meeting"
                  : contributions.containsKey(value) ? "contribution" : null;
      add(
          Problem.Kind.DANGLING_REFERENCE,
          path,
          other == null
              ? "no contribution, meeting or participant has the id '" + value + "'"
              : "'" + value + "' is a " + other + ", not a " + what);
    } else if (day.isAfter(date)) {
      add(
          Problem.Kind.DATES_OUT_OF_ORDER,
          path,
          "the impact is dated "
              + date
              + ", before the "
              + what
              + " '"
              + value
              + "' ("
              + day
              + ")");
    }
  }

  private void checkIns() {
    java.util.Map<String, Integer> rounds = new HashMap<>();
    String list = "checkIns";
    int i = -1;
    for (CheckIn c : project.checkIns()) {
      i++;
      String path = at(list, i, "");
      if (c.respondents() < 0) {
        add(Problem.Kind.NEGATIVE, path + ".respondents", "a count must not be negative");
      }
      tally(c.heard(), c.respondents(), path + ".heard");
      tally(c.influence(), c.respondents(), path + ".influence");
      tally(c.supported(), c.respondents(), path + ".supported");
      Integer first = rounds.putIfAbsent(c.round() + " " + c.side(), i);
      if (first != null) {
        add(
            Problem.Kind.DUPLICATE_ID,
            path + ".side",
            "the round of "
                + c.round()
                + " already has an entry for this side, at checkIns["
                + first
                + "]; one entry per round and side");
      }
    }
  }

  private void tally(Option<Tally> tally, int respondents, String path) {
    if (tally.isEmpty()) {
      return;
    }
    Seq<Integer> counts = tally.get().counts();
    if (counts.size() != 5) {
      add(
          Problem.Kind.INVALID_VALUE,
          path,
          "a tally holds five counts, of the answers 1 to 5; this one holds " + counts.size());
      return;
    }
    long total = 0;
    int k = 0;
    for (int n : counts) {
      if (n < 0) {
        add(Problem.Kind.NEGATIVE, path + "[" + k + "]", "a count must not be negative");
      }
      total += n;
      k++;
    }
    if (total > respondents && respondents >= 0) {
      add(
          Problem.Kind.INVALID_VALUE,
          path,
          "the tally counts "
              + total
              + " answers, more than the "
              + respondents
              + " people who responded");
    }
  }

  private void responses() {
    String list = "responses";
    int i = -1;
    for (Response r : project.responses()) {
      i++;
      String path = at(list, i, "");
      if (r.finding().isBlank()) {
        add(
            Problem.Kind.MISSING,
            path + ".finding",
            "a response names the fingerprint of the finding it answers");
      }
      if (r.owner().isDefined()) {
        reference(r.owner().get(), list, i, ".owner");
      }
      if (r.reviewBy().isDefined() && r.reviewBy().get().isBefore(r.date())) {
        add(
            Problem.Kind.DATES_OUT_OF_ORDER,
            path + ".reviewBy",
            "the review is due " + r.reviewBy().get() + ", before the response (" + r.date() + ")");
      }
      if (r.status() == ResponseStatus.DECLINED && r.reason().forAll(String::isBlank)) {
        add(
            Problem.Kind.REASON_MISSING,
            path + ".reason",
            "a response that declines to act gives its reason");
      }
    }
  }
}
