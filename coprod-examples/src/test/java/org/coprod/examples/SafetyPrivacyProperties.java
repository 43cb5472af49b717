package org.coprod.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionId;
import org.coprod.core.ContributionKind;
import org.coprod.core.CreditPreference;
import org.coprod.core.Output;
import org.coprod.core.Participant;
import org.coprod.core.Phase;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.core.ProjectView;
import org.coprod.core.StoryConsent;
import org.coprod.core.StoryUse;
import org.coprod.io.report.FindingsCsv;
import org.coprod.io.report.HtmlReport;
import org.coprod.io.report.InputDigest;
import org.coprod.io.report.JsonReport;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.render.MarkdownReport;
import org.coprod.rules.render.TextReport;

/**
 * Findings about a person's story or access are about the most private things a report holds. On
 * generated projects in which one person who asked not to be named told a story that an output uses
 * beyond its consent and states an access need nothing meets, no format (text, Markdown, JSON, CSV,
 * HTML) shows the need itself, and the HTML page and the CSV rows never show that person's id, in a
 * subject, a story's name or a message: the page calls them "a group member", the rows {@code
 * anonymous-N}.
 */
class SafetyPrivacyProperties {
  private static final Rulebook STANDARD = Rulebook.standard();

  /** A need no generated project states, so finding it in a report can only be a leak. */
  private static final String NEED = "hearing-loop-zq";

  @Property(tries = 200)
  void noFormatNamesAnAnonymousTellerOrShowsTheirAccessNeed(
      @ForAll Project generated, @ForAll long choice) {
    Assume.that(!generated.outputs().isEmpty());
    Participant person =
        generated.participants().get(Math.floorMod(choice, generated.participants().size()));
    Output output = generated.outputs().head();
    // Half the stories have an id of their own; the others are named PARTICIPANT.story.DATE.
    Contribution.Builder told =
        Contribution.builder()
            .participant(person.id())
            .date(person.joined())
            .phase(Phase.DESIGN)
            .kind(ContributionKind.STORY)
            .hours(1)
            .output(output.id())
            .consent(StoryConsent.builder().addUse(StoryUse.RESEARCH).build());
    if (Math.floorMod(choice, 2) == 0) {
      told.id(ContributionId.of("told-" + Math.floorMod(choice, 1000)));
    }
    Contribution story = told.build();
    Validation<Seq<Problem>, Project> changed =
        Project.validate(
            Project.builder()
                .from(generated)
                .participants(
                    generated
                        .participants()
                        .map(
                            p ->
                                p.id().equals(person.id())
                                    ? p.withCreditPreference(CreditPreference.ANONYMOUS)
                                        .withAccessNeeds(io.vavr.collection.List.of(NEED))
                                    : p))
                .contributions(generated.contributions().append(story))
                .outputs(
                    generated
                        .outputs()
                        .update(
                            0, output.withUse(io.vavr.collection.List.of(StoryUse.PUBLICITY)))));
    Assume.that(changed.isValid());
    Project project = changed.get();
    ProjectView view = project.view();
    Report report = STANDARD.check(view);
    Assume.that(
        report
            .findings()
            .exists(
                f ->
                    (f.rule().equals("story-consent") || f.rule().equals("access-unmet"))
                        && f.subjects().contains(person.id())));
    Pattern id =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}_-])" + Pattern.quote(person.id().value()) + "(?![\\p{L}\\p{N}_-])");
    for (Map.Entry<String, String> rendered : render(report).entrySet()) {
      if (rendered.getKey().equals("html") || rendered.getKey().equals("csv")) {
        assertThat(id.matcher(rendered.getValue()).find())
            .as("%s names the anonymous person '%s'", rendered.getKey(), person.id())
            .isFalse();
      }
      assertThat(rendered.getValue())
          .as("%s shows an access need", rendered.getKey())
          .doesNotContain(NEED);
    }
  }

  /** The report in every format, by name. */
  private static Map<String, String> render(Report report) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("text", TextReport.of().render(report));
    out.put("markdown", MarkdownReport.of().render(report));
    out.put(
        "json",
        JsonReport.toText(
            JsonReport.Entry.of(
                report, InputDigest.ofBytes("project".getBytes(StandardCharsets.UTF_8)))));
    out.put("csv", FindingsCsv.toText(report));
    out.put("html", HtmlReport.render(report));
    return out;
  }
}
