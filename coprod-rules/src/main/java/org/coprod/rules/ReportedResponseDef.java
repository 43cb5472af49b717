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
}
