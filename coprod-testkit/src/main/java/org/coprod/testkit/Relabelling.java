package org.coprod.testkit;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Objects;
import java.util.Random;
import org.coprod.core.Acknowledgement;
import org.coprod.core.AgreementVersion;
import org.coprod.core.Consent;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionId;
import org.coprod.core.Credit;
import org.coprod.core.Decision;
import org.coprod.core.DecisionId;
import org.coprod.core.Id;
import org.coprod.core.Impact;
import org.coprod.core.ImpactId;
import org.coprod.core.Meeting;
import org.coprod.core.MeetingId;
import org.coprod.core.NameWithdrawal;
import org.coprod.core.Output;
import org.coprod.core.OutputId;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.core.ProjectId;
import org.coprod.core.Resource;
import org.coprod.core.ResourceId;
import org.coprod.core.ResponseId;
import org.coprod.core.Reward;

/**
 * A renaming of a project's ids: a bijection from the ids a project uses (the project's own,
 * participants', resources', contributions', decisions', outputs', meetings', impacts' and
 * responses') to new ones, for the {@link org.coprod.rules.Law#RELABELLING} law. Agreement versions
 * keep their numbers: they are not names. An acknowledgement's subject that names an id is renamed
 * with it. The ids a project makes from others (a meeting's attendance, {@code
 * MEETING.PARTICIPANT}; a story without an id, {@code PARTICIPANT.story.DATE}) follow their parts:
 * {@link #shuffled(Project, long)} renames them so, and {@link #of(java.util.Map)} leaves them to
 * the caller.
 *
 * <pre>{@code
 * Relabelling renaming = Relabelling.shuffled(project, 42);
 * Project renamed = renaming.apply(project);
 * }</pre>
 */
public final class Relabelling {
  private final Map<String, String> names;
  private final java.util.Map<String, String> lookup;

  private Relabelling(Map<String, String> names) {
    this.names = names;
    this.lookup = new java.util.HashMap<>(names.toJavaMap());
  }

  /**
   * A renaming of every id of a project to a fresh one ({@code id-N}), with the numbers shuffled by
   * a seed so that the order of the new ids tells nothing of the order of the old.
   *
   * @param project the project whose ids to rename; not null
   * @param seed the seed of the shuffle
   * @return a bijection on the project's ids; never null
   */
  public static Relabelling shuffled(Project project, long seed) {
    Objects.requireNonNull(project, "project is null");
    Seq<String> ids = idsOf(project);
    java.util.List<Integer> numbers = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      numbers.add(i);
    }
    Random random = new Random(seed);
    Collections.shuffle(numbers, random);
    // An offset changes the lengths of the new ids too, so a rule that reads an id's length shows.
    int offset = random.nextInt(1000);
    Map<String, String> names = LinkedHashMap.empty();
    int i = 0;
    for (String id : ids) {
      names = names.put(id, "id-" + (offset + numbers.get(i++)));
    }
    // the ids the project makes follow the ids they are made of
    java.util.Map<String, String> made = new java.util.LinkedHashMap<>();
    for (Meeting m : project.meetings()) {
      String meeting = names.get(m.id().value()).getOrElse(m.id().value());
      for (ParticipantId p : m.attendees()) {
        made.put(
            m.id().value() + "." + p.value(),
            meeting + "." + names.get(p.value()).getOrElse(p.value()));
      }
    }
    for (Contribution c : project.recordedContributions()) {
      if (c.id().isEmpty() && c.subjectId().isDefined()) {
        String p = c.participant().value();
        made.put(
            c.subjectId().get().value(),
            names.get(p).getOrElse(p) + c.subjectId().get().value().substring(p.length()));
      }
    }
    for (java.util.Map.Entry<String, String> e : made.entrySet()) {
      names = names.put(e.getKey(), e.getValue());
    }
    return new Relabelling(names);
  }

  /**
   * A renaming given as pairs of old and new ids.
   *
   * @param names old id to new id; the new ids must be distinct and not blank
   * @return the renaming; ids not named keep their value
   * @throws IllegalArgumentException if two ids are given one new name, or a new name is blank
   */
  public static Relabelling of(java.util.Map<String, String> names) {
    Objects.requireNonNull(names, "names is null");
    if (new java.util.HashSet<>(names.values()).size() != names.size()) {
      throw new IllegalArgumentException("a relabelling gives distinct ids distinct names");
    }
    if (names.values().stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("an id must not be blank");
    }
    return new Relabelling(LinkedHashMap.ofAll(names));
  }

  /**
   * Every id a project gives, in the order of its parts: the project, people, resources,
   * contributions recorded on their own, decisions, outputs, meetings, impacts, responses. The ids
   * it makes from these (a meeting's attendance, a story's name) are not among them.
   */
  static Seq<String> idsOf(Project project) {
    java.util.List<String> ids = new ArrayList<>();
    ids.add(project.id().value());
    project.participants().forEach(p -> ids.add(p.id().value()));
    project.resources().forEach(r -> ids.add(r.id().value()));
    project.recordedContributions().forEach(c -> c.id().forEach(id -> ids.add(id.value())));
    project.decisions().forEach(d -> ids.add(d.id().value()));
    project.outputs().forEach(o -> ids.add(o.id().value()));
    project.meetings().forEach(m -> ids.add(m.id().value()));
    project.impacts().forEach(x -> ids.add(x.id().value()));
    project.responses().forEach(r -> ids.add(r.id().value()));
    return List.ofAll(ids);
  }

  /** The pairs of old and new ids. */
  public Map<String, String> names() {
    return names;
  }

  /** The new name of an id as written; the id itself if the renaming does not touch it. */
  public String rename(String id) {
    return lookup.getOrDefault(id, id);
  }

  /** The renamed id, of the same type; an agreement version keeps its number. */
  public Id rename(Id id) {
    if (id instanceof ParticipantId p) {
      return rename(p);
    } else if (id instanceof OutputId o) {
      return rename(o);
    } else if (id instanceof DecisionId d) {
      return rename(d);
    } else if (id instanceof ResourceId r) {
      return rename(r);
    } else if (id instanceof ContributionId c) {
      return rename(c);
    } else if (id instanceof ProjectId p) {
      return rename(p);
    } else if (id instanceof MeetingId m) {
      return MeetingId.of(rename(m.value()));
    } else if (id instanceof ImpactId x) {
      return ImpactId.of(rename(x.value()));
    } else if (id instanceof ResponseId r) {
      return ResponseId.of(rename(r.value()));
    }
    return (AgreementVersion) id;
  }

  /** The renamed participant id. */
  public ParticipantId rename(ParticipantId id) {
    return ParticipantId.of(rename(id.value()));
  }

  /** The renamed output id. */
  public OutputId rename(OutputId id) {
    return OutputId.of(rename(id.value()));
  }

  /** The renamed decision id. */
  public DecisionId rename(DecisionId id) {
    return DecisionId.of(rename(id.value()));
  }

  /** The renamed resource id. */
  public ResourceId rename(ResourceId id) {
    return ResourceId.of(rename(id.value()));
  }

  /** The renamed contribution id. */
  public ContributionId rename(ContributionId id) {
    return ContributionId.of(rename(id.value()));
  }

  /** The renamed project id. */
  public ProjectId rename(ProjectId id) {
    return ProjectId.of(rename(id.value()));
  }

  private Seq<ParticipantId> people(Seq<ParticipantId> ids) {
    return ids.map(this::rename);
  }

  /**
   * The project with every id renamed and nothing else changed.
   *
   * @param project the project; not null
   * @return the renamed project, valid when the project is; never null
   */
  public Project apply(Project project) {
    Objects.requireNonNull(project, "project is null");
    return Project.builder()
        .from(project)
        .id(rename(project.id()))
        .participants(project.participants().map(p -> p.withId(rename(p.id()))))
        .roles(project.roles().map(r -> r.withParticipant(rename(r.participant()))))
        .resources(project.resources().map(this::resource))
        .contributions(project.recordedContributions().map(this::contribution))
        .meetings(project.meetings().map(this::meeting))
        .impacts(project.impacts().map(this::impact))
        .responses(
            project
                .responses()
                .map(
                    r ->
                        r.withId(ResponseId.of(rename(r.id().value())))
                            .withOwner(r.owner().map(this::rename))))
        .decisions(project.decisions().map(this::decision))
        .agreements(
            project
                .agreements()
                .map(
                    a ->
                        a.withConsents(
                                a.consents()
                                    .map(c -> Consent.of(rename(c.participant()), c.date())))
                            .withAcknowledged(a.acknowledged().map(this::acknowledgement))))
        .outputs(project.outputs().map(this::output))
        .build();
  }

  private Resource resource(Resource r) {
    return r.withId(rename(r.id()))
        .withControlledBy(people(r.controlledBy()))
        .withServes(people(r.serves()));
  }

  private Contribution contribution(Contribution c) {
    return c.withId(c.id().map(this::rename))
        .withParticipant(rename(c.participant()))
        .withOutput(c.output().map(this::rename));
  }

  private Meeting meeting(Meeting m) {
    return m.withId(MeetingId.of(rename(m.id().value())))
        .withChairedBy(people(m.chairedBy()))
        .withFacilitatedBy(people(m.facilitatedBy()))
        .withAttended(m.attended().map(a -> a.withParticipant(rename(a.participant()))))
        .withOutput(m.output().map(this::rename));
  }

  private Impact impact(Impact x) {
    return x.withId(ImpactId.of(rename(x.id().value())))
        .withFrom(x.from().map(this::rename))
        .withDecision(x.decision().map(this::rename))
        .withOutput(x.output().map(this::rename));
  }

  private Decision decision(Decision d) {
    return d.withId(rename(d.id()))
        .withMeeting(d.meeting().map(m -> MeetingId.of(rename(m.value()))))
        .withLedBy(d.ledBy().map(this::rename))
        .withDecidedBy(people(d.decidedBy()))
        .withObjectedBy(people(d.objectedBy()))
        .withConsulted(people(d.consulted()));
  }

  private Acknowledgement acknowledgement(Acknowledgement a) {
    Option<String> subject = a.subject().map(this::rename);
    return a.withSubject(subject);
  }

  private Output output(Output o) {
    return o.withId(rename(o.id()))
        .withOwners(people(o.owners()))
        .withCredits(o.credits().map(c -> Credit.of(rename(c.participant()), c.as())))
        .withRewards(o.rewards().map(r -> Reward.of(rename(r.participant()), r.kind())))
        .withNameWithdrawn(
            o.nameWithdrawn().map(w -> NameWithdrawal.of(rename(w.participant()), w.date())));
  }

  /** How many ids it renames; never the ids themselves, which may be personal. */
  @Override
  public String toString() {
    return "Relabelling{ids=" + names.size() + "}";
  }
}
