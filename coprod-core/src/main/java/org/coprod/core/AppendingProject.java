package org.coprod.core;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A valid project kept for appending contributions and decisions, each validated against what is
 * known of the project rather than by checking the whole project again: the ids it already uses,
 * its people by id, its outputs and its close. An appended contribution is refused with exactly the
 * problems, in the same words at the same paths, that {@link Project#validate(Project.Builder)}
 * gives for the project with it added; kept, it costs a lookup or two and one copy of the list of
 * contributions, not a validation of every part.
 *
 * <pre>{@code
 * AppendingProject ledger = AppendingProject.of(project);
 * Validation<Seq<Problem>, Project> kept = ledger.append(contribution);
 * Project now = ledger.project();   // with the contribution, if it was kept
 * }</pre>
 *
 * <p>A contribution that names a meeting (the meeting's register makes those) or whose id the
 * project already uses touches other parts of the project, so it is validated with the whole
 * project, as a file is; so is a decision whose id is taken, and anything other than a contribution
 * or a decision goes through {@link Project#validate(Project.Builder)}.
 *
 * <p>Not safe for use by several threads at once (an application shares it behind a lock, as {@code
 * LiveProject} does); the projects it hands out are immutable and may be shared freely.
 */
public final class AppendingProject {
  private Project project;
  // the project's contributions as a vector, which appends in effectively constant time where the
  // array a project is built with copies itself
  private Seq<Contribution> contributions;
  private final Map<ParticipantId, Participant> people;
  private final Set<OutputId> outputs = new HashSet<>();
  // every id the project uses, derived ones (a meeting's attendance, a story's name) included
  private final Set<String> taken = new HashSet<>();
  // the contributions recorded on their own, which come before those the meetings make
  private int recorded;

  private AppendingProject(Project project) {
    this.project = project;
    this.contributions = Vector.ofAll(project.contributions());
    this.people = Invariants.peopleOf(project);
    project.outputs().forEach(o -> outputs.add(o.id()));
    project.participants().forEach(p -> taken.add(p.id().value()));
    project.resources().forEach(r -> taken.add(r.id().value()));
    project.decisions().forEach(d -> taken.add(d.id().value()));
    project.outputs().forEach(o -> taken.add(o.id().value()));
    project.meetings().forEach(m -> taken.add(m.id().value()));
    project.impacts().forEach(x -> taken.add(x.id().value()));
    project.responses().forEach(r -> taken.add(r.id().value()));
    for (Contribution c : project.contributions()) {
      Option<ContributionId> id = c.subjectId();
      if (id.isDefined()) {
        taken.add(id.get().value());
      }
      if (!c.isFromMeeting()) {
        recorded++;
      }
    }
  }

  /**
   * Starts appending to a project: one pass over it, to learn its ids.
   *
   * @param project a valid project (every {@link Project} is one)
   */
  public static AppendingProject of(Project project) {
    return new AppendingProject(Objects.requireNonNull(project, "project is null"));
  }

  /** The project as it stands after the last contribution kept. */
  public Project project() {
    return project;
  }

  /**
   * Appends a contribution recorded on its own: after the others recorded on their own, before
   * those the meetings' registers make, where a project built with it would place it.
   *
   * @param contribution the contribution
   * @return the project with it, now the one that stands; or the problems that keep it out, the
   *     project left as it was
   */
  public Validation<Seq<Problem>, Project> append(Contribution contribution) {
    Objects.requireNonNull(contribution, "contribution is null");
    Option<ContributionId> id = contribution.subjectId();
    if (contribution.isFromMeeting() || id.exists(i -> taken.contains(i.value()))) {
      return whole(contribution);
    }
    Seq<Problem> problems =
        Invariants.problemsOfAppended(project, people, outputs, contribution, recorded);
    if (!problems.isEmpty()) {
      return Validation.invalid(problems);
    }
    Seq<Contribution> all = contributions;
    Seq<Contribution> next =
        recorded == all.size() ? all.append(contribution) : all.insert(recorded, contribution);
    Project appended;
    ProjectDef.VALIDATED.set(Boolean.TRUE);
    try {
      appended = project.withContributions(next);
    } finally {
      ProjectDef.VALIDATED.set(Boolean.FALSE);
    }
    appended.extendLookup(project, contribution);
    project = appended;
    contributions = next;
    id.forEach(i -> taken.add(i.value()));
    recorded++;
    return Validation.valid(appended);
  }

  /**
   * Appends a decision, after the others: validated against the people and the meetings of the
   * project, with the problems a whole validation gives.
   *
   * @param decision the decision
   * @return the project with it, now the one that stands; or the problems that keep it out, the
   *     project left as it was
   */
  public Validation<Seq<Problem>, Project> append(Decision decision) {
    Objects.requireNonNull(decision, "decision is null");
    if (taken.contains(decision.id().value())) {
      Validation<Seq<Problem>, Project> next =
          Project.validate(Project.builder().from(project).addDecision(decision));
      next.forEach(this::learn);
      return next;
    }
    Seq<Problem> problems =
        Invariants.problemsOfAppended(project, people, decision, project.decisions().size());
    if (!problems.isEmpty()) {
      return Validation.invalid(problems);
    }
    Project appended;
    ProjectDef.VALIDATED.set(Boolean.TRUE);
    try {
      appended = project.withDecisions(project.decisions().append(decision));
    } finally {
      ProjectDef.VALIDATED.set(Boolean.FALSE);
    }
    project = appended;
    taken.add(decision.id().value());
    return Validation.valid(appended);
  }

  /** Validates the project with the contribution as a whole, learning its ids again if kept. */
  private Validation<Seq<Problem>, Project> whole(Contribution contribution) {
    Validation<Seq<Problem>, Project> next =
        Project.validate(Project.builder().from(project).addContribution(contribution));
    next.forEach(this::learn);
    return next;
  }

  /** Learns a project validated whole. */
  private void learn(Project p) {
    AppendingProject again = new AppendingProject(p);
    project = p;
    contributions = again.contributions;
    taken.clear();
    taken.addAll(again.taken);
    recorded = again.recorded;
  }

  /** Counts only: a project holds personal data, which never goes into logs. */
  @Override
  public String toString() {
    return "AppendingProject{" + project + "}";
  }
}
