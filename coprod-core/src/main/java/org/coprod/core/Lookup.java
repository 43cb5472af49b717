package org.coprod.core;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The lookups of one project, built once in one pass when first asked for. */
final class Lookup {
  private final Map<ParticipantId, Participant> participants;
  private final Map<OutputId, Output> outputs;
  private final Map<DecisionId, Decision> decisions;
  private final Map<ResourceId, Resource> resources;
  private final Map<MeetingId, Meeting> meetings;
  private final Map<ImpactId, Impact> impacts;
  private final Map<ResponseId, Response> responses;
  private final ProjectDef project;
  private volatile @Nullable Grouped grouped;
  private final Map<ParticipantId, Seq<Role>> roles;
  private final Seq<Participant> lived;
  private final Seq<Participant> professional;
  private final Agreement[] agreements;
  private final LocalDate last;

  /**
   * The contributions grouped by person, by output and by meeting, and by the id that names them:
   * built on first use, as few checks ask.
   */
  private record Grouped(
      Map<ParticipantId, Seq<Contribution>> byPerson,
      Map<OutputId, Seq<Contribution>> byOutput,
      Map<MeetingId, Seq<Contribution>> byMeeting,
      Map<ContributionId, Contribution> byId) {}

  Lookup(ProjectDef p) {
    project = p;
    participants = new HashMap<>();
    outputs = new HashMap<>();
    decisions = new HashMap<>();
    resources = new HashMap<>();
    meetings = new HashMap<>();
    impacts = new HashMap<>();
    responses = new HashMap<>();
    LocalDate latest = p.started();
    for (Participant x : p.participants()) {
      participants.put(x.id(), x);
      latest = max(latest, x.joined());
      latest = max(latest, x.left());
      for (Break b : x.breaks()) {
        latest = max(latest, b.from());
        latest = max(latest, b.until());
      }
    }
    lived = p.participants().filter(Participant::isLivedExperience);
    professional = p.participants().filter(x -> !x.isLivedExperience());
    for (Output o : p.outputs()) {
      outputs.put(o.id(), o);
      latest = max(latest, o.date());
      for (NameWithdrawal w : o.nameWithdrawn()) {
        latest = max(latest, w.date());
      }
    }
    for (Decision d : p.decisions()) {
      decisions.put(d.id(), d);
      latest = max(latest, d.date());
      latest = max(latest, d.feedback());
    }
    for (Resource r : p.resources()) {
      resources.put(r.id(), r);
    }
    for (Contribution c : p.contributions()) {
      latest = max(latest, c.date());
      latest = max(latest, c.paidOn());
      if (c.expenses().isDefined()) {
        latest = max(latest, c.expenses().get().reimbursed());
      }
      if (c.consent().isDefined()) {
        latest = max(latest, c.consent().get().withdrawn());
      }
    }
    for (Meeting m : p.meetings()) {
      meetings.put(m.id(), m);
      latest = max(latest, m.date());
    }
    for (Impact i : p.impacts()) {
      impacts.put(i.id(), i);
      latest = max(latest, i.date());
      latest = max(latest, i.toldOn());
    }
    for (Response r : p.responses()) {
      responses.put(r.id(), r);
      latest = max(latest, r.date());
    }
    for (CheckIn c : p.checkIns()) {
      latest = max(latest, c.round());
    }
    Map<ParticipantId, ArrayList<Role>> role = new HashMap<>();
    for (Role r : p.roles()) {
      role.computeIfAbsent(r.participant(), k -> new ArrayList<>()).add(r);
      latest = max(latest, r.from());
      latest = max(latest, r.until());
    }
    roles = freeze(role);
    agreements = p.agreements().toJavaArray(Agreement[]::new);
    for (Agreement a : agreements) {
      latest = max(latest, a.date());
      for (Consent c : a.consents()) {
        latest = max(latest, c.date());
      }
    }
    latest = max(latest, p.closed());
    last = latest;
  }

  /**
   * The lookups of a project that is {@code before}'s with one contribution recorded on its own
   * appended: every table but the contributions' is the same (they are only read once built, so
   * both projects share them), the last dated event moves to the contribution's latest day, and the
   * contributions are grouped again on first use.
   */
  Lookup(Lookup before, ProjectDef p, Contribution appended) {
    project = p;
    participants = before.participants;
    outputs = before.outputs;
    decisions = before.decisions;
    resources = before.resources;
    meetings = before.meetings;
    impacts = before.impacts;
    responses = before.responses;
    roles = before.roles;
    lived = before.lived;
    professional = before.professional;
    agreements = before.agreements;
    LocalDate latest = max(before.last, appended.date());
    latest = max(latest, appended.paidOn());
    if (appended.expenses().isDefined()) {
      latest = max(latest, appended.expenses().get().reimbursed());
    }
    if (appended.consent().isDefined()) {
      latest = max(latest, appended.consent().get().withdrawn());
    }
    last = latest;
  }

  private static <K, V> Map<K, Seq<V>> freeze(Map<K, ? extends Collection<V>> grouped) {
    Map<K, Seq<V>> frozen = new HashMap<>(grouped.size() * 2);
    grouped.forEach((k, v) -> frozen.put(k, List.ofAll(v)));
    return frozen;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return b.isAfter(a) ? b : a;
  }

  private static LocalDate max(LocalDate a, Option<LocalDate> b) {
    return b.isDefined() ? max(a, b.get()) : a;
  }

  Option<Participant> participant(ParticipantId id) {
    return Option.of(participants.get(id));
  }

  Seq<Participant> participantsOn(Side side) {
    return side == Side.LIVED_EXPERIENCE ? lived : professional;
  }

  Option<Output> output(OutputId id) {
    return Option.of(outputs.get(id));
  }

  Option<Decision> decision(DecisionId id) {
    return Option.of(decisions.get(id));
  }

  Option<Resource> resource(ResourceId id) {
    return Option.of(resources.get(id));
  }

  private Grouped grouped() {
    Grouped g = grouped;
    if (g == null) {
      synchronized (this) {
        g = grouped;
        if (g == null) {
          Map<ParticipantId, ArrayList<Contribution>> person = new HashMap<>();
          Map<OutputId, ArrayList<Contribution>> output = new HashMap<>();
          Map<MeetingId, ArrayList<Contribution>> meeting = new HashMap<>();
          Map<ContributionId, Contribution> byId = new HashMap<>();
          for (Contribution c : project.contributions()) {
            person.computeIfAbsent(c.participant(), k -> new ArrayList<>()).add(c);
            if (c.output().isDefined()) {
              output.computeIfAbsent(c.output().get(), k -> new ArrayList<>()).add(c);
            }
            if (c.meeting().isDefined()) {
              meeting.computeIfAbsent(c.meeting().get(), k -> new ArrayList<>()).add(c);
            }
            Option<ContributionId> id = c.subjectId();
            if (id.isDefined()) {
              byId.putIfAbsent(id.get(), c);
            }
          }
          g = new Grouped(freeze(person), freeze(output), freeze(meeting), byId);
          grouped = g;
        }
      }
    }
    return g;
  }

  Seq<Contribution> contributionsOf(ParticipantId id) {
    return grouped().byPerson().getOrDefault(id, List.empty());
  }

  Seq<Contribution> contributionsTo(OutputId id) {
    return grouped().byOutput().getOrDefault(id, List.empty());
  }

  Seq<Contribution> contributionsAt(MeetingId id) {
    return grouped().byMeeting().getOrDefault(id, List.empty());
  }

  Option<Contribution> contribution(ContributionId id) {
    return Option.of(grouped().byId().get(id));
  }

  Option<Meeting> meeting(MeetingId id) {
    return Option.of(meetings.get(id));
  }

  Option<Impact> impact(ImpactId id) {
    return Option.of(impacts.get(id));
  }

  Option<Response> response(ResponseId id) {
    return Option.of(responses.get(id));
  }

  Seq<Role> rolesOf(ParticipantId id) {
    return roles.getOrDefault(id, List.empty());
  }

  /** Binary search: versions are in increasing order of date (an invariant). */
  Option<Agreement> agreementInForce(LocalDate date) {
    int lo = 0;
    int hi = agreements.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (agreements[mid].date().isAfter(date)) {
        hi = mid - 1;
      } else {
        found = mid;
        lo = mid + 1;
      }
    }
    return found < 0 ? Option.none() : Option.some(agreements[found]);
  }

  LocalDate lastDatedEvent() {
    return last;
  }
}
