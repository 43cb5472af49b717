package org.coprod.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.coprod.core.Project;
import org.coprod.core.synthetic.ProjectGenerator;
import org.coprod.core.synthetic.ProjectSpec;

/** Generated projects with the record a group keeps are valid and round-trip in every format. */
class RecordRoundTripProperties {
  @Property(tries = 100)
  void everyVariedGeneratedProjectIsValidAndRoundTripsInEveryFormat(@ForAll long seed)
      throws IOException {
    roundTrips(ProjectGenerator.generate(ProjectSpec.varied(seed)));
  }

  @Property(tries = 100)
  void everyGeneratedProjectWithTheWholeRecordIsValidAndRoundTrips(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 6) int livedExperience,
      @ForAll @IntRange(min = 1, max = 6) int professional,
      @ForAll @IntRange(min = 0, max = 12) int meetings,
      @ForAll @IntRange(min = 0, max = 6) int impacts,
      @ForAll boolean closed)
      throws IOException {
    roundTrips(
        ProjectGenerator.generate(
            ProjectSpec.builder()
                .seed(seed)
                .livedExperience(livedExperience)
                .professional(professional)
                .contributions(30)
                .decisions(6)
                .closed(closed)
                .meetings(meetings)
                .impacts(impacts)
                .checkInRounds(3)
                .responses(2)
                .storyConsent(true)
                .fingerprintKey(true)
                .build()));
  }

  private static void roundTrips(Project project) throws IOException {
    assertThat(Project.validate(Project.builder().from(project)).isValid()).isTrue();
    for (Format format : Format.values()) {
      assertThat(RoundTripProperties.readBack(project, format)).isEqualTo(project);
      String text = ProjectFiles.toText(project, format);
      assertThat(SchemaCheck.errors(text, format)).as("%s", text).isEmpty();
    }
  }
}
