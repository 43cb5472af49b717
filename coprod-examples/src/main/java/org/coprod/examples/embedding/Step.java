package org.coprod.examples.embedding;

import io.vavr.collection.Seq;
import java.util.Objects;
import org.coprod.core.Problem;
import org.coprod.live.FindingChanges;

/** What became of one event: the project took it and its findings changed, or it was refused. */
public sealed interface Step {
  /** The event. */
  ProjectEvent event();

  /**
   * The event made a valid project, which is now the project kept.
   *
   * @param event the event
   * @param changes how the findings changed
   */
  record Accepted(ProjectEvent event, FindingChanges changes) implements Step {
    /** Checks that nothing is null. */
    public Accepted {
      Objects.requireNonNull(event, "event is null");
      Objects.requireNonNull(changes, "changes is null");
    }
  }

  /**
   * The event would have broken the project; the project kept is the one before it.
   *
   * @param event the event
   * @param problems every problem it would have caused, each with its path; never empty
   */
  record Refused(ProjectEvent event, Seq<Problem> problems) implements Step {
    /** Checks that nothing is null. */
    public Refused {
      Objects.requireNonNull(event, "event is null");
      Objects.requireNonNull(problems, "problems is null");
    }
  }
}
