package org.coprod.core.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import java.util.function.UnaryOperator;
import org.coprod.core.CheckIn;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionKind;
import org.coprod.core.Decision;
import org.coprod.core.Impact;
import org.coprod.core.ImpactOutcome;
import org.coprod.core.Meeting;
import org.coprod.core.MeetingFormat;
import org.coprod.core.Participant;
import org.coprod.core.Phase;
import org.coprod.core.Project;
import org.coprod.core.Response;
import org.coprod.core.ResponseStatus;
import org.coprod.core.Side;
import org.junit.jupiter.api.Test;

/**
 * The generator's record of a group (meetings, impacts, check-ins, responses, story consent) and
 * the knobs that vary say, stepping back and the population of projects.
 */
class GeneratedRecordTest {
  private static final ProjectSpec BASE =
      ProjectSpec.builder().seed(42).livedExperience(8).professional(8).contributions(400).build();

  private static Project generate(UnaryOperator<ProjectSpec.Builder> change) {
    return ProjectGenerator.generate(change.apply(ProjectSpec.builder().from(BASE)).build());
  }

  @Test
  void withoutBeingAskedTheGeneratorMakesNoRecordAndTheSameProjectAsBefore() {
    Project p = ProjectGenerator.generate(BASE);
    assertThat(p.meetings()).isEmpty();
    assertThat(p.impacts()).isEmpty();
    assertThat(p.checkIns()).isEmpty();
    assertThat(p.responses()).isEmpty();
    assertThat(p.fingerprintKey()).isEmpty();
    // every knob off leaves every other part as it was
    Project asked = generate(s -> s.meetings(0).impacts(0).livedExperienceSay(1).dropOff(false));
    assertThat(asked).isEqualTo(p);
  }

  @Test
  void theRecordLeavesTheRestOfTheProjectAsItWas() {
    Project p = ProjectGenerator.generate(BASE);
    Project kept =
        generate(s -> s.meetings(10).impacts(6).checkInRounds(3).responses(4).fingerprintKey(true));
    assertThat(kept.participants()).isEqualTo(p.participants());
    assertThat(kept.recordedContributions()).isEqualTo(p.contributions());
    assertThat(kept.outputs()).isEqualTo(p.outputs());
    assertThat(kept.decisions().map(d -> d.withMeeting(io.vavr.control.Option.none())))
        .isEqualTo(p.decisions());
  }

  @Test
  void meetingsAreARegisterWhoseKeyDecisionsTheirDecidersAttended() {
    Project p = generate(s -> s.meetings(12));
    assertThat(p.meetings()).hasSize(12);
    assertThat(p.meetings().map(m -> m.id().value()).head()).isEqualTo("meeting-1");
    Seq<Decision> atMeetings = p.decisions().filter(d -> d.meeting().isDefined());
    assertThat(atMeetings).isNotEmpty().allMatch(Decision::key);
    for (Decision d : atMeetings) {
      Meeting m = p.meeting(d.meeting().get()).get();
      assertThat(d.decidedBy()).allMatch(m::wasAttendedBy);
    }
    assertThat(p.contributions().count(Contribution::isFromMeeting))
        .isEqualTo(p.meetings().map(m -> m.attendees().size()).sum().intValue());
    assertThat(p.meetings().map(Meeting::format)).contains(MeetingFormat.WORKING);
    assertThat(p.meetings().flatMap(Meeting::chairedBy)).isNotEmpty();
    assertThat(p.meetings().flatMap(Meeting::provides)).isNotEmpty();
    assertThat(p.meetings().flatMap(Meeting::attended).exists(a -> a.paid().signum() > 0)).isTrue();
  }

  @Test
  void impactsComeFromLivedExperienceWithReasonsWhereNotAdopted() {
    Project p = generate(s -> s.meetings(8).impacts(20));
    assertThat(p.impacts()).hasSize(20);
    assertThat(p.impacts().map(Impact::outcome))
        .contains(ImpactOutcome.ADOPTED, ImpactOutcome.NOT_ADOPTED);
    for (Impact x : p.impacts()) {
      assertThat(x.from()).isNotEmpty();
      if (x.outcome() == ImpactOutcome.NOT_ADOPTED) {
        assertThat(x.reason()).isNotEmpty();
      }
    }
  }

  @Test
  void checkInsHaveAnEntryPerRoundAndSideAndLessSayMeansLessHeard() {
    Project fair = generate(s -> s.checkInRounds(6));
    assertThat(fair.checkIns().map(CheckIn::round).distinct()).hasSize(6);
    assertThat(fair.checkIns().map(CheckIn::side).distinct())
        .containsExactlyInAnyOrder(Side.LIVED_EXPERIENCE, Side.PROFESSIONAL);
    Project unheard = generate(s -> s.checkInRounds(6).livedExperienceSay(0));
    assertThat(heard(unheard, Side.LIVED_EXPERIENCE))
        .isLessThan(heard(fair, Side.LIVED_EXPERIENCE));
  }

  private static double heard(Project p, Side side) {
    return p.checkIns()
        .filter(c -> c.side() == side)
        .map(c -> c.heard().get())
        .reduce((a, b) -> a.plus(b))
        .median()
        .get();
  }

  @Test
  void responsesHaveReviewDatesAndReasonsWhereDeclined() {
    Project p = generate(s -> s.responses(12));
    assertThat(p.responses()).hasSize(12);
    for (Response r : p.responses()) {
      assertThat(r.reviewBy()).isNotEmpty();
      assertThat(r.finding()).hasSize(16);
      if (r.status() == ResponseStatus.DECLINED) {
        assertThat(r.reason()).isNotEmpty();
      } else {
        assertThat(r.action()).isNotEmpty();
      }
    }
  }

  @Test
  void storiesCarryConsentAndOutputsSayTheirUse() {
    Project p = generate(s -> s.storyConsent(true).outputs(6));
    Seq<Contribution> stories = p.contributions().filter(c -> c.kind() == ContributionKind.STORY);
    assertThat(stories).isNotEmpty().allMatch(c -> c.consent().isDefined());
    assertThat(p.outputs().exists(o -> !o.use().isEmpty())).isTrue();
  }

  @Test
  void theFingerprintKeyComesFromTheSeed() {
    Project one = generate(s -> s.fingerprintKey(true));
    assertThat(one.fingerprintKey().get()).hasSize(64).matches("[0-9a-f]{64}");
    assertThat(generate(s -> s.fingerprintKey(true)).fingerprintKey())
        .isEqualTo(one.fingerprintKey());
    assertThat(generate(s -> s.fingerprintKey(true).seed(43)).fingerprintKey())
        .isNotEqualTo(one.fingerprintKey());
  }

  @Test
  void whenPeopleStepBackFewLivedExperienceMembersAreLeftInTheLastPhase() {
    long before = livedInLastPhase(ProjectGenerator.generate(BASE));
    long after = livedInLastPhase(generate(s -> s.dropOff(true)));
    assertThat(after).isLessThan(before).isLessThanOrEqualTo(1);
  }

  private static long livedInLastPhase(Project p) {
    return p.contributions()
        .filter(c -> c.phase() == Phase.DISSEMINATION)
        .map(Contribution::participant)
        .distinct()
        .count(id -> p.participant(id).exists(x -> x.isLivedExperience() && x.isCore()));
  }

  @Test
  void withLessSayLivedExperienceIsLeftOutOfKeyDecisions() {
    assertThat(keyWithLived(ProjectGenerator.generate(BASE))).isEqualTo(1.0);
    double half = keyWithLived(generate(s -> s.livedExperienceSay(0.5).decisions(200)));
    assertThat(half).isBetween(0.3, 0.7);
    assertThat(keyWithLived(generate(s -> s.livedExperienceSay(0)))).isZero();
  }

  private static double keyWithLived(Project p) {
    Participant first = p.participantsOn(Side.LIVED_EXPERIENCE).minBy(Participant::joined).get();
    Seq<Decision> key = p.decisions().filter(d -> d.key() && !d.date().isBefore(first.joined()));
    return (double)
            key.count(d -> d.decidedBy().exists(id -> p.sideOf(id).contains(Side.LIVED_EXPERIENCE)))
        / key.size();
  }

  @Test
  void variedSpecsMakeVariedValidProjects() {
    java.util.Set<Boolean> closed = new java.util.HashSet<>();
    java.util.Set<Double> paid = new java.util.HashSet<>();
    java.util.Set<Double> say = new java.util.HashSet<>();
    java.util.Set<String> credit = new java.util.HashSet<>();
    for (long seed = 0; seed < 60; seed++) {
      ProjectSpec spec = ProjectSpec.varied(seed);
      assertThat(ProjectSpec.varied(seed)).isEqualTo(spec);
      assertThat(spec.seed()).isEqualTo(seed);
      Project p = ProjectGenerator.generate(spec);
      assertThat(Project.validate(Project.builder().from(p)).isValid()).isTrue();
      closed.add(p.isClosed());
      paid.add(spec.paidShare());
      say.add(spec.livedExperienceSay());
      credit.add(spec.creditOnlyTo().map(Side::name).getOrElse("both"));
    }
    assertThat(closed).containsExactlyInAnyOrder(true, false);
    assertThat(paid.size()).isGreaterThan(10);
    assertThat(say.size()).isGreaterThan(10);
    assertThat(credit).contains("both", "PROFESSIONAL");
  }
}
