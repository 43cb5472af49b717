package org.coprod.rules.render;

import static org.coprod.rules.Fixtures.START;
import static org.coprod.rules.Fixtures.agreement;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import io.vavr.collection.List;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.coprod.core.Acknowledgement;
import org.coprod.core.Consent;
import org.coprod.core.LadderStep;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.core.ProjectId;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Policy;
import org.coprod.rules.Principle;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.Severity;
import org.coprod.rules.TestRule;

/**
 * The small report of the golden rendering tests, made only from test rules so its rendering
 * changes only when the renderers do: findings in three principles and three severities, one
 * acknowledged, a rule that does not apply, one that fails, and a policy that differs from the
 * defaults.
 */
final class Golden {
  private Golden() {}

  /** Ana and Ben (lived experience) give 4 and 2 hours, Dana (professional) 10. */
  static Project project() {
    return org.coprod.rules.Fixtures.project()
        .id(ProjectId.of("leaflet"))
        .title("Aftercare leaflet")
        .claimedLevel(LadderStep.CO_DESIGN)
        .addParticipant(le("ana").build(), le("ben").build(), pro("dana").build())
        .addContribution(
            contribution("ana", 4).build(),
            contribution("ben", 2).build(),
            contribution("dana", 10).build())
        .addAgreement(
            agreement()
                .addConsent(
                    Consent.of(ParticipantId.of("ana"), START),
                    Consent.of(ParticipantId.of("ben"), START))
                .addAcknowledged(
                    Acknowledgement.builder()
                        .rule("by-side")
                        .subject("ben")
                        .reason("Ben asked to lead this part | and said so *twice*")
                        .build())
                .build())
        .build();
  }

  /** The rulebook: seven test rules. */
  static Rulebook rulebook() {
    return Rulebook.of(
            "test-rules",
            List.of(
                TestRule.bySide("by-side", Principle.POWER),
                TestRule.perContributor("each-person", Principle.RESOURCES, Severity.WARNING),
                TestRule.onProject("whole", Principle.WHAT_NEXT, Severity.NOTE),
                TestRule.onProject("loud", Principle.PURPOSE, Severity.CONCERN),
                TestRule.notApplicable("not-yet", "no outputs yet"),
                TestRule.throwing("fragile", "private detail"),
                TestRule.passing("quiet")))
        .withPolicy(
            Policy.builder()
                .set("each-person", "minHours", 3.0)
                .disable("loud")
                .majorityVoice(0.4)
                .build());
  }

  /** The library version the golden reports show, whatever version is being built. */
  static final String LIBRARY_VERSION = "9.9.9-golden";

  /**
   * The report, its error's reason and the library's version fixed: the real reason names the line
   * the test rule threw from, which moves whenever the test rules are edited, and the version
   * changes with every release.
   */
  static Report report() {
    Report report = rulebook().check(project()).withLibraryVersion(LIBRARY_VERSION);
    return report.withOutcomes(
        report
            .outcomes()
            .map(
                o ->
                    o.status() == OutcomeStatus.ERROR
                        ? Outcome.error(
                            o.rule(),
                            "the rule failed with java.lang.IllegalStateException at TestRule.check")
                        : o));
  }

  /**
   * The reviewed rendering of a golden resource; with {@code -Dcoprod.golden.update=true} the
   * resource in the source tree is rewritten with the rendering given, to be reviewed as a person
   * would before it is committed.
   */
  static String expected(String name, String actual) {
    if (Boolean.getBoolean("coprod.golden.update")) {
      java.nio.file.Path source =
          java.nio.file.Path.of(
              System.getProperty("basedir", "."),
              "src/test/resources/org/coprod/rules/render",
              name);
      try {
        java.nio.file.Files.writeString(source, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return actual;
    }
    return resource(name);
  }

  /** A resource of this package, as text. */
  static String resource(String name) {
    try (InputStream in = Golden.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
