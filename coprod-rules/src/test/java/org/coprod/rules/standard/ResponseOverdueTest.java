package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.core.Response;
import org.coprod.core.ResponseId;
import org.coprod.core.ResponseStatus;
import org.coprod.rules.Finding;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class ResponseOverdueTest {
  private final ResponseOverdue rule = new ResponseOverdue();

  /** A response on day 10, to be looked at again by day 40. */
  private static Response.Builder response() {
    return Response.builder()
        .id(ResponseId.of("money-talk"))
        .finding("5d2c7e91a04b38f6")
        .date(day(10))
        .action("Show the budget at every meeting")
        .owner(ParticipantId.of("dana"))
        .reviewBy(day(40));
  }

  private static Project with(Response.Builder r) {
    return project()
        .addParticipant(le("ana").build(), pro("dana").build())
        .addResponse(r.build())
        .closed(day(100))
        .build();
  }

  @Test
  void flagsAnOpenResponsePastItsReviewDay() {
    Finding f = check(rule, with(response())).findings().single();
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subjects()).containsExactly(ResponseId.of("money-talk"));
    assertThat(f.evidence("daysOverdue").get()).isEqualTo(60L);
    assertThat(f.evidence("finding").get()).isEqualTo("5d2c7e91a04b38f6");
    assertThat(f.message()).contains("'money-talk'").contains("still open 60 days later");
  }

  @Test
  void isNotOverdueOnTheReviewDayItselfButIsTheDayAfter() {
    Project p = with(response());
    assertThat(check(rule, p, day(40)).status()).isEqualTo(OutcomeStatus.PASSED);
    assertThat(check(rule, p, day(41)).findings().single().evidence("daysOverdue").get())
        .isEqualTo(1L);
  }

  @Test
  void passesWhenDoneOrDeclined() {
    assertThat(check(rule, with(response().status(ResponseStatus.DONE))).status())
        .isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    assertThat(
            check(rule, with(response().status(ResponseStatus.DECLINED).reason("Not ours to do")))
                .status())
        .isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void doesNotApplyWithoutAnOpenResponseWithAReviewDay() {
    Project none = project().addParticipant(le("ana").build()).build();
    assertThat(check(rule, none).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    Project noDay = with(Response.builder().id(ResponseId.of("r")).finding("abc").date(day(10)));
    assertThat(check(rule, noDay).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }
}
