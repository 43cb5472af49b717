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
import org.coprod.core.Participant;
import org.coprod.core.Phase;
import org.coprod.core.Project;
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
}
