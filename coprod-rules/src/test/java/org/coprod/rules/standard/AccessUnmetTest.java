package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import java.math.BigDecimal;
import org.coprod.core.Meeting;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.core.Resource;
import org.coprod.core.ResourceId;
import org.coprod.core.ResourceKind;
import org.coprod.rules.Finding;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class AccessUnmetTest {
  private final AccessUnmet rule = new AccessUnmet();

  private static Resource.Builder support(String id, String amount, String... meets) {
    return Resource.builder()
        .id(ResourceId.of(id))
        .kind(ResourceKind.SUPPORT)
        .amount(new BigDecimal(amount))
        .unit("GBP")
        .addControlledBy(ParticipantId.of("dana"))
        .addMeet(meets);
  }

  private static Project.Builder group() {
    return project()
        .addParticipant(
            le("ana").addAccessNeed("travel", "quiet room").build(), pro("dana").build());
  }

  @Test
  void flagsAPersonWithANeedThatNoSupportMeets() {
    Project p = group().addResource(support("fund", "500", "travel").build()).build();
    Outcome o = check(rule, p);
    assertThat(o.status()).isEqualTo(OutcomeStatus.FINDINGS);
    Finding f = o.findings().single();
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subjects().map(s -> s.value())).containsExactly("ana");
    assertThat(f.evidence("unmetNeeds").get()).isEqualTo(1);
    assertThat(f.evidence("statedNeeds").get()).isEqualTo(2);
  }

  @Test
  void neverPutsTheNeedItselfInTheFinding() {
    Finding f = check(rule, group().build()).findings().single();
    assertThat(f.message()).doesNotContain("travel").doesNotContain("quiet");
    assertThat(f.evidence().map(e -> String.valueOf(e.value())))
        .noneMatch(v -> v.contains("travel") || v.contains("quiet"));
  }

  @Test
  void passesWhenSupportForEveryoneMeetsEveryNeed() {
    Project p =
        group()
            .addResource(
                support("fund", "500", "travel").build(),
                support("room", "1", "quiet room").build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void flagsSupportThatServesOnlyOtherPeople() {
    Project p =
        project()
            .addParticipant(
                le("ana").addAccessNeed("travel").build(),
                le("ben").addAccessNeed("travel").build(),
                pro("dana").build())
            .addResource(support("fund", "500", "travel").addServe(ParticipantId.of("ben")).build())
            .build();
    Outcome o = check(rule, p);
    assertThat(o.findings().flatMap(Finding::subjects).map(s -> s.value())).containsExactly("ana");
  }

  @Test
  void matchesNeedsWithoutRegardToCaseOrSurroundingSpaces() {
    Project p =
        group().addResource(support("fund", "500", "Travel ", " QUIET ROOM").build()).build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void aSupportFundWithNothingInItMeetsNothingButTheSmallestAmountDoes() {
    Project empty =
        group().addResource(support("fund", "0", "travel", "quiet room").build()).build();
    assertThat(check(rule, empty).findings().single().evidence("unmetNeeds").get()).isEqualTo(2);
    Project some =
        group().addResource(support("fund", "0.01", "travel", "quiet room").build()).build();
    assertThat(check(rule, some).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void otherKindsOfResourceMeetNoNeed() {
    Project p =
        group()
            .addResource(
                support("venue", "1", "travel", "quiet room").kind(ResourceKind.VENUE).build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.FINDINGS);
  }

  @Test
  void countsProfessionalsNeedsAlike() {
    Project p = project().addParticipant(pro("dana").addAccessNeed("signing").build()).build();
    assertThat(check(rule, p).findings().flatMap(Finding::subjects).map(s -> s.value()))
        .containsExactly("dana");
  }

  @Test
  void raisesOneFindingPerPersonWhateverTheirNumberOfNeeds() {
    Project p =
        project()
            .addParticipant(
                le("ana").addAccessNeed("a", "b", "c").build(),
                le("ben").addAccessNeed("d").build())
            .build();
    Outcome o = check(rule, p);
    assertThat(o.findings()).hasSize(2);
    assertThat(o.findings().map(f -> f.evidence("unmetNeeds").get()))
        .containsExactlyInAnyOrder(3, 1);
  }

  @Test
  void doesNotApplyWhenNobodyStatesAnAccessNeed() {
    Project p = project().addParticipant(le("ana").build(), pro("dana").build()).build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  /** A meeting on day n, attended by Ana (who needs travel and a quiet room) and Dana. */
  private static Meeting meeting(int n, String... provides) {
    return ChairOneSidedTest.meeting(n).withProvides(io.vavr.collection.List.of(provides));
  }

  @Test
  void whereMeetingsAreRecordedAMeetingThatProvidesTheNeedMeetsIt() {
    Project p =
        group()
            .addResource(support("fund", "500", "travel").build())
            .addMeeting(meeting(1, "Quiet room"), meeting(2, "quiet room", "step-free"))
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void raisesOncePerPersonWithTheWorstMeetingInTheEvidence() {
    Project p =
        group()
            .addMeeting(meeting(1, "quiet room"), meeting(2), meeting(3, "travel"), meeting(4))
            .build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.kind()).isEqualTo("unmet-at-meeting");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subjects().map(s -> s.value())).containsExactly("ana");
    // Meetings 2 and 4 met neither need; the earlier is the worst.
    assertThat(f.evidence("worstMeeting")).contains("m2");
    assertThat(f.evidence("unmetNeeds")).contains(2);
    assertThat(f.evidence("meetingsWithUnmetNeeds")).contains(4);
    assertThat(f.evidence("meetingsAttended")).contains(4);
    assertThat(f.message()).doesNotContain("travel").doesNotContain("quiet");
  }

  @Test
  void supportThatMeetsTheNeedCoversEveryMeeting() {
    Project p =
        group()
            .addResource(support("fund", "500", "travel", "quiet room").build())
            .addMeeting(meeting(1), meeting(2))
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void someoneWhoAttendedNoMeetingIsJudgedOnSupportAlone() {
    Project p =
        project()
            .addParticipant(
                le("ana").build(), le("ben").addAccessNeed("travel").build(), pro("dana").build())
            .addMeeting(meeting(1, "travel"))
            .build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.kind()).isEqualTo("unmet");
    assertThat(f.subjects().map(s -> s.value())).containsExactly("ben");
  }

  @Test
  void needsLeftBlankAreNoNeeds() {
    Project p =
        project().addParticipant(le("ana").addAccessNeed(" ").build(), pro("dana").build()).build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void countsTheUnmetNeedsInItsWords() {
    assertThat(check(rule, group().build()).findings().single().message())
        .isEqualTo(
            "'ana' needs support that is not there yet. They have 2 access needs that no"
                + " support resource meets for them.");
    assertThat(
            check(rule, group().addResource(support("fund", "100", "travel").build()).build())
                .findings()
                .single()
                .message())
        .isEqualTo(
            "'ana' needs support that is not there yet. They have an access need that no support"
                + " resource meets for them.");
  }
}
