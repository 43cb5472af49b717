package org.coprod.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.core.synthetic.ProjectGenerator;
import org.coprod.core.synthetic.ProjectSpec;

/**
 * Generated projects, with and without the record a group keeps, read back from a workbook whole.
 */
class WorkbookRoundTripProperties {
  @Property(tries = 60)
  void everyVariedGeneratedProjectReadsBackFromAWorkbookAsTheSameProject(@ForAll long seed)
      throws IOException {
    readsBack(ProjectGenerator.generate(ProjectSpec.varied(seed)));
  }

  @Property(tries = 60)
  void everyGeneratedProjectWithTheWholeRecordReadsBackFromAWorkbookAsTheSameProject(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 6) int livedExperience,
      @ForAll @IntRange(min = 1, max = 6) int professional,
      @ForAll @IntRange(min = 0, max = 12) int meetings,
      @ForAll @IntRange(min = 0, max = 6) int impacts,
      @ForAll boolean closed)
      throws IOException {
    readsBack(
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

  private static void readsBack(Project project) throws IOException {
    Path file = Files.createTempFile("coprod-property", ".xlsx");
    try {
      Workbooks.write(project, file);
      Validation<Seq<Problem>, Project> back = Workbooks.read(file);
      assertThat(back.isValid()).as("%s", back).isTrue();
      assertThat(back.get()).isEqualTo(project);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
