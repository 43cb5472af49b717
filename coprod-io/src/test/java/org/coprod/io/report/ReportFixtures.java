package org.coprod.io.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.coprod.core.Project;
import org.coprod.core.Side;
import org.coprod.core.synthetic.ProjectGenerator;
import org.coprod.core.synthetic.ProjectSpec;
import org.coprod.io.Format;
import org.coprod.io.ProjectFiles;

/** Projects for the report tests. */
final class ReportFixtures {
  private ReportFixtures() {}

  /** The bytes of a test resource of this package. */
  static byte[] resource(String name) {
    try (InputStream in = ReportFixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A small closed project with a person who asked not to be named ({@code kit}), names, an access
   * need and a decline reason no report may show, an acknowledged finding, and text to escape.
   */
  static Project smallCircle() {
    io.vavr.control.Validation<io.vavr.collection.Seq<org.coprod.core.Problem>, Project> read =
        ProjectFiles.read(
            new java.io.ByteArrayInputStream(resource("small-circle.yaml")),
            Format.YAML,
            "small-circle.yaml");
    if (read.isInvalid()) {
      throw new IllegalStateException(
          "the fixture does not read: " + read.getError().mkString("; "));
    }
    return read.get();
  }

  /**
   * A rich generated project with many findings: professionals hold the credit and the money, set
   * the direction and outvote lived experience, and half the lived-experience hours go unpaid.
   */
  static Project rich(long seed) {
    return ProjectGenerator.generate(
        ProjectSpec.builder()
            .seed(seed)
            .livedExperience(8)
            .professional(12)
            .contributions(400)
            .decisions(40)
            .outputs(8)
            .creditOnlyTo(Side.PROFESSIONAL)
            .moneyHeldBy(Side.PROFESSIONAL)
            .directionPreset(true)
            .livedExperienceOutvoted(true)
            .paidShare(0.5)
            .build());
  }

  /** A generated project with no chosen imbalance. */
  static Project fair(long seed) {
    return ProjectGenerator.generate(ProjectSpec.builder().seed(seed).build());
  }

  /**
   * The small circle, with what changed, a check-in round and a response to one of its findings.
   */
  static Project heard() {
    Project small = smallCircle();
    org.coprod.rules.Finding first =
        org.coprod.rules.Rulebook.standard().check(small).findings().head();
    return small
        .withImpacts(
            io.vavr.collection.List.of(
                org.coprod.core.Impact.builder()
                    .id(org.coprod.core.ImpactId.of("shorter"))
                    .date(small.started().plusDays(10))
                    .addFrom(small.participants().head().id())
                    .change("The leaflet is shorter")
                    .outcome(org.coprod.core.ImpactOutcome.NOT_ADOPTED)
                    .reason("The trust's template is fixed")
                    .build()))
        .withCheckIns(
            io.vavr.collection.List.of(
                org.coprod.core.CheckIn.builder()
                    .round(small.started().plusDays(20))
                    .side(org.coprod.core.Side.LIVED_EXPERIENCE)
                    .respondents(3)
                    .heard(org.coprod.core.Tally.of(0, 1, 1, 1, 0))
                    .influence(org.coprod.core.Tally.of(0, 0, 0, 2, 0))
                    .build()))
        .withResponses(
            io.vavr.collection.List.of(
                org.coprod.core.Response.builder()
                    .id(org.coprod.core.ResponseId.of("talk-it-through"))
                    .finding(first.fingerprint())
                    .date(small.started().plusDays(30))
                    .action("Talk it through at the next meeting")
                    .reviewBy(small.started().plusDays(60))
                    .build()));
  }
}
