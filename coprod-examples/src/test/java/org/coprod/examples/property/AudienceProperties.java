package org.coprod.examples.property;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.coprod.core.Id;
import org.coprod.core.ParticipantId;
import org.coprod.core.ProjectView;
import org.coprod.io.report.HtmlReport;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.render.Audience;
import org.coprod.rules.render.FindingGroup;
import org.coprod.rules.render.MarkdownReport;
import org.coprod.rules.render.TextReport;
import org.coprod.testkit.CoprodArbitraries;

/**
 * What the group reads names no one a finding about people is about: not in the text or Markdown
 * report, the HTML page, or the first page alone as text or as a page.
 */
class AudienceProperties {
  private static final Rulebook STANDARD = Rulebook.standard();

  @Provide
  Arbitrary<ProjectView> views() {
    // Unpaid work and one-sided credit give findings about people in most projects.
    return CoprodArbitraries.views(
        CoprodArbitraries.projects().unpaid().livedExperience(1, 5).contributions(5, 40));
  }

  @Property(tries = 60)
  void theGroupAudienceNamesNoOneAFindingAboutPeopleIsAbout(@ForAll("views") ProjectView view) {
    Report report = STANDARD.check(view);
    Seq<String> people =
        report
            .findings()
            .filter(FindingGroup::aboutPeople)
            .flatMap(f -> f.subjects().appendAll(f.peopleNamed()))
            .filter(ParticipantId.class::isInstance)
            .map(Id::value)
            .distinct();
    Assume.that(!people.isEmpty());
    Seq<String> renderings =
        List.of(
            TextReport.of().withAudience(Audience.GROUP).render(report),
            TextReport.of().withAudience(Audience.GROUP).renderSummary(report),
            MarkdownReport.of().withAudience(Audience.GROUP).render(report),
            HtmlReport.render(report, report.sideLabels(), Audience.GROUP),
            HtmlReport.summary(report, report.sideLabels(), Audience.GROUP));
    for (String id : people) {
      Pattern named = Pattern.compile("(?<![\\w-])" + Pattern.quote(id) + "(?![\\w-])");
      for (String rendering : renderings) {
        assertThat(named.matcher(rendering).find())
            .as("the group's report names %s:%n%s", id, rendering)
            .isFalse();
      }
    }
  }
}
