package org.coprod.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.coprod.core.Break;
import org.coprod.core.Participant;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.core.synthetic.ProjectGenerator;
import org.coprod.core.synthetic.ProjectSpec;

/**
 * Generated projects, with and without the record a group keeps (breaks too), read back from a
 * workbook whole.
 */
class WorkbookRoundTripProperties {
  @Property(tries = 60)
  void everyVariedGeneratedProjectReadsBackFromAWorkbookAsTheSameProject(@ForAll long seed)
      throws IOException {
    readsBack(ProjectGenerator.generate(ProjectSpec.varied(seed)));
  }

  @Property(tries = 60)
  void everyGeneratedProjectWithTheWholeRecordAndBreaksReadsBackFromAWorkbookAsTheSameProject(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 6) int livedExperience,
      @ForAll @IntRange(min = 1, max = 6) int professional,
      @ForAll @IntRange(min = 0, max = 12) int meetings,
      @ForAll @IntRange(min = 0, max = 6) int impacts,
      @ForAll boolean closed)
      throws IOException {
    readsBack(
        withBreaks(
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
                    .build()),
            seed));
  }

  /**
   * The project with breaks for some of its people, drawn from the seed: one that ended, one still
   * going on, agreed or not, each within the person's time and begun by any close, as the format
   * requires.
   */
  static Project withBreaks(Project project, long seed) {
    Seq<Participant> people =
        project
            .participants()
            .zipWithIndex()
            .map(
                pi -> {
                  Participant p = pi._1;
                  long n = Math.floorMod(seed + pi._2 * 7919L, 1_000_003L);
                  if (n % 3 == 0) {
                    return p;
                  }
                  LocalDate from = p.joined().plusDays(n % 20);
                  LocalDate last =
                      Option.of(LocalDate.MAX)
                          .map(d -> p.left().filter(d::isAfter).getOrElse(d))
                          .map(d -> project.closed().filter(d::isAfter).getOrElse(d))
                          .get();
                  if (from.isAfter(last)) {
                    from = p.joined();
                  }
                  Break.Builder b = Break.builder().from(from).agreed(n % 4 != 1);
                  if (n % 5 != 0 || p.left().isDefined()) {
                    LocalDate until = from.plusDays(3 + n % 40);
                    b.until(p.left().filter(until::isAfter).getOrElse(until));
                  }
                  return p.withBreaks(List.of(b.build()));
                });
    return project.withParticipants(people);
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
