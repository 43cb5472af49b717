package org.coprod.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.core.ProjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files made to hurt the reader: every one is refused (or read) as a problem with its file, line,
 * column and path, in time and memory in proportion to the limits, never with an exception.
 */
class HostileFilesTest {
  /**
   * A guard against the quadratic readings of old, which took minutes; never a measure of speed.
   */
  private static final Duration HANG = Duration.ofSeconds(60);

  private static final String HEAD = ReadingTest.HEAD;

  private static String work(String fields) {
    return HEAD
        + "contributions:\n  - {participant: ana, date: 2020-02-01, phase: DESIGN, kind: IDEA, "
        + fields
        + "}\n";
  }

  private static Seq<Problem> problems(Validation<Seq<Problem>, Project> read) {
    assertThat(read.isInvalid()).as("refused").isTrue();
    assertThat(read.getError())
        .allSatisfy(
            p -> {
              assertThat(p.source()).as("source of " + p).isNotEmpty();
              assertThat(p.line()).as("line of " + p).isNotEmpty();
              assertThat(p.column()).as("column of " + p).isNotEmpty();
            });
    return read.getError();
  }

  private static Validation<Seq<Problem>, Project> yaml(String text) {
    return ProjectFiles.read(new StringReader(text), Format.YAML, "hostile.yaml");
  }

  private static Validation<Seq<Problem>, Project> json(String text) {
    return ProjectFiles.read(new StringReader(text), Format.JSON, "hostile.json");
  }

  // ---- long text

  @Test
  void aYamlScalarOfTwentyMillionCharactersStopsAtTheLimit() {
    String text = HEAD.replace("id: ana,", "id: ana, name: " + "x".repeat(20_000_000) + ",");
    Seq<Problem> problems = assertTimeoutPreemptively(HANG, () -> problems(yaml(text)));
    assertThat(problems).hasSize(1);
    assertThat(problems.head().kind()).isEqualTo(Problem.Kind.LIMIT_EXCEEDED);
    assertThat(problems.head().message()).contains("longer than the limit of 1000000 characters");
    assertThat(problems.head().line()).contains(4);
    assertThat(problems.head().path()).startsWith("participants");
  }

  @Test
  void aScalarInBlockStyleIsRefusedAtItsKey() {
    String text =
        HEAD.replace(
            "  - {id: bo, side: PROFESSIONAL, joined: 2020-01-01}\n",
            "  - id: bo\n    side: PROFESSIONAL\n    joined: 2020-01-01\n    name: "
                + "x".repeat(300)
                + "\n");
    Seq<Problem> problems =
        problems(
            ProjectFiles.read(
                new StringReader(text),
                Format.YAML,
                "hostile.yaml",
                ReadLimits.defaults().withMaxStringLength(100)));
    assertThat(problems.map(p -> p.path() + " " + p.line().get() + ":" + p.column().get()))
        .containsExactly("participants[1].name 8:11");
    assertThat(problems.head().message()).contains("longer than the limit of 100 characters");
  }

  @Test
  void aScalarFoldedOverManyLinesStopsNearTheLimit() {
    String text =
        HEAD + "x-note: " + "abcdefghi\n  ".repeat(1_000) + "\n" + "x-after: " + "y".repeat(50);
    ReadLimits limits = ReadLimits.defaults().withMaxStringLength(500);
    Seq<Problem> problems =
        problems(ProjectFiles.read(new StringReader(text), Format.YAML, "hostile.yaml", limits));
    assertThat(problems.map(Problem::kind)).containsExactly(Problem.Kind.LIMIT_EXCEEDED);
    // stopped within the budget of one value, not at the end of the text
    assertThat(problems.head().line().get())
        .isLessThan(7 + (int) (BoundedYamlReader.budget(limits) / 10) + 2);
  }

  @Test
  void aLongCommentOrRunOfSpacesIsRefusedToo() {
    ReadLimits limits = ReadLimits.defaults().withMaxStringLength(100);
    assertThat(
            problems(
                    ProjectFiles.read(
                        new StringReader(HEAD + "# " + "c".repeat(200) + "\n"),
                        Format.YAML,
                        "hostile.yaml",
                        limits))
                .map(Problem::kind))
        .containsExactly(Problem.Kind.LIMIT_EXCEEDED);
    assertThat(
            ProjectFiles.read(
                    new StringReader(HEAD + "# " + "c".repeat(90) + "\n"),
                    Format.YAML,
                    "hostile.yaml",
                    limits)
                .isValid())
        .isTrue();
  }

  @Test
  void aTextJustUnderTheLimitIsReadWhateverItsStyle() {
    ReadLimits limits = ReadLimits.defaults().withMaxStringLength(2_000);
    String t = "t".repeat(1_999);
    for (String title :
        new String[] {
          t,
          "'" + t + "'",
          "\"" + t + "\"",
          "|\n    " + t + "\n",
          "\"" + "\\u0074".repeat(600) + "\""
        }) {
      String text =
          HEAD.replace(
              "project: {id: p, title: T, started: 2020-01-01}",
              "project:\n  id: p\n  started: 2020-01-01\n  title: " + title);
      Validation<Seq<Problem>, Project> read =
          ProjectFiles.read(new StringReader(text), Format.YAML, "long.yaml", limits);
      assertThat(read.isValid()).as(read.toString()).isTrue();
    }
  }

  @Test
  void theYamlReaderCopiesEachCharacterABoundedNumberOfTimes() {
    // one run of three million characters, looked ahead over as a plain scalar is
    String text = "k: " + "x".repeat(3_000_000) + "\n";
    BoundedYamlReader reader =
        new BoundedYamlReader(
            new StringReader(text), ReadLimits.defaults().withMaxStringLength(4_000_000));
    int n = 3;
    while (reader.peek(n) != '\n') {
      n++;
    }
    reader.forward(n);
    assertThat(reader.getIndex()).isEqualTo(3_000_003);
    // SnakeYAML's own reader copies n²/2,048 code points here: over four thousand million
    assertThat(reader.copied()).isLessThan(3L * text.length());
  }

  @Test
  void marksKeepNoTextOfTheFile() {
    BoundedYamlReader reader =
        new BoundedYamlReader(new StringReader("a: b\n"), ReadLimits.defaults());
    reader.forward(3);
    assertThat(reader.getMark().getBuffer()).isEmpty();
    assertThat(reader.getMark().getColumn()).isEqualTo(3);
  }

  // ---- anchors

  @Test
  void anchoredNodesShareOneBudget() {
    StringBuilder text = new StringBuilder(HEAD).append("x-lists:\n");
    for (int i = 0; i < 40; i++) {
      text.append("  - &a").append(i).append(" [1, 2, 3, 4, 5, 6, 7, 8]\n");
    }
    ReadLimits limits = ReadLimits.defaults().withMaxAliasedElements(100);
    // ten lists of ten values are kept; the eleventh is read but not kept
    assertThat(
            ProjectFiles.read(
                    new StringReader(text + "x-use: [*a0, *a9]\n"),
                    Format.YAML,
                    "anchors.yaml",
                    limits)
                .isValid())
        .isTrue();
    Seq<Problem> problems =
        problems(
            ProjectFiles.read(
                new StringReader(text + "x-use: [*a0, *a39]\n"),
                Format.YAML,
                "anchors.yaml",
                limits));
    assertThat(problems.map(Problem::kind)).containsExactly(Problem.Kind.LIMIT_EXCEEDED);
    assertThat(problems.head().message()).contains("not kept").contains("100 values");
    assertThat(problems.head().line()).contains(47);
    assertThat(problems.head().path()).isEqualTo("x-use");
  }

  @Test
  void aRepeatedNodeIsPlacedAtItsAliasAndNotAtItsAnchor() {
    String decisions =
        """
        decisions:
          - {id: d1, date: 2020-01-02, phase: SCOPING, topic: A, type: SCOPE, decidedBy: &b [ana, cy]}
          - {id: d2, date: 2020-01-03, phase: SCOPING, topic: B, type: SCOPE, decidedBy: *b}
        """;
    Seq<Problem> problems = problems(yaml(HEAD + decisions));
    assertThat(problems.map(p -> p.path() + " " + p.line().get() + ":" + p.column().get()))
        .containsExactly("decisions[0].decidedBy[1] 7:91", "decisions[1].decidedBy[1] 8:82");
  }

  // ---- numbers

  @Test
  void moneyWithThreeHundredThousandDigitsIsRefusedAtOnce() {
    String zeros = "0".repeat(300_000);
    Seq<Problem> yaml =
        assertTimeoutPreemptively(HANG, () -> problems(yaml(work("hours: 1, paid: 1" + zeros))));
    assertThat(yaml.map(p -> p.kind() + " " + p.path()))
        .containsExactly("INVALID_VALUE contributions[0].paid");
    assertThat(yaml.head().message()).contains("larger than the limit");
    // quoted, it is text where a number belongs; still sized up at once
    Seq<Problem> quoted =
        assertTimeoutPreemptively(
            HANG, () -> problems(yaml(work("hours: 1, paid: '1" + zeros + "'"))));
    assertThat(quoted.map(Problem::path)).containsExactly("contributions[0].paid");
  }

  @Test
  void anExponentBeyondAnIntIsAProblemWithItsPlace() {
    for (String paid : new String[] {"1e2147483648", "1e-2147483649", "1e99999999999999999999"}) {
      Seq<Problem> problems = problems(yaml(work("hours: 1, paid: " + paid)));
      assertThat(problems.map(Problem::path)).as(paid).containsExactly("contributions[0].paid");
    }
    Seq<Problem> hours = problems(yaml(work("hours: 1e2147483648")));
    assertThat(hours.map(Problem::path)).containsExactly("contributions[0].hours");
    assertThat(yaml(work("hours: 1e-2147483648")).get().contributions().head().hours()).isZero();
  }

  @Test
  void anExponentBeyondAnIntIsAProblemInJsonToo() {
    String json =
        """
        {"coprod": 1, "project": {"id": "p", "title": "T", "started": "2020-01-01"},
         "participants": [{"id": "ana", "side": "LIVED_EXPERIENCE", "joined": "2020-01-01"}],
         "contributions": [{"participant": "ana", "date": "2020-02-01", "phase": "DESIGN",
           "kind": "IDEA", "hours": 1, "paid": 1e2147483648}]}
        """;
    Seq<Problem> problems = problems(json(json));
    assertThat(problems.map(p -> p.path() + " " + p.line().get()))
        .containsExactly("contributions[0].paid 4");
  }

  @Test
  void hoursOfOneE308TwiceAreRefusedNotSummedToInfinity() {
    String text =
        HEAD
            + """
            contributions:
              - {participant: ana, date: 2020-02-01, phase: DESIGN, kind: IDEA, hours: 1e308}
              - {participant: bo, date: 2020-02-01, phase: DESIGN, kind: IDEA, hours: 1e308}
            """;
    Seq<Problem> huge = problems(yaml(text));
    assertThat(huge.map(p -> p.kind() + " " + p.path()))
        .containsExactly(
            "INVALID_VALUE contributions[0].hours", "INVALID_VALUE contributions[1].hours");
    assertThat(huge.head().message()).contains("10,000 hours");
    Seq<Problem> over = problems(yaml(text.replace("1e308", "10000.5")));
    assertThat(over.map(p -> p.path() + " " + p.line().get()))
        .containsExactly("contributions[0].hours 7", "contributions[1].hours 8");
    assertThat(over.head().message()).contains("10,000 hours");
    assertThat(yaml(text.replace("1e308", "1e4")).isValid()).isTrue();
  }

  @Test
  void moneyOverTheLimitIsRefusedAndTheLimitIsSet() {
    ReadLimits limits = ReadLimits.defaults().withMaxMoney(100);
    assertThat(
            ProjectFiles.read(
                    new StringReader(work("hours: 1, paid: 100.00")), Format.YAML, "m.yaml", limits)
                .isValid())
        .isTrue();
    Seq<Problem> problems =
        problems(
            ProjectFiles.read(
                new StringReader(work("hours: 1, paid: 100.01")), Format.YAML, "m.yaml", limits));
    assertThat(problems.map(Problem::path)).containsExactly("contributions[0].paid");
    assertThat(problems.head().message()).contains("limit of 100");
    assertThat(ReadLimits.defaults().maxMoney()).isEqualTo(1_000_000_000_000_000L);
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxMoney(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void moneyWithMoreThanThirtyDecimalPlacesIsRefused() {
    Seq<Problem> problems = problems(yaml(work("hours: 1, paid: 0." + "0".repeat(30) + "1")));
    assertThat(problems.head().message()).contains("30 decimal places");
    assertThat(yaml(work("hours: 1, paid: 0." + "0".repeat(29) + "1")).isValid()).isTrue();
  }

  @Test
  void hoursWithMoreSignificantDigitsThanAnyDoubleHoldsAreRefused() {
    assertThat(yaml(work("hours: 1." + "1".repeat(38))).isValid()).isTrue();
    Seq<Problem> problems = problems(yaml(work("hours: 1." + "1".repeat(40))));
    assertThat(problems.head().message()).contains("40 significant digits");
  }

  // ---- ledgers

  @Test
  void aLedgerCellWithAHugeExponentIsAProblemNotAnException(@TempDir Path dir) throws IOException {
    Path people = dir.resolve("people.csv");
    Path work = dir.resolve("work.csv");
    Files.writeString(people, "id,side,joined\r\nana,LIVED_EXPERIENCE,2020-01-01\r\n");
    String badRows =
        "participant,date,phase,kind,hours,paid\r\n"
            + "ana,2020-02-01,DESIGN,IDEA,1,1e2147483648\r\n"
            + "ana,2020-02-01,DESIGN,IDEA,1e2147483648,1\r\n"
            + "ana,2020-02-01,DESIGN,IDEA,1,1"
            + "0".repeat(300_000)
            + "\r\n";
    Files.writeString(work, badRows);
    Seq<Problem> read =
        assertTimeoutPreemptively(
            HANG,
            () ->
                problems(
                    Ledgers.read(people, work, ProjectId.of("p"), "T", LocalDate.of(2020, 1, 1))));
    assertThat(read.map(p -> p.path() + " " + p.line().get()))
        .containsExactly(
            "contributions[0].paid 2", "contributions[1].hours 3", "contributions[2].paid 4");
    // trailing zeros of a fraction say nothing: the amount is read, however many there are
    Files.writeString(
        work,
        "participant,date,phase,kind,hours,paid\r\nana,2020-02-01,DESIGN,IDEA,1,12.5"
            + "0".repeat(300_000)
            + "\r\n");
    Project paid =
        assertTimeoutPreemptively(
            HANG,
            () ->
                Ledgers.read(people, work, ProjectId.of("p"), "T", LocalDate.of(2020, 1, 1)).get());
    assertThat(paid.contributions().head().paid()).isEqualTo(new BigDecimal("12.5"));
    Path project = dir.resolve("project.yaml");
    Files.writeString(project, HEAD);
    Files.writeString(work, badRows);
    Seq<Problem> joined = problems(Ledgers.join(project, work));
    assertThat(joined.map(Problem::path))
        .containsExactly(
            "contributions[0].paid", "contributions[1].hours", "contributions[2].paid");
  }

  // ---- ids

  @Test
  void aLoneNonBreakingSpaceIsNotAnId(@TempDir Path dir) throws IOException {
    Seq<Problem> problems = problems(yaml(HEAD.replace("id: bo", "id: \"\\u00a0\"")));
    assertThat(problems.map(p -> p.kind() + " " + p.path()))
        .containsExactly("INVALID_VALUE participants[1].id");
    assertThat(problems(yaml(HEAD.replace("id: bo", "id: \"\\u200b\""))).map(Problem::path))
        .containsExactly("participants[1].id");
    Path people = dir.resolve("people.csv");
    Path work = dir.resolve("work.csv");
    Files.writeString(
        people, "id,side,joined\r\n\u00a0,LIVED_EXPERIENCE,2020-01-01\r\n", StandardCharsets.UTF_8);
    Files.writeString(
        work,
        "id,participant,date,phase,kind,hours\r\n\u00a0,\u00a0,2020-02-01,DESIGN,IDEA,1\r\n",
        StandardCharsets.UTF_8);
    Seq<Problem> ledger =
        problems(Ledgers.read(people, work, ProjectId.of("p"), "T", LocalDate.of(2020, 1, 1)));
    assertThat(ledger.map(Problem::path))
        .containsExactly(
            "participants[0].id", "contributions[0].id", "contributions[0].participant");
  }

  // ---- pipes

  @Test
  void readsAProjectFromAPipe(@TempDir Path dir) throws Exception {
    assumeThat(Path.of("/usr/bin/mkfifo")).exists();
    Path fifo = dir.resolve("project.yaml");
    Process make = new ProcessBuilder("/usr/bin/mkfifo", fifo.toString()).start();
    assertThat(make.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assumeThat(make.exitValue()).isZero();
    Thread writer =
        new Thread(
            () -> {
              try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(HEAD.getBytes(StandardCharsets.UTF_8));
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    writer.start();
    Validation<Seq<Problem>, Project> read = ProjectFiles.read(fifo);
    writer.join(10_000);
    assertThat(read.isValid()).as(read.toString()).isTrue();
  }
}
