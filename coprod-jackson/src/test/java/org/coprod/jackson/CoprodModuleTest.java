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
import org.coprod.core.AgreementVersion;
import org.coprod.core.Id;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.core.synthetic.ProjectGenerator;
import org.coprod.core.synthetic.ProjectSpec;
import org.coprod.io.Format;
import org.coprod.io.ProjectFiles;
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
