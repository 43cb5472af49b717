package org.coprod.core;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A coproduction project: the people on both sides of the professional divide, their roles, the
 * resources, the contributions, the decisions, the working agreement and the outputs.
 *
 * <p>Build one in code with {@link Project#builder()}; the builder throws {@link
 * InvalidProjectException} on a broken invariant, a programming error. Build one from untrusted
 * parts with {@link #validate(Project.Builder)}, which returns every problem at once instead. Rules
 * look at a project through {@link #asOf(LocalDate)} or {@link #view()}.
 */
@Value.Immutable
@CoprodStyle
abstract class ProjectDef {
  /** The project's id. */
  public abstract ProjectId id();

  /** Its title. */
  public abstract String title();

  /** What it is for, if stated. */
  public abstract Option<String> purpose();

  /** What kind of work it is, if assessed. */
  public abstract Option<Nature> nature();

  /** The step of the ladder of co-production the project claims, if it claims one. */
  public abstract Option<LadderStep> claimedLevel();

  /** The day it started. */
  public abstract LocalDate started();

  /** The day it closed; none while it is running. */
  public abstract Option<LocalDate> closed();

  /**
   * The aim of involving people with lived experience, if stated: not the project's purpose, but
   * why and how their involvement was meant to shape it (the first item of GRIPP2's short form).
   */
  public abstract Option<String> involvementAim();

  /**
   * The group's own reflections on how involvement went, what worked and what did not, written by
   * people (Markdown allowed), if written; never generated.
   */
  public abstract Option<String> reflections();

  /**
   * The key that makes findings' fingerprints (HMAC-SHA-256), so that short ids cannot be recovered
   * by guessing and every tool that checks the project gives a finding the same fingerprint: at
   * least 32 hexadecimal digits (16 bytes), an even number of them. A secret of the group: never
   * printed by coprod.
   */
  @Value.Redacted
  public abstract Option<String> fingerprintKey();

  /**
   * The people using the service, by group, from published data: what the people in the room can be
   * compared with.
   */
  public abstract Seq<PopulationShare> population();

  /**
   * Anonymous equality-monitoring tallies of the people with lived experience taking part, by
   * group; never a record per person.
   */
  public abstract Seq<MonitoringCount> monitoring();

  /** The people taking part. */
  public abstract Seq<Participant> participants();

  /** The roles they hold. */
  public abstract Seq<Role> roles();

  /** The resources, and who controls them. */
  public abstract Seq<Resource> resources();

  /**
   * The contributions: those recorded on their own, in the order given, then those the meetings'
   * registers make (see {@link Meeting}), meeting by meeting. Built from a builder, a project
   * replaces any contribution that names a {@linkplain Contribution#meeting() meeting} with what
   * its meetings make, so a project copied with other meetings holds their attendance, not the old.
   */
  public abstract Seq<Contribution> contributions();

  /** The decisions. */
  public abstract Seq<Decision> decisions();

  /** The versions of the working agreement, in increasing order. */
  public abstract Seq<Agreement> agreements();

  /** The outputs. */
  public abstract Seq<Output> outputs();

  /**
   * The meetings, as their registers record them. Each attendance is also one of the {@link
   * #contributions()}.
   */
  public abstract Seq<Meeting> meetings();

  /** What changed because of what people said, and what did not. */
  public abstract Seq<Impact> impacts();

  /** The group's anonymous check-ins: one entry per round and side. */
  public abstract Seq<CheckIn> checkIns();

  /** The group's responses to findings. */
  public abstract Seq<Response> responses();

  /**
   * A project from untrusted parts: the project, or every problem at once, each with its path.
   * Never throws for bad input.
   *
   * @param parts a builder holding the parts; it is not changed
   * @return the valid project, or the problems (never empty) that keep it from being one
   */
  public static Validation<Seq<Problem>, Project> validate(Project.Builder parts) {
    Objects.requireNonNull(parts, "parts is null");
    try {
      return Validation.valid(parts.build());
    } catch (InvalidProjectException e) {
      return Validation.invalid(e.problems());
    } catch (IllegalStateException e) {
      // Immutables names the required attributes left unset; the message holds no data.
      return Validation.invalid(
          List.of(Problem.of(Problem.Kind.MISSING, "project", String.valueOf(e.getMessage()))));
    }
  }

  /**
   * Makes the meetings' contributions, then checks the invariants of the whole. The project made
   * here is built again and comes back to this check, which then finds the contributions as the
   * meetings make them and checks the invariants once.
   */
  /**
   * Set by {@link AppendingProject} alone, around the one copy it makes of a valid project with a
   * contribution it has already validated against that project: Immutables runs the check below on
   * every copy, and checking the whole again is the cost appending one item must not pay.
   */
  static final ThreadLocal<Boolean> VALIDATED = ThreadLocal.withInitial(() -> Boolean.FALSE);

  @Value.Check
  ProjectDef normalizeAndCheck() {
    if (VALIDATED.get()) {
      return this;
    }
    Seq<Contribution> fromMeetings = Meetings.contributions(this);
    if (!Meetings.hold(contributions(), fromMeetings)) {
      return Project.builder()
          .from(this)
          .contributions(contributions().filter(c -> !c.isFromMeeting()).appendAll(fromMeetings))
          .build();
    }
    Seq<Problem> problems = Invariants.problems(this);
    if (!problems.isEmpty()) {
      throw new InvalidProjectException(problems);
    }
    return this;
  }

  // Built once on first use; not an attribute, so it stays out of equals, hashCode and copies.
  @SuppressWarnings("immutables:incompat")
  private transient volatile @Nullable Lookup lookup;

  private Lookup lookup() {
    Lookup built = lookup;
    if (built == null) {
      built = new Lookup(this);
      lookup = built;
    }
    return built;
  }

  /**
   * Gives this project, {@code before}'s with one contribution recorded on its own appended, the
   * lookups {@code before} has built, extended by the contribution rather than built again; nothing
   * when {@code before} has built none.
   */
  void extendLookup(ProjectDef before, Contribution appended) {
    Lookup built = before.lookup;
    if (built != null) {
      lookup = new Lookup(built, this, appended);
    }
  }

  /** Whether the project has closed. */
  public boolean isClosed() {
    return closed().isDefined();
  }

  /** The participant with this id, if there is one. */
  public Option<Participant> participant(ParticipantId id) {
    return lookup().participant(id);
  }

  /** The side of the participant with this id, if there is one. */
  public Option<Side> sideOf(ParticipantId id) {
    return participant(id).map(Participant::side);
  }

  /** The participants on one side, in the order given. */
  public Seq<Participant> participantsOn(Side side) {
    return lookup().participantsOn(side);
  }

  /** The output with this id, if there is one. */
  public Option<Output> output(OutputId id) {
    return lookup().output(id);
  }

  /** The decision with this id, if there is one. */
  public Option<Decision> decision(DecisionId id) {
    return lookup().decision(id);
  }

  /** The resource with this id, if there is one. */
  public Option<Resource> resource(ResourceId id) {
    return lookup().resource(id);
  }

  /**
   * The contributions recorded on their own, in the order given: those a file lists under {@code
   * contributions}, without the meetings' attendance.
   */
  public Seq<Contribution> recordedContributions() {
    return contributions().filter(c -> !c.isFromMeeting());
  }

  /**
   * The contribution a finding or an impact names by this id, if there is one: by its own id, a
   * meeting's attendance by {@code MEETING.PARTICIPANT}, or a story without an id by its {@link
   * Contribution#subjectId()} (the first, where one person told two that day).
   */
  public Option<Contribution> contribution(ContributionId id) {
    return lookup().contribution(id);
  }

  /** The meeting with this id, if there is one. */
  public Option<Meeting> meeting(MeetingId id) {
    return lookup().meeting(id);
  }

  /** The contributions a meeting's register made, in the order of its attendees. */
  public Seq<Contribution> contributionsAt(MeetingId id) {
    return lookup().contributionsAt(id);
  }

  /** The impact with this id, if there is one. */
  public Option<Impact> impact(ImpactId id) {
    return lookup().impact(id);
  }

  /** The response with this id, if there is one. */
  public Option<Response> response(ResponseId id) {
    return lookup().response(id);
  }

  /** The contributions of one person, in the order given. */
  public Seq<Contribution> contributionsOf(ParticipantId id) {
    return lookup().contributionsOf(id);
  }

  /** The contributions that went into one output, in the order given. */
  public Seq<Contribution> contributionsTo(OutputId id) {
    return lookup().contributionsTo(id);
  }

  /** The roles one person holds or held. */
  public Seq<Role> rolesOf(ParticipantId id) {
    return lookup().rolesOf(id);
  }

  /** The agreement in force at the end of a day: the latest version dated on or before it. */
  public Option<Agreement> agreementInForce(LocalDate date) {
    return lookup().agreementInForce(date);
  }

  /**
   * The day of the project's last dated event: the latest of its start, close, joinings and
   * leavings, breaks (their first and last days), roles, contributions and their payments and
   * repayments, stories' withdrawals, decisions and their feedback, agreement versions and
   * consents, outputs and the days people asked to be taken off them, meetings, impacts and the
   * days people were told of them, responses and check-in rounds. Terms that may lie ahead ({@code
   * until} of a story's consent, an output's {@code inUseUntil}, a response's {@code reviewBy}) are
   * not events. Never the clock.
   */
  public LocalDate lastDatedEvent() {
    return lookup().lastDatedEvent();
  }

  /** The project as it stood at the end of a day (see {@link ProjectView}). */
  public ProjectView asOf(LocalDate date) {
    return Views.asOf((Project) this, date);
  }

  /**
   * The project as of its {@linkplain #lastDatedEvent() last dated event}: the view every check
   * uses by default, so the same project gives the same report tomorrow.
   */
  public ProjectView view() {
    return asOf(lastDatedEvent());
  }

  /** Counts only: a project holds personal data, which never goes into logs. */
  @Override
  public String toString() {
    return "Project{id="
        + id()
        + ", participants="
        + participants().size()
        + ", roles="
        + roles().size()
        + ", resources="
        + resources().size()
        + ", contributions="
        + contributions().size()
        + ", decisions="
        + decisions().size()
        + ", agreements="
        + agreements().size()
        + ", outputs="
        + outputs().size()
        + ", meetings="
        + meetings().size()
        + ", impacts="
        + impacts().size()
        + ", checkIns="
        + checkIns().size()
        + ", responses="
        + responses().size()
        + ", closed="
        + closed().map(LocalDate::toString).getOrElse("no")
        + "}";
  }
}
