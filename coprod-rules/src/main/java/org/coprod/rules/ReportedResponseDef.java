package org.coprod.rules;

import io.vavr.control.Option;
import java.time.LocalDate;
import org.coprod.core.CoprodStyle;
import org.coprod.core.ParticipantId;
import org.coprod.core.Response;
import org.coprod.core.ResponseStatus;
import org.immutables.value.Value;

/**
 * The group's response to a finding, as a report shows it beside the finding: what the group will
 * do, who carries it, when it looks again, and where it stands. Files write who carries it by id
 * ({@code anonymous-N} for someone who asked not to be named), as they write a finding's subjects.
 */
@Value.Immutable
@CoprodStyle
abstract class ReportedResponseDef {
  /** The response's id. */
  public abstract String id();

  /** The fingerprint of the finding it answers. */
  public abstract String finding();

  /** The day the group responded. */
  public abstract LocalDate date();

  /** What the group will do, or did, if it says. */
  public abstract Option<String> action();

  /** Who carries it, if the record says. */
  public abstract Option<ParticipantId> owner();

  /** The day the group looks at it again, if it set one. */
  public abstract Option<LocalDate> reviewBy();

  /** Where it stands. */
  public abstract ResponseStatus status();

  /** Why, where it says. */
  public abstract Option<String> reason();

  /** The response as a report shows it. */
  public static ReportedResponse of(Response response) {
    return ReportedResponse.builder()
        .id(response.id().value())
        .finding(response.finding())
        .date(response.date())
        .action(response.action())
        .owner(response.owner())
        .reviewBy(response.reviewBy())
        .status(response.status())
        .reason(response.reason())
        .build();
  }

  /**
   * This response with the ids of people who asked not to be named put as {@code replace} says in
   * its free text (what the group will do, why) and in the fingerprint as typed: text typed by the
   * group can hold such an id, and a report shows nobody who asked not to be named. Who carries it
   * is left as it is: each format writes that id its own way.
   *
   * @param report the report whose people asked not to be named
   * @param replace how an id is written instead
   * @return the response, the same where it names nobody such
   */
  public ReportedResponse withoutAnonymous(
      Report report, java.util.function.Function<ParticipantId, String> replace) {
    return ReportedResponse.builder()
        .from(this)
        .finding(report.withoutAnonymous(finding(), replace))
        .action(action().map(a -> report.withoutAnonymous(a, replace)))
        .reason(reason().map(r -> report.withoutAnonymous(r, replace)))
        .build();
  }
}
