package org.coprod.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.core.synthetic.ProjectGenerator;
import org.coprod.core.synthetic.ProjectSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project kept as a folder: a project file, and lists as CSV files that replace the file's; read
 * as one project, every problem named by its file, row and column.
 */
class ProjectFoldersTest {
  private static final Set<String> REGISTER =
      Set.of(
          "participants.csv",
          "meetings.csv",
          "attendance.csv",
          "contributions.csv",
          "decisions.csv");

  private static Project project(long seed) {
    return ProjectGenerator.generate(
        ProjectSpec.builder()
            .seed(seed)
            .livedExperience(4)
            .professional(3)
            .contributions(40)
            .decisions(6)
            .meetings(8)
            .impacts(3)
            .checkInRounds(2)
            .storyConsent(true)
            .build());
  }

  private static String text(Validation<Seq<Problem>, Project> read) {
    return read.isValid() ? "" : read.getError().mkString("\n");
  }

  @Property(tries = 30)
  void aFolderWithItsListsAsCsvFilesReadsAsTheProjectTheyCameFrom(@ForAll long seed)
      throws IOException {
    Project p = project(seed);
    Path folder = Files.createTempDirectory("coprod-folder");
    try {
      CsvTables.folder(p, folder, REGISTER);
      Validation<Seq<Problem>, Project> read = ProjectFolders.read(folder);
      assertThat(read.isValid()).as(text(read)).isTrue();
      assertThat(read.get()).isEqualTo(p);
    } finally {
      try (var files = Files.list(folder)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(folder);
    }
  }

  @Test
  void theListsOfCsvFilesReplaceTheProjectFilesLists(@TempDir Path folder) throws IOException {
    Project p = project(7);
    CsvTables.folder(p, folder, Set.of("participants.csv"));
    // the project file keeps its own participants too; the CSV file's are the ones read
    Files.writeString(
        folder.resolve("project.yaml"),
        ProjectFiles.toText(p, Format.YAML),
        StandardCharsets.UTF_8);
    String csv = Files.readString(folder.resolve("participants.csv"), StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("participants.csv"),
        csv.replaceFirst("\r\n([^,]*),", "\r\n$1,"),
        StandardCharsets.UTF_8);
    Validation<Seq<Problem>, Project> read = ProjectFolders.read(folder);
    assertThat(read.isValid()).as(text(read)).isTrue();
    assertThat(read.get()).isEqualTo(p);
    assertThat(ProjectFolders.isProjectFolder(folder)).isTrue();
  }

  @Test
  void aDuplicateIdIsReportedBeforeTheProblemsItCausesInTheRowsThatNameIt(@TempDir Path folder)
      throws IOException {
    Project base = project(3);
    org.coprod.core.Participant second = base.participants().get(1);
    Project p =
        base.withParticipants(
            base.participants()
                .update(
                    1,
                    second.withBreaks(
                        io.vavr.collection.List.of(
                            org.coprod.core.Break.builder()
                                .from(second.joined().plusDays(3))
                                .until(second.joined().plusDays(9))
                                .build()))));
    CsvTables.folder(p, folder, Set.of("participants.csv", "breaks.csv"));
    Path people = folder.resolve("participants.csv");
    String[] lines = Files.readString(people, StandardCharsets.UTF_8).split("\r\n");
    String firstId = lines[1].split(",", -1)[0];
    String secondId = lines[2].split(",", -1)[0];
    lines[2] = firstId + lines[2].substring(secondId.length());
    Files.writeString(people, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    Validation<Seq<Problem>, Project> read = ProjectFolders.read(folder);
    // the second row took the first's id, so the break of the person it was is left without them:
    // the repeated id is what to fix, and comes first
    assertThat(read.getError().map(Problem::kind))
        .containsExactly(Problem.Kind.DUPLICATE_ID, Problem.Kind.DANGLING_REFERENCE);
    assertThat(text(read))
        .startsWith(
            people
                + ":A3: participants[1].id: the id '"
                + firstId
                + "' is already used at participants[0].id")
        .contains(
            "breaks.csv:A2: breaks: no row of participants.csv has the participant '"
                + secondId
                + "'");
  }

  @Test
  void aRepeatedIdThatLeavesNoRowWithoutItsItemIsLeftToTheProjectsValidation(@TempDir Path folder)
      throws IOException {
    CsvTables.folder(project(3), folder, Set.of("participants.csv", "breaks.csv"));
    Path people = folder.resolve("participants.csv");
    String[] lines = Files.readString(people, StandardCharsets.UTF_8).split("\r\n");
    String firstId = lines[1].split(",", -1)[0];
    String secondId = lines[2].split(",", -1)[0];
    lines[2] = firstId + lines[2].substring(secondId.length());
    Files.writeString(people, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    Validation<Seq<Problem>, Project> read = ProjectFolders.read(folder);
    // reported once, by the validation that also reports everything else
    assertThat(
            read.getError().filter(p -> p.kind() == Problem.Kind.DUPLICATE_ID).map(Problem::path))
        .containsExactly("participants[1].id");
  }

  @Test
  void aProblemNamesTheFileRowAndColumn(@TempDir Path folder) throws IOException {
    CsvTables.folder(project(3), folder, REGISTER);
    Path people = folder.resolve("participants.csv");
    String[] lines = Files.readString(people, StandardCharsets.UTF_8).split("\r\n");
    lines[2] = lines[2].replaceFirst("LIVED_EXPERIENCE|PROFESSIONAL", "PATIENT");
    Files.writeString(people, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    Validation<Seq<Problem>, Project> read = ProjectFolders.read(folder);
    assertThat(text(read))
        .contains(people + ":C3: participants[1].side: the value is not a side")
        .doesNotContain("PATIENT")
        .doesNotContain("project.yaml");
  }

  @Test
  void aValidationProblemIsPlacedInTheCsvFileItCameFrom(@TempDir Path folder) throws IOException {
    CsvTables.folder(project(5), folder, REGISTER);
    Path work = folder.resolve("contributions.csv");
    String[] lines = Files.readString(work, StandardCharsets.UTF_8).split("\r\n");
    String[] cells = lines[1].split(",", -1);
    cells[1] = "ana";
    lines[1] = String.join(",", cells);
    Files.writeString(work, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    assertThat(text(ProjectFolders.read(folder)))
        .contains(work + ":B2: contributions[0].participant: no participant has the id 'ana'");
  }

  @Test
  void attendanceComesWithItsMeetings(@TempDir Path folder) throws IOException {
    CsvTables.folder(project(5), folder, Set.of("attendance.csv"));
    assertThat(text(ProjectFolders.read(folder)))
        .contains("attendance.csv adds to the items of meetings.csv, which the folder lacks");
  }

  @Test
  void aCsvFileOfAnUnknownNameIsAProblemThatNamesTheNearest(@TempDir Path folder)
      throws IOException {
    CsvTables.folder(project(5), folder, Set.of("participants.csv", "decisions.csv"));
    Files.move(folder.resolve("participants.csv"), folder.resolve("participant.csv"));
    assertThat(text(ProjectFolders.read(folder)))
        .contains(
            "the file 'participant.csv' holds nothing coprod reads; did you mean 'participants.csv'?");
  }

  @Test
  void otherCsvFilesBesideProjectFilesMakeNoProjectFolder(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("a.yaml"), "coprod: 1\n", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("stats.csv"), "project\r\n", StandardCharsets.UTF_8);
    assertThat(ProjectFolders.isProjectFolder(folder)).isFalse();
    Files.writeString(folder.resolve("meetings.csv"), "id\r\n", StandardCharsets.UTF_8);
    assertThat(ProjectFolders.isProjectFolder(folder)).isTrue();
  }

  @Test
  void aFolderNeedsOneProjectFile(@TempDir Path folder) throws IOException {
    Files.writeString(
        folder.resolve("participants.csv"), "id,side,joined\r\n", StandardCharsets.UTF_8);
    assertThat(text(ProjectFolders.read(folder))).contains("the folder holds no project file");
    Files.writeString(folder.resolve("a.yaml"), "coprod: 1\n", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("b.yaml"), "coprod: 1\n", StandardCharsets.UTF_8);
    assertThat(text(ProjectFolders.read(folder)))
        .contains("the folder holds 2 project files (a.yaml, b.yaml) beside its CSV lists");
  }

  @Test
  void aBrokenCsvFileIsAProblemAtItsRow(@TempDir Path folder) throws IOException {
    CsvTables.folder(project(5), folder, Set.of("participants.csv"));
    Path people = folder.resolve("participants.csv");
    Files.writeString(
        people,
        Files.readString(people, StandardCharsets.UTF_8) + "x,\"un\"closed,1\r\n",
        StandardCharsets.UTF_8);
    Validation<Seq<Problem>, Project> read = ProjectFolders.read(folder);
    assertThat(read.isInvalid()).isTrue();
    assertThat(text(read)).contains(people.toString() + ":A");
  }
}
