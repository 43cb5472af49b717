package org.coprod.rules;

import io.vavr.control.Option;
import java.time.LocalDate;
import org.coprod.core.CoprodStyle;
import org.coprod.core.Impact;
import org.coprod.core.ImpactOutcome;
import org.coprod.core.ParticipantId;
import org.immutables.value.Value;

/**
 * One line of a report's impacts table: what changed because of what people said, or was not taken
 * up and why. It leaves out whom the impact came from, so a report never names a person through it.
 */
@Value.Immutable
@CoprodStyle
abstract class ReportedImpactDef {
  /** The impact's id. */
  public abstract String id();

  /** The day the outcome was known. */
  public abstract LocalDate date();

  /** What changed, or was asked to change. */
  public abstract String change();

  /** What became of it. */
  public abstract ImpactOutcome outcome();

  /** Why, where the record says. */
  public abstract Option<String> reason();

  /** The id of the decision that made the change, if one did. */
  public abstract Option<String> decision();

  /** The id of the output it changed, if any. */
  public abstract Option<String> output();

  /** The day the people it came from were told, if they were by the report's date. */
  public abstract Option<LocalDate> toldOn();

  /** The line of an impact. */
  public static ReportedImpact of(Impact impact) {
    return ReportedImpact.builder()
        .id(impact.id().value())
        .date(impact.date())
        .change(impact.change())
        .outcome(impact.outcome())
        .reason(impact.reason())
        .decision(impact.decision().map(d -> d.value()))
        .output(impact.output().map(o -> o.value()))
        .toldOn(impact.toldOn())
        .build();
  }

  /**
   * This line with the ids of people who asked not to be named put as {@code replace} says in its
   * free text (what changed, why) and in the ids it gives: text typed by the group can hold such an
   * id, and a report shows nobody who asked not to be named.
   *
   * @param report the report whose people asked not to be named
   * @param replace how an id is written instead
   * @return the line, the same where it names nobody such
   */
  public ReportedImpact withoutAnonymous(
      Report report, java.util.function.Function<ParticipantId, String> replace) {
    return ReportedImpact.builder()
        .from(this)
        .change(report.withoutAnonymous(change(), replace))
        .reason(reason().map(r -> report.withoutAnonymous(r, replace)))
        .decision(decision().map(d -> report.withoutAnonymous(d, replace)))
        .output(output().map(o -> report.withoutAnonymous(o, replace)))
        .build();
  }
}
