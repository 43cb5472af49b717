package org.coprod.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.coprod.core.synthetic.ProjectGenerator;
import org.coprod.core.synthetic.ProjectSpec;
import org.coprod.core.synthetic.Specs;

/** The laws of views in time, over generated projects of every shape. */
class ViewProperties {
  @Provide
  Arbitrary<ProjectSpec> specs() {
    return Specs.small();
  }

  /** A day between a little before anyone joined and a little after the last dated event. */
  private static LocalDate dayAt(Project p, int perMille) {
    LocalDate from = p.started().minusDays(40);
    long span = ChronoUnit.DAYS.between(from, p.lastDatedEvent().plusDays(5));
    return from.plusDays(span * perMille / 1000);
  }

  @Property
  void aViewAtTheLastDatedEventIsTheProject(@ForAll("specs") ProjectSpec spec) {
    Project p = ProjectGenerator.generate(spec);
    ProjectView view = p.asOf(p.lastDatedEvent());
    assertThat(view.project()).isEqualTo(p);
    assertThat(p.view()).isEqualTo(view);
    assertThat(view.isClosed()).isEqualTo(p.isClosed());
  }

  @Property
  void nothingIsDatedAfterADayOnOrAfterTheLastDatedEvent(
      @ForAll("specs") ProjectSpec spec, @ForAll @IntRange(min = 0, max = 1000) int at) {
    Project p = ProjectGenerator.generate(spec);
    LocalDate day = p.lastDatedEvent().plusDays(at % 10);
    assertThat(Views.dated(p, day)).isFalse();
  }

  @Property
  void aViewOfAViewAtAnEarlierDateIsTheDirectView(
      @ForAll("specs") ProjectSpec spec,
      @ForAll @IntRange(min = 0, max = 1000) int later,
      @ForAll @IntRange(min = 0, max = 1000) int earlier) {
    Project p = ProjectGenerator.generate(spec);
    LocalDate outer = dayAt(p, Math.max(later, earlier));
    LocalDate inner = dayAt(p, Math.min(later, earlier));
    assertThat(p.asOf(outer).project().asOf(inner)).isEqualTo(p.asOf(inner));
  }

  @Property
  void aViewKeepsNothingDatedAfterItsDay(
      @ForAll("specs") ProjectSpec spec, @ForAll @IntRange(min = 0, max = 1000) int at) {
    Project p = ProjectGenerator.generate(spec);
    LocalDate day = dayAt(p, at);
    ProjectView view = p.asOf(day);
    Project v = view.project();
    assertThat(view.date()).isEqualTo(day);
    assertThat(v.lastDatedEvent()).isBeforeOrEqualTo(day.isBefore(p.started()) ? p.started() : day);
    assertThat(v.isClosed()).isEqualTo(p.closed().exists(c -> !c.isAfter(day)));
    assertThat(v.contributions().size())
        .isEqualTo(p.contributions().count(c -> !c.date().isAfter(day)));
    assertThat(v.participants().size())
        .isEqualTo(p.participants().count(x -> !x.joined().isAfter(day)));
    assertThat(v.outputs().size()).isEqualTo(p.outputs().count(o -> !o.date().isAfter(day)));
    for (Contribution c : v.contributions()) {
      assertThat(c.output().forAll(o -> v.output(o).isDefined())).isTrue();
    }
  }

  @Property
  void aViewWithNothingDatedAfterItsDayIsTheProjectItselfAndEqualsTheCut(
      @ForAll("specs") ProjectSpec spec, @ForAll @IntRange(min = 0, max = 1000) int at) {
    Project p = ProjectGenerator.generate(spec);
    LocalDate day = dayAt(p, at);
    ProjectView cut = Views.cut(p, day);
    assertThat(p.asOf(day)).isEqualTo(cut);
    if (!Views.dated(p, day)) {
      assertThat(p.asOf(day).project()).isSameAs(p);
      assertThat(cut.project()).isEqualTo(p);
    } else {
      assertThat(cut.project()).isNotEqualTo(p);
    }
  }
}
