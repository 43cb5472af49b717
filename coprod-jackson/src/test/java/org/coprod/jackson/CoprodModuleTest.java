package org.coprod.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.coprod.core.Agreement;
import org.coprod.core.AgreementVersion;
import org.coprod.core.Attendance;
import org.coprod.core.Contribution;
import org.coprod.core.Credit;
import org.coprod.core.Decision;
import org.coprod.core.Id;
import org.coprod.core.Impact;
import org.coprod.core.Meeting;
import org.coprod.core.Output;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.core.synthetic.ProjectGenerator;
import org.coprod.core.synthetic.ProjectSpec;
import org.coprod.io.Format;
import org.coprod.io.ProjectFiles;
import org.coprod.io.ProjectParts;
import org.coprod.io.report.InputDigest;
import org.coprod.io.report.JsonReport;
import org.coprod.rules.Finding;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.junit.jupiter.api.Test;

class CoprodModuleTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new CoprodModule());

  /** Varied projects: meetings, impacts, responses and story consent now and then. */
  private static Seq<Project> projects() {
    return List.rangeClosed(1, 12).map(seed -> ProjectGenerator.generate(ProjectSpec.varied(seed)));
  }

  @Test
  void aProjectRoundTripsAsTheProjectFile() throws Exception {
    for (Project project : projects()) {
      String json = MAPPER.writeValueAsString(project);
      assertThat(MAPPER.readValue(json, Project.class)).isEqualTo(project);
      assertThat(MAPPER.readTree(json))
          .isEqualTo(MAPPER.readTree(ProjectFiles.toText(project, Format.JSON)));
    }
  }

  @Test
  void aReportRoundTripsAsTheJsonReportWithItsInputUnknown() throws Exception {
    for (Project project : projects()) {
      Report report = Rulebook.standard().check(project);
      String json = MAPPER.writeValueAsString(report);
      assertThat(MAPPER.readValue(json, Report.class)).isEqualTo(JsonReport.canonical(report));
      ObjectNode expected =
          (ObjectNode)
              MAPPER.readTree(
                  JsonReport.toText(JsonReport.Entry.of(report, InputDigest.ofProject(project))));
      expected.putNull("inputSha256");
      assertThat(MAPPER.readTree(json)).isEqualTo(expected);
    }
  }

  @Test
  void anEntryCarriesTheInputDigestAndWritesTheJsonReportsBytes() throws Exception {
    Project project = projects().head();
    JsonReport.Entry entry =
        JsonReport.Entry.of(Rulebook.standard().check(project), InputDigest.ofProject(project));
    String json = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(entry);
    JsonReport.Entry back = MAPPER.readValue(json, JsonReport.Entry.class);
    assertThat(back.input()).isEqualTo(entry.input());
    assertThat(JsonReport.toText(back)).isEqualTo(JsonReport.toText(entry));
    // Numbers are copied as coprod-io writes them, not as Jackson would print a double.
    assertThat(MAPPER.writeValueAsString(entry))
        .isEqualTo(MAPPER.writeValueAsString(MAPPER.readTree(JsonReport.toText(entry))));
  }

  @Test
  void aFindingRoundTripsAsTheObjectAReportHolds() throws Exception {
    int seen = 0;
    for (Project project : projects()) {
      Report report = Rulebook.standard().check(project);
      JsonNode inReport =
          MAPPER
              .readTree(
                  JsonReport.toText(JsonReport.Entry.of(report, InputDigest.ofProject(project))))
              .get("findings");
      for (int i = 0; i < report.findings().size(); i++) {
        Finding f = report.findings().get(i);
        String json = MAPPER.writeValueAsString(f);
        if (org.coprod.rules.render.Words.namesAnonymous(f, report)) {
          // The report knows who asked not to be named and writes them as anonymous-N; a finding
          // alone does not know it, so it is written with the ids it holds.
          assertThat(inReport.get(i).get("fingerprint").isNull()).isTrue();
          assertThat(inReport.get(i).get("subjects").toString()).contains("anonymous-");
          Finding alone = MAPPER.readValue(json, Finding.class);
          assertThat(alone.message()).isEqualTo(f.message());
          assertThat(alone.fingerprint()).isEqualTo(f.fingerprint());
          continue;
        }
        assertThat(MAPPER.readTree(json)).isEqualTo(inReport.get(i));
        Finding back = MAPPER.readValue(json, Finding.class);
        assertThat(back).isEqualTo(JsonReport.canonical(report).findings().get(i));
        assertThat(back.fingerprint()).isEqualTo(f.fingerprint());
        seen++;
      }
    }
    assertThat(seen).isGreaterThan(20);
  }

  @Test
  void vavrCollectionsAndOptionsOfCoprodValuesWork() throws Exception {
    Report report = Rulebook.standard().check(projects().get(1));
    Seq<Finding> findings = JsonReport.canonical(report).findings();
    String json = MAPPER.writeValueAsString(findings);
    assertThat(MAPPER.<Seq<Finding>>readValue(json, new TypeReference<Seq<Finding>>() {}))
        .isEqualTo(findings);
    Option<Report> some = Option.some(JsonReport.canonical(report));
    assertThat(
            MAPPER.<Option<Report>>readValue(
                MAPPER.writeValueAsString(some), new TypeReference<Option<Report>>() {}))
        .isEqualTo(some);
  }

  @Test
  void idsAreTheirTextAndAnAgreementVersionItsNumber() throws Exception {
    record Subjects(ParticipantId person, AgreementVersion version, Id any) {}
    Subjects s =
        new Subjects(ParticipantId.of("p1"), AgreementVersion.of(2), ParticipantId.of("p2"));
    assertThat(MAPPER.writeValueAsString(s))
        .isEqualTo("{\"person\":\"p1\",\"version\":2,\"any\":\"p2\"}");
    assertThat(MAPPER.readValue("\"p1\"", ParticipantId.class)).isEqualTo(ParticipantId.of("p1"));
    assertThat(MAPPER.readValue("3", AgreementVersion.class)).isEqualTo(AgreementVersion.of(3));
    assertThatThrownBy(() -> MAPPER.readValue("\" \"", ParticipantId.class))
        .hasMessageContaining("an id is text, not blank");
  }

  @Test
  void aProjectThatIsNotValidThrowsWithEveryProblemAndItsPath() {
    String json =
        "{\"coprod\": 1, \"project\": {\"id\": \"x\", \"title\": \"X\", \"started\": \"2024-01-01\"},"
            + " \"participants\": [{\"id\": \"p1\", \"side\": \"LIVED_EXPERIENCE\","
            + " \"joined\": \"2024-01-01\"}],"
            + " \"contributions\": [{\"participant\": \"p9\", \"date\": \"2024-02-01\","
            + " \"phase\": \"DESIGN\", \"kind\": \"IDEA\", \"hours\": -1}]}";
    assertThatThrownBy(() -> MAPPER.readValue(json, Project.class))
        .isInstanceOfSatisfying(
            ProblemsException.class,
            e -> {
              assertThat(e.problems().map(p -> p.path()))
                  .contains("contributions[0].participant", "contributions[0].hours");
              assertThat(e.problems().forAll(p -> p.line().isEmpty())).isTrue();
              assertThat(e.getMessage()).startsWith("not a project: ");
            });
  }

  @Test
  void aFindingThatIsNotOneThrowsWithPathsInsideIt() throws Exception {
    Report report = Rulebook.standard().check(projects().get(2));
    ObjectNode f =
        (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(report.findings().head()));
    f.put("severity", "LOUD");
    assertThatThrownBy(() -> MAPPER.treeToValue(f, Finding.class))
        .isInstanceOfSatisfying(
            ProblemsException.class,
            e -> assertThat(e.problems().map(p -> p.path())).containsExactly("severity"));
  }

  /** Every part of every varied project, each as it is alone: what an application might send. */
  private static Seq<Object> partsOf(Project p) {
    Seq<Object> nested =
        List.<Object>empty()
            .appendAll(p.participants().flatMap(x -> x.breaks()))
            .appendAll(p.recordedContributions().flatMap(c -> c.expenses()))
            .appendAll(p.recordedContributions().flatMap(c -> c.consent()))
            .appendAll(p.agreements().flatMap(a -> a.consents()))
            .appendAll(p.agreements().flatMap(a -> a.payment()))
            .appendAll(p.agreements().flatMap(a -> a.acknowledged()))
            .appendAll(p.agreements().flatMap(a -> a.support()))
            .appendAll(p.outputs().flatMap(o -> o.credits()))
            .appendAll(p.outputs().flatMap(o -> o.rewards()))
            .appendAll(p.outputs().flatMap(o -> o.nameWithdrawn()))
            .appendAll(p.meetings().flatMap(m -> m.attended()))
            .appendAll(p.population())
            .appendAll(p.monitoring());
    return List.<Object>empty()
        .appendAll(p.participants())
        .appendAll(p.roles())
        .appendAll(p.resources())
        .appendAll(p.recordedContributions())
        .appendAll(p.decisions())
        .appendAll(p.agreements())
        .appendAll(p.outputs())
        .appendAll(p.meetings())
        .appendAll(p.impacts())
        .appendAll(p.checkIns())
        .appendAll(p.responses())
        .appendAll(nested);
  }

  @Test
  void everyPartOfAProjectRoundTripsAloneAsItsMappingInTheProjectFile() throws Exception {
    java.util.Set<Class<?>> seen = new java.util.HashSet<>();
    for (Project project : projects()) {
      JsonNode file = MAPPER.readTree(ProjectFiles.toText(project, Format.JSON));
      for (Object part : partsOf(project)) {
        Class<?> type =
            ProjectParts.types()
                .find(t -> t.isInstance(part))
                .getOrElseThrow(() -> new AssertionError(part.getClass().getName()));
        seen.add(type);
        String json = MAPPER.writeValueAsString(part);
        // an impact's sources are typed by the project they name
        Object inProject =
            MAPPER.readerFor(type).withAttribute(Project.class, project).readValue(json);
        assertThat(inProject).as(type.getSimpleName()).isEqualTo(part);
        if (!(part instanceof Impact)) {
          Object alone = MAPPER.readValue(json, type);
          assertThat(alone).as(type.getSimpleName()).isEqualTo(part);
        }
        assertThat(json).isEqualTo(ProjectParts.toJson(part));
      }
      // the mapping alone is the one in the file, key for key
      if (!project.recordedContributions().isEmpty()) {
        assertThat(
                MAPPER.readTree(MAPPER.writeValueAsString(project.recordedContributions().head())))
            .isEqualTo(file.get("contributions").get(0));
      }
      assertThat(MAPPER.readTree(MAPPER.writeValueAsString(project.participants().head())))
          .isEqualTo(file.get("participants").get(0));
    }
    assertThat(seen)
        .contains(
            Participant.class,
            Contribution.class,
            Decision.class,
            Output.class,
            Agreement.class,
            Meeting.class,
            Credit.class,
            Attendance.class);
  }

  @Test
  void partsInsideVavrCollectionsAndTheApplicationsOwnObjectsWork() throws Exception {
    Project project = projects().head();
    Seq<Contribution> contributions = project.recordedContributions().take(3);
    String json = MAPPER.writeValueAsString(contributions);
    assertThat(MAPPER.<Seq<Contribution>>readValue(json, new TypeReference<Seq<Contribution>>() {}))
        .isEqualTo(contributions);
    java.util.Map<String, Object> event = new java.util.LinkedHashMap<>();
    event.put("type", "decision");
    event.put("decision", project.decisions().head());
    JsonNode tree = MAPPER.readTree(MAPPER.writeValueAsString(event));
    assertThat(MAPPER.treeToValue(tree.get("decision"), Decision.class))
        .isEqualTo(project.decisions().head());
  }

  @Test
  void aPartThatIsNotValidThrowsWithEveryProblemAndItsPathInsideThePart() {
    String contribution =
        "{\"participant\": \"p1\", \"date\": \"2024-02-30\", \"phase\": \"DESIGN\","
            + " \"kind\": \"IDEA\", \"hours\": \"many\", \"expenses\": {\"claimd\": 3}}";
    assertThatThrownBy(() -> MAPPER.readValue(contribution, Contribution.class))
        .isInstanceOfSatisfying(
            ProblemsException.class,
            e -> {
              assertThat(e.problems().map(p -> p.path()))
                  .contains("date", "hours", "expenses.claimd");
              assertThat(e.getMessage()).startsWith("not a contribution: ");
            });
    String output =
        "{\"id\": \"o1\", \"title\": \"Leaflet\", \"credits\": [{\"participant\": \"p1\","
            + " \"as\": \"BOSS\"}]}";
    assertThatThrownBy(() -> MAPPER.readValue(output, Output.class))
        .isInstanceOfSatisfying(
            ProblemsException.class,
            e -> {
              assertThat(e.problems().map(p -> p.path())).contains("credits[0].as", "date");
              assertThat(e.getMessage()).startsWith("not an output: ");
            });
    assertThatThrownBy(
            () -> MAPPER.readValue("{\"side\": \"LIVED_EXPERIENCE\"}", Participant.class))
        .isInstanceOfSatisfying(
            ProblemsException.class,
            e -> assertThat(e.problems().map(p -> p.path())).contains("id", "joined"));
  }

  @Test
  void withoutTheModuleAPlainMapperRefusesAFindingAndAReportLoudly() {
    ObjectMapper plain = new ObjectMapper();
    Report report = Rulebook.standard().check(projects().get(3));
    assertThat(report.findings()).isNotEmpty();
    assertThatThrownBy(() -> plain.writeValueAsString(report.findings().head()))
        .hasMessageContaining("org.coprod.rules.Finding")
        .hasMessageContaining("registerModule(new org.coprod.jackson.CoprodModule())");
    assertThatThrownBy(() -> plain.writeValueAsString(report))
        .hasMessageContaining("org.coprod.rules.Report")
        .hasMessageContaining("CoprodModule");
    assertThatThrownBy(() -> plain.writeValueAsString(report.outcomes().head()))
        .hasMessageContaining("CoprodModule");
    assertThatThrownBy(() -> plain.readValue("{\"rule\": \"x\"}", Finding.class))
        .hasMessageContaining("org.coprod.rules.Finding");
  }

  @Test
  void aReportMadeTodayAndItsJsonAgreeOnTheDay() throws Exception {
    Report report = Rulebook.standard().check(projects().get(4));
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(report)).get("asOf").asText())
        .isEqualTo(report.asOf().toString());
    assertThat(report.asOf()).isBefore(LocalDate.of(2100, 1, 1));
  }
}
