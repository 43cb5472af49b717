package org.coprod.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.core.synthetic.ProjectGenerator;
import org.coprod.core.synthetic.ProjectSpec;

class RoundTripProperties {

  @Property(tries = 200)
  void aProjectWrittenAsYamlReadsBackEqual(@ForAll long seed) throws IOException {
    Project project = TestProjects.project(seed);
    assertThat(readBack(project, Format.YAML)).isEqualTo(project);
  }

  @Property(tries = 200)
  void aProjectWrittenAsJsonReadsBackEqual(@ForAll long seed) throws IOException {
    Project project = TestProjects.project(seed);
    assertThat(readBack(project, Format.JSON)).isEqualTo(project);
  }

  @Property(tries = 50)
  void aRealisticGeneratedProjectRoundTripsInEveryFormat(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 6) int livedExperience,
      @ForAll @IntRange(min = 1, max = 6) int professional,
      @ForAll @IntRange(min = 0, max = 40) int contributions,
      @ForAll @IntRange(min = 0, max = 8) int decisions,
      @ForAll @IntRange(min = 0, max = 4) int outputs,
      @ForAll boolean closed)
      throws IOException {
    Project project =
        ProjectGenerator.generate(
            ProjectSpec.builder()
                .seed(seed)
                .livedExperience(livedExperience)
                .professional(professional)
                .contributions(contributions)
                .decisions(decisions)
                .outputs(outputs)
                .closed(closed)
                .build());
    for (Format format : Format.values()) {
      assertThat(readBack(project, format)).isEqualTo(project);
      String text = ProjectFiles.toText(project, format);
      assertThat(SchemaCheck.errors(text, format)).as("%s", text).isEmpty();
    }
    ByteArrayOutputStream work = new ByteArrayOutputStream();
    Ledgers.writeContributions(project, work);
    Validation<Seq<Problem>, Project> joined =
        Ledgers.join(
            new java.io.StringReader(
                ProjectFiles.toText(
                    project.withContributions(io.vavr.collection.Array.empty()), Format.JSON)),
            Format.JSON,
            "p.json",
            reader(work),
            "w.csv",
            ReadLimits.defaults());
    assertThat(joined.isValid()).as("%s", joined).isTrue();
    assertThat(joined.get()).isEqualTo(project);
  }

  @Property(tries = 100)
  void everyWrittenFileValidatesAgainstTheSchema(@ForAll long seed) {
    Project project = TestProjects.project(seed);
    for (Format format : Format.values()) {
      String text = ProjectFiles.toText(project, format);
      assertThat(SchemaCheck.errors(text, format)).as("%s", text).isEmpty();
    }
  }

  @Property(tries = 200)
  void writingTheSameProjectTwiceGivesTheSameBytes(@ForAll long seed) throws IOException {
    Project project = TestProjects.project(seed);
    for (Format format : Format.values()) {
      assertThat(bytes(project, format)).isEqualTo(bytes(TestProjects.project(seed), format));
    }
  }

  @Property(tries = 200)
  void participantsAndContributionsWrittenAsLedgersReadBackEqual(@ForAll long seed)
      throws IOException {
    // with no project file there are no outputs for contributions to name
    Project project = TestProjects.ledgerProject(seed);
    project =
        project
            .withContributions(
                project.contributions().map(c -> c.withOutput(io.vavr.control.Option.none())))
            .withOutputs(io.vavr.collection.Array.empty());
    ByteArrayOutputStream people = new ByteArrayOutputStream();
    ByteArrayOutputStream work = new ByteArrayOutputStream();
    Ledgers.writeParticipants(project, people);
    Ledgers.writeContributions(project, work);
    Validation<Seq<Problem>, Project> read =
        Ledgers.read(
            reader(people),
            "participants.csv",
            reader(work),
            "contributions.csv",
            project.id(),
            project.title(),
            project.started(),
            ReadLimits.defaults());
    assertThat(read.isValid()).as("%s", read).isTrue();
    assertThat(read.get().participants()).isEqualTo(project.participants());
    assertThat(read.get().contributions()).isEqualTo(project.contributions());
  }

  @Property(tries = 100)
  void contributionsJoinedToTheirProjectFileGiveTheSameProject(@ForAll long seed)
      throws IOException {
    Project project = TestProjects.ledgerProject(seed);
    ByteArrayOutputStream work = new ByteArrayOutputStream();
    Ledgers.writeContributions(project, work);
    Project withoutWork = project.withContributions(io.vavr.collection.Array.empty());
    Validation<Seq<Problem>, Project> read =
        Ledgers.join(
            new java.io.StringReader(ProjectFiles.toText(withoutWork, Format.YAML)),
            Format.YAML,
            "project.yaml",
            reader(work),
            "contributions.csv",
            ReadLimits.defaults());
    assertThat(read.isValid()).as("%s", read).isTrue();
    assertThat(read.get()).isEqualTo(project);
  }

  static Project readBack(Project project, Format format) throws IOException {
    Validation<Seq<Problem>, Project> read =
        ProjectFiles.read(
            new ByteArrayInputStream(bytes(project, format)), format, "written." + format);
    assertThat(read.isValid())
        .as("%s\n%s", read, new String(bytes(project, format), StandardCharsets.UTF_8))
        .isTrue();
    return read.get();
  }

  static byte[] bytes(Project project, Format format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ProjectFiles.write(project, out, format);
    return out.toByteArray();
  }

  private static InputStreamReader reader(ByteArrayOutputStream out) {
    return new InputStreamReader(
        new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8);
  }
}
