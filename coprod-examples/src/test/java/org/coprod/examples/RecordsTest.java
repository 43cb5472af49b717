package org.coprod.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.coprod.core.ContributionId;
import org.coprod.core.ContributionKind;
import org.coprod.core.MeetingId;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.io.Format;
import org.coprod.io.ProjectFiles;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The files of {@code records/}: each reads, writes back to an equal project in both notations, and
 * is checked by the standard rulebook without a rule ending in error.
 */
class RecordsTest {
  private static final Path DIR = Path.of(System.getProperty("basedir", "."), "records");

  static Stream<Path> files() throws IOException {
    return Files.list(DIR).filter(p -> p.toString().endsWith(".yaml")).sorted();
  }

  private static Project read(Path file) {
    Validation<Seq<Problem>, Project> read = ProjectFiles.read(file);
    assertThat(read.isValid()).as("%s", read).isTrue();
    return read.get();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void everyFileReadsWritesBackAndChecks(Path file) throws IOException {
    Project p = read(file);
    for (Format format : Format.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ProjectFiles.write(p, out, format);
      Validation<Seq<Problem>, Project> back =
          ProjectFiles.read(
              new StringReader(out.toString(java.nio.charset.StandardCharsets.UTF_8)),
              format,
              "written");
      assertThat(back.isValid()).as("%s", back).isTrue();
      assertThat(back.get()).isEqualTo(p);
    }
    Report report = Rulebook.standard().check(p);
    assertThat(report.outcomes().filter(o -> o.status() == OutcomeStatus.ERROR)).isEmpty();
  }

  @Test
  void theRegisterBecomesTheContributionsItsREADMESays() {
    Project p = read(DIR.resolve("meeting-register.yaml"));
    assertThat(p.meetings()).hasSize(4);
    assertThat(p.contributionsAt(MeetingId.of("m2")).map(c -> c.id().get().value()))
        .containsExactly("m2.carer-1", "m2.carer-2", "m2.carer-3", "m2.worker-1");
    assertThat(p.contribution(ContributionId.of("m2.carer-3")).get().kind())
        .isEqualTo(ContributionKind.IDEA);
    assertThat(p.contribution(ContributionId.of("m2.carer-2")).get().hours()).isEqualTo(3.0);
    assertThat(p.contribution(ContributionId.of("m3.carer-4")).get().kind())
        .isEqualTo(ContributionKind.FEEDBACK);
    assertThat(p.contribution(ContributionId.of("m3.worker-1")).get().kind())
        .isEqualTo(ContributionKind.FACILITATION);
    assertThat(p.recordedContributions()).hasSize(5);
  }
}
