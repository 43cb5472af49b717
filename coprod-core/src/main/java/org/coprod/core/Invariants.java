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
    this.project = project;
    this.people = new HashMap<>(Math.max(16, project.participants().size() * 2));
    for (Participant p : project.participants()) {
      people.put(p.id(), p);
    }
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
    ids();
    participants(closed);
    roles();
    resources();
    contributions(closed);
    decisions(closed);
    agreements(closed);
    outputs();
  }

  private static final String[] LISTS = {
    "participants", "resources", "contributions", "decisions", "outputs"
  };

  private void ids() {
    // where each id was first seen: the list (its place in LISTS) and the index, in one long
    Map<String, Long> seen = new HashMap<>();
    int i = 0;
    for (Participant p : project.participants()) {
      unique(seen, p.id().value(), 0, i++);
    }
    i = 0;
    for (Resource r : project.resources()) {
      unique(seen, r.id().value(), 1, i++);
    }
    i = 0;
    for (Contribution c : project.contributions()) {
      if (c.id().isDefined()) {
        unique(seen, c.id().get().value(), 2, i);
      }
      i++;
    }
    i = 0;
    for (Decision d : project.decisions()) {
      unique(seen, d.id().value(), 3, i++);
    }
    i = 0;
    for (Output o : project.outputs()) {
      unique(seen, o.id().value(), 4, i++);
    }
  }

  private void unique(Map<String, Long> seen, String id, int list, int index) {
    Long first = seen.putIfAbsent(id, ((long) list << 32) | index);
    if (first != null) {
      add(
          Problem.Kind.DUPLICATE_ID,
          at(LISTS[list], index, ".id"),
          "the id '"
              + id
              + "' is already used at "
              + at(LISTS[(int) (first >>> 32)], (int) (first & 0xffff_ffffL), ".id"));
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
    String list = "contributions";
    int i = -1;
    for (Contribution c : project.contributions()) {
      i++;
      presence(c.participant(), c.date(), list, i, ".participant", "the contribution");
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
  }

  private void decisions(Option<LocalDate> closed) {
    String list = "decisions";
    int i = -1;
    for (Decision d : project.decisions()) {
      i++;
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
    }
  }
}
