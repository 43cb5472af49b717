package org.coprod.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.coprod.core.AgreementVersion;
import org.coprod.core.ContributionId;
import org.coprod.core.DecisionId;
import org.coprod.core.LadderStep;
import org.coprod.core.OutputId;
import org.coprod.core.ParticipantId;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.core.ProjectId;
import org.coprod.core.ResourceId;
import org.coprod.io.Format;
import org.coprod.io.ProjectFiles;
import org.coprod.rules.Evidence;
import org.coprod.rules.Finding;
import org.coprod.rules.LadderBasis;
import org.coprod.rules.Measures;
import org.coprod.rules.Outcome;
import org.coprod.rules.Policy;
import org.coprod.rules.PolicyDifference;
import org.coprod.rules.Principle;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.Severity;
import org.coprod.rules.SideMeasure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {
  private static final Project SMALL = ReportFixtures.smallCircle();
  private static final Report SMALL_REPORT = Rulebook.standard().check(SMALL);
  private static final JsonReport.Entry SMALL_ENTRY =
      JsonReport.Entry.of(SMALL_REPORT, InputDigest.ofProject(SMALL));
  private static final String SMALL_TEXT = JsonReport.toText(SMALL_ENTRY);

  @Test
  void writesWhatChangedTheCheckInsAsMediansAndTheResponseBesideItsFindingAndReadsThemBack() {
    Report report = Rulebook.standard().check(ReportFixtures.heard());
    String text =
        JsonReport.toText(
            JsonReport.Entry.of(report, InputDigest.ofProject(ReportFixtures.heard())));
    JsonNode json = Databind.json(text);
    assertThat(json.get("impacts").get(0).get("outcome").asText()).isEqualTo("NOT_ADOPTED");
    assertThat(json.get("impacts").get(0).get("reason").asText())
        .isEqualTo("The trust's template is fixed");
    JsonNode round = json.get("checkIns").get(0);
    assertThat(names(round))
        .containsExactly("round", "side", "respondents", "heard", "influence", "supported");
    assertThat(round.get("heard").asDouble()).isEqualTo(3.0);
    // two answers show no median: with so few, it would give them away
    assertThat(round.get("influence").isNull()).isTrue();
    assertThat(text).doesNotContain("[0, 1, 1, 1, 0]").doesNotContain("[ 0, 1");
    Finding first = report.findings().head();
    JsonNode answered = json.get("findings").get(0);
    assertThat(answered.get("fingerprint").asText()).isEqualTo(first.fingerprint());
    assertThat(answered.get("response").asText()).isEqualTo("talk-it-through");
    Report back = JsonReport.read(text, "heard.json").get().head().report();
    assertThat(back.impacts()).isEqualTo(report.impacts());
    assertThat(back.checkIns()).isEqualTo(report.checkIns());
    assertThat(back.responses()).isEqualTo(report.responses());
    assertThat(back.responseTo(first).map(r -> r.id())).contains("talk-it-through");
  }

  /** The heard project with its one response carried by a person. */
  private static Report respondedBy(ParticipantId owner) {
    Project heard = ReportFixtures.heard();
    return Rulebook.standard()
        .check(heard.withResponses(heard.responses().map(x -> x.withOwner(owner))));
  }

  @Test
  void writesWhoCarriesAResponseByIdAndReadsItBack() {
    ParticipantId owner = ParticipantId.of("sam");
    Report report = respondedBy(owner);
    assertThat(report.isAnonymous(owner)).isFalse();
    String text = JsonReport.toText(JsonReport.Entry.of(report, InputDigest.ofProject(SMALL)));
    JsonNode response = Databind.json(text).get("responses").get(0);
    assertThat(names(response))
        .containsExactly(
            "id", "finding", "date", "action", "owner", "reviewBy", "status", "reason");
    assertThat(response.get("owner").asText()).isEqualTo("sam");
    Report back = JsonReport.read(text, "owned.json").get().head().report();
    assertThat(back.responses()).isEqualTo(report.responses());
    assertThat(back.responses().head().owner()).contains(owner);
    assertThat(JsonReport.toText(JsonReport.Entry.of(back, InputDigest.ofProject(SMALL))))
        .isEqualTo(text);
  }

  @Test
  void writesAResponseCarriedBySomeoneWhoAskedNotToBeNamedAsAnonymousN() {
    ParticipantId kit = ParticipantId.of("kit");
    Report report = respondedBy(kit);
    assertThat(report.isAnonymous(kit)).isTrue();
    String text = JsonReport.toText(JsonReport.Entry.of(report, InputDigest.ofProject(SMALL)));
    JsonNode response = Databind.json(text).get("responses").get(0);
    assertThat(response.get("owner").asText())
        .isEqualTo(report.fileId(kit))
        .startsWith("anonymous-");
    assertThat(text).doesNotContainPattern("(?<![\\w-])kit(?![\\w-])");
    Report back = JsonReport.read(text, "owned.json").get().head().report();
    assertThat(back).isEqualTo(JsonReport.canonical(report));
    assertThat(back.responses().head().owner()).contains(ParticipantId.of(report.fileId(kit)));
  }

  @Test
  void aResponseWrittenWithoutAnOwnerReadsAsCarriedByNoOne() {
    Report report = respondedBy(ParticipantId.of("sam"));
    String text = JsonReport.toText(JsonReport.Entry.of(report, InputDigest.ofProject(SMALL)));
    String before = text.replaceFirst("\\n *\"owner\": \"sam\",", "");
    assertThat(before).isNotEqualTo(text).doesNotContain("\"owner\"");
    Report back = JsonReport.read(before, "older.json").get().head().report();
    assertThat(back.responses().head().owner()).isEmpty();
    assertThat(back.responses().head().action()).isEqualTo(report.responses().head().action());
  }

  @Test
  void anOwnerThatIsNotAnIdIsAProblemNamingItsPlace() {
    String text =
        JsonReport.toText(
                JsonReport.Entry.of(
                    respondedBy(ParticipantId.of("sam")), InputDigest.ofProject(SMALL)))
            .replace("\"owner\": \"sam\"", "\"owner\": 7");
    Validation<Seq<Problem>, Seq<JsonReport.Entry>> read = JsonReport.read(text, "bad.json");
    assertThat(read.isInvalid()).isTrue();
    assertThat(read.getError().map(Problem::path)).contains("responses[0].owner");
  }

  @Test
  void writesTheFieldsOfDesignMdInAStatedOrder() {
    JsonNode json = Databind.json(SMALL_TEXT);
    assertThat(names(json))
        .containsExactly(
            "coprod",
            "project",
            "title",
            "asOf",
            "closed",
            "ruleset",
            "libraryVersion",
            "inputSha256",
            "policy",
            "outcomes",
            "findings",
            "measures",
            "impacts",
            "checkIns",
            "responses");
    assertThat(json.get("coprod").asInt()).isEqualTo(3);
    assertThat(json.get("project").asText()).isEqualTo("peer-circle");
    assertThat(json.get("asOf").asText()).isEqualTo("2021-06-30");
    assertThat(names(json.get("ruleset"))).containsExactly("name", "version", "digest");
    assertThat(json.get("inputSha256").asText()).isEqualTo(InputDigest.ofProject(SMALL).sha256());
    assertThat(json.get("outcomes")).hasSize(SMALL_REPORT.outcomes().size());
    assertThat(names(json.get("outcomes").get(0))).containsExactly("rule", "status", "reason");
    JsonNode finding = json.get("findings").get(0);
    assertThat(names(finding))
        .containsExactly(
            "rule",
            "kind",
            "principle",
            "severity",
            "template",
            "arguments",
            "message",
            "subjects",
            "subjectKinds",
            "evidence",
            "fingerprint",
            "acknowledged",
            "response");
    assertThat(finding.get("evidence").isObject()).isTrue();
    assertThat(names(json.get("measures")))
        .containsExactly(
            "hoursShareBySide",
            "moneyShareBySide",
            "keyDecisionSayBySide",
            "paidHourShareBySide",
            "creditRateBySide",
            "giniHours",
            "giniCredit",
            "ladder",
            "ladderBasis",
            "claimedLevel");
    assertThat(names(json.get("measures").get("ladderBasis")))
        .containsExactly("countedKeyDecisions", "stoppedBy");
    assertThat(names(json.get("measures").get("hoursShareBySide")))
        .containsExactly("livedExperience", "professional");
    assertThat(json.get("measures").get("claimedLevel").asText()).isEqualTo("CO_PRODUCTION");
  }

  @Test
  void namesSubjectsByPlainIdAndGivesTheGroupsReasonWhereAcknowledged() {
    JsonNode json = Databind.json(SMALL_TEXT);
    JsonNode preset = find(json.get("findings"), "preset-direction");
    assertThat(preset.get("subjects").get(0).asText()).isEqualTo("scope");
    assertThat(preset.get("subjectKinds").get(0).asText()).isEqualTo("decision");
    assertThat(preset.get("acknowledged").asText())
        .isEqualTo("The funder's brief fixed who it is for, & said so");
    JsonNode parity = find(json.get("findings"), "paid-unpaid");
    assertThat(parity.get("acknowledged").isNull()).isTrue();
    assertThat(parity.get("fingerprint").asText())
        .isEqualTo(SMALL_REPORT.findings("paid-unpaid").head().fingerprint());
  }

  @Test
  void writesNumbersCanonicallyWithNullWhereAMeasureIsMissing() {
    Report report = handBuilt();
    String text = JsonReport.toText(JsonReport.Entry.of(report, InputDigest.ofBytes(new byte[0])));
    assertThat(text)
        .contains(
            "\"count\": 3,",
            "\"big\": 9000000000,",
            "\"share\": 0.1,",
            "\"whole\": 3,",
            "\"money\": 12.5,",
            "\"tiny\": 1E-7,",
            "\"flag\": true,",
            "\"word\": \"two \\\"quoted\\\"\\nlines ✓\"");
    assertThat(text)
        .contains("\"giniCredit\": null", "\"professional\": null", "\"claimedLevel\": null");
    assertThat(text).contains("\"policy\": [\n    {\n      \"rule\": \"load-concentration\"");
    assertThat(text).contains("\"findings\": [\n    {");
    assertThat(text).doesNotContain("\r", "[ ]", "{ }");
    assertThat(text).endsWith("}\n");
  }

  @Test
  void theSameReportGivesTheSameBytesTwiceAndInAnyLocale() throws Exception {
    Report rich = Rulebook.standard().check(ReportFixtures.rich(7));
    JsonReport.Entry entry =
        JsonReport.Entry.of(rich, InputDigest.ofBytes("x".getBytes(StandardCharsets.UTF_8)));
    byte[] first = bytes(entry);
    assertThat(bytes(entry)).isEqualTo(first);
    Locale before = Locale.getDefault();
    try {
      for (Locale l :
          List.of(
              Locale.forLanguageTag("tr-TR"),
              Locale.forLanguageTag("de-DE"),
              Locale.forLanguageTag("ar-EG"),
              Locale.forLanguageTag("hi-IN-u-nu-deva"),
              Locale.forLanguageTag("fr-CH"))) {
        Locale.setDefault(l);
        assertThat(bytes(entry)).as("in %s", l).isEqualTo(first);
        assertThat(
                bytes(
                    JsonReport.Entry.of(
                        Rulebook.standard().check(ReportFixtures.rich(7)), entry.input())))
            .isEqualTo(first);
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void readingAWrittenReportGivesItsCanonicalFormAndWritesTheSameBytesAgain() {
    for (Project p : List.of(SMALL, ReportFixtures.rich(7), ReportFixtures.fair(1))) {
      Report report = Rulebook.standard().check(p);
      JsonReport.Entry entry = JsonReport.Entry.of(report, InputDigest.ofProject(p));
      String text = JsonReport.toText(entry);
      Validation<Seq<Problem>, Seq<JsonReport.Entry>> back = JsonReport.read(text, "report.json");
      assertThat(back.isValid()).as("%s", back).isTrue();
      assertThat(back.get())
          .containsExactly(JsonReport.Entry.of(JsonReport.canonical(report), entry.input()));
      assertThat(JsonReport.toText(back.get().head())).isEqualTo(text);
    }
  }

  @Test
  void evidenceNumbersComeBackAsTheirWrittenFormReads() {
    Report report = handBuilt();
    JsonReport.Entry entry = JsonReport.Entry.of(report, InputDigest.ofBytes(new byte[] {1}));
    JsonReport.Entry back = JsonReport.read(JsonReport.toText(entry), "r.json").get().head();
    assertThat(back).isEqualTo(JsonReport.Entry.of(JsonReport.canonical(report), entry.input()));
    Finding f = back.report().findings().head();
    assertThat(f.evidence("count").get()).isEqualTo(3);
    assertThat(f.evidence("big").get()).isEqualTo(9_000_000_000L);
    assertThat(f.evidence("share").get()).isEqualTo(0.1);
    assertThat(f.evidence("whole").get()).isEqualTo(3);
    assertThat(f.evidence("money").get()).isEqualTo(12.5);
    assertThat(f.evidence("flag").get()).isEqualTo(true);
    assertThat(f.evidence("word").get()).isEqualTo("two \"quoted\"\nlines ✓");
    assertThat(f.subjects())
        .containsExactly(
            AgreementVersion.of(2),
            ContributionId.of("c-1"),
            DecisionId.of("d-1"),
            OutputId.of("o-1"),
            ParticipantId.of("p-1"),
            ProjectId.of("proj"),
            ResourceId.of("r-1"));
    assertThat(back.report().measures()).isEqualTo(report.measures());
    assertThat(back.report().policy()).isEqualTo(report.policy());
  }

  @Test
  void severalReportsAreAJsonArrayAndReadBackInOrder() throws Exception {
    Project other = ReportFixtures.fair(2);
    JsonReport.Entry second =
        JsonReport.Entry.of(Rulebook.standard().check(other), InputDigest.ofProject(other));
    String text = JsonReport.toText(List.of(SMALL_ENTRY, second));
    assertThat(text).startsWith("[\n  {\n    \"coprod\": 3,");
    assertThat(Databind.json(text).size()).isEqualTo(2);
    assertThat(JsonReport.read(text, "all.json").get().map(e -> e.report().project().value()))
        .containsExactly("peer-circle", other.id().value());
    assertThat(JsonReport.toText(List.<JsonReport.Entry>empty())).isEqualTo("[]\n");
    assertThat(JsonReport.read("[]", "none.json").get()).isEmpty();
  }

  @Test
  void writesThePolicysDifferencesFromTheDefaults() {
    Policy policy =
        Policy.builder()
            .set("load-concentration", "maxPersonShare", 0.6)
            .severity("credit-parity", Severity.CONCERN)
            .disable("purpose-missing")
            .build();
    Report report = Rulebook.standard().withPolicy(policy).check(SMALL);
    JsonNode json =
        Databind.json(JsonReport.toText(JsonReport.Entry.of(report, InputDigest.ofProject(SMALL))));
    assertThat(json.get("policy")).hasSize(3);
    assertThat(json.get("policy").get(0).get("rule").asText()).isEqualTo("credit-parity");
    assertThat(names(json.get("policy").get(0))).containsExactly("rule", "setting", "from", "to");
    assertThat(
            JsonReport.read(
                    JsonReport.toText(JsonReport.Entry.of(report, InputDigest.ofProject(SMALL))),
                    "p.json")
                .get()
                .head()
                .report()
                .policy())
        .isEqualTo(report.policy());
  }

  @Test
  void digestsTheInputFilesBytesOrTheProjectsCanonicalJson(@TempDir Path dir) throws Exception {
    assertThat(InputDigest.ofBytes("abc".getBytes(StandardCharsets.US_ASCII)).sha256())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    Path file = dir.resolve("p.yaml");
    Files.write(file, ReportFixtures.resource("small-circle.yaml"));
    assertThat(InputDigest.ofFile(file))
        .isEqualTo(InputDigest.ofBytes(ReportFixtures.resource("small-circle.yaml")));
    assertThat(InputDigest.ofProject(SMALL))
        .isEqualTo(
            InputDigest.ofBytes(
                ProjectFiles.toText(SMALL, Format.JSON).getBytes(StandardCharsets.UTF_8)));
    // equal projects, the same digest, however they were read
    Project again =
        ProjectFiles.read(
                new ByteArrayInputStream(
                    ProjectFiles.toText(SMALL, Format.JSON).getBytes(StandardCharsets.UTF_8)),
                Format.JSON,
                "again.json")
            .get();
    assertThat(InputDigest.ofProject(again)).isEqualTo(InputDigest.ofProject(SMALL));
  }

  // Reading bad input -------------------------------------------------------------------------

  @Test
  void refusesTextThatIsNotJsonSayingWhere() {
    Problem p = only(JsonReport.read("{\n  \"coprod\": 2,\n  oops\n}", "bad.json"));
    assertThat(p.kind()).isEqualTo(Problem.Kind.SYNTAX);
    assertThat(p.source()).contains("bad.json");
    assertThat(p.line()).contains(3);
  }

  @Test
  void refusesAnEmptyFile() {
    assertThat(only(JsonReport.read("  \n", "empty.json")).kind()).isEqualTo(Problem.Kind.MISSING);
  }

  @Test
  void refusesBytesThatAreNotUtf8() {
    byte[] bad =
        SMALL_TEXT.replace("Peer circle", "Peer circl\u00e9").getBytes(StandardCharsets.ISO_8859_1);
    assertThat(only(JsonReport.read(new ByteArrayInputStream(bad), "latin1.json")).kind())
        .isEqualTo(Problem.Kind.SYNTAX);
  }

  @Test
  void refusesAReportFormatFromTheFuture() {
    Problem p =
        only(JsonReport.read(SMALL_TEXT.replace("\"coprod\": 3,", "\"coprod\": 4,"), "new.json"));
    assertThat(p.kind()).isEqualTo(Problem.Kind.UNSUPPORTED_VERSION);
    assertThat(p.path()).isEqualTo("coprod");
    assertThat(p.message()).contains("version 4", "reads versions 2 and 3");
    assertThat(p.line()).contains(2);
  }

  @Test
  void namesTheNearestKeyForAnUnknownOneAndKeepsApplicationKeys() {
    String typo = SMALL_TEXT.replace("\"findings\": [", "\"findngs\": [");
    Seq<Problem> problems = JsonReport.read(typo, "typo.json").getError();
    assertThat(problems.map(Problem::kind))
        .contains(Problem.Kind.UNKNOWN_KEY, Problem.Kind.MISSING);
    Problem unknown = problems.find(p -> p.kind() == Problem.Kind.UNKNOWN_KEY).get();
    assertThat(unknown.path()).isEqualTo("findngs");
    assertThat(unknown.message()).contains("did you mean 'findings'?");
    assertThat(unknown.line()).contains(lineOf(typo, "\"findngs\""));
    String withApplicationKey =
        SMALL_TEXT.replace("\"coprod\": 3,", "\"coprod\": 3,\n  \"x-app\": {\"any\": [1, 2]},");
    assertThat(JsonReport.read(withApplicationKey, "x.json").isValid()).isTrue();
  }

  @Test
  void placesAWrongValueAtItsPathAndLine() {
    String text = replaceFirst(SMALL_TEXT, "\"severity\": \"WARNING\"", "\"severity\": \"SEVERE\"");
    Problem p = only(JsonReport.read(text, "s.json"));
    assertThat(p.kind()).isEqualTo(Problem.Kind.INVALID_VALUE);
    assertThat(p.path()).matches("findings\\[\\d+]\\.severity");
    assertThat(p.message()).contains("'SEVERE' is not one of NOTE, WARNING, CONCERN");
    assertThat(p.line()).contains(lineOf(text, "\"SEVERE\""));
    assertThat(p.column()).contains(19);
  }

  @Test
  void placesWrongTypesAndMissingKeys() {
    Seq<Problem> problems =
        JsonReport.read(
                SMALL_TEXT
                    .replace("\"closed\": true", "\"closed\": \"yes\"")
                    .replace("\"asOf\": \"2021-06-30\"", "\"asOf\": \"30/06/2021\""),
                "t.json")
            .getError();
    assertThat(problems.map(p -> p.kind() + " " + p.path()))
        .containsExactlyInAnyOrder("WRONG_TYPE closed", "INVALID_VALUE asOf");
    String noMeasures = SMALL_TEXT.substring(0, SMALL_TEXT.indexOf(",\n  \"measures\"")) + "\n}\n";
    Problem missing = only(JsonReport.read(noMeasures, "m.json"));
    assertThat(missing.kind()).isEqualTo(Problem.Kind.MISSING);
    assertThat(missing.path()).isEqualTo("measures");
  }

  @Test
  void refusesAFingerprintThatIsNotSixteenHexDigits() {
    String fingerprint = SMALL_REPORT.findings().head().fingerprint();
    Problem p =
        only(JsonReport.read(SMALL_TEXT.replace(fingerprint, "0123456789abcdeZ"), "f.json"));
    assertThat(p.kind()).isEqualTo(Problem.Kind.INVALID_VALUE);
    assertThat(p.path()).isEqualTo("findings[0].fingerprint");
    assertThat(p.message()).contains("16 hexadecimal digits");
  }

  @Test
  void aReportKeyedWithTheProjectsKeyWritesEveryFingerprintAndReadsBackAsItWasWritten() {
    String key = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    Project keyed = SMALL.withFingerprintKey(key);
    Report report = Rulebook.standard().check(keyed);
    JsonReport.Entry entry = JsonReport.Entry.of(report, InputDigest.ofProject(keyed));
    String text = JsonReport.toText(entry);
    assertThat(text).doesNotContain(key);
    // someone who asked not to be named is safe behind the key: their findings keep fingerprints
    assertThat(report.findings().filter(report::namesAnonymous)).isNotEmpty();
    for (Finding f : report.findings()) {
      assertThat(text).contains("\"fingerprint\": \"" + f.fingerprint() + "\"");
    }
    JsonReport.Entry back = JsonReport.read(text, "k.json").get().head();
    assertThat(back).isEqualTo(JsonReport.Entry.of(JsonReport.canonical(report), entry.input()));
    assertThat(back.report().findings().map(Finding::fingerprint))
        .isEqualTo(report.findings().map(Finding::fingerprint));
    assertThat(JsonReport.toText(back)).isEqualTo(text);
  }

  @Test
  void refusesOutcomesThatDisagreeWithTheFindings() {
    String passed =
        replaceFirst(
            SMALL_TEXT,
            "\"rule\": \"decision-share\",\n      \"status\": \"FINDINGS\"",
            "\"rule\": \"decision-share\",\n      \"status\": \"PASSED\"");
    Problem p = only(JsonReport.read(passed, "o.json"));
    assertThat(p.path()).isEqualTo("outcomes[0].status");
    assertThat(p.message()).contains("has findings but status PASSED");
    String noReason = replaceFirst(SMALL_TEXT, "\"reason\": \"", "\"reason\": null, \"x-was\": \"");
    assertThat(only(JsonReport.read(noReason, "r.json")).message()).contains("needs a reason");
  }

  @Test
  void refusesAKeyGivenTwice() {
    Problem p =
        only(
            JsonReport.read(
                replaceFirst(
                    SMALL_TEXT, "\"closed\": true,", "\"closed\": true,\n  \"closed\": false,"),
                "d.json"));
    assertThat(p.kind()).isEqualTo(Problem.Kind.DUPLICATE_ID);
    assertThat(p.message()).contains("'closed' appears twice");
  }

  @Test
  void placesProblemsInAnArrayOfReportsByIndex() {
    String two =
        "["
            + SMALL_TEXT
            + ","
            + SMALL_TEXT.replace("\"asOf\": \"2021-06-30\"", "\"asOf\": 20210630")
            + "]";
    Problem p = only(JsonReport.read(two, "two.json"));
    assertThat(p.path()).isEqualTo("[1].asOf");
    assertThat(p.kind()).isEqualTo(Problem.Kind.WRONG_TYPE);
    assertThat(JsonReport.read("[1, 2]", "n.json").getError().map(x -> x.kind() + " " + x.path()))
        .containsExactly("WRONG_TYPE [0]", "WRONG_TYPE [1]");
    assertThat(only(JsonReport.read("\"a report\"", "s.json")).kind())
        .isEqualTo(Problem.Kind.WRONG_TYPE);
  }

  @Test
  void refusesAnEvidenceNumberBeyondAnyDecimal() {
    String text =
        SMALL_TEXT.replaceFirst(
            "\"countedKeyDecisions\": 2", "\"countedKeyDecisions\": 1e9999999999");
    Problem p = only(JsonReport.read(text, "huge.json"));
    assertThat(p.kind()).isEqualTo(Problem.Kind.INVALID_VALUE);
    assertThat(p.path()).endsWith(".evidence.countedKeyDecisions");
    assertThat(
            only(JsonReport.read(
                    SMALL_TEXT.replace("\"coprod\": 3,", "\"coprod\": 1e9999999999,"), "v.json"))
                .kind())
        .isEqualTo(Problem.Kind.WRONG_TYPE);
  }

  @Test
  void aMissingFileIsAProblemToo(@TempDir Path dir) {
    assertThat(only(JsonReport.read(dir.resolve("none.json"))).source())
        .contains(String.valueOf(dir.resolve("none.json")));
  }

  @Property(tries = 300)
  void readingAnyCutOfAReportNeverThrows(@ForAll @IntRange(min = 0, max = 100_000) int cut) {
    String text = SMALL_TEXT.substring(0, cut % (SMALL_TEXT.length() + 1));
    Validation<Seq<Problem>, Seq<JsonReport.Entry>> read = JsonReport.read(text, "cut.json");
    assertThat(read.isValid())
        .isEqualTo(text.equals(SMALL_TEXT) || text.equals(SMALL_TEXT.strip()));
  }

  @Property(tries = 300)
  void readingAReportWithOneCharacterChangedNeverThrows(
      @ForAll @IntRange(min = 0, max = 100_000) int at, @ForAll char c) {
    int i = at % SMALL_TEXT.length();
    String text = SMALL_TEXT.substring(0, i) + c + SMALL_TEXT.substring(i + 1);
    JsonReport.read(text, "changed.json");
  }

  @Property(tries = 25)
  void everyGeneratedProjectsReportReadsBackAsItsCanonicalForm(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    Project p =
        org.coprod.core.synthetic.ProjectGenerator.generate(
            seed,
            2 + (int) (seed % 5),
            2 + (int) (seed % 4),
            (int) (seed % 120),
            (int) (seed % 15),
            (int) (seed % 4));
    Report report = Rulebook.standard().check(p);
    JsonReport.Entry entry = JsonReport.Entry.of(report, InputDigest.ofProject(p));
    String text = JsonReport.toText(entry);
    JsonReport.Entry back = JsonReport.read(text, "g.json").get().head();
    assertThat(back).isEqualTo(JsonReport.Entry.of(JsonReport.canonical(report), entry.input()));
    assertThat(JsonReport.toText(back)).isEqualTo(text);
  }

  // Helpers -------------------------------------------------------------------------------------

  /** A report built by hand with evidence of every type and subjects of every kind. */
  static Report handBuilt() {
    Finding f =
        Finding.builder()
            .rule("acme/every-kind")
            .kind("all-of-them")
            .principle(Principle.RESOURCES)
            .severity(Severity.WARNING)
            .template(
                org.coprod.rules.Template.of(
                    "default", "{words}", org.coprod.rules.Param.text("words")))
            .addArgument(
                org.coprod.rules.Argument.text(
                    "words", "Every kind of evidence, <b>escaped</b> & \"quoted\"."))
            .subjects(
                List.of(
                    ParticipantId.of("p-1"),
                    OutputId.of("o-1"),
                    DecisionId.of("d-1"),
                    ResourceId.of("r-1"),
                    ContributionId.of("c-1"),
                    ProjectId.of("proj"),
                    AgreementVersion.of(2)))
            .evidence(
                List.of(
                    Evidence.of("count", 3),
                    Evidence.of("big", 9_000_000_000L),
                    Evidence.of("share", 0.1),
                    Evidence.of("whole", 3.0),
                    Evidence.of("money", new BigDecimal("12.50")),
                    Evidence.of("tiny", 1e-7),
                    Evidence.of("flag", true),
                    Evidence.of("word", "two \"quoted\"\nlines ✓")))
            .acknowledged("We chose this, together")
            .build();
    Measures m =
        new Measures(
            new SideMeasure(Option.some(0.25), Option.some(0.75)),
            new SideMeasure(Option.some(1.0 / 3), Option.none()),
            new SideMeasure(Option.none(), Option.none()),
            new SideMeasure(Option.some(0.0), Option.some(1.0)),
            new SideMeasure(Option.some(0.5), Option.some(0.8)),
            Option.some(0.4123456789),
            Option.none(),
            LadderStep.CO_DESIGN,
            new LadderBasis(
                2,
                io.vavr.collection.List.of(
                    LadderBasis.Limit.SAY_IN_UNDER_HALF, LadderBasis.Limit.DROP_OFF)));
    return Report.builder()
        .project(ProjectId.of("proj"))
        .title("Hand-built")
        .asOf(LocalDate.of(2024, 2, 29))
        .closed(false)
        .ruleset("acme")
        .rulesetVersion("7")
        .rulesetDigest("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")
        .libraryVersion("9.9.9")
        .outcomes(
            List.of(
                Outcome.of("acme/every-kind", List.of(f)),
                Outcome.passed("acme/quiet"),
                Outcome.notApplicable("acme/idle", "nothing to look at"),
                Outcome.error("acme/broken", "failed with X at Y")))
        .findings(List.of(f))
        .measures(m)
        .policy(
            List.of(
                new PolicyDifference(
                    "load-concentration", "parameter maxPersonShare", "0.5", "0.6")))
        .build();
  }

  private static byte[] bytes(JsonReport.Entry entry) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonReport.write(entry, out);
    return out.toByteArray();
  }

  private static java.util.List<String> names(JsonNode node) {
    java.util.List<String> out = new ArrayList<>();
    Iterator<String> it = node.fieldNames();
    it.forEachRemaining(out::add);
    return out;
  }

  private static JsonNode find(JsonNode findings, String rule) {
    for (JsonNode f : findings) {
      if (f.get("rule").asText().equals(rule)) {
        return f;
      }
    }
    throw new AssertionError("no finding of " + rule);
  }

  private static Problem only(Validation<Seq<Problem>, Seq<JsonReport.Entry>> read) {
    assertThat(read.isInvalid()).as("reading should fail").isTrue();
    assertThat(read.getError()).as("%s", read.getError()).hasSize(1);
    return read.getError().head();
  }

  private static int lineOf(String text, String needle) {
    int i = text.indexOf(needle);
    return (int) text.substring(0, i).chars().filter(ch -> ch == '\n').count() + 1;
  }

  private static String replaceFirst(String text, String what, String with) {
    int i = text.indexOf(what);
    assertThat(i).as("'%s' in the report", what).isNotNegative();
    return text.substring(0, i) + with + text.substring(i + what.length());
  }
}
