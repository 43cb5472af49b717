package org.coprod.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coprod.core.DecisionRule;
import org.coprod.core.Project;
import org.coprod.core.ProjectView;
import org.coprod.core.Side;
import org.coprod.core.synthetic.ProjectGenerator;
import org.coprod.rules.Policy;
import org.coprod.rules.ProjectIndex;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.junit.jupiter.api.Test;

/**
 * Who had a say in a key decision decided by majority depends on the policy's majority voice; the
 * GRIPP2 draft and the HTML report count it as the check did, under the policy it was checked with.
 */
class MajorityVoiceTest {
  private static final Pattern GRIPP2_SAY =
      Pattern.compile("People with lived experience had a say in (\\d+) of (\\d+) key decisions");
  private static final Pattern HTML_SAY =
      Pattern.compile(
          "Of (\\d+) counted key decisions, people with lived experience had a say in (\\d+) ");

  /** A generated project whose every decision is made by majority. */
  private static Project byMajority() {
    Project base = ProjectGenerator.generate(9, 8, 8, 200, 6, 3);
    return base.withDecisions(
        base.decisions().map(d -> d.withRule(Option.some(DecisionRule.MAJORITY))));
  }

  /** The say of lived experience in the counted key decisions, as the rules count it. */
  private static int sayOfLivedExperience(ProjectIndex index) {
    return index.countedKeyDecisions().count(d -> index.hadSay(d, Side.LIVED_EXPERIENCE));
  }

  @Test
  void theGripp2DraftAndTheHtmlReportCountASayUnderThePolicysMajorityVoice() {
    Project p = byMajority();
    ProjectView view = p.view();
    int byDefault = sayOfLivedExperience(ProjectIndex.of(view));
    // a majority voice under which lived experience's say differs from the default's
    Option<Double> voice =
        List.of(0.0, 0.2, 0.3, 0.4, 0.6, 0.7, 0.8, 1.0)
            .find(v -> sayOfLivedExperience(ProjectIndex.of(view, v)) != byDefault);
    assertThat(voice).as("a majority voice that changes the count").isNotEmpty();
    Report report =
        Rulebook.standard()
            .withPolicy(Policy.builder().majorityVoice(voice.get()).build())
            .check(view);
    ProjectIndex byPolicy = ProjectIndex.of(view, voice.get());
    int counted = byPolicy.countedKeyDecisions().size();
    int say = sayOfLivedExperience(byPolicy);

    Matcher draft = GRIPP2_SAY.matcher(Gripp2.render(report, view));
    assertThat(draft.find()).as("the draft says who had a say").isTrue();
    assertThat(Integer.parseInt(draft.group(1))).isEqualTo(say);
    assertThat(Integer.parseInt(draft.group(2))).isEqualTo(counted);

    Matcher html = HTML_SAY.matcher(HtmlReport.render(report));
    assertThat(html.find()).as("the report's decisions picture says who had a say").isTrue();
    assertThat(Integer.parseInt(html.group(1))).isEqualTo(counted);
    assertThat(Integer.parseInt(html.group(2))).isEqualTo(say);
  }
}
