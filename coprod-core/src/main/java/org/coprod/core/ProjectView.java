package org.coprod.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A project as it stood at the end of a day (inclusive): what is dated on or before the day is
 * kept, what is later is dropped, dates that had not happened yet ({@code left}, {@code until},
 * {@code paidOn}, {@code reimbursed}, {@code feedback}, later consents, the end of a break still
 * going on) are cleared, breaks not yet begun are dropped, and the project is closed only if it
 * closed on or before the day. A contribution that names an output not yet made keeps its hours but
 * no output; people who had not yet joined are dropped from the references to them (deciders,
 * controllers, credits), and support meant only for such people is left out (an empty {@code
 * serves} would read as everyone). Meetings held after the day are dropped, and their attendance
 * with them; impacts, responses and check-in rounds dated later are dropped; the days people were
 * told of an impact, a story was withdrawn and a name was taken off an output are cleared or
 * dropped when they came later. An impact keeps only the sources, decision and output that stood by
 * the day. Terms that may lie ahead (a story consent's {@code until}, an output's {@code
 * inUseUntil}, a response's {@code reviewBy}) are kept as they are. Every rule runs on a view and
 * reads its date, never the clock.
 */
public final class ProjectView {
  private final Project project;
  private final LocalDate date;

  ProjectView(Project project, LocalDate date) {
    this.project = Objects.requireNonNull(project, "project is null");
    this.date = Objects.requireNonNull(date, "date is null");
  }

  /** The project as it stood on {@link #date()}: itself a valid project. */
  public Project project() {
    return project;
  }

  /** The day of the view. */
  public LocalDate date() {
    return date;
  }

  /** Whether the project had closed by the view's date: "at the close". */
  public boolean isClosed() {
    return project.isClosed();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProjectView v && v.date.equals(date) && v.project.equals(project);
  }

  @Override
  public int hashCode() {
    return project.hashCode() * 31 + date.hashCode();
  }

  /** The date and counts only: a project holds personal data. */
  @Override
  public String toString() {
    return "ProjectView{date=" + date + ", " + project + "}";
  }
}
