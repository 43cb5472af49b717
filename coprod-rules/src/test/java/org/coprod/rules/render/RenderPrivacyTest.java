package org.coprod.rules.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.util.Locale;
import org.coprod.core.Project;
import org.coprod.rules.AcmeRule;
import org.coprod.rules.Principle;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.Severity;
import org.coprod.rules.SideLabels;
import org.coprod.rules.TestRule;
import org.junit.jupiter.api.Test;

class RenderPrivacyTest {
  private static final List<ReportRenderer> RENDERERS =
      List.of(
          TextReport.of(),
          TextReport.of()
              .withWidth(TextReport.MIN_WIDTH)
              .withLabels(SideLabels.of("carers and families", "staff")),
          MarkdownReport.of(),
          MarkdownReport.of()
              .withLabels(SideLabels.of("experts by experience", "public servants")));

  private static void assertShowsNoPersonalData(Report report, Rulebook rulebook) {
    for (ReportRenderer renderer : RENDERERS) {
      String out = renderer.render(report);
      String lower = out.toLowerCase(Locale.ROOT);
      for (String secret : Samples.PRIVATE) {
        // Decline reasons are enum names: matched as written, since "benefits" is an ordinary word.
        if (secret.equals(secret.toUpperCase(Locale.ROOT))) {
          assertThat(out).doesNotContain(secret);
        } else {
          assertThat(lower).doesNotContain(secret.toLowerCase(Locale.ROOT));
        }
      }
    }
  }

  @Test
  void noRenderingOfTheSampleShowsANameAnAccessNeedOrADeclineReason() {
    Project p = Samples.crisisLine();
    Rulebook first = Samples.firstRules();
    Report report = first.check(p);
    assertThat(report.findings()).isNotEmpty();
    assertShowsNoPersonalData(report, first);
  }

  @Test
  void noRenderingByTheWholeStandardRulebookAndCustomRulesShowsPersonalDataAtAnyDate() {
    // The standard rulebook grows as rules are added: this keeps every new rule's words honest too.
    Rulebook all =
        Rulebook.standard()
            .plus(
                new AcmeRule(),
                TestRule.perContributor("each-person", Principle.RESOURCES, Severity.WARNING),
                TestRule.bySide("by-side", Principle.POWER));
    Project p = Samples.crisisLine();
    for (int day : new int[] {5, 10, 60, 110, 120}) {
      assertShowsNoPersonalData(all.check(p.asOf(org.coprod.rules.Fixtures.day(day))), all);
    }
    assertShowsNoPersonalData(all.check(p), all);
  }
}
