package org.coprod.examples.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.coprod.cli.Coprod;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.examples.workbook.BrokenWorkbooks.Cell;
import org.coprod.examples.workbook.BrokenWorkbooks.Kind;
import org.coprod.examples.workbook.BrokenWorkbooks.Sheet;
import org.coprod.io.ProjectFiles;
import org.coprod.workbook.Workbooks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * A corpus of workbooks with one mistake each, made from the meeting register of {@code records/}:
 * the command refuses every one with exit code 2, names the sheet and cell (or the file, for a
 * mistake in the file as a whole) and says what is wrong, and checks nothing.
 */
class BrokenWorkbooksTest {
  private static final Path REGISTER =
      Path.of(System.getProperty("basedir", "."), "records", "meeting-register.yaml");

  private static Project project;

  @BeforeAll
  static void readTheRegister() {
    Validation<Seq<Problem>, Project> read = ProjectFiles.read(REGISTER);
    assertThat(read.isValid()).as("%s", read).isTrue();
    project = read.get();
  }

  /**
   * One kind of mistake.
   *
   * @param name what the mistake is
   * @param change makes it in the sheets
   * @param place where the problem must say it is
   * @param words what the problem must say
   */
  record Mistake(String name, Consumer<Map<String, Sheet>> change, String place, String words) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Cell text(String t) {
    return new Cell(Kind.TEXT, t);
  }

  static Stream<Mistake> mistakes() {
    return Stream.of(
        new Mistake(
            "an unknown sheet",
            s -> {
              Sheet extra = new Sheet("Contributons");
              extra.set(1, 0, text("id"));
              s.put("Contributons", extra);
            },
            "Contributons",
            "did you mean 'Contributions'?"),
        new Mistake(
            "a missing column",
            s -> s.get("Contributions").removeColumn("participant"),
            "Contributions!A1",
            "row 1 has no column 'participant'"),
        new Mistake(
            "an unknown column",
            s -> s.get("Contributions").set(1, "hours", text("hourz")),
            "Contributions!F1",
            "'hourz' is not a column of Contributions; did you mean 'hours'?"),
        new Mistake(
            "a column twice",
            s -> {
              Sheet c = s.get("Contributions");
              c.set(1, c.lastColumn() + 1, text("hours"));
            },
            "Contributions!R1",
            "the column 'hours' appears twice"),
        new Mistake(
            "a wrong constant",
            s -> s.get("Contributions").set(2, "phase", text("Design")),
            "Contributions!D2",
            "contributions[0].phase: 'Design' is not a phase"),
        new Mistake(
            "a bad date",
            s -> s.get("Contributions").set(2, "date", text("20/02/2024")),
            "Contributions!C2",
            "is not a date written YYYY-MM-DD"),
        new Mistake(
            "a number where a date belongs",
            s -> s.get("Contributions").set(2, "date", new Cell(Kind.NUMBER, "45342")),
            "Contributions!C2",
            "where a date belongs"),
        new Mistake(
            "a date and a time",
            s -> s.get("Contributions").set(2, "date", new Cell(Kind.DATE, "2024-02-20T14:30")),
            "Contributions!C2",
            "a date and a time"),
        new Mistake(
            "a formula",
            s -> s.get("Contributions").set(2, "hours", new Cell(Kind.FORMULA, "2+2")),
            "Contributions!F2",
            "the cell holds a formula"),
        new Mistake(
            "a value beside a key and its value",
            s -> s.get("Project").set(3, 2, text("a note")),
            "Project!C3",
            "this cell lies beyond them"),
        new Mistake(
            "merged cells",
            s -> s.get("Participants").merged.add(new int[] {2, 0, 2, 1}),
            "Participants!A3:B3",
            "cells are merged"),
        new Mistake(
            "an empty row in the middle",
            s -> s.get("Contributions").insertEmptyRow(3),
            "Contributions!A3",
            "row 3 of Contributions is empty, and rows below it hold values"),
        new Mistake(
            "a duplicate id",
            // carer-3's row, who has no breaks: a break's row names its person by id, and one
            // that names nobody is refused before ids are compared
            s -> s.get("Participants").set(4, "id", text("carer-1")),
            "Participants!A4",
            "carer-1"),
        new Mistake(
            "a dangling id",
            s -> s.get("Contributions").set(2, "participant", text("ana")),
            "Contributions!B2",
            "contributions[0].participant: no participant has the id 'ana'"),
        new Mistake(
            "a number stored as text",
            s -> s.get("Contributions").set(2, "hours", text("4")),
            "Contributions!F2",
            "the number 4 stored as text: enter it as a number"),
        new Mistake(
            "a required value left empty",
            s -> s.get("Contributions").set(2, "hours", null),
            "Contributions!F2",
            "'hours' needs a value"),
        new Mistake(
            "a value under no key",
            s -> {
              Sheet c = s.get("Contributions");
              c.set(2, c.lastColumn() + 2, text("stray"));
            },
            "Contributions!S2",
            "a column that row 1 gives no key"),
        new Mistake(
            "text in a true-or-false column",
            s -> s.get("Decisions").set(2, "key", text("yes")),
            "Decisions!F2",
            "'yes' is not true or false"),
        new Mistake(
            "a row of a sheet of its own naming nothing",
            s -> s.get("Credits").set(2, "output", text("no-such-output")),
            "Credits!A2",
            "no row of Outputs has the output 'no-such-output'"),
        new Mistake(
            "a misspelt key of the project",
            s -> {
              Sheet p = s.get("Project");
              for (Map.Entry<Integer, java.util.TreeMap<Integer, Cell>> r : p.rows.entrySet()) {
                if (r.getValue().get(0).text().equals("title")) {
                  r.getValue().put(0, text("titel"));
                }
              }
            },
            "Project!A3",
            "'titel' is not a key of the project; did you mean 'title'?"),
        new Mistake(
            "an agreement named after another version",
            s -> {
              Sheet a = s.remove("Agreement 1");
              Sheet renamed = new Sheet("Agreement 2");
              renamed.rows.putAll(a.rows);
              s.put("Agreement 2", renamed);
            },
            "'Agreement 2'!B1",
            "name each table after its version"),
        new Mistake(
            "a break that ends before it begins",
            s -> s.get("Breaks").set(2, "until", text("2024-03-01")),
            "Breaks!C2",
            "participants[1].breaks[0].until: the break ends before it begins"),
        new Mistake(
            "a break of someone not in the group",
            s -> s.get("Breaks").set(2, "participant", text("carer-9")),
            "Breaks!A2",
            "no row of Participants has the participant 'carer-9'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void everyMistakeIsRefusedAtItsCellAndNothingIsChecked(Mistake m, @TempDir Path dir)
      throws IOException {
    Map<String, Sheet> sheets = BrokenWorkbooks.sheets(project);
    m.change().accept(sheets);
    Path file = dir.resolve("project.xlsx");
    BrokenWorkbooks.write(sheets, file);
    refused(file, m.place(), m.words());
  }

  /** The command's answer: exit 2, nothing on standard output, the problem on standard error. */
  private static void refused(Path file, String place, String words) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Coprod.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute("check", file.toString());
    assertThat(code).as(err.toString()).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .contains(place.isEmpty() ? file + ": " : file + ":" + place + ":")
        .contains(words)
        .contains("nothing was checked")
        .doesNotContain("\tat ");
  }

  @Test
  void aZipBombIsRefusedBeforeACellIsRead(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("project.xlsx");
    BrokenWorkbooks.write(BrokenWorkbooks.sheets(project), file);
    BrokenWorkbooks.rewrite(
        file, Map.of(), Map.of("xl/media/zeros.bin", new byte[64 * 1024 * 1024]));
    refused(file, "", "a zip bomb");
  }

  @Test
  void aFileThatIsNoWorkbookIsRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("project.xlsx");
    Files.writeString(file, "coprod: 1\n", StandardCharsets.UTF_8);
    refused(file, "", "the file is not a workbook (.xlsx)");
  }

  @Test
  void aWorkbookOfAnOlderExcelIsRefusedWithWhatToDo(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("project.xlsx");
    byte[] header = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    Files.write(file, header);
    refused(file, "", "save it as an Excel Workbook (.xlsx)");
  }

  @Test
  void aWorkbookInThe1904DateSystemReadsItsDatesRight(@TempDir Path dir) throws IOException {
    Map<String, Sheet> sheets = BrokenWorkbooks.sheets(project);
    // every date as a serial number of the 1904 system, formatted as a date
    for (Sheet s : sheets.values()) {
      s.rows
          .values()
          .forEach(
              r ->
                  r.replaceAll(
                      (c, cell) ->
                          cell.kind() == Kind.DATE
                              ? new Cell(
                                  Kind.DATE,
                                  "1904:"
                                      + java.time.temporal.ChronoUnit.DAYS.between(
                                          java.time.LocalDate.of(1904, 1, 1),
                                          java.time.LocalDate.parse(cell.text())))
                              : cell));
    }
    Path file = dir.resolve("project.xlsx");
    BrokenWorkbooks.write(sheets, file);
    BrokenWorkbooks.rewrite(file, Map.of("xl/workbook.xml", BrokenWorkbooks.date1904()), Map.of());
    Validation<Seq<Problem>, Project> read = Workbooks.read(file);
    assertThat(read.isValid()).as("%s", read).isTrue();
    assertThat(read.get()).isEqualTo(project);
  }
}
