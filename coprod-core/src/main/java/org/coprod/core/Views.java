package org.coprod.core;

import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/** Cuts a project down to what stood at the end of a day. */
final class Views {
  private Views() {}

  static ProjectView asOf(Project p, LocalDate date) {
    Objects.requireNonNull(date, "date is null");
    if (!dated(p, date)) {
      // Nothing happened after the date: the view is the project itself, with its lookups.
      return new ProjectView(p, date);
    }
    return cut(p, date);
  }

  /** The view made by cutting every part of the project down to the day. */
  static ProjectView cut(Project p, LocalDate date) {
    Seq<Participant> people =
        p.participants()
            .filter(x -> !x.joined().isAfter(date))
            .map(x -> x.left().exists(date::isBefore) ? x.withLeft(Option.none()) : x)
            .map(x -> x.breaks().isEmpty() ? x : x.withBreaks(breaks(x.breaks(), date)));
    Set<ParticipantId> present = HashSet.ofAll(people.map(Participant::id));
    Seq<Output> outputs =
        p.outputs()
            .filter(o -> !o.date().isAfter(date))
            .map(
                o ->
                    o.withOwners(o.owners().filter(present::contains))
                        .withCredits(o.credits().filter(c -> present.contains(c.participant())))
                        .withRewards(o.rewards().filter(r -> present.contains(r.participant()))));
    Set<OutputId> made = HashSet.ofAll(outputs.map(Output::id));
    Project view =
        Project.builder()
            .from(p)
            .closed(p.closed().filter(c -> !c.isAfter(date)))
            .participants(people)
            .roles(
                p.roles()
                    .filter(r -> !r.from().isAfter(date))
                    .map(r -> r.until().exists(date::isBefore) ? r.withUntil(Option.none()) : r))
            // Support meant for people not yet present serves nobody yet: an empty `serves` would
            // read as "everyone", so such a resource is left out of the view.
            .resources(
                p.resources()
                    .filter(r -> r.serves().isEmpty() || r.serves().exists(present::contains))
                    .map(
                        r ->
                            r.withControlledBy(r.controlledBy().filter(present::contains))
                                .withServes(r.serves().filter(present::contains))))
            .contributions(
                p.contributions().filter(c -> !c.date().isAfter(date)).map(c -> cut(c, date, made)))
            .decisions(
                p.decisions()
                    .filter(d -> !d.date().isAfter(date))
                    .map(
                        d ->
                            d.withFeedback(d.feedback().filter(f -> !f.isAfter(date)))
                                .withLedBy(d.ledBy().filter(present::contains))
                                .withDecidedBy(d.decidedBy().filter(present::contains))
                                .withObjectedBy(d.objectedBy().filter(present::contains))
                                .withConsulted(d.consulted().filter(present::contains))))
            .agreements(
                p.agreements()
                    .filter(a -> !a.date().isAfter(date))
                    .map(a -> a.withConsents(a.consents().filter(c -> !c.date().isAfter(date)))))
            .outputs(outputs)
            .build();
    return new ProjectView(view, date);
  }

  /**
   * Whether anything in the project is dated after the day, so that the view must cut it: every
   * date the cut below looks at, in one pass without allocating. Every reference of a project is to
   * a participant or output of it (an invariant), so when no one and nothing is cut away, no
   * reference is either.
   */
  static boolean dated(Project p, LocalDate date) {
    if (after(p.closed(), date)) {
      return true;
    }
    for (Participant x : p.participants()) {
      if (x.joined().isAfter(date) || after(x.left(), date)) {
        return true;
      }
      for (Break b : x.breaks()) {
        if (b.from().isAfter(date) || after(b.until(), date)) {
          return true;
        }
      }
    }
    for (Role r : p.roles()) {
      if (r.from().isAfter(date) || after(r.until(), date)) {
        return true;
      }
    }
    for (Contribution c : p.contributions()) {
      if (c.date().isAfter(date)
          || after(c.paidOn(), date)
          || (c.expenses().isDefined() && after(c.expenses().get().reimbursed(), date))) {
        return true;
      }
    }
    for (Decision d : p.decisions()) {
      if (d.date().isAfter(date) || after(d.feedback(), date)) {
        return true;
      }
    }
    for (Agreement a : p.agreements()) {
      if (a.date().isAfter(date)) {
        return true;
      }
      for (Consent c : a.consents()) {
        if (c.date().isAfter(date)) {
          return true;
        }
      }
    }
    for (Output o : p.outputs()) {
      if (o.date().isAfter(date)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A person's breaks as they stood on the day: those not yet begun are dropped, and an end still
   * to come is cleared, since on that day the person had not yet come back.
   */
  private static Seq<Break> breaks(Seq<Break> breaks, LocalDate date) {
    return breaks
        .filter(b -> !b.from().isAfter(date))
        .map(b -> b.until().exists(date::isBefore) ? b.withUntil(Option.none()) : b);
  }

  private static boolean after(Option<LocalDate> day, LocalDate date) {
    return day.isDefined() && day.get().isAfter(date);
  }

  private static Contribution cut(Contribution c, LocalDate date, Set<OutputId> made) {
    Contribution out = c;
    if (c.paidOn().exists(date::isBefore)) {
      out = out.withPaidOn(Option.none());
    }
    if (c.expenses().flatMap(Expenses::reimbursed).exists(date::isBefore)) {
      out = out.withExpenses(c.expenses().map(e -> e.withReimbursed(Option.none())));
    }
    if (c.output().exists(o -> !made.contains(o))) {
      out = out.withOutput(Option.none());
    }
    return out;
  }
}
