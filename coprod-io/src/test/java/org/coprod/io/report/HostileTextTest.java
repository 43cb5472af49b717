package org.coprod.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionKind;
import org.coprod.core.Output;
import org.coprod.core.OutputId;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.Phase;
import org.coprod.core.Project;
import org.coprod.core.ProjectId;
import org.coprod.core.Side;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.render.MarkdownReport;
import org.coprod.rules.render.TextReport;
import org.junit.jupiter.api.Test;

/**
 * A project whose ids and titles are written to attack whoever opens its report: formulas for a
 * spreadsheet, escape sequences for a terminal, line breaks to forge lines.
 */
class HostileTextTest {
  static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"open\")";
  static final String COMMAND = "+cmd|' /C calc'!A0";
  static final String ESCAPE = "\u001b[31mred\u001b[0m\u0007";

  static Project hostile() {
    LocalDate day = LocalDate.of(2020, 1, 1);
    ParticipantId peer = ParticipantId.of(COMMAND);
    ParticipantId staff = ParticipantId.of("@SUM(1+1)\r\nfile.yaml:1:1: forged");
    return Project.builder()
        .id(ProjectId.of(FORMULA))
        .title("Title " + ESCAPE)
        .started(day)
        .addParticipant(
            Participant.builder().id(peer).side(Side.LIVED_EXPERIENCE).joined(day).build())
        .addParticipant(Participant.builder().id(staff).side(Side.PROFESSIONAL).joined(day).build())
        .addContribution(
            Contribution.builder()
                .participant(peer)
                .date(day.plusDays(1))
                .phase(Phase.DESIGN)
                .kind(ContributionKind.WRITING)
                .hours(3)
                .output(OutputId.of("-out" + ESCAPE))
                .build())
        .addOutput(
            Output.builder()
                .id(OutputId.of("-out" + ESCAPE))
                .title("\tReport " + ESCAPE)
                .date(day.plusDays(2))
                .addOwner(staff)
                .build())
        .build();
  }

  private static final Project PROJECT = hostile();
  private static final Report REPORT = Rulebook.standard().check(PROJECT);

  @Test
  void noCellOfTheFindingsCsvStartsAFormulaOrHoldsAControlCharacter() {
    assertThat(REPORT.findings()).isNotEmpty();
    for (String csv : List.of(FindingsCsv.toText(REPORT))) {
      assertSafeCsv(csv);
      assertThat(csv).contains("'" + FORMULA.replace("\"", "\"\""));
    }
  }

  @Test
  void noCellOfTheStatsCsvStartsAFormulaOrHoldsAControlCharacter() {
    String csv =
        StatsCsv.header()
            + StatsCsv.row(
                REPORT,
                PROJECT.view(),
                StatsSource.ofProject(PROJECT, org.coprod.rules.Policy.defaults(), 0));
    assertSafeCsv(csv);
    assertThat(CsvTest.parse(csv).get(1).get(0)).isEqualTo("'" + FORMULA);
  }

  @Test
  void textAndMarkdownHoldNoControlCharacterButTheirLineBreaks() {
    for (String text :
        List.of(TextReport.of().render(REPORT), MarkdownReport.of().render(REPORT))) {
      assertThat(text.replace("\n", "").chars()).noneMatch(Character::isISOControl);
      assertThat(text).contains("31mred").doesNotContain("\nfile.yaml:1:1: forged");
    }
  }

  @Test
  void theHtmlPageHoldsNoControlCharacterButItsLineBreaks() {
    String html = HtmlReport.render(REPORT);
    assertThat(html.replace("\n", "").chars()).noneMatch(Character::isISOControl);
  }

  private static void assertSafeCsv(String csv) {
    assertThat(csv.replace("\r\n", "").chars()).noneMatch(Character::isISOControl);
    for (List<String> row : CsvTest.parse(csv)) {
      for (String cell : row) {
        if (!cell.isEmpty() && "=+-@".indexOf(cell.stripLeading().charAt(0)) >= 0) {
          assertThat(cell).matches("-?[0-9.]+");
        }
      }
    }
  }
}
