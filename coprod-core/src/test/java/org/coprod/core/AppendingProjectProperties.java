package org.coprod.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.coprod.core.synthetic.ProjectGenerator;
import org.coprod.core.synthetic.ProjectSpec;
import org.coprod.core.synthetic.Specs;

/**
 * Appending a contribution validated against what is known of a project gives what validating the
 * whole project with it gives: the same problems, or the same project.
 */
class AppendingProjectProperties {
  @Provide
  Arbitrary<ProjectSpec> specs() {
    return Specs.small();
  }

  /** Eleven choices a step makes, each a number read modulo what it picks among. */
  @Provide
  Arbitrary<java.util.List<int[]>> steps() {
    return Arbitraries.integers()
        .between(0, 1_000_000)
        .array(int[].class)
        .ofSize(11)
        .list()
        .ofMaxSize(6);
  }

  private static <T> T pick(Seq<T> from, int choice) {
    return from.get(Math.floorMod(choice, from.size()));
  }

  /** Any id the project uses, a fresh one or none, as a step chooses. */
  private static io.vavr.control.Option<ContributionId> idFor(Project p, int choice) {
    Seq<String> used =
        p.participants()
            .map(x -> x.id().value())
            .appendAll(p.contributions().flatMap(Contribution::subjectId).map(Id::value))
            .appendAll(p.decisions().map(d -> d.id().value()))
            .appendAll(p.outputs().map(o -> o.id().value()))
            .appendAll(p.meetings().map(m -> m.id().value()))
            .appendAll(p.impacts().map(x -> x.id().value()));
    switch (choice % 6) {
      case 0:
      case 3:
      case 4:
        return io.vavr.control.Option.none();
      case 1:
        return io.vavr.control.Option.some(ContributionId.of("appended-" + choice % 7));
      default:
        return used.isEmpty()
            ? io.vavr.control.Option.none()
            : io.vavr.control.Option.some(ContributionId.of(pick(used, choice / 6)));
    }
  }

  private static Contribution contribution(Project p, int[] c) {
    // mostly within the project's time, sometimes before it starts or after its last event
    LocalDate from = c[1] % 5 == 0 ? p.started().minusDays(30) : p.started();
    long span = ChronoUnit.DAYS.between(from, p.lastDatedEvent().plusDays(c[1] % 5 == 1 ? 30 : 0));
    LocalDate day = from.plusDays(c[1] % (span + 1));
    ContributionKind kind =
        c[2] % 3 == 0
            ? ContributionKind.STORY
            : ContributionKind.values()[c[2] % ContributionKind.values().length];
    Contribution.Builder b =
        Contribution.builder()
            .participant(
                c[0] % 19 == 0 || p.participants().isEmpty()
                    ? ParticipantId.of("nobody-here")
                    : pick(p.participants(), c[0]).id())
            .date(day)
            .phase(Phase.values()[c[3] % Phase.values().length])
            .kind(kind)
            .hours(new double[] {2.5, 0, 7.75, 1, 3, 4.5, -1, 10_001, Double.NaN}[c[4] % 9])
            .paid(BigDecimal.valueOf(new int[] {0, 30, 0, 12, 0, -5}[c[5] % 6]));
    idFor(p, c[6]).forEach(b::id);
    if (c[7] % 4 == 1 && !p.outputs().isEmpty()) {
      b.output(pick(p.outputs(), c[7]).id());
    } else if (c[7] % 4 == 2) {
      b.output(OutputId.of("no-such-output"));
    }
    if (c[8] % 3 == 1) {
      b.expenses(
          Expenses.builder()
              .claimed(BigDecimal.valueOf(c[8] % 7 == 0 ? -3 : 12))
              .reimbursed(day.plusDays(c[8] % 5 - 1))
              .build());
    }
    if (c[9] % 6 == 1) {
      b.consent(StoryConsent.builder().withdrawn(day.plusDays(c[9] % 4 - 1)).build());
    }
    if (c[10] % 10 == 3 && !p.meetings().isEmpty()) {
      b.meeting(pick(p.meetings(), c[10]).id());
    }
    return b.build();
  }

  private static ParticipantId person(Project p, int choice) {
    return choice % 13 == 0 || p.participants().isEmpty()
        ? ParticipantId.of("nobody-here")
        : pick(p.participants(), choice).id();
  }

  private static Decision decision(Project p, int[] c) {
    LocalDate from = c[1] % 5 == 0 ? p.started().minusDays(30) : p.started();
    long span = ChronoUnit.DAYS.between(from, p.lastDatedEvent().plusDays(c[1] % 5 == 1 ? 30 : 0));
    LocalDate day = from.plusDays(c[1] % (span + 1));
    Decision.Builder b =
        Decision.builder()
            .id(
                c[6] % 5 == 2
                    ? idFor(p, 2 + c[6] / 5 * 6)
                        .map(Id::value)
                        .map(DecisionId::of)
                        .getOrElse(DecisionId.of("decided-" + c[6] % 7))
                    : DecisionId.of("decided-" + c[6] % 7))
            .date(day)
            .phase(Phase.values()[c[3] % Phase.values().length])
            .topic("what to do next")
            .type(DecisionType.values()[c[2] % DecisionType.values().length]);
    if (c[0] % 3 == 0) {
      b.ledBy(person(p, c[0] / 3));
    }
    for (int k = 0; k < c[4] % 4; k++) {
      b.addDecidedBy(person(p, c[4] + k * 7));
    }
    if (c[5] % 4 == 1) {
      b.addObjectedBy(person(p, c[4]));
    } else if (c[5] % 4 == 2) {
      b.addObjectedBy(person(p, c[5]));
    }
    if (c[7] % 3 == 1) {
      b.addConsulted(person(p, c[7]));
    }
    if (c[8] % 4 == 1) {
      b.feedback(day.plusDays(c[8] % 5 - 1));
    }
    if (c[10] % 5 == 3) {
      b.meeting(
          p.meetings().isEmpty() || c[10] % 2 == 0
              ? MeetingId.of("no-such-meeting")
              : pick(p.meetings(), c[10]).id());
    }
    return b.build();
  }

  @Property(tries = 300)
  void appendingADecisionValidatesAsTheWholeProjectWould(
      @ForAll("specs") ProjectSpec spec, @ForAll("steps") java.util.List<int[]> steps) {
    Project p = ProjectGenerator.generate(spec);
    AppendingProject ledger = AppendingProject.of(p);
    for (int[] step : steps) {
      Project before = ledger.project();
      boolean isDecision = step[9] % 2 == 0;
      Validation<Seq<Problem>, Project> whole;
      Validation<Seq<Problem>, Project> appended;
      if (isDecision) {
        Decision d = decision(before, step);
        whole = Project.validate(Project.builder().from(before).addDecision(d));
        appended = ledger.append(d);
      } else {
        Contribution c = contribution(before, step);
        whole = Project.validate(Project.builder().from(before).addContribution(c));
        appended = ledger.append(c);
      }
      net.jqwik.api.statistics.Statistics.label("appended")
          .collect(isDecision ? "decision" : "contribution", whole.isValid() ? "kept" : "refused");
      assertThat(appended.isValid()).isEqualTo(whole.isValid());
      if (whole.isValid()) {
        assertThat(appended.get()).isEqualTo(whole.get());
        assertThat(appended.get().view()).isEqualTo(whole.get().view());
      } else {
        assertThat(appended.getError()).containsExactlyElementsOf(whole.getError());
        assertThat(ledger.project()).isSameAs(before);
      }
    }
  }

  @Property(tries = 300)
  void appendingValidatesAsTheWholeProjectWouldByProblemsAndByProject(
      @ForAll("specs") ProjectSpec spec, @ForAll("steps") java.util.List<int[]> steps) {
    Project p = ProjectGenerator.generate(spec);
    AppendingProject ledger = AppendingProject.of(p);
    for (int[] step : steps) {
      Project before = ledger.project();
      Contribution c = contribution(before, step);
      Validation<Seq<Problem>, Project> whole =
          Project.validate(Project.builder().from(before).addContribution(c));
      Validation<Seq<Problem>, Project> appended = ledger.append(c);
      net.jqwik.api.statistics.Statistics.label("appended")
          .collect(whole.isValid() ? "kept" : "refused", !before.meetings().isEmpty());
      assertThat(appended.isValid()).isEqualTo(whole.isValid());
      if (whole.isValid()) {
        assertThat(appended.get()).isEqualTo(whole.get());
        assertThat(ledger.project()).isSameAs(appended.get());
        // the lookups extended from the project before answer as those built afresh
        Project kept = appended.get();
        Project fresh = whole.get();
        assertThat(kept.lastDatedEvent()).isEqualTo(fresh.lastDatedEvent());
        assertThat(kept.contributionsOf(c.participant()))
            .containsExactlyElementsOf(fresh.contributionsOf(c.participant()));
        assertThat(kept.participant(c.participant())).isEqualTo(fresh.participant(c.participant()));
        assertThat(kept.view()).isEqualTo(fresh.view());
      } else {
        assertThat(appended.getError()).containsExactlyElementsOf(whole.getError());
        assertThat(ledger.project()).isSameAs(before);
      }
    }
  }

  @Property(tries = 60)
  void appendingToProjectsWithMeetingsAndStoriesValidatesAsTheWholeProjectWould(
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 2000) int seed,
      @ForAll("steps") java.util.List<int[]> steps) {
    appendingValidatesAsTheWholeProjectWouldByProblemsAndByProject(ProjectSpec.varied(seed), steps);
  }
}
