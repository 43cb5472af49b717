package org.coprod.examples.embedding;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.live.FindingChanges;
import org.coprod.rules.Finding;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.Voice;

/**
 * Tells a project's story as events arrive, the way a project tool of an NHS trust or a charity
 * would, over coprod-live's {@link org.coprod.live.LiveProject}: each event is applied to the
 * project as it stands (and refused, with its problems, if it would break it), the project is
 * checked again, and the findings that have just appeared, gone away or been acknowledged are told
 * apart by their {@linkplain Finding#fingerprint() fingerprint} ({@link FindingChanges}).
 *
 * <pre>{@code
 * LiveProject live = new LiveProject(opening, Rulebook.standard());
 * Step step = live.apply(ProjectEvent.on(day, "peer-1 joins",
 *     p -> Project.builder().from(p).addParticipant(peer1)));
 * }</pre>
 *
 * <p>Run {@link #main} to watch it keep {@link CrisisCafe}'s story. The class is not thread-safe:
 * give each project its own, or apply events from one thread; the projects and reports it hands out
 * are immutable and may be shared freely.
 */
public final class LiveProject {
  private final Rulebook rulebook;
  private final org.coprod.live.LiveProject live;

  /**
   * Starts keeping a project, checking it at once.
   *
   * @param opening the project as it was first recorded
   * @param rulebook the rules to check it with after every event
   */
  public LiveProject(Project opening, Rulebook rulebook) {
    this.rulebook = Objects.requireNonNull(rulebook, "rulebook is null");
    this.live = org.coprod.live.LiveProject.of(opening, rulebook);
    live.check();
  }

  /** The project as it stands after the last event it took. */
  public Project project() {
    return live.project();
  }

  /** The report of the last check, of the project as it stands. */
  public Report report() {
    return live.check();
  }

  /**
   * Applies an event. The parts it gives are validated rather than built, so an event that would
   * break the project is refused with every problem it would cause, and the project stays as it
   * was; otherwise the new project is checked (as of its last dated event, never the clock) and
   * kept.
   *
   * @param event what happened
   * @return the findings that changed, or the problems that kept the event out
   */
  public Step apply(ProjectEvent event) {
    Objects.requireNonNull(event, "event is null");
    Validation<Seq<Problem>, Project> next = live.apply(event.change());
    if (next.isInvalid()) {
      return new Step.Refused(event, next.getError());
    }
    return new Step.Accepted(event, live.changes());
  }

  /**
   * The findings of the opening check, as changes from nothing: everything found is new.
   *
   * @return the opening's findings, all of them as appeared
   */
  public FindingChanges opening() {
    return FindingChanges.between(List.empty(), live.check().findings());
  }

  /**
   * A step in plain words: the day and the event, then each new finding with its severity, rule,
   * fingerprint, message and the next step its kind suggests, each finding gone, each finding the
   * agreement now acknowledges; or, for a refused event, its problems.
   *
   * @param step a step this project took
   * @return the lines, each ended by a line separator
   */
  public String describe(Step step) {
    StringBuilder out = new StringBuilder();
    line(out, step.event().date() + "  " + step.event().what());
    if (step instanceof Step.Refused refused) {
      line(out, "      refused; the project stays as it was:");
      refused.problems().forEach(p -> line(out, "        " + p));
    } else if (step instanceof Step.Accepted accepted) {
      describe(accepted.changes(), out);
    }
    return out.toString();
  }

  /**
   * The opening in plain words: the day the project started, then its first findings.
   *
   * @return the lines, each ended by a line separator
   */
  public String describeOpening() {
    StringBuilder out = new StringBuilder();
    Project project = live.project();
    line(out, project.started() + "  the project '" + project.id() + "' is opened");
    describe(opening(), out);
    return out.toString();
  }

  private void describe(FindingChanges changes, StringBuilder out) {
    // Only what appeared, went or was acknowledged is told: new words or numbers are not news.
    if (changes.appeared().isEmpty()
        && changes.gone().isEmpty()
        && changes.acknowledged().isEmpty()) {
      line(out, "      no change in the findings");
    }
    for (Finding f : changes.appeared()) {
      line(out, "    + new " + f.severity() + " " + f.rule() + " [" + f.fingerprint() + "]");
      line(out, "      " + f.message());
      f.acknowledged()
          .forEach(reason -> line(out, "      acknowledged by the agreement: " + reason));
      nextStep(f).forEach(next -> line(out, "      next step: " + next));
    }
    for (Finding f : changes.gone()) {
      line(out, "    - gone " + f.severity() + " " + f.rule() + " [" + f.fingerprint() + "]");
      line(out, "      was: " + f.message());
    }
    for (Finding f : changes.acknowledged()) {
      line(
          out,
          "    = acknowledged " + f.severity() + " " + f.rule() + " [" + f.fingerprint() + "]");
      f.acknowledged().forEach(reason -> line(out, "      the agreement says: " + reason));
    }
  }

  /** What the group could do next, as the rule's metadata says for the finding's kind. */
  private Option<String> nextStep(Finding f) {
    return rulebook
        .rule(f.rule())
        .flatMap(r -> r.metadata().kind(f.kind()))
        // in words, the sides by their labels: the kind's own field holds the template
        .map(k -> k.nextStep(Voice.plain()));
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append(System.lineSeparator());
  }

  /**
   * Keeps {@link CrisisCafe}'s project through its story, printing each event and what it changed.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Keeps {@link CrisisCafe}'s project through its story with the standard rulebook, printing each
   * event and what it changed, then a line on where the project ended.
   *
   * @param out where to print
   * @return the project kept, as it stands after the last event
   */
  public static LiveProject run(PrintStream out) {
    LiveProject live = new LiveProject(CrisisCafe.opening(), Rulebook.standard());
    out.print(live.describeOpening());
    for (ProjectEvent event : CrisisCafe.events()) {
      out.print(live.describe(live.apply(event)));
    }
    Report last = live.report();
    out.println();
    out.println(
        "As of "
            + last.asOf()
            + ": "
            + last.findings().size()
            + " findings, "
            + last.unacknowledged().size()
            + " not acknowledged; assessed as "
            + last.ladder()
            + ".");
    return live;
  }
}
