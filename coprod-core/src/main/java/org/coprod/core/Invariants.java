package org.coprod.core;

import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The invariants of a project, written once: {@link Project}'s builder throws on them and {@link
 * Project#validate(Project.Builder)} returns them. One pass over each part; paths follow the
 * project file's tree so a reader can place each problem on a line.
 */
final class Invariants {
  private final ProjectDef project;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<ParticipantId, Participant> people;

  private Invariants(ProjectDef project) {
    this.project = project;
    this.people = HashMap.ofEntries(project.participants().map(p -> io.vavr.Tuple.of(p.id(), p)));
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

  private void run() {
    Option<LocalDate> closed = project.closed();
    closed.filter(c -> c.isBefore(project.started()))
        .forEach(c -> add(Problem.Kind.DATES_OUT_OF_ORDER, "project.closed", "the project closes (" + c + ") before it starts (" + project.started() + ")"));
    ids();
    participants(closed);
    roles();
    resources();
    contributions(closed);
    decisions(closed);
    agreements(closed);
    outputs();
  }

  private void ids() {
    java.util.Map<String, String> seen = new java.util.HashMap<>();
    int i = 0;
    for (Participant p : project.participants()) {
      unique(seen, p.id().value(), "participants[" + i++ + "].id");
    }
    i = 0;
    for (Resource r : project.resources()) {
      unique(seen, r.id().value(), "resources[" + i++ + "].id");
    }
    i = 0;
    for (Contribution c : project.contributions()) {
      if (c.id().isDefined()) {
        unique(seen, c.id().get().value(), "contributions[" + i + "].id");
      }
      i++;
    }
    i = 0;
    for (Decision d : project.decisions()) {
      unique(seen, d.id().value(), "decisions[" + i++ + "].id");
    }
    i = 0;
    for (Output o : project.outputs()) {
      unique(seen, o.id().value(), "outputs[" + i++ + "].id");
    }
  }

  private void unique(java.util.Map<String, String> seen, String id, String path) {
    String first = seen.putIfAbsent(id, path);
    if (first != null) {
      add(Problem.Kind.DUPLICATE_ID, path, "the id '" + id + "' is already used at " + first);
    }
  }

  private void participants(Option<LocalDate> closed) {
    Seq<Participant> ps = project.participants();
    int i = -1;
    for (Participant p : ps) {
      i++;
      String path = "participants[" + i + "]";
      p.left().filter(l -> l.isBefore(p.joined()))
          .forEach(l -> add(Problem.Kind.DATES_OUT_OF_ORDER, path + ".left", "'" + p.id() + "' leaves (" + l + ") before joining (" + p.joined() + ")"));
      closed.filter(c -> p.joined().isAfter(c))
          .forEach(c -> add(Problem.Kind.AFTER_CLOSE, path + ".joined", "'" + p.id() + "' joins (" + p.joined() + ") after the project closed (" + c + ")"));
      p.availableHoursPerWeek().filter(h -> !(h >= 0) || h.isInfinite())
          .forEach(h -> add(Problem.Kind.NEGATIVE, path + ".availableHoursPerWeek", "available hours must be a number of zero or more"));
    }
  }

  /** Checks a dated act of a person against their joining and leaving; false if they are unknown. */
  private boolean presence(ParticipantId id, LocalDate date, String path, String what) {
    Option<Participant> found = people.get(id);
    if (found.isEmpty()) {
      add(Problem.Kind.DANGLING_REFERENCE, path, "no participant has the id '" + id + "'");
      return false;
    }
    Participant p = found.get();
    if (date.isBefore(p.joined())) {
      add(Problem.Kind.BEFORE_JOINED, path, what + " is dated " + date + ", before '" + id + "' joined (" + p.joined() + ")");
    }
    p.left().filter(date::isAfter)
        .forEach(l -> add(Problem.Kind.AFTER_LEFT, path, what + " is dated " + date + ", after '" + id + "' left (" + l + ")"));
    return true;
  }

  private void reference(ParticipantId id, String path) {
    if (!people.containsKey(id)) {
      add(Problem.Kind.DANGLING_REFERENCE, path, "no participant has the id '" + id + "'");
    }
  }

  private void references(Seq<ParticipantId> ids, String path) {
    // Iterated, never indexed: get(j) on a vavr List walks j cells, which is quadratic.
    int j = 0;
    for (ParticipantId id : ids) {
      reference(id, path + "[" + j++ + "]");
    }
  }

  private void roles() {
    Seq<Role> rs = project.roles();
    int i = -1;
    for (Role r : rs) {
      i++;
      String path = "roles[" + i + "]";
      presence(r.participant(), r.from(), path + ".participant", "the role");
      r.until().filter(u -> u.isBefore(r.from()))
          .forEach(u -> add(Problem.Kind.DATES_OUT_OF_ORDER, path + ".until", "the role ends (" + u + ") before it begins (" + r.from() + ")"));
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
      references(r.controlledBy(), path + ".controlledBy");
      references(r.serves(), path + ".serves");
      if (r.kind() == ResourceKind.MONEY) {
        if (!moneyUnits.isEmpty() && !moneyUnits.contains(r.unit())) {
          add(Problem.Kind.MONEY_UNITS, path + ".unit", "money is in '" + r.unit() + "' here but in '" + moneyUnits.head() + "' elsewhere; all money of a project shares one unit");
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
    Set<OutputId> outputs = HashSet.ofAll(project.outputs().map(Output::id));
    Seq<Contribution> cs = project.contributions();
    int i = -1;
    for (Contribution c : cs) {
      i++;
      String path = "contributions[" + i + "]";
      presence(c.participant(), c.date(), path + ".participant", "the contribution");
      if (!(c.hours() >= 0) || Double.isInfinite(c.hours())) {
        add(Problem.Kind.NEGATIVE, path + ".hours", "hours must be a number of zero or more");
      }
      nonNegative(c.paid(), path + ".paid");
      c.expenses().forEach(e -> {
        nonNegative(e.claimed(), path + ".expenses.claimed");
        e.reimbursed().filter(r -> r.isBefore(c.date()))
            .forEach(r -> add(Problem.Kind.DATES_OUT_OF_ORDER, path + ".expenses.reimbursed", "expenses are repaid (" + r + ") before the contribution (" + c.date() + ")"));
      });
      c.output().filter(o -> !outputs.contains(o))
          .forEach(o -> add(Problem.Kind.DANGLING_REFERENCE, path + ".output", "no output has the id '" + o + "'"));
      closed.filter(cl -> c.date().isAfter(cl))
          .forEach(cl -> add(Problem.Kind.AFTER_CLOSE, path + ".date", "the contribution is dated " + c.date() + ", after the project closed (" + cl + ")"));
    }
  }

  private void decisions(Option<LocalDate> closed) {
    Seq<Decision> ds = project.decisions();
    int i = -1;
    for (Decision d : ds) {
      i++;
      String path = "decisions[" + i + "]";
      d.ledBy().forEach(id -> reference(id, path + ".ledBy"));
      references(d.decidedBy(), path + ".decidedBy");
      references(d.consulted(), path + ".consulted");
      Seq<ParticipantId> objected = d.objectedBy();
      int j = -1;
      for (ParticipantId id : objected) {
        j++;
        if (!people.containsKey(id)) {
          reference(id, path + ".objectedBy[" + j + "]");
        } else if (!d.decidedBy().contains(id)) {
          add(Problem.Kind.DANGLING_REFERENCE, path + ".objectedBy[" + j + "]", "'" + id + "' objected but is not among the deciders");
        }
      }
      d.feedback().filter(f -> f.isBefore(d.date()))
          .forEach(f -> add(Problem.Kind.DATES_OUT_OF_ORDER, path + ".feedback", "feedback is dated " + f + ", before the decision (" + d.date() + ")"));
      closed.filter(cl -> d.date().isAfter(cl))
          .forEach(cl -> add(Problem.Kind.AFTER_CLOSE, path + ".date", "the decision is dated " + d.date() + ", after the project closed (" + cl + ")"));
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
          add(Problem.Kind.VERSIONS_OUT_OF_ORDER, path + ".version", "version " + a.version() + " (" + a.date() + ") does not follow version " + before.version() + " (" + before.date() + "): versions must increase with their dates");
        }
      }
      before = a;
      Seq<Consent> consents = a.consents();
      int j = -1;
      for (Consent c : consents) {
        j++;
        presence(c.participant(), c.date(), path + ".consents[" + j + "].participant", "the consent");
        if (c.date().isBefore(a.date())) {
          add(Problem.Kind.DATES_OUT_OF_ORDER, path + ".consents[" + j + "].date", "a consent is dated " + c.date() + ", before the version it consents to (" + a.date() + ")");
        }
      }
      a.payment().flatMap(PaymentTerms::ratePerHour).forEach(r -> nonNegative(r, path + ".payment.ratePerHour"));
      a.payment().forEach(pt -> {
        if (pt.paymentWithinDays() < 0) {
          add(Problem.Kind.NEGATIVE, path + ".payment.paymentWithinDays", "days must not be negative");
        }
        if (pt.expensesWithinDays() < 0) {
          add(Problem.Kind.NEGATIVE, path + ".payment.expensesWithinDays", "days must not be negative");
        }
      });
      Seq<Acknowledgement> acks = a.acknowledged();
      int k = 0;
      for (Acknowledgement ack : acks) {
        if (ack.reason().isBlank()) {
          add(Problem.Kind.REASON_MISSING, path + ".acknowledged[" + k + "].reason", "an acknowledgement must give its reason");
        }
        k++;
      }
      closed.filter(cl -> a.date().isAfter(cl))
          .forEach(cl -> add(Problem.Kind.AFTER_CLOSE, path + ".date", "version " + a.version() + " is dated " + a.date() + ", after the project closed (" + cl + ")"));
    }
  }

  private void outputs() {
    Seq<Output> os = project.outputs();
    int i = -1;
    for (Output o : os) {
      i++;
      String path = "outputs[" + i + "]";
      references(o.owners(), path + ".owners");
      int j = 0;
      for (Credit c : o.credits()) {
        reference(c.participant(), path + ".credits[" + j++ + "].participant");
      }
      j = 0;
      for (Reward r : o.rewards()) {
        reference(r.participant(), path + ".rewards[" + j++ + "].participant");
      }
    }
  }
}
