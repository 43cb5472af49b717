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
    // The last dated event is the latest of the start and every day dated() looks at, and the
    // project keeps it once worked out (extended, not worked out again, when a contribution is
    // appended): on or after it nothing happened, and the view is the project itself, with its
    // lookups, found without looking at every part again.
    if (!date.isBefore(p.lastDatedEvent()) || !dated(p, date)) {
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
                        .withRewards(o.rewards().filter(r -> present.contains(r.participant())))
                        .withNameWithdrawn(
                            o.nameWithdrawn()
                                .filter(
                                    w ->
                                        !w.date().isAfter(date)
                                            && present.contains(w.participant()))));
    Set<OutputId> made = HashSet.ofAll(outputs.map(Output::id));
    Seq<Meeting> meetings =
        p.meetings().filter(m -> !m.date().isAfter(date)).map(m -> cut(m, date, made));
    Set<MeetingId> met = HashSet.ofAll(meetings.map(Meeting::id));
    Seq<Decision> decisions =
        p.decisions()
            .filter(d -> !d.date().isAfter(date))
            .map(
                d ->
                    d.withFeedback(d.feedback().filter(f -> !f.isAfter(date)))
                        .withLedBy(d.ledBy().filter(present::contains))
                        .withDecidedBy(d.decidedBy().filter(present::contains))
                        .withObjectedBy(d.objectedBy().filter(present::contains))
                        .withConsulted(d.consulted().filter(present::contains))
                        .withMeeting(d.meeting().filter(met::contains)));
    Set<DecisionId> decided = HashSet.ofAll(decisions.map(Decision::id));
    Seq<Contribution> recorded =
        p.contributions()
            .filter(c -> !c.isFromMeeting() && !c.date().isAfter(date))
            .map(c -> cut(c, date, made));
    // what an impact may still come from in the view: the contributions kept (a meeting's included,
    // named MEETING.PARTICIPANT), the meetings held and the people present
    java.util.Set<String> sources = new java.util.HashSet<>();
    recorded.forEach(c -> c.subjectId().forEach(id -> sources.add(id.value())));
    for (Meeting m : meetings) {
      sources.add(m.id().value());
      m.attendees().forEach(a -> sources.add(Meetings.contributionId(m.id(), a).value()));
    }
    present.forEach(id -> sources.add(id.value()));
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
            // the meetings held by the day make their own contributions again
            .contributions(recorded)
            .meetings(meetings)
            .decisions(decisions)
            .agreements(
                p.agreements()
                    .filter(a -> !a.date().isAfter(date))
                    .map(a -> a.withConsents(a.consents().filter(c -> !c.date().isAfter(date)))))
            .outputs(outputs)
            .impacts(
                p.impacts()
                    .filter(x -> !x.date().isAfter(date))
                    .map(
                        x ->
                            x.withToldOn(x.toldOn().filter(t -> !t.isAfter(date)))
                                .withFrom(x.from().filter(id -> sources.contains(id.value())))
                                .withDecision(x.decision().filter(decided::contains))
                                .withOutput(x.output().filter(made::contains))))
            .checkIns(p.checkIns().filter(c -> !c.round().isAfter(date)))
            .responses(
                p.responses()
                    .filter(r -> !r.date().isAfter(date))
                    .map(r -> r.withOwner(r.owner().filter(present::contains))))
            .build();
    return new ProjectView(view, date);
  }

  /**
   * Whether anything in the project is dated after the day, so that the view must cut it: every
   * date the cut below looks at, in one pass without allocating. Every reference of a project is to
   * a participant or output of it (an invariant), so when no one and nothing is cut away, no
   * reference is either.
   */
  /**
   * Whether anything of the project is dated after a day, looked for part by part; never on or
   * after the last dated event, which lets {@link #asOf} ask that first (see the view properties).
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
          || (c.expenses().isDefined() && after(c.expenses().get().reimbursed(), date))
          || (c.consent().isDefined() && after(c.consent().get().withdrawn(), date))) {
        return true;
      }
    }
    for (Meeting m : p.meetings()) {
      if (m.date().isAfter(date)) {
        return true;
      }
    }
    for (Impact x : p.impacts()) {
      if (x.date().isAfter(date) || after(x.toldOn(), date)) {
        return true;
      }
    }
    for (CheckIn c : p.checkIns()) {
      if (c.round().isAfter(date)) {
        return true;
      }
    }
    for (Response r : p.responses()) {
      if (r.date().isAfter(date)) {
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
      for (NameWithdrawal w : o.nameWithdrawn()) {
        if (w.date().isAfter(date)) {
          return true;
        }
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
    Option<StoryConsent> consent = c.consent();
    if (consent.flatMap(StoryConsent::withdrawn).exists(date::isBefore)) {
      out = out.withConsent(consent.map(k -> k.withWithdrawn(Option.none())));
    }
    return out;
  }

  /**
   * A meeting held by the day, as it stood: payments and repayments not yet made are cleared, as
   * for any contribution, and so is an output not yet made.
   */
  private static Meeting cut(Meeting m, LocalDate date, Set<OutputId> made) {
    Meeting out = m;
    if (m.attended()
        .exists(
            a ->
                a.paidOn().exists(date::isBefore)
                    || a.expenses().flatMap(Expenses::reimbursed).exists(date::isBefore))) {
      out =
          out.withAttended(
              m.attended()
                  .map(
                      a ->
                          a.withPaidOn(a.paidOn().filter(d -> !d.isAfter(date)))
                              .withExpenses(
                                  a.expenses()
                                      .map(
                                          e ->
                                              e.withReimbursed(
                                                  e.reimbursed().filter(d -> !d.isAfter(date)))))));
    }
    if (m.output().exists(o -> !made.contains(o))) {
      out = out.withOutput(Option.none());
    }
    return out;
  }
}
