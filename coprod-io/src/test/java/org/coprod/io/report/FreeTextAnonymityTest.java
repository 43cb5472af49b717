package org.coprod.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.List;
import org.coprod.core.ImpactId;
import org.coprod.core.ImpactOutcome;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.SideLabels;
import org.coprod.rules.render.MarkdownReport;
import org.coprod.rules.render.TextReport;
import org.junit.jupiter.api.Test;

/**
 * Text the group typed (what changed and why, a response's action and reason) can hold the id of
 * someone who asked not to be named; no report shows it: files write {@code anonymous-N}, the
 * group's reports "a group member".
 */
class FreeTextAnonymityTest {
  private static final String KIT = "(?<![\\w-])kit(?![\\w-])";

  /**
   * The small circle heard, with kit (who asked not to be named) in every free text: what changed
   * and why, a response's action and reason, an acknowledgement's reason.
   */
  private static Report report() {
    Project heard = ReportFixtures.heard();
    Project told =
        heard
            .withImpacts(
                heard
                    .impacts()
                    .append(
                        org.coprod.core.Impact.builder()
                            .id(ImpactId.of("kit-idea"))
                            .date(heard.started().plusDays(12))
                            .addFrom(heard.participants().head().id())
                            .change("Open with kit's question")
                            .outcome(ImpactOutcome.NOT_ADOPTED)
                            .reason("kit asked for it too late")
                            .build()))
            .withResponses(
                heard
                    .responses()
                    .map(
                        x ->
                            x.withAction("kit and sam talk it through").withReason("kit said so")));
    Report report =
        Rulebook.standard()
            .check(
                told.withAgreements(
                    told.agreements()
                        .map(
                            a ->
                                a.withAcknowledged(
                                    a.acknowledged()
                                        .map(x -> x.withReason("kit and jo agreed"))))));
    assertThat(report.findings().flatMap(f -> f.acknowledged())).contains("kit and jo agreed");
    assertThat(report.isAnonymous(ParticipantId.of("kit"))).isTrue();
    assertThat(report.responses().head().action()).contains("kit and sam talk it through");
    return report;
  }

  @Test
  void theJsonReportWritesTheirIdAsAnonymousNInWhatChangedAndInResponses() {
    Report report = report();
    String json =
        JsonReport.toText(
            JsonReport.Entry.of(report, InputDigest.ofProject(ReportFixtures.heard())));
    assertThat(json).doesNotContainPattern(KIT);
    String anonymous = report.fileId(ParticipantId.of("kit"));
    JsonNode root = Databind.json(json);
    assertThat(root.get("responses").get(0).get("action").asText())
        .isEqualTo(anonymous + " and sam talk it through");
    assertThat(root.get("responses").get(0).get("reason").asText())
        .isEqualTo(anonymous + " said so");
    assertThat(root.get("impacts").findValuesAsText("change"))
        .contains("Open with " + anonymous + "'s question");
    Report back = JsonReport.read(json, "heard.json").get().head().report();
    assertThat(back).isEqualTo(JsonReport.canonical(report));
  }

  @Test
  void theFindingsCsvWritesTheirIdAsAnonymousNInAResponseAndAnAcknowledgement() {
    Report report = report();
    String csv = FindingsCsv.toText(report);
    assertThat(csv).doesNotContainPattern(KIT);
    String anonymous = report.fileId(ParticipantId.of("kit"));
    assertThat(csv).contains(anonymous + " and sam talk it through", anonymous + " and jo agreed");
  }

  @Test
  void theGroupsReportsSayAGroupMemberInWhatChangedAndInResponses() {
    Report report = report();
    for (String shown :
        List.of(
            HtmlReport.render(report, SideLabels.defaults()),
            TextReport.of().render(report),
            MarkdownReport.of().render(report),
            Gripp2.render(report, ReportFixtures.heard().view()))) {
      assertThat(shown).doesNotContainPattern(KIT);
    }
    assertThat(TextReport.of().render(report).replaceAll("\s+", " "))
        .contains("a group member and sam talk it through");
    assertThat(HtmlReport.render(report, SideLabels.defaults()))
        .contains("Open with a group member&#39;s question");
  }
}
