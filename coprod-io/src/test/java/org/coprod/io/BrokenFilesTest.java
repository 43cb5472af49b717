package org.coprod.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.core.ProjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of broken files, one defect each, and the one problem each must give: its kind, path and
 * line, and a piece of its message. The table is {@code broken/expected.tsv}.
 */
class BrokenFilesTest {
  static final Path BROKEN = Path.of("src/test/resources/broken");
  static final Path LEDGERS = Path.of("src/test/resources/ledgers");

  record Expected(String file, Problem.Kind kind, String path, int line, String says) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Expected> table() throws IOException {
    return Files.readAllLines(BROKEN.resolve("expected.tsv"), StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t", -1))
        .map(
            c ->
                new Expected(c[0], Problem.Kind.valueOf(c[1]), c[2], Integer.parseInt(c[3]), c[4]));
  }

  /**
   * Reads a broken file the way its name says: a project file, or a ledger with a sound partner.
   */
  static Validation<Seq<Problem>, Project> read(Path file) {
    String name = file.getFileName().toString();
    if (name.startsWith("contributions-")) {
      return Ledgers.read(
          LEDGERS.resolve("participants.csv"),
          file,
          ProjectId.of("base"),
          "Base",
          LocalDate.of(2020, 1, 1));
    }
    if (name.startsWith("participants-")) {
      return Ledgers.read(
          file,
          LEDGERS.resolve("contributions.csv"),
          ProjectId.of("base"),
          "Base",
          LocalDate.of(2020, 1, 1));
    }
    return ProjectFiles.read(file);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void eachBrokenFileGivesExactlyItsProblem(Expected expected) {
    Path file = BROKEN.resolve(expected.file());
    Validation<Seq<Problem>, Project> read = read(file);
    assertThat(read.isInvalid()).as("%s reads as a project", expected.file()).isTrue();
    Seq<Problem> problems = read.getError();
    assertThat(problems).as("%s", problems.mkString("\n")).hasSize(1);
    Problem p = problems.head();
    assertThat(p.kind()).as("%s", p).isEqualTo(expected.kind());
    assertThat(p.path()).as("%s", p).isEqualTo(expected.path());
    assertThat(p.line().getOrElse(0)).as("%s", p).isEqualTo(expected.line());
    assertThat(p.column().getOrElse(0)).as("%s", p).isPositive();
    assertThat(p.source().getOrElse("")).as("%s", p).isEqualTo(file.toString());
    assertThat(p.message()).as("%s", p).contains(expected.says());
  }

  @Test
  void theCorpusHoldsAtLeastThirtyFilesAndEveryOneIsInTheTable() throws IOException {
    List<String> listed = table().map(Expected::file).toList();
    try (Stream<Path> files = Files.list(BROKEN)) {
      List<String> present =
          files
              .map(f -> f.getFileName().toString())
              .filter(n -> !n.equals("expected.tsv"))
              .sorted()
              .toList();
      assertThat(listed).containsExactlyInAnyOrderElementsOf(present);
    }
    assertThat(listed).hasSizeGreaterThanOrEqualTo(30);
  }
}
