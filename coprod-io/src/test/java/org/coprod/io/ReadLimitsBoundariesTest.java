package org.coprod.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.junit.jupiter.api.Test;

/**
 * The read limits at their boundaries, each met exactly and broken by one, for a JSON file read
 * from its bytes and from its characters and for the same text as YAML; and a problem placed at the
 * same line and column, counted in characters, whether JSON was read from its bytes or its
 * characters.
 */
class ReadLimitsBoundariesTest {
  /**
   * Values counted by hand: the file's mapping (1), coprod (2), project's mapping (3), its id,
   * title and start (6), participants' list (7), ana's mapping (8), her id, side and joining (11),
   * her perspectives' list (12) and the one in it (13). Nested four deep: the file's mapping,
   * participants, ana, her perspectives.
   */
  private static final String SMALL =
      "{\"coprod\": 1,\n"
          + " \"project\": {\"id\": \"p\", \"title\": \"Zoë ✓ 😀\", \"started\": \"2024-01-01\"},\n"
          + " \"participants\": [{\"id\": \"ana\", \"side\": \"LIVED_EXPERIENCE\",\n"
          + "   \"joined\": \"2024-01-01\", \"perspectives\": [\"CARING\"]}]}\n";

  private static final int VALUES = 13;
  private static final int DEPTH = 4;

  /** The three ways of reading a file. */
  private static List<Validation<Seq<Problem>, Project>> everyWay(
      String text, UnaryOperator<ReadLimits> limits) {
    ReadLimits l = limits.apply(ReadLimits.defaults());
    return List.of(
        ProjectFiles.read(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Format.JSON, "f", l),
        ProjectFiles.read(new StringReader(text), Format.JSON, "f", l),
        ProjectFiles.read(new StringReader(text), Format.YAML, "f", l));
  }

  private static String text(Validation<Seq<Problem>, Project> read) {
    return read.isValid() ? "" : read.getError().mkString("\n");
  }

  @Test
  void theSmallFileReadsEveryWay() {
    for (Validation<Seq<Problem>, Project> read : everyWay(SMALL, l -> l)) {
      assertThat(text(read)).isEmpty();
      assertThat(read.get().title()).isEqualTo("Zoë ✓ 😀");
    }
  }

  @Test
  void aFileOfExactlyTheMostValuesReadsAndOneFewerAllowedIsRefused() {
    for (Validation<Seq<Problem>, Project> read : everyWay(SMALL, l -> l.withMaxElements(VALUES))) {
      assertThat(text(read)).isEmpty();
    }
    for (Validation<Seq<Problem>, Project> read :
        everyWay(SMALL, l -> l.withMaxElements(VALUES - 1))) {
      assertThat(read.isInvalid()).isTrue();
      assertThat(read.getError().map(Problem::kind)).containsExactly(Problem.Kind.LIMIT_EXCEEDED);
      assertThat(read.getError().head().message())
          .isEqualTo("the file holds more values than the limit of " + (VALUES - 1));
      // the 13th value, CARING, on line 4
      assertThat(read.getError().head().line()).containsExactly(4);
    }
  }

  @Test
  void aFileNestedExactlyToTheLimitReadsAndOneLevelDeeperIsRefused() {
    for (Validation<Seq<Problem>, Project> read : everyWay(SMALL, l -> l.withMaxDepth(DEPTH))) {
      assertThat(text(read)).isEmpty();
    }
    for (Validation<Seq<Problem>, Project> read : everyWay(SMALL, l -> l.withMaxDepth(DEPTH - 1))) {
      assertThat(read.isInvalid()).isTrue();
      assertThat(read.getError().map(Problem::kind)).containsExactly(Problem.Kind.LIMIT_EXCEEDED);
      assertThat(read.getError().head().message())
          .isEqualTo("lists and mappings are nested deeper than the limit of " + (DEPTH - 1));
      assertThat(read.getError().head().line()).containsExactly(4);
    }
  }

  /** Three people whose side is not a side, on lines 3, 4 and 5, after wide characters. */
  private static final String THREE_WRONG =
      "{\"coprod\": 1, \"project\": {\"id\": \"p\", \"title\": \"T\", \"started\": \"2024-01-01\"},\n"
          + " \"participants\": [\n"
          + "  {\"id\": \"a\", \"name\": \"Zoë ✓ 😀\", \"side\": \"PATIENT\", \"joined\": \"2024-01-01\"},\n"
          + "  {\"id\": \"b\", \"side\": \"PATIENT\", \"joined\": \"2024-01-01\"},\n"
          + "  {\"id\": \"c\", \"name\": \"日本語\", \"side\": \"PATIENT\", \"joined\": \"2024-01-01\"}]}\n";

  /** The column of the first "PATIENT" on a line of the file, in characters, from 1. */
  private static int columnOfPatient(int line) {
    String text = THREE_WRONG.split("\n")[line - 1];
    return text.indexOf("\"PATIENT\"") + 1;
  }

  @Test
  void aProblemIsPlacedAtTheSameLineAndColumnInCharactersWhetherJsonIsReadAsBytesOrCharacters() {
    // the two readings of JSON; YAML's parser counts a character beyond the 16-bit range (the
    // face on line 3) as one column where Java's strings count two
    List<Validation<Seq<Problem>, Project>> ways = everyWay(THREE_WRONG, l -> l).subList(0, 2);
    for (int way = 0; way < ways.size(); way++) {
      Validation<Seq<Problem>, Project> read = ways.get(way);
      Seq<Problem> sides = read.getError().filter(p -> p.path().endsWith(".side"));
      assertThat(sides.map(Problem::path))
          .containsExactly("participants[0].side", "participants[1].side", "participants[2].side");
      assertThat(sides.map(p -> p.line().get())).containsExactly(3, 4, 5);
      assertThat(sides.map(p -> p.column().get()))
          .as("way %s", way)
          .containsExactly(columnOfPatient(3), columnOfPatient(4), columnOfPatient(5));
    }
  }

  @Test
  void readingStopsAtExactlyTheMostProblemsAndSaysSoWhereItStopped() {
    for (Validation<Seq<Problem>, Project> read :
        everyWay(THREE_WRONG, l -> l.withMaxProblems(4))) {
      assertThat(read.getError().filter(p -> p.path().endsWith(".side"))).hasSize(3);
      assertThat(text(read)).doesNotContain("reading stopped");
    }
    for (Validation<Seq<Problem>, Project> read :
        everyWay(THREE_WRONG, l -> l.withMaxProblems(3))) {
      Seq<Problem> problems = read.getError();
      assertThat(problems).hasSize(4);
      assertThat(problems.map(Problem::kind))
          .containsExactly(
              Problem.Kind.INVALID_VALUE,
              Problem.Kind.INVALID_VALUE,
              Problem.Kind.INVALID_VALUE,
              Problem.Kind.LIMIT_EXCEEDED);
      Problem stopped = problems.last();
      assertThat(stopped.message()).isEqualTo("reading stopped after 3 problems");
      assertThat(stopped.line()).containsExactly(5);
      assertThat(stopped.column()).containsExactly(columnOfPatient(5));
    }
  }
}
