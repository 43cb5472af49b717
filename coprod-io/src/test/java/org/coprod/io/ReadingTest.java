package org.coprod.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.coprod.core.Break;
import org.coprod.core.ContributionKind;
import org.coprod.core.Expenses;
import org.coprod.core.OutputId;
import org.coprod.core.ParticipantId;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.core.ProjectId;
import org.coprod.core.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadingTest {
  static final String HEAD =
      """
      coprod: 1
      project: {id: p, title: T, started: 2020-01-01}
      participants:
        - {id: ana, side: LIVED_EXPERIENCE, joined: 2020-01-01}
        - {id: bo, side: PROFESSIONAL, joined: 2020-01-01}
      """;

  static Validation<Seq<Problem>, Project> yaml(String text) {
    return ProjectFiles.read(new StringReader(text), Format.YAML, "test.yaml");
  }

  static Validation<Seq<Problem>, Project> yaml(String text, ReadLimits limits) {
    return ProjectFiles.read(new StringReader(text), Format.YAML, "test.yaml", limits);
  }

  static Seq<Problem> problems(Validation<Seq<Problem>, Project> read) {
    assertThat(read.isInvalid()).as("reads as a project").isTrue();
    return read.getError();
  }

  @Test
  void readsTheCrisisLineExample() {
    Project p = ProjectFiles.read(Path.of("src/test/resources/examples/crisis-line.yaml")).get();
    assertThat(p.id()).isEqualTo(ProjectId.of("crisis-line"));
    assertThat(p.participants().map(x -> x.id().value())).containsExactly("dana", "ana");
    assertThat(p.contributions().head().expenses())
        .contains(
            Expenses.builder()
                .claimed(new BigDecimal("12.5"))
                .reimbursed(LocalDate.of(2017, 3, 20))
                .build());
    assertThat(p.contributions().head().kind()).isEqualTo(ContributionKind.EXPERIENTIAL_KNOWLEDGE);
    assertThat(p.outputs().head().credits().head().participant())
        .isEqualTo(ParticipantId.of("dana"));
    assertThat(p.agreements().head().acknowledged().head().subject()).contains("scope");
  }

  @Test
  void takesEveryScalarAsWrittenWhereTextBelongs() {
    Project p =
        yaml("""
        coprod: 1
        project: {id: 007, title: no, purpose: 1e5, started: 2020-01-01}
        participants:
          - {id: 0x1F, side: PROFESSIONAL, accountableTo: yes, skills: [true, 1_000, .inf], joined: 2020-01-01}
        """)
            .get();
    assertThat(p.id().value()).isEqualTo("007");
    assertThat(p.title()).isEqualTo("no");
    assertThat(p.purpose()).contains("1e5");
    assertThat(p.participants().head().id().value()).isEqualTo("0x1F");
    assertThat(p.participants().head().accountableTo()).contains("yes");
    assertThat(p.participants().head().skills()).containsExactly("true", "1_000", ".inf");
  }

  @Test
  void takesAnEmptyValueOfAnOptionalKeyAsLeftOut() {
    Project p = yaml(HEAD.replace("title: T", "title: T, purpose: ~, closed: null")).get();
    assertThat(p.purpose()).isEmpty();
    assertThat(p.closed()).isEmpty();
  }

  @Test
  void reportsEveryProblemInTheFileAtOnceInTheOrderOfTheFile() {
    Seq<Problem> problems =
        problems(
            yaml(
                HEAD
                    + """
        contributions:
          - {participant: ana, date: 2020-13-01, phase: DESIGN, kind: IDEA, hours: 1}
          - {participant: bo, date: 2020-02-01, phase: Design, kind: IDEA, hours: 1, colour: red}
          - {participant: bo, date: 2020-02-01, phase: DESIGN, kind: IDEA}
        """));
    assertThat(problems.map(p -> p.kind() + " " + p.path() + " " + p.line().get()))
        .containsExactly(
            "INVALID_VALUE contributions[0].date 7",
            "INVALID_VALUE contributions[1].phase 8",
            "UNKNOWN_KEY contributions[1].colour 8",
            "MISSING contributions[2].hours 9");
    assertThat(problems).allSatisfy(p -> assertThat(p.source()).contains("test.yaml"));
  }

  @Test
  void runsTheModelsValidationOnceTheTreeIsSoundAndPlacesItsProblemsOnTheirLines() {
    Seq<Problem> problems =
        problems(
            yaml(
                HEAD
                    + """
        contributions:
          - participant: ana
            date: 2020-02-01
            phase: DESIGN
            kind: IDEA
            hours: 1
            output: leaflet
        decisions:
          - id: ana
            date: 2020-01-02
            phase: SCOPING
            topic: Scope
            type: SCOPE
            decidedBy: [bo, zed]
        """));
    assertThat(
            problems.map(
                p -> p.kind() + " " + p.path() + " " + p.line().get() + ":" + p.column().get()))
        .containsExactly(
            "DUPLICATE_ID decisions[0].id 14:9",
            "DANGLING_REFERENCE contributions[0].output 12:13",
            "DANGLING_REFERENCE decisions[0].decidedBy[1] 19:21");
    assertThat(problems.get(1).message()).contains("leaflet");
    assertThat(problems.get(2).message()).contains("zed");
  }

  @Test
  void readsAPersonsBreaksAndPlacesTheirProblemsOnTheirLines() {
    String people =
        """
        coprod: 1
        project: {id: p, title: T, started: 2020-01-01}
        participants:
          - id: ana
            side: LIVED_EXPERIENCE
            joined: 2020-01-01
            breaks:
              - {from: 2020-03-01, until: 2020-04-15}
              - {from: 2020-06-01, agreed: false}
        """;
    Project p = yaml(people).get();
    assertThat(p.participant(ParticipantId.of("ana")).get().breaks())
        .containsExactly(
            Break.of(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 4, 15)),
            Break.builder().from(LocalDate.of(2020, 6, 1)).agreed(false).build());
    Seq<Problem> problems =
        problems(
            yaml(
                people
                    .replace("until: 2020-04-15", "until: 2020-02-15")
                    .replace("agreed: false", "agreed: maybe, reason: hospital")));
    assertThat(problems.map(x -> x.kind() + " " + x.path() + " " + x.line().get()))
        .containsExactly(
            "WRONG_TYPE participants[0].breaks[1].agreed 9",
            "UNKNOWN_KEY participants[0].breaks[1].reason 9");
    // the personal flag is not repeated in the problem
    assertThat(problems.head().message()).doesNotContain("maybe");
    assertThat(problems(yaml(people.replace("until: 2020-04-15", "until: 2020-02-15"))))
        .extracting(x -> x.kind() + " " + x.path() + " " + x.line().get())
        .containsExactly("DATES_OUT_OF_ORDER participants[0].breaks[0].until 8");
  }

  @Test
  void namesTheNearestKeyForATypoAndKeepsQuietAboutTheKeyItMeant() {
    Seq<Problem> problems =
        problems(
            yaml(
                HEAD.replace(
                        "joined: 2020-01-01}\n  - {id: bo",
                        "joined: 2020-01-01, sid: x}\n  - {id: bo")
                    .replace("side: LIVED_EXPERIENCE", "sied: LIVED_EXPERIENCE")));
    assertThat(problems.map(Problem::message))
        .containsExactly(
            "'sied' is not a key of a participant; did you mean 'side'?",
            "'sid' is not a key of a participant; did you mean 'id'?");
  }

  @Test
  void listsTheAllowedValuesOfAnEnumButNeverRepeatsPersonalData() {
    Seq<Problem> problems =
        problems(yaml(HEAD.replace("side: PROFESSIONAL", "side: psychosis survivor")));
    assertThat(problems.head().message())
        .isEqualTo("the value is not a side; allowed: LIVED_EXPERIENCE, PROFESSIONAL")
        .doesNotContain("psychosis");
  }

  @Test
  void readsPastApplicationKeysAnywhereAndDoesNotKeepThem() {
    String text =
        HEAD.replace("coprod: 1", "coprod: 1\nx-top: {a: [1, {b: 2}]}")
            .replace("title: T", "title: T, x-colour: red")
            .replace("joined: 2020-01-01}", "joined: 2020-01-01, x-crm: {id: 17}}");
    Project p = yaml(text).get();
    assertThat(p).isEqualTo(yaml(HEAD).get());
    assertThat(ProjectFiles.toText(p, Format.YAML)).doesNotContain("x-");
  }

  @Test
  void repeatsTheNodeAnAliasNamesAndPlacesItsProblemsAtTheAlias() {
    String decisions =
        """
        decisions:
          - {id: d1, date: 2020-01-02, phase: SCOPING, topic: A, type: SCOPE, decidedBy: &board [ana, bo]}
          - {id: d2, date: 2020-01-03, phase: SCOPING, topic: B, type: SCOPE, decidedBy: *board}
        """;
    Project p = yaml(HEAD + decisions).get();
    assertThat(p.decisions().get(1).decidedBy())
        .containsExactly(ParticipantId.of("ana"), ParticipantId.of("bo"));

    Seq<Problem> problems = problems(yaml(HEAD.replace("id: bo", "id: cy") + decisions));
    assertThat(problems.map(x -> x.path() + " " + x.line().get()))
        .containsExactly("decisions[0].decidedBy[1] 7", "decisions[1].decidedBy[1] 8");
  }

  @Test
  void refusesANewerFormatVersionAloneEvenWhenItComesLast() {
    Seq<Problem> problems =
        problems(yaml("project: {id: p, titel: T}\nfuture-key: 1\ncoprod: 3\n"));
    assertThat(problems).hasSize(1);
    assertThat(problems.head().kind()).isEqualTo(Problem.Kind.UNSUPPORTED_VERSION);
    assertThat(problems.head().message())
        .isEqualTo("the file is in format version 3; this reader reads version 1");
  }

  @Test
  void readsJsonAndYamlOfTheSameTreeAsTheSameProject() {
    Path yaml = Path.of("src/test/resources/examples/crisis-line.yaml");
    Project p = ProjectFiles.read(yaml).get();
    String json = ProjectFiles.toText(p, Format.JSON);
    assertThat(ProjectFiles.read(new StringReader(json), Format.JSON, "x.json").get()).isEqualTo(p);
  }

  @Test
  void choosesTheFormatByContentWhenTheNameSaysNone(@TempDir Path dir) throws IOException {
    Project p = yaml(HEAD).get();
    Path json = dir.resolve("project.txt");
    Files.writeString(json, "\uFEFF  \n" + ProjectFiles.toText(p, Format.JSON));
    Path yamlFile = dir.resolve("project");
    Files.writeString(yamlFile, ProjectFiles.toText(p, Format.YAML));
    assertThat(ProjectFiles.read(json).get()).isEqualTo(p);
    assertThat(ProjectFiles.read(yamlFile).get()).isEqualTo(p);
  }

  @Test
  void aFileThatCannotBeReadIsAProblemNotAnException(@TempDir Path dir) {
    Seq<Problem> missing = problems(ProjectFiles.read(dir.resolve("nowhere.yaml")));
    assertThat(missing.head().message()).isEqualTo("the file does not exist");
    assertThat(missing.head().source()).contains(dir.resolve("nowhere.yaml").toString());
    Seq<Problem> folder = problems(ProjectFiles.read(dir));
    assertThat(folder.head().kind()).isEqualTo(Problem.Kind.SYNTAX);
  }

  @Test
  void writesToAFileInTheFormatItsNameSays(@TempDir Path dir) throws IOException {
    Project p = yaml(HEAD).get();
    ProjectFiles.write(p, dir.resolve("p.json"));
    ProjectFiles.write(p, dir.resolve("p.yml"));
    assertThat(Files.readString(dir.resolve("p.json"))).startsWith("{\n  \"coprod\": 1,");
    assertThat(Files.readString(dir.resolve("p.yml"))).startsWith("coprod: 1\nproject:\n");
    assertThat(ProjectFiles.read(dir.resolve("p.json")).get()).isEqualTo(p);
    assertThatThrownBy(() -> ProjectFiles.write(p, dir.resolve("p.txt")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void leavesTheCallersStreamsOpen() throws IOException {
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream(HEAD.getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    assertThat(ProjectFiles.read(in, Format.YAML, "s").isValid()).isTrue();
    assertThat(closed[0]).isFalse();
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    ProjectFiles.write(yaml(HEAD).get(), out, Format.JSON);
    assertThat(closed[0]).isFalse();
  }

  @Test
  void writesMoneyPlainlyAndHoursAsNumbers() {
    Project p =
        yaml(HEAD
                + """
        contributions:
          - {participant: ana, date: 2020-02-01, phase: DESIGN, kind: IDEA, hours: 0.0000001, paid: 1E+3, expenses: {claimed: 12.50}}
        outputs: []
        """)
            .get();
    String json = ProjectFiles.toText(p, Format.JSON);
    assertThat(json).contains("\"hours\": 0.0000001", "\"paid\": 1000", "\"claimed\": 12.5");
    assertThat(p.contributions().head().paid()).isEqualTo(new BigDecimal("1000"));
  }

  @Test
  void aFileOverAReadLimitIsAProblem() {
    String text =
        HEAD
            + "contributions:\n  - {participant: ana, date: 2020-02-01, phase: DESIGN, kind: IDEA, hours: 1, skills: ["
            + "a, ".repeat(50)
            + "b]}\n";
    assertThat(limit(text, ReadLimits.defaults().withMaxFileBytes(100)))
        .contains("longer than the limit of 100 characters");
    assertThat(limit(text, ReadLimits.defaults().withMaxElements(40)))
        .contains("more values than the limit of 40");
    assertThat(limit(text, ReadLimits.defaults().withMaxStringLength(2)))
        .contains("longer than the limit of 2 characters");
    assertThat(limit(text, ReadLimits.defaults().withMaxDepth(3)))
        .contains("nested deeper than the limit of 3");
    assertThat(
            limit(
                HEAD + "x-a: &a [1, 2, 3]\nx-b: [*a, *a]\n",
                ReadLimits.defaults().withMaxAliases(1)))
        .contains("more than 1 YAML aliases");
    assertThat(
            limit(
                HEAD + "x-a: &a [1, 2, 3]\nx-b: *a\n",
                ReadLimits.defaults().withMaxAliasedElements(3)))
        .contains("not kept");
    assertThat(
            yaml(
                    HEAD + "x-a: &a [1, 2, 3]\nx-b: *a\n",
                    ReadLimits.defaults().withMaxAliasedElements(5))
                .isValid())
        .isTrue();
    String json =
        "{\"coprod\": 1, \"project\": {\"id\": \"p\", \"title\": \""
            + "t".repeat(50)
            + "\", \"started\": \"2020-01-01\"}}";
    Seq<Problem> problems =
        problems(
            ProjectFiles.read(
                new StringReader(json),
                Format.JSON,
                "j",
                ReadLimits.defaults().withMaxStringLength(20)));
    assertThat(problems.map(Problem::kind)).containsExactly(Problem.Kind.LIMIT_EXCEEDED);
    assertThat(problems.head().path()).isEqualTo("project.title");
  }

  /** The message of the one problem a limit gives, which must be a LIMIT_EXCEEDED. */
  private static String limit(String text, ReadLimits limits) {
    Seq<Problem> problems = problems(yaml(text, limits));
    assertThat(problems).hasSize(1);
    assertThat(problems.head().kind()).isEqualTo(Problem.Kind.LIMIT_EXCEEDED);
    return problems.head().message();
  }

  @Test
  void stopsReadingAfterTheLimitOfProblems() {
    String text = HEAD + "contributions:\n" + "  - {participant: ana}\n".repeat(20);
    Seq<Problem> problems = problems(yaml(text, ReadLimits.defaults().withMaxProblems(10)));
    assertThat(problems).hasSize(11);
    assertThat(problems.last().kind()).isEqualTo(Problem.Kind.LIMIT_EXCEEDED);
    // placed where reading stopped, at the tenth problem
    assertThat(problems.last().line()).isEqualTo(problems.get(9).line());
  }

  @Test
  void theSizeLimitCountsBytesOfAStreamAndOfAFile(@TempDir Path dir) throws IOException {
    byte[] bytes = HEAD.getBytes(StandardCharsets.UTF_8);
    ReadLimits small = ReadLimits.defaults().withMaxFileBytes(bytes.length - 1);
    Seq<Problem> stream =
        problems(ProjectFiles.read(new ByteArrayInputStream(bytes), Format.YAML, "s", small));
    assertThat(stream.head().kind()).isEqualTo(Problem.Kind.LIMIT_EXCEEDED);
    Path file = dir.resolve("p.yaml");
    Files.write(file, bytes);
    assertThat(problems(ProjectFiles.read(file, small)).head().kind())
        .isEqualTo(Problem.Kind.LIMIT_EXCEEDED);
    assertThat(
            ProjectFiles.read(file, ReadLimits.defaults().withMaxFileBytes(bytes.length)).isValid())
        .isTrue();
  }

  @Test
  void refusesLimitsBelowOne() {
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxDepth(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keepsSidesAndNeedsOutOfProblemMessages() {
    Seq<Problem> problems =
        problems(
            yaml(
                HEAD.replace(
                    "joined: 2020-01-01}\n  - {id: bo",
                    "joined: 2020-01-01, perspectives: [voices], accessNeeds: [{x: 1}]}\n  - {id: bo")));
    assertThat(problems.map(Problem::message)).noneMatch(m -> m.contains("voices"));
    assertThat(yaml(HEAD).get().participants().head().side()).isEqualTo(Side.LIVED_EXPERIENCE);
  }

  @Test
  void readsTheContributionsOfAProjectInTheirOrderWithSharedIds() {
    StringBuilder text =
        new StringBuilder(HEAD)
            .append("outputs: [{id: o, title: O, date: 2020-03-01}]\ncontributions:\n");
    for (int i = 0; i < 500; i++) {
      text.append("  - {participant: ")
          .append(i % 2 == 0 ? "ana" : "bo")
          .append(", date: 2020-02-01, phase: DESIGN, kind: IDEA, hours: ")
          .append(i)
          .append(", output: o}\n");
    }
    Project p = yaml(text.toString()).get();
    assertThat(p.contributions()).hasSize(500);
    assertThat(p.contributions().get(499).hours()).isEqualTo(499.0);
    assertThat(p.contributions().get(0).participant())
        .isSameAs(p.contributions().get(2).participant());
    assertThat(p.contributionsTo(OutputId.of("o"))).hasSize(500);
  }

  @Test
  void readsAFileAsItStreamsInAndPlacesAProblemAtItsEnd() {
    int n = 20_000;
    // the file is made as it is read: it never exists whole, in memory or on disk
    InputStream generated =
        new InputStream() {
          private final StringBuilder chunk =
              new StringBuilder(
                  "{\"coprod\": 1, \"project\": {\"id\": \"p\", \"title\": \"T\", \"started\": \"2020-01-01\"},\n"
                      + "\"participants\": [{\"id\": \"ana\", \"side\": \"LIVED_EXPERIENCE\", \"joined\": \"2020-01-01\"}],\n"
                      + "\"contributions\": [\n");
          private int made;
          private int at;

          @Override
          public int read() {
            if (at == chunk.length()) {
              if (made > n) {
                return -1;
              }
              chunk.setLength(0);
              at = 0;
              if (made == n) {
                chunk.append("]}\n");
              } else {
                chunk
                    .append(made == 0 ? "" : ",\n")
                    .append("{\"participant\": \"")
                    .append(made == n - 1 ? "zed" : "ana")
                    .append(
                        "\", \"date\": \"2020-02-01\", \"phase\": \"DESIGN\", \"kind\": \"IDEA\", \"hours\": 1}");
              }
              made++;
            }
            return chunk.charAt(at++);
          }
        };
    Seq<Problem> problems = problems(ProjectFiles.read(generated, Format.JSON, "generated.json"));
    assertThat(problems.map(Problem::toString))
        .containsExactly(
            "generated.json:"
                + (n + 3)
                + ":17: contributions["
                + (n - 1)
                + "].participant: no participant has the id 'zed'");
  }
}
