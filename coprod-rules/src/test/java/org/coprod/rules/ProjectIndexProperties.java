package org.coprod.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionKind;
import org.coprod.core.Hours;
import org.coprod.core.Output;
import org.coprod.core.OutputId;
import org.coprod.core.Participant;
import org.coprod.core.Phase;
import org.coprod.core.Project;
import org.coprod.core.ProjectView;
import org.coprod.core.Side;
import org.coprod.core.synthetic.ProjectGenerator;
import org.coprod.core.synthetic.ProjectSpec;
import org.coprod.rules.internal.Columns;

/**
 * The one pass of {@link ProjectIndex} against the same numbers counted the slow, obvious way, over
 * generated projects, their views at earlier days, and projects whose contributions name no output
 * (where the project's hours stand in for every output).
 */
class ProjectIndexProperties {
  /** A generated project, seen on some day, with or without outputs named by its contributions. */
  record Case(Project project, int dayPerMille, boolean outputsNamed) {
    ProjectView view() {
      Project p = project;
      if (!outputsNamed) {
        p =
            Project.builder()
                .from(p)
                .contributions(p.contributions().map(c -> c.withOutput(Option.none())))
                .build();
      }
      LocalDate from = p.started().minusDays(10);
      long span = ChronoUnit.DAYS.between(from, p.lastDatedEvent());
      return p.asOf(from.plusDays(span * dayPerMille / 1000));
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Project> projects =
        Combinators.combine(
                Arbitraries.longs(),
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(1, 5),
                Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(0, 4))
            .as(
                (seed, lived, professional, contributions, outputs) ->
                    ProjectGenerator.generate(
                        ProjectSpec.builder()
                            .seed(seed)
                            .livedExperience(lived)
                            .professional(professional)
                            .contributions(contributions)
                            .outputs(outputs)
                            .build()));
    return Combinators.combine(
            projects,
            Arbitraries.integers().between(0, 1000).edgeCases(e -> e.includeOnly(1000)),
            Arbitraries.of(true, true, false))
        .as(Case::new);
  }

  @Property
  void everyPersonsTotalsEqualTheirContributionsCountedOneByOne(@ForAll("cases") Case c) {
    ProjectView view = c.view();
    Project p = view.project();
    ProjectIndex index = ProjectIndex.of(view);
    for (Participant person : p.participants()) {
      List<Contribution> theirs =
          p.contributions().filter(x -> x.participant().equals(person.id())).toJavaList();
      assertThat(index.contributionsOf(person.id())).containsExactlyElementsOf(theirs);
      assertThat(index.contributions(person.id())).isEqualTo(theirs.size());
      assertThat(index.paidContributions(person.id()))
          .isEqualTo((int) theirs.stream().filter(Contribution::isPaid).count());
      assertThat(index.isContributing(person.id())).isEqualTo(!theirs.isEmpty());
      assertThat(index.hours(person.id()))
          .isEqualTo(Hours.sum(theirs.stream().mapToDouble(Contribution::hours).toArray()));
      Set<ContributionKind> kinds = EnumSet.noneOf(ContributionKind.class);
      Set<Phase> phases = EnumSet.noneOf(Phase.class);
      Set<String> skills = new HashSet<>();
      for (Contribution x : theirs) {
        kinds.add(x.kind());
        phases.add(x.phase());
        x.skills().forEach(skills::add);
      }
      assertThat(index.kinds(person.id())).isEqualTo(kinds);
      assertThat(index.phases(person.id())).isEqualTo(phases);
      assertThat(index.skillsUsed(person.id())).isEqualTo(skills);
      assertThat(index.usedSkill(person.id(), s -> true)).isEqualTo(!skills.isEmpty());
      for (String skill : skills) {
        assertThat(index.usedSkill(person.id(), skill::equals)).isTrue();
      }
      assertThat(index.usedSkill(person.id(), s -> !skills.contains(s))).isFalse();
    }
  }

  @Property
  void theContributionsInOrderCarryTheirPeopleDaysHoursExpensesAndTermsAndTheSidesTotalsAddUp(
      @ForAll("cases") Case c) {
    ProjectView view = c.view();
    Project p = view.project();
    ProjectIndex index = ProjectIndex.of(view);
    Columns columns = Columns.of(index);
    assertThat(columns.count()).isEqualTo(p.contributions().size());
    assertThat(columns.personCount()).isEqualTo(p.participants().size());
    for (int o = 0; o < columns.personCount(); o++) {
      assertThat(columns.participant(o)).isSameAs(p.participants().get(o));
    }
    int i = 0;
    for (Contribution x : p.contributions()) {
      assertThat(columns.contribution(i)).isSameAs(x);
      assertThat(columns.contributor(i)).isEqualTo(p.participant(x.participant()).get());
      assertThat(columns.participant(columns.ordinalAt(i))).isSameAs(columns.contributor(i));
      assertThat(columns.kindAt(i)).isEqualTo(x.kind());
      assertThat(columns.versionAt(i))
          .isEqualTo(p.agreements().lastIndexWhere(a -> !a.date().isAfter(x.date())));
      assertThat(columns.outputAt(i))
          .isEqualTo(
              x.output().map(id -> p.outputs().indexWhere(o -> o.id().equals(id))).getOrElse(-1));
      if (columns.versionAt(i) >= 0) {
        assertThat(columns.version(columns.versionAt(i)))
            .isSameAs(p.agreements().get(columns.versionAt(i)));
      }
      assertThat(columns.day(i)).isEqualTo(x.date().toEpochDay());
      assertThat(columns.paidDay(i))
          .isEqualTo(x.paidOn().map(d -> (int) d.toEpochDay()).getOrElse(Columns.NO_DAY));
      assertThat(columns.hoursAt(i)).isEqualTo(x.hours());
      assertThat(columns.isPaidAt(i)).isEqualTo(x.isPaid());
      assertThat(columns.claimedExpensesAt(i))
          .isEqualTo(x.expenses().exists(e -> e.claimed().signum() > 0));
      assertThat(columns.repaidDay(i))
          .isEqualTo(
              x.expenses()
                  .flatMap(e -> e.reimbursed())
                  .map(d -> (int) d.toEpochDay())
                  .getOrElse(Columns.NO_DAY));
      assertThat(columns.paymentTermsAt(i))
          .isEqualTo(p.agreementInForce(x.date()).flatMap(a -> a.payment()));
      i++;
    }
    List<Integer> stories = new ArrayList<>();
    for (int k = 0; k < p.contributions().size(); k++) {
      if (p.contributions().get(k).kind() == ContributionKind.STORY) {
        stories.add(k);
      }
    }
    List<Integer> storiesIndexed = new ArrayList<>();
    for (int k = 0; k < columns.storyCount(); k++) {
      storiesIndexed.add(columns.storyAt(k));
    }
    assertThat(storiesIndexed).isEqualTo(stories);
    for (Side side : Side.values()) {
      List<Contribution> ofSide =
          p.contributions()
              .filter(x -> p.participant(x.participant()).get().side() == side)
              .toJavaList();
      assertThat(index.firstContribution(side))
          .isEqualTo(
              Option.ofOptional(ofSide.stream().map(Contribution::date).min(LocalDate::compareTo)));
      assertThat(index.hours(side))
          .isEqualTo(Hours.sum(ofSide.stream().mapToDouble(Contribution::hours).toArray()));
      assertThat(index.paidHours(side))
          .isEqualTo(
              Hours.sum(
                  ofSide.stream()
                      .filter(x -> ProjectIndex.isPaidHour(x, p.participant(x.participant()).get()))
                      .mapToDouble(Contribution::hours)
                      .toArray()));
    }
    assertThat(index.firstContribution())
        .isEqualTo(p.contributions().map(Contribution::date).min());
  }

  @Property
  void anOutputsHoursAndContributorsAreThoseOfTheContributionsNamingIt(@ForAll("cases") Case c) {
    ProjectView view = c.view();
    Project p = view.project();
    ProjectIndex index = ProjectIndex.of(view);
    boolean named = p.contributions().exists(x -> x.output().isDefined());
    assertThat(index.outputsNamed()).isEqualTo(named);
    for (Output o : p.outputs()) {
      OutputId id = o.id();
      // where no contribution names an output, every contribution counts for every output
      List<Contribution> toIt =
          p.contributions().filter(x -> !named || x.output().contains(id)).toJavaList();
      assertThat(index.outputHours(id))
          .isEqualTo(Hours.sum(toIt.stream().mapToDouble(Contribution::hours).toArray()));
      Set<org.coprod.core.ParticipantId> inOrder = new LinkedHashSet<>();
      toIt.forEach(x -> inOrder.add(x.participant()));
      assertThat(index.contributorIdsTo(id)).containsExactlyElementsOf(new ArrayList<>(inOrder));
      assertThat(index.contributorIdsTo(id))
          .containsSubsequence(index.substantialContributorsTo(id, 0.2, 10));
      for (Participant person : p.participants()) {
        List<Contribution> mine =
            toIt.stream().filter(x -> x.participant().equals(person.id())).toList();
        assertThat(index.outputHours(id, person.id()))
            .isEqualTo(Hours.sum(mine.stream().mapToDouble(Contribution::hours).toArray()));
        assertThat(Columns.of(index).contributionsTo(id, person.id())).isEqualTo(mine.size());
        assertThat(index.substantialContributorsTo(id, 0.2, 10).contains(person.id()))
            .isEqualTo(index.substantialPersonal(id, person.id(), 0.2, 10));
        assertThat(index.gaveIdeaOrWriting(id, person.id()))
            .isEqualTo(
                mine.stream()
                    .anyMatch(
                        x ->
                            x.kind() == ContributionKind.IDEA
                                || x.kind() == ContributionKind.WRITING));
      }
      for (Side side : Side.values()) {
        assertThat(index.outputHours(id, side))
            .isEqualTo(
                Hours.sum(
                    toIt.stream()
                        .filter(x -> p.participant(x.participant()).get().side() == side)
                        .mapToDouble(Contribution::hours)
                        .toArray()));
      }
    }
  }
}
