package org.coprod.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.render.Words;
import org.junit.jupiter.api.Test;

class CsvTest {
  private static final Project SMALL = ReportFixtures.smallCircle();
  private static final Report SMALL_REPORT = Rulebook.standard().check(SMALL);

  @Test
  void writesOneRowAFindingUnderAHeader() {
    String csv = FindingsCsv.toText(SMALL_REPORT);
    java.util.List<java.util.List<String>> rows = parse(csv);
    assertThat(rows.get(0))
        .containsExactly(
            "project",
            "asOf",
            "rule",
            "kind",
            "principle",
            "severity",
            "subjects",
            "message",
            "fingerprint",
            "acknowledged",
            "ruleset",
            "rulesetVersion",
            "rulesetDigest",
            "libraryVersion");
    assertThat(rows).hasSize(1 + SMALL_REPORT.findings().size());
    for (int i = 0; i < SMALL_REPORT.findings().size(); i++) {
      Finding f = SMALL_REPORT.findings().get(i);
      java.util.List<String> row = rows.get(i + 1);
      assertThat(row)
          .containsExactly(
              "peer-circle",
              "2021-06-30",
              f.rule(),
              f.kind(),
              f.principle().name(),
              f.severity().name(),
              f.subjects().map(id -> FindingsCsv.fileId(SMALL_REPORT, id)).sorted().mkString(";"),
              Words.message(f, Words.voice(SMALL_REPORT, SMALL_REPORT.sideLabels())),
              Words.namesAnonymous(f, SMALL_REPORT) ? "" : f.fingerprint(),
              f.acknowledged().getOrElse(""),
              "coprod-standard",
              "2",
              SMALL_REPORT.rulesetDigest(),
              SMALL_REPORT.libraryVersion());
    }
  }

  @Test
  void quotesFieldsAsRfc4180SaysAndEndsRecordsWithCrlf() {
    Report report = JsonReportTest.handBuilt();
    String csv = FindingsCsv.toText(report);
    assertThat(csv).endsWith("\r\n");
    assertThat(csv.replace("\r\n", "")).doesNotContain("\n", "\r");
    assertThat(csv).contains(",\"Every kind of evidence, <b>escaped</b> & \"\"quoted\"\".\",");
    assertThat(csv).contains(",\"We chose this, together\",acme,7,").endsWith(",9.9.9\r\n");
    assertThat(csv).contains(",agreement:2;c-1;d-1;o-1;p-1;proj;r-1,");
    assertThat(parse(csv).get(1).get(7))
        .isEqualTo("Every kind of evidence, <b>escaped</b> & \"quoted\".");
    assertThat(Csv.field("line\nbreak")).isEqualTo("line break");
    assertThat(Csv.field(" padded")).isEqualTo("\" padded\"");
    assertThat(Csv.field("plain")).isEqualTo("plain");
  }

  @Test
  void namesNobodyWhoAskedNotToBeNamedAndGivesNoFingerprintOfThem() {
    String csv = FindingsCsv.toText(SMALL_REPORT);
    assertThat(csv).doesNotContainPattern("(?<![\\w-])kit(?![\\w-])");
    assertThat(csv).contains("A group member has made 2 contributions but holds no role.");
    java.util.List<java.util.List<String>> rows = parse(csv);
    assertThat(rows).hasSize(1 + SMALL_REPORT.findings().size());
    assertThat(rows.stream().map(r -> r.get(6))).contains("anonymous-1;guide");
    // A finding about someone who asked not to be named has no fingerprint; the others keep theirs.
    for (int i = 0; i < SMALL_REPORT.findings().size(); i++) {
      Finding f = SMALL_REPORT.findings().get(i);
      boolean aboutKit = f.subjects().exists(id -> id.value().equals("kit"));
      assertThat(rows.get(i + 1).get(8)).isEqualTo(aboutKit ? "" : f.fingerprint());
    }
  }

  @Test
  void streamsRowsOfSeveralReportsUnderOneHeader() throws Exception {
    StringBuilder out = new StringBuilder();
    FindingsCsv.writeHeader(out);
    FindingsCsv.writeRows(SMALL_REPORT, out);
    FindingsCsv.writeRows(JsonReportTest.handBuilt(), out);
    assertThat(parse(out.toString())).hasSize(1 + SMALL_REPORT.findings().size() + 1);
  }

  /** Parses RFC 4180 CSV with CRLF record ends. */
  static java.util.List<java.util.List<String>> parse(String csv) {
    java.util.List<java.util.List<String>> rows = new ArrayList<>();
    java.util.List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    assertThat(quoted).as("a quote left open").isFalse();
    assertThat(field.length() == 0 && row.isEmpty()).as("the last record ends in CRLF").isTrue();
    return rows;
  }
}
