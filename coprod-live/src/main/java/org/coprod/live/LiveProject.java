package org.coprod.live;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import org.coprod.core.Agreement;
import org.coprod.core.AppendingProject;
import org.coprod.core.CheckIn;
import org.coprod.core.Contribution;
import org.coprod.core.Decision;
import org.coprod.core.Impact;
import org.coprod.core.Meeting;
import org.coprod.core.Output;
import org.coprod.core.Participant;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.core.Response;
import org.coprod.core.Role;
import org.coprod.rules.LiveCheck;
import org.coprod.rules.ProjectIndex;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.jspecify.annotations.Nullable;

/**
 * A project kept as events arrive, the way a project tool of an NHS trust or a charity keeps one:
 * each event is appended to the project as it stands and the result validated, so an event that
 * would break the project (a contribution by someone who has not joined, a decision after the
 * close) is refused with every problem it would cause, and the project stays exactly as it was.
 * {@link #check()} checks the project as it stands with the rulebook (as of its last dated event,
 * never the clock), and does no work when nothing changed since the last check.
 *
 * <pre>{@code
 * LiveProject live = LiveProject.of(opening, Rulebook.standard());
 * Validation<Seq<Problem>, Project> kept = live.append(contribution);
 * Report report = live.check();
 * FindingChanges changes = live.changes();      // since the check before
 * }</pre>
 *
 * <p>The common events have methods of their own ({@link #append(Contribution)} and its overloads,
 * {@link #close}); everything else a project records later (a leaving, a break, a payment or a
 * reimbursement, feedback given, a credit or a reward on an output) is a change to the project's
 * parts, given to {@link #apply}. A contribution or a decision is validated against what is known
 * of the project, with the problems a whole validation would give; every other change is validated
 * against the whole project, as a project file is.
 *
 * <p>Every method is synchronized, so one live project may be shared by threads; the projects and
 * reports it hands out are immutable and may be shared freely.
 */
public final class LiveProject {
  private final Rulebook rulebook;
  private Project project;
  private Option<Report> checked = Option.none();
  private Option<Report> previous = Option.none();
  // what appending contributions knows of the project, learnt at the first append after a change
  private @Nullable AppendingProject ledger;
  // the last check kept: its index extended by what was appended since, its rules' outcomes kept
  // where the parts they read did not change
  private final LiveCheck kept;

  private LiveProject(Project project, Rulebook rulebook) {
    this.project = project;
    this.rulebook = rulebook;
    this.kept = LiveCheck.of(rulebook);
  }

  /**
   * Starts keeping a project.
   *
   * @param opening the project as it was first recorded
   * @param rulebook the rules to check it with
   */
  public static LiveProject of(Project opening, Rulebook rulebook) {
    return new LiveProject(
        Objects.requireNonNull(opening, "opening is null"),
        Objects.requireNonNull(rulebook, "rulebook is null"));
  }

  /** The rulebook it checks with. */
  public Rulebook rulebook() {
    return rulebook;
  }

  /** The project as it stands after the last event kept. */
  public synchronized Project project() {
    return project;
  }

  /**
   * Appends a contribution, validated against what is known of the project (the ids it uses, its
   * people, its outputs, its close) rather than the whole project again, with the same problems a
   * whole validation gives (see {@link AppendingProject}).
   */
  public synchronized Validation<Seq<Problem>, Project> append(Contribution contribution) {
    Objects.requireNonNull(contribution, "contribution is null");
    Validation<Seq<Problem>, Project> next = ledger().append(contribution);
    next.forEach(this::keepAppended);
    return next;
  }

  /** What appending knows of the project as it stands, learnt again after any other change. */
  private AppendingProject ledger() {
    AppendingProject into = ledger;
    // The same object, not an equal one: any other change to the project makes it learn again.
    @SuppressWarnings("ReferenceEquality")
    boolean current = into != null && into.project() == project;
    if (into == null || !current) {
      into = AppendingProject.of(project);
      ledger = into;
    }
    return into;
  }

  /** Appends a meeting, with the contributions its register makes. */
  public Validation<Seq<Problem>, Project> append(Meeting meeting) {
    Objects.requireNonNull(meeting, "meeting is null");
    return apply(p -> Project.builder().from(p).addMeeting(meeting));
  }

  /**
   * Appends a decision, validated against what is known of the project (its people, its meetings,
   * its close), with the same problems a whole validation gives.
   */
  public synchronized Validation<Seq<Problem>, Project> append(Decision decision) {
    Objects.requireNonNull(decision, "decision is null");
    Validation<Seq<Problem>, Project> next = ledger().append(decision);
    next.forEach(this::keepAppended);
    return next;
  }

  /** Appends a version of the working agreement, with its consents. */
  public Validation<Seq<Problem>, Project> append(Agreement version) {
    Objects.requireNonNull(version, "version is null");
    return apply(p -> Project.builder().from(p).addAgreement(version));
  }

  /** Appends an output, with its owners, credits and rewards. */
  public Validation<Seq<Problem>, Project> append(Output output) {
    Objects.requireNonNull(output, "output is null");
    return apply(p -> Project.builder().from(p).addOutput(output));
  }

  /** Appends an impact: what changed because of what people said, or what did not. */
  public Validation<Seq<Problem>, Project> append(Impact impact) {
    Objects.requireNonNull(impact, "impact is null");
    return apply(p -> Project.builder().from(p).addImpact(impact));
  }

  /** Appends a round of the group's anonymous check-in. */
  public Validation<Seq<Problem>, Project> append(CheckIn checkIn) {
    Objects.requireNonNull(checkIn, "checkIn is null");
    return apply(p -> Project.builder().from(p).addCheckIn(checkIn));
  }

  /** Appends the group's response to a finding. */
  public Validation<Seq<Problem>, Project> append(Response response) {
    Objects.requireNonNull(response, "response is null");
    return apply(p -> Project.builder().from(p).addResponse(response));
  }

  /** Appends someone joining. */
  public Validation<Seq<Problem>, Project> append(Participant joining) {
    Objects.requireNonNull(joining, "joining is null");
    return apply(p -> Project.builder().from(p).addParticipant(joining));
  }

  /** Appends a role someone takes on. */
  public Validation<Seq<Problem>, Project> append(Role role) {
    Objects.requireNonNull(role, "role is null");
    return apply(p -> Project.builder().from(p).addRole(role));
  }

  /** Closes the project on a day. */
  public Validation<Seq<Problem>, Project> close(LocalDate on) {
    Objects.requireNonNull(on, "on is null");
    return apply(p -> Project.builder().from(p).closed(on));
  }

  /**
   * Applies any change: the parts of the next project, given the one that stands. The parts are
   * validated rather than built, so a change that would break the project is refused with every
   * problem it would cause, and nothing changes.
   *
   * @param change the parts of the next project, given the current one (which it cannot change: it
   *     is immutable)
   * @return the project kept, or the problems that kept the change out
   */
  public synchronized Validation<Seq<Problem>, Project> apply(
      Function<Project, Project.Builder> change) {
    Objects.requireNonNull(change, "change is null");
    Validation<Seq<Problem>, Project> next = Project.validate(change.apply(project));
    next.forEach(this::keep);
    return next;
  }

  /** Starts again from another project (read again from a file, say); the next check is full. */
  public synchronized void replace(Project replacement) {
    keep(Objects.requireNonNull(replacement, "replacement is null"));
    kept.reset();
  }

  private void keepAppended(Project next) {
    // an appended contribution always changes the project: no need to compare the two
    checked.forEach(r -> previous = Option.some(r));
    project = next;
    checked = Option.none();
  }

  private void keep(Project next) {
    // The check before this change is what the next changes() compare with; a change that leaves
    // the project as it was leaves nothing to tell.
    checked.forEach(r -> previous = Option.some(r));
    if (!next.equals(project)) {
      project = next;
      checked = Option.none();
    }
  }

  /**
   * The report of the project as it stands, as {@code rulebook.check(project())} gives it, byte for
   * byte; checked again only when the project changed since the last check. The check is kept from
   * one to the next ({@link LiveCheck}): after contributions or decisions appended, the index of
   * the last check is {@linkplain ProjectIndex#extend extended} by them rather than built from the
   * whole project again, and only the rules that read a part that changed run again.
   */
  public synchronized Report check() {
    if (checked.isEmpty()) {
      checked = Option.some(kept.check(project.view()));
    }
    return checked.get();
  }

  /**
   * How the findings changed between the check before the last change and the project as it stands
   * (checked now if need be); everything found is new at the first check.
   */
  public synchronized FindingChanges changes() {
    Report now = check();
    return FindingChanges.between(
        previous.map(Report::findings).getOrElse(io.vavr.collection.List.empty()), now.findings());
  }

  @Override
  public synchronized String toString() {
    return "LiveProject{" + project.id() + ", " + rulebook + "}";
  }
}
