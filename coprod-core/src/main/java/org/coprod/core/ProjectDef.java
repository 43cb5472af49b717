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

  /** The people taking part. */
  public abstract Seq<Participant> participants();

  /** The roles they hold. */
  public abstract Seq<Role> roles();

  /** The resources, and who controls them. */
  public abstract Seq<Resource> resources();

  /** The contributions, in the order given. */
  public abstract Seq<Contribution> contributions();

  /** The decisions. */
  public abstract Seq<Decision> decisions();

  /** The versions of the working agreement, in increasing order. */
  public abstract Seq<Agreement> agreements();

  /** The outputs. */
  public abstract Seq<Output> outputs();

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

  @Value.Check
  void checkInvariants() {
    Seq<Problem> problems = Invariants.problems(this);
    if (!problems.isEmpty()) {
      throw new InvalidProjectException(problems);
    }
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
   * repayments, decisions and their feedback, agreement versions and consents, and outputs. Never
   * the clock.
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
        + ", closed="
        + closed().map(LocalDate::toString).getOrElse("no")
        + "}";
  }
}
