package org.coprod.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.coprod.core.CreditPreference;
import org.coprod.core.Participant;
import org.coprod.core.Project;
import org.coprod.core.ProjectView;
import org.coprod.io.credit.CreditFiles;
import org.coprod.io.credit.Credits;
import org.coprod.io.report.FindingsCsv;
import org.coprod.io.report.Gripp2;
import org.coprod.io.report.HtmlReport;
import org.coprod.io.report.InputDigest;
import org.coprod.io.report.JsonReport;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.render.MarkdownReport;
import org.coprod.rules.render.TextReport;

/**
 * People who asked not to be named ({@code ANONYMOUS}) appear by id in no output of coprod: not in
 * a report of any format, not in the GRIPP2 draft, not in credits; nor do ids made from theirs (a
 * story's {@code PERSON.story.DATE}, an attendance's {@code MEETING.PERSON}).
 */
class AnonymityProperties {
  private static final Rulebook RULEBOOK = Rulebook.standard();

  /** Every output coprod makes of a project and its report, by name. */
  private static Map<String, String> outputs(ProjectView view) {
    Report report = RULEBOOK.check(view);
    Map<String, String> out = new LinkedHashMap<>();
    out.put("text", TextReport.of().render(report));
    out.put("markdown", MarkdownReport.of().render(report));
    out.put(
        "json", JsonReport.toText(JsonReport.Entry.of(report, InputDigest.ofBytes(new byte[0]))));
    out.put("csv", FindingsCsv.toText(report));
    out.put("html", HtmlReport.render(report));
    out.put("gripp2", Gripp2.render(report, view));
    Credits.of(view.project())
        .forEach(
            credits -> {
              out.put("credits markdown", CreditFiles.markdown(credits));
              out.put("all contributors", CreditFiles.allContributors(credits));
              out.put("jats", CreditFiles.jats(credits));
            });
    return out;
  }

  /**
   * An id as it would show in text: not inside a longer word or number, so {@code le-1} is not
   * found in {@code le-10} or {@code people-1}, but is in {@code le-1.story.2020-03-02}.
   */
  private static Pattern shown(String id) {
    return Pattern.compile("(?<![\\p{Alnum}])" + Pattern.quote(id) + "(?![\\p{Alnum}])");
  }

  private static void assertNamesNoOne(Project project, ProjectView view) {
    Seq<Participant> anonymous =
        project.participants().filter(p -> p.creditPreference() == CreditPreference.ANONYMOUS);
    Assume.that(!anonymous.isEmpty());
    for (Map.Entry<String, String> output : outputs(view).entrySet()) {
      for (Participant p : anonymous) {
        Matcher m = shown(p.id().value()).matcher(output.getValue());
        if (m.find()) {
          String text = output.getValue();
          assertThat(
                  text.substring(
                      Math.max(0, m.start() - 80), Math.min(text.length(), m.end() + 80)))
              .as("%s shows %s, who asked not to be named", output.getKey(), p.id().value())
              .isNull();
        }
      }
    }
  }

  /**
   * The GRIPP2 draft speaks to the whole group and to a paper's readers: it counts people and names
   * no one, whatever their credit preference.
   */
  @Property(tries = 100)
  void theGripp2DraftNamesNoOneById(@ForAll Project project) {
    String draft = Gripp2.render(RULEBOOK.check(project), project.view());
    for (Participant p : project.participants()) {
      assertThat(shown(p.id().value()).matcher(draft).find())
          .as("the GRIPP2 draft names %s", p.id().value())
          .isFalse();
    }
  }

  /**
   * The project with about a third of its people asking not to be named, chosen by the bits of
   * {@code choice}: generated projects have few such people, and every one of them must be kept out
   * of sight.
   */
  private static Project withAnonymous(Project project, long choice) {
    int[] i = {0};
    return project.withParticipants(
        project
            .participants()
            .map(
                p ->
                    ((choice >>> (i[0]++ % 64)) & 3) == 0
                        ? p.withCreditPreference(CreditPreference.ANONYMOUS)
                        : p));
  }

  @Property(tries = 200)
  void anonymousPeopleAppearByIdInNoFormat(@ForAll Project project, @ForAll long choice) {
    Project p = withAnonymous(project, choice);
    assertNamesNoOne(p, p.view());
  }

  @Property(tries = 100)
  void anonymousPeopleAppearByIdInNoFormatAtAnyDate(
      @ForAll Project project, @ForAll long choice, @ForAll("days") int day) {
    Project p = withAnonymous(project, choice);
    java.time.LocalDate last = p.view().date();
    long span = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(p.started(), last));
    assertNamesNoOne(p, p.asOf(p.started().plusDays(span * day / 100)));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Integer> days() {
    return net.jqwik.api.Arbitraries.integers().between(0, 100);
  }
}
