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
    Seq<Participant> people = p.participants()
        .filter(x -> !x.joined().isAfter(date))
        .map(x -> x.left().exists(date::isBefore) ? x.withLeft(Option.none()) : x);
    Set<ParticipantId> present = HashSet.ofAll(people.map(Participant::id));
    Seq<Output> outputs = p.outputs()
        .filter(o -> !o.date().isAfter(date))
        .map(o -> o.withOwners(o.owners().filter(present::contains))
            .withCredits(o.credits().filter(c -> present.contains(c.participant())))
            .withRewards(o.rewards().filter(r -> present.contains(r.participant()))));
    Set<OutputId> made = HashSet.ofAll(outputs.map(Output::id));
    Project view = Project.builder()
        .from(p)
        .closed(p.closed().filter(c -> !c.isAfter(date)))
        .participants(people)
        .roles(p.roles()
            .filter(r -> !r.from().isAfter(date))
            .map(r -> r.until().exists(date::isBefore) ? r.withUntil(Option.none()) : r))
        // Support meant for people not yet present serves nobody yet: an empty `serves` would
        // read as "everyone", so such a resource is left out of the view.
        .resources(p.resources()
            .filter(r -> r.serves().isEmpty() || r.serves().exists(present::contains))
            .map(r -> r.withControlledBy(r.controlledBy().filter(present::contains))
                .withServes(r.serves().filter(present::contains))))
        .contributions(p.contributions()
            .filter(c -> !c.date().isAfter(date))
            .map(c -> cut(c, date, made)))
        .decisions(p.decisions()
            .filter(d -> !d.date().isAfter(date))
            .map(d -> d.withFeedback(d.feedback().filter(f -> !f.isAfter(date)))
                .withLedBy(d.ledBy().filter(present::contains))
                .withDecidedBy(d.decidedBy().filter(present::contains))
                .withObjectedBy(d.objectedBy().filter(present::contains))
                .withConsulted(d.consulted().filter(present::contains))))
        .agreements(p.agreements()
            .filter(a -> !a.date().isAfter(date))
            .map(a -> a.withConsents(a.consents().filter(c -> !c.date().isAfter(date)))))
        .outputs(outputs)
        .build();
    return new ProjectView(view, date);
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
