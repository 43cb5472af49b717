package org.coprod.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionKind;
import org.coprod.core.Decision;
import org.coprod.core.DecisionId;
import org.coprod.core.DecisionType;
import org.coprod.core.Output;
import org.coprod.core.OutputId;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.Phase;
import org.coprod.core.Project;
import org.coprod.core.Side;
import org.coprod.core.synthetic.ProjectGenerator;
import org.coprod.core.synthetic.ProjectSpec;
import org.coprod.io.report.InputDigest;
import org.coprod.io.report.JsonReport;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;

class LiveProjectProperties {
  private static final Rulebook RULES = Rulebook.standard();

  private static String json(Report report, Project project) {
    return JsonReport.toText(JsonReport.Entry.of(report, InputDigest.ofProject(project)));
  }

  /**
   * Each step appends a contribution by the participant it picks, on the day it picks from the
   * project's window (some fall outside the participant's time and are refused), of the hours it
   * picks, checking or not after it.
   */
  @Property(tries = 40)
  void afterAnySequenceOfAppendedEventsTheLiveCheckEqualsAFullCheckByteForByte(
      @ForAll @IntRange(min = 1, max = 500) int seed,
      @ForAll @Size(max = 12) java.util.List<@IntRange(min = 0, max = 100_000) Integer> steps) {
    Project opening = ProjectGenerator.generate(ProjectSpec.varied(seed).withClosed(false));
    LiveProject live = LiveProject.of(opening, RULES);
    List<Participant> people = List.ofAll(opening.participants());
    LocalDate start = opening.started();
    long days = java.time.temporal.ChronoUnit.DAYS.between(start, opening.lastDatedEvent()) + 10;
    for (int step : steps) {
      Participant who = people.get(step % people.size());
      Contribution c =
          Contribution.builder()
              .participant(who.id())
              .date(start.plusDays(step % days))
              .phase(Phase.values()[step % Phase.values().length])
              .kind(ContributionKind.values()[step % ContributionKind.values().length])
              .hours(step % 13 + 0.25)
              .build();
      Project before = live.project();
      boolean kept = live.append(c).isValid();
      if (!kept) {
        assertThat(live.project()).isSameAs(before);
      }
      if (step % 3 == 0) {
        assertThat(json(live.check(), live.project()))
            .isEqualTo(json(RULES.check(live.project()), live.project()));
      }
    }
    assertThat(json(live.check(), live.project()))
        .isEqualTo(json(RULES.check(live.project()), live.project()));
  }

  /**
   * Each step is an event of some kind, picked by the step: a contribution naming an output or not,
   * with hours in tenths (whose sums in a double depend on their order); a key decision or not, by
   * a few people; a participant joining; an output added; the project's purpose changed. Some are
   * refused (a day outside someone's time, say); the live check after any of them, or after a run
   * of them, is the full check of the project as it stands.
   */
  @Property(tries = 40)
  void afterAnySequenceOfEventsOfEveryKindTheLiveCheckEqualsAFullCheckByteForByte(
      @ForAll @IntRange(min = 1, max = 500) int seed,
      @ForAll @Size(max = 14) java.util.List<@IntRange(min = 0, max = 1_000_000) Integer> steps) {
    Project opening = ProjectGenerator.generate(ProjectSpec.varied(seed).withClosed(false));
    LiveProject live = LiveProject.of(opening, RULES);
    live.check();
    LocalDate start = opening.started();
    long days = java.time.temporal.ChronoUnit.DAYS.between(start, opening.lastDatedEvent()) + 10;
    int n = 0;
    for (int step : steps) {
      n++;
      Project now = live.project();
      List<Participant> people = List.ofAll(now.participants());
      Participant who = people.get(step % people.size());
      LocalDate day = start.plusDays(step % days);
      switch (step % 7) {
        case 0, 1, 2 -> {
          Contribution.Builder c =
              Contribution.builder()
                  .participant(who.id())
                  .date(day)
                  .phase(Phase.values()[step % Phase.values().length])
                  .kind(ContributionKind.values()[step % ContributionKind.values().length])
                  .hours((step % 97) / 10.0 + 0.1);
          if (!now.outputs().isEmpty() && step % 3 != 0) {
            c.output(now.outputs().get(step % now.outputs().size()).id());
          }
          live.append(c.build());
        }
        case 3 ->
            live.append(
                Decision.builder()
                    .id(DecisionId.of("live-decision-" + n))
                    .date(day)
                    .phase(Phase.values()[step % Phase.values().length])
                    .topic("A question the group decided")
                    .type(DecisionType.values()[step % DecisionType.values().length])
                    .key(step % 2 == 0)
                    .decidedBy(
                        people
                            .rotateLeft(step % people.size())
                            .take(1 + step % 4)
                            .map(Participant::id))
                    .build());
        case 4 ->
            live.append(
                Participant.builder()
                    .id(ParticipantId.of("live-person-" + n))
                    .side(Side.values()[step % Side.values().length])
                    .joined(day)
                    .build());
        case 5 ->
            live.append(
                Output.builder()
                    .id(OutputId.of("live-output-" + n))
                    .title("Something the group made")
                    .date(day)
                    .owners(List.of(who.id()))
                    .build());
        default -> live.apply(p -> Project.builder().from(p).purpose("A purpose, step " + step));
      }
      if (step % 2 == 0) {
        assertThat(json(live.check(), live.project()))
            .isEqualTo(json(RULES.check(live.project()), live.project()));
      }
    }
    assertThat(json(live.check(), live.project()))
        .isEqualTo(json(RULES.check(live.project()), live.project()));
  }

  /** The money rules that check again from sums kept by person. */
  private static final java.util.List<String> MONEY_RULES =
      java.util.List.of(
          "rate-below-floor", "availability-exceeded", "payment-late", "expenses-late");

  /** Each money rule's outcome in a report, as JSON: status, reason and findings. */
  private static String moneyOutcomes(Report report, Project project) {
    Report only =
        report
            .withOutcomes(report.outcomes().filter(o -> MONEY_RULES.contains(o.rule())))
            .withFindings(report.findings().filter(f -> MONEY_RULES.contains(f.rule())));
    return json(only, project);
  }

  /**
   * Each step appends a contribution that the money rules read, picked by the step: paid well under
   * or well over any agreed rate, or not at all; paid within days, months later, or with no date;
   * expenses repaid within days, months later, or still waiting; hours within or far over a week's
   * stated availability; dated inside the project's window or after its last dated event, so the
   * view's day moves on and claims still waiting grow late. With no meetings, every kept
   * contribution is appended at the end, so the four rules are rechecked from their kept sums; each
   * is compared on its own, then the whole report.
   */
  @Property(tries = 60)
  void afterAppendedPaymentsExpensesAndHoursEachMoneyRuleRecheckedEqualsAFullCheck(
      @ForAll @IntRange(min = 1, max = 500) int seed,
      @ForAll @Size(min = 1, max = 16)
          java.util.List<@IntRange(min = 0, max = 1_000_000) Integer> steps) {
    Project opening =
        ProjectGenerator.generate(ProjectSpec.varied(seed).withClosed(false).withMeetings(0));
    LiveProject live = LiveProject.of(opening, RULES);
    live.check();
    LocalDate start = opening.started();
    LocalDate last = opening.lastDatedEvent();
    long days = java.time.temporal.ChronoUnit.DAYS.between(start, last) + 1;
    for (int step : steps) {
      List<Participant> people = List.ofAll(live.project().participants());
      Participant who = people.get(step % people.size());
      LocalDate day = step % 5 == 0 ? last.plusDays(1 + step % 40) : start.plusDays(step % days);
      double hours = step % 4 == 0 ? 30 + step % 10 : 0.5 + step % 3;
      Contribution.Builder c =
          Contribution.builder()
              .participant(who.id())
              .date(day)
              .phase(Phase.values()[step % Phase.values().length])
              .kind(ContributionKind.values()[step % ContributionKind.values().length])
              .hours(hours);
      switch ((step / 7) % 3) {
        case 0 -> {}
        case 1 -> c.paid(java.math.BigDecimal.valueOf(hours).multiply(java.math.BigDecimal.ONE));
        default -> c.paid(java.math.BigDecimal.valueOf(hours * 200));
      }
      if ((step / 7) % 3 != 0) {
        switch ((step / 3) % 3) {
          case 0 -> {}
          case 1 -> c.paidOn(day.plusDays(2));
          default -> c.paidOn(day.plusDays(90));
        }
      }
      switch ((step / 11) % 4) {
        case 0 -> {}
        case 1 ->
            c.expenses(
                org.coprod.core.Expenses.builder()
                    .claimed(java.math.BigDecimal.valueOf(12.5))
                    .reimbursed(day.plusDays(3))
                    .build());
        case 2 ->
            c.expenses(
                org.coprod.core.Expenses.builder()
                    .claimed(java.math.BigDecimal.valueOf(40))
                    .reimbursed(day.plusDays(90))
                    .build());
        default -> c.expenses(org.coprod.core.Expenses.of(java.math.BigDecimal.valueOf(8)));
      }
      live.append(c.build());
      if (step % 2 == 0) {
        Report full = RULES.check(live.project());
        assertThat(moneyOutcomes(live.check(), live.project()))
            .isEqualTo(moneyOutcomes(full, live.project()));
      }
    }
    assertThat(json(live.check(), live.project()))
        .isEqualTo(json(RULES.check(live.project()), live.project()));
  }

  private static final java.util.List<String> EVENT_RULES =
      java.util.List.of(
          "story-burden", "agreement-unkept", "impact-unrecorded", "payment-owed", "story-consent");

  private static String eventOutcomes(Report report, Project project) {
    Report only =
        report
            .withOutcomes(report.outcomes().filter(o -> EVENT_RULES.contains(o.rule())))
            .withFindings(report.findings().filter(f -> EVENT_RULES.contains(f.rule())));
    return json(only, project);
  }

  /**
   * Each step appends a contribution picked by the step: a story (with an id of its own or not,
   * with a consent offering a debrief, one without, or none; paid or not; naming an output or not)
   * or another kind of contribution (paid hours or not, naming an output or not), by a person the
   * step picks, on a day within the project's window or after it. The rules that pass over every
   * story or contribution, rechecked on what was appended, give what a full check gives.
   */
  @Property(tries = 40)
  void afterAppendedStoriesAndContributionsEachEventRuleRecheckedEqualsAFullCheck(
      @ForAll @IntRange(min = 1, max = 500) int seed,
      @ForAll @Size(min = 1, max = 16)
          java.util.List<@IntRange(min = 0, max = 1_000_000) Integer> steps) {
    Project opening =
        ProjectGenerator.generate(ProjectSpec.varied(seed).withClosed(false).withMeetings(0));
    LiveProject live = LiveProject.of(opening, RULES);
    live.check();
    LocalDate start = opening.started();
    LocalDate last = opening.lastDatedEvent();
    long days = java.time.temporal.ChronoUnit.DAYS.between(start, last) + 1;
    int n = 0;
    for (int step : steps) {
      n++;
      Project now = live.project();
      List<Participant> people = List.ofAll(now.participants());
      Participant who = people.get(step % people.size());
      LocalDate day = step % 5 == 0 ? last.plusDays(1 + step % 40) : start.plusDays(step % days);
      boolean story = step % 3 != 0;
      Contribution.Builder c =
          Contribution.builder()
              .participant(who.id())
              .date(day)
              .phase(Phase.values()[step % Phase.values().length])
              .kind(
                  story
                      ? ContributionKind.STORY
                      : ContributionKind.values()[step % ContributionKind.values().length])
              .hours(step % 4 == 0 ? 0 : 0.5 + step % 3);
      if (step % 7 < 3) {
        c.paid(java.math.BigDecimal.valueOf(20 + step % 30));
      }
      if (!now.outputs().isEmpty() && (step / 3) % 3 != 0) {
        c.output(now.outputs().get(step % now.outputs().size()).id());
      }
      if (story) {
        if ((step / 5) % 2 == 0) {
          c.id(org.coprod.core.ContributionId.of("live-story-" + n));
        }
        switch ((step / 11) % 3) {
          case 0 -> {}
          case 1 ->
              c.consent(
                  org.coprod.core.StoryConsent.builder()
                      .addUse(org.coprod.core.StoryUse.TRAINING)
                      .debriefOffered(true)
                      .build());
          default ->
              c.consent(
                  org.coprod.core.StoryConsent.builder()
                      .addUse(org.coprod.core.StoryUse.PUBLICITY)
                      .debriefOffered(false)
                      .build());
        }
      }
      live.append(c.build());
      if (step % 2 == 0) {
        Report full = RULES.check(live.project());
        assertThat(eventOutcomes(live.check(), live.project()))
            .isEqualTo(eventOutcomes(full, live.project()));
      }
    }
    assertThat(json(live.check(), live.project()))
        .isEqualTo(json(RULES.check(live.project()), live.project()));
  }
}
