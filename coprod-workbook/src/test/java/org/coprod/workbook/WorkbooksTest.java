package org.coprod.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.coprod.core.Participant;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.core.synthetic.ProjectGenerator;
import org.coprod.core.synthetic.ProjectSpec;
import org.coprod.io.ReadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks as files: the drop-down lists they carry, the limits they are read within, and what a
 * file that is not one, or not there, gives.
 */
class WorkbooksTest {
  @TempDir Path dir;

  private static Project project() {
    return ProjectGenerator.generate(
        ProjectSpec.builder().seed(11).contributions(30).decisions(4).meetings(3).build());
  }

  private Path written() throws IOException {
    Path file = dir.resolve("project.xlsx");
    Workbooks.write(project(), file);
    return file;
  }

  private static String text(Validation<Seq<Problem>, Project> read) {
    return read.isValid() ? "" : read.getError().mkString("\n");
  }

  /** The XML of a sheet, found by its place in the workbook (sheets are written in order). */
  private static String sheet(Path file, int number) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile());
        InputStream in =
            zip.getInputStream(zip.getEntry("xl/worksheets/sheet" + number + ".xml"))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void singleConstantsAndIdsOfAnotherSheetOfferADropDownAndListsDoNot() throws IOException {
    Path file = written();
    // Contributions is the fifth sheet: participant in B, phase in D, skills in G
    String contributions = sheet(file, 5);
    for (String wanted :
        java.util.List.of(
            "sqref=\"D2:D",
            "\"SCOPING,DESIGN,DELIVERY,EVALUATION,DISSEMINATION\"",
            "sqref=\"B2:B",
            "'Participants'!$A$2:$A$")) {
      assertThat(contributions.contains(wanted)).as("the sheet holds %s", wanted).isTrue();
    }
    assertThat(contributions.contains("sqref=\"G2:G")).as("no drop-down on skills").isFalse();
    // the project's own sheet offers its constants on their value cells
    assertThat(sheet(file, 1).contains("TRANSACTIONAL,SPECIALIST,EXPERIENCE_SHAPED")).isTrue();
  }

  @Test
  void aZipOfMoreEntriesThanTheLimitIsRefusedWhole() throws IOException {
    Path file = written();
    Validation<Seq<Problem>, Project> read =
        Workbooks.read(file, WorkbookLimits.defaults().withMaxEntries(5));
    assertThat(text(read)).contains(file + ": the workbook holds").contains("the limit of 5");
  }

  @Test
  void anEntryLargerThanTheLimitIsRefused() throws IOException {
    Path file = written();
    assertThat(text(Workbooks.read(file, WorkbookLimits.defaults().withMaxEntryBytes(2_000))))
        .contains("unpacks to more than the limit of 2000 bytes");
    assertThat(text(Workbooks.read(file, WorkbookLimits.defaults().withMaxTotalBytes(20_000))))
        .contains("the workbook unpacks to more than the limit of 20000 bytes");
  }

  @Test
  void theProjectsLimitsApplyToTheWorkbookAndWhatItHolds() throws IOException {
    Path file = written();
    assertThat(
            text(
                Workbooks.read(
                    file,
                    WorkbookLimits.defaults()
                        .withProject(ReadLimits.defaults().withMaxFileBytes(100)))))
        .contains("the file is larger than the limit of 100 bytes");
    assertThat(
            text(
                Workbooks.read(
                    file,
                    WorkbookLimits.defaults()
                        .withProject(ReadLimits.defaults().withMaxElements(50)))))
        .contains("more values than the limit of 50");
  }

  @Test
  void aMissingFileOrAFolderIsAProblemNotAnException() {
    assertThat(text(Workbooks.read(dir.resolve("none.xlsx")))).contains("the file does not exist");
    assertThat(text(Workbooks.read(dir))).contains("this is a folder, not a file");
  }

  @Test
  void workbooksAreKnownByTheirName() {
    assertThat(Workbooks.isWorkbook(Path.of("a/Project.XLSX"))).isTrue();
    assertThat(Workbooks.isWorkbook(Path.of("project.xls"))).isFalse();
    assertThat(Workbooks.isWorkbook(Path.of("project.yaml"))).isFalse();
  }

  @Test
  void textNoCellCanCarryIsRefusedWhenWritingNotLost() {
    Project p = project();
    Project blank = Project.builder().from(p).purpose(" ").build();
    assertThatThrownBy(() -> Workbooks.write(blank, dir.resolve("blank.xlsx")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty or blank");
    Project longText = Project.builder().from(p).purpose("x".repeat(40_000)).build();
    assertThatThrownBy(() -> Workbooks.write(longText, dir.resolve("long.xlsx")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32767 characters");
  }

  @Test
  void listItemsHoldingSemicolonsQuotesOrSpacesComeBackAsTheyWere() throws IOException {
    Project p = project();
    Participant first = p.participants().head();
    Participant awkward =
        first
            .withSkills(
                io.vavr.collection.List.of(
                    "large print; audio", "the \"quiet\" room", "\"quoted\"", " padded ", ";"))
            .withAccessNeeds(io.vavr.collection.List.of("step-free; hybrid", "plain"));
    Project q =
        Project.builder().from(p).participants(p.participants().tail().prepend(awkward)).build();
    Path file = dir.resolve("awkward.xlsx");
    Workbooks.write(q, file);
    Validation<Seq<Problem>, Project> read = Workbooks.read(file);
    assertThat(read.isValid()).as(text(read)).isTrue();
    assertThat(read.get()).isEqualTo(q);
    assertThat(read.get().participants().head().skills()).hasSize(5);
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> WorkbookLimits.defaults().withMaxRatio(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Files.exists(dir)).isTrue();
  }
}
