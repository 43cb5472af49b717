package org.coprod.core.synthetic;

import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.coprod.core.Side;

/**
 * Arbitrary specs of small synthetic projects, every size and flag mixed, for the properties of the
 * generator and of views. Counts are raised where a chosen imbalance needs people.
 */
// Public for the view properties in org.coprod.core; tests are patched into the module, whose
// exported package would otherwise be said to expose jqwik's unexported types.
@SuppressWarnings("exports")
public final class Specs {
  private Specs() {}

  /** Specs of projects small enough to generate a thousand times in a second or two. */
  public static Arbitrary<ProjectSpec> small() {
    Arbitrary<ProjectSpec> sizes =
        Combinators.combine(
                Arbitraries.longs(),
                Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(0, 50),
                Arbitraries.integers().between(0, 12),
                Arbitraries.integers().between(0, 4))
            .as(
                (seed, lived, professional, contributions, decisions, outputs) ->
                    ProjectSpec.builder()
                        .seed(seed)
                        .livedExperience(lived)
                        .professional(lived + professional == 0 ? 1 : professional)
                        .contributions(contributions)
                        .decisions(decisions)
                        .outputs(outputs)
                        .build());
    Arbitrary<Option<Side>> side = Arbitraries.of(Side.class).injectNull(0.6).map(Option::of);
    Arbitrary<Shape> shapes =
        Combinators.combine(
                Arbitraries.of(true, false),
                Arbitraries.integers().between(28, 500),
                Arbitraries.doubles().between(0, 3),
                Arbitraries.doubles().between(0, 1),
                side,
                side,
                Arbitraries.of(true, false, false),
                Arbitraries.of(true, false, false, false))
            .as(Shape::new);
    Arbitrary<Kept> kept =
        Combinators.combine(
                Arbitraries.integers().between(0, 8).injectDuplicates(0.5),
                Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 3),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false, false, false),
                Arbitraries.of(1.0, 1.0, 0.5, 0.0),
                Arbitraries.of(true, false))
            .as(Kept::new);
    Arbitrary<Boolean> keeps = Arbitraries.of(true, false);
    return Combinators.combine(sizes, shapes, kept, keeps)
        .as(
            (size, shape, record, any) ->
                any ? record.applyTo(shape.applyTo(size)) : shape.applyTo(size));
  }

  /**
   * The record a group keeps, added to half the specs: meetings, impacts, check-ins, responses,
   * story consent, people stepping back, less say, a fingerprint key.
   */
  record Kept(
      int meetings,
      int impacts,
      int checkInRounds,
      int responses,
      boolean storyConsent,
      boolean dropOff,
      double livedExperienceSay,
      boolean fingerprintKey) {

    ProjectSpec applyTo(ProjectSpec spec) {
      return ProjectSpec.builder()
          .from(spec)
          .meetings(meetings)
          .impacts(impacts)
          .checkInRounds(checkInRounds)
          .responses(responses)
          .storyConsent(storyConsent)
          .dropOff(dropOff)
          .livedExperienceSay(livedExperienceSay)
          .fingerprintKey(fingerprintKey)
          .build();
    }
  }

  /** The shape of a project apart from its size. */
  record Shape(
      boolean closed,
      int durationDays,
      double hoursSkew,
      double paidShare,
      Option<Side> creditOnlyTo,
      Option<Side> moneyHeldBy,
      boolean directionPreset,
      boolean livedExperienceOutvoted) {

    ProjectSpec applyTo(ProjectSpec size) {
      int lived = size.livedExperience();
      int professional = size.professional();
      int decisions = size.decisions();
      for (Side s : creditOnlyTo.toJavaList()) {
        lived = s == Side.LIVED_EXPERIENCE ? Math.max(lived, 1) : lived;
        professional = s == Side.PROFESSIONAL ? Math.max(professional, 1) : professional;
      }
      for (Side s : moneyHeldBy.toJavaList()) {
        lived = s == Side.LIVED_EXPERIENCE ? Math.max(lived, 1) : lived;
        professional = s == Side.PROFESSIONAL ? Math.max(professional, 1) : professional;
      }
      if (directionPreset) {
        lived = Math.max(lived, 1);
        professional = Math.max(professional, 1);
        decisions = Math.max(decisions, 1);
      }
      if (livedExperienceOutvoted) {
        lived = Math.max(lived, 2);
        professional = Math.max(professional, 10);
      }
      ProjectSpec.Builder spec =
          ProjectSpec.builder()
              .from(size)
              .livedExperience(lived)
              .professional(professional)
              .decisions(decisions)
              .closed(closed)
              .durationDays(durationDays)
              .hoursSkew(hoursSkew)
              .paidShare(paidShare)
              .creditOnlyTo(creditOnlyTo)
              .moneyHeldBy(moneyHeldBy)
              .directionPreset(directionPreset)
              .livedExperienceOutvoted(livedExperienceOutvoted);
      return spec.build();
    }
  }
}
