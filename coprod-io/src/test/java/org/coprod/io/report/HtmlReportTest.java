package org.coprod.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coprod.core.CreditPreference;
import org.coprod.core.Participant;
import org.coprod.core.Project;
import org.coprod.core.ProjectView;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.SideLabels;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static final Rulebook RULES = Rulebook.standard();
  private static final Project SMALL = ReportFixtures.smallCircle();
  private static final String SMALL_HTML = render(SMALL, SideLabels.defaults());
  private static final Project RICH = ReportFixtures.rich(7);
  private static final String RICH_HTML = render(RICH, SideLabels.defaults());

  private static String render(Project p, SideLabels labels) {
    ProjectView view = p.view();
    return HtmlReport.render(RULES.check(view), labels);
  }

  @Test
  void isOneHtml5DocumentInEnglishWithLandmarks() {
    assertThat(SMALL_HTML)
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    assertThat(SMALL_HTML).endsWith("</body>\n</html>\n");
    assertThat(SMALL_HTML)
        .contains(
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<header>",
            "<nav aria-label=",
            "<main id=\"main\">",
            "<footer>",
            "<a class=\"skip\" href=\"#main\">");
    assertThat(count(SMALL_HTML, "<h1")).isEqualTo(1);
    assertThat(count(SMALL_HTML, "<main")).isEqualTo(1);
    assertThat(SMALL_HTML).doesNotContain("\r", "\t");
  }

  @Test
  void loadsNothingFromAnywhere() {
    for (String html : List.of(SMALL_HTML, RICH_HTML)) {
      String withoutSvgNamespace = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
      assertThat(withoutSvgNamespace)
          .doesNotContain(
              "http:",
              "https:",
              "//cdn",
              "<script",
              "<link",
              "<img",
              "<iframe",
              "src=",
              "url(",
              "@import",
              "@font-face");
      assertThat(html)
          .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
    }
  }

  @Test
  void drawsEveryChartAsANamedAndDescribedInlineSvg() {
    for (String html : List.of(SMALL_HTML, RICH_HTML)) {
      for (String chart : List.of("ladder", "outputs", "decisions", "money", "measures")) {
        assertThat(html).contains("data-chart=\"" + chart + "\"");
      }
      Matcher svg =
          Pattern.compile(
                  "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 360 [0-9.]+\" role=\"img\""
                      + " aria-labelledby=\"([a-z-]+) ([a-z-]+)\"")
              .matcher(html);
      int charts = 0;
      while (svg.find()) {
        charts++;
        assertThat(html)
            .contains("<title id=\"" + svg.group(1) + "\">", "<desc id=\"" + svg.group(2) + "\">");
      }
      assertThat(charts).isEqualTo(5);
      assertThat(count(html, "<figure")).isEqualTo(5);
      assertThat(count(html, "<figcaption")).isEqualTo(5);
    }
  }

  @Test
  void givesEveryChartItsNumbersInText() {
    assertThat(SMALL_HTML)
        .contains("The project claims co-production; the record shows co-design.");
    assertThat(SMALL_HTML).contains("<caption>Hours and credit by output and side</caption>");
    assertThat(SMALL_HTML)
        .contains(
            "<th scope=\"row\">Hours given</th>\n<td>13.5 (72.0%)</td>\n<td>5.25 (28.0%)</td>");
    assertThat(SMALL_HTML)
        .contains("<th scope=\"row\">People credited</th>\n<td>0 of 1</td>\n<td>1 of 1</td>");
    assertThat(SMALL_HTML)
        .contains(
            "Of 2 counted key decisions, people with lived experience had a say in 1 (50.0%)"
                + " and professionals had a say in 2 (100.0%).");
    assertThat(SMALL_HTML)
        .contains(
            "Of 2,000 GBP, people with lived experience control 250 GBP (12.5%) and professionals"
                + " control 1,750 GBP (87.5%).");
    assertThat(SMALL_HTML).contains("<caption>Headline measures by side</caption>");
  }

  @Test
  void headingsGoDownOneLevelAtATime() {
    for (String html : List.of(SMALL_HTML, RICH_HTML)) {
      Matcher h = Pattern.compile("<h([1-6])[ >]").matcher(html);
      int previous = 0;
      while (h.find()) {
        int level = Integer.parseInt(h.group(1));
        assertThat(level).as("a heading after an h%d", previous).isLessThanOrEqualTo(previous + 1);
        previous = level;
      }
    }
  }

  @Test
  void everyIdIsUniqueAndEveryReferenceFindsOne() {
    for (String html : List.of(SMALL_HTML, RICH_HTML)) {
      Set<String> ids = new HashSet<>();
      Matcher id = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
      while (id.find()) {
        assertThat(ids.add(id.group(1))).as("id %s is unique", id.group(1)).isTrue();
      }
      Matcher ref = Pattern.compile("(?:aria-labelledby=\"|href=\"#)([^\"]+)\"").matcher(html);
      while (ref.find()) {
        for (String r : ref.group(1).split(" ")) {
          assertThat(ids).contains(r);
        }
      }
    }
  }

  @Test
  void escapesEveryTextFromTheProject() {
    assertThat(SMALL_HTML)
        .contains("<h1>Peer circle &lt;b&gt;&amp;&lt;/b&gt; &quot;friends&quot;</h1>");
    assertThat(SMALL_HTML).contains("Scope: Who the circle is for &lt;script&gt;");
    assertThat(SMALL_HTML).contains("The funder&#39;s brief fixed who it is for, &amp; said so");
    assertThat(SMALL_HTML).doesNotContain("<b>&", "<script>");
  }

  @Test
  void showsFindingsByPrincipleMostSeriousFirstWithWhatToDoNext() {
    assertThat(SMALL_HTML)
        .contains(
            "<h3 id=\"principle-power\">Power</h3>",
            "<h3 id=\"principle-what-next\">Knowing what will" + " happen next</h3>");
    assertThat(SMALL_HTML.indexOf("principle-power\""))
        .isLessThan(SMALL_HTML.indexOf("principle-what-next\""));
    assertThat(SMALL_HTML)
        .contains(
            "<dt>What the group could do next</dt>",
            "<dt>Why it matters</dt>",
            "<dt>Evidence</dt>");
    assertThat(SMALL_HTML).contains("<span class=\"badge ack\">Acknowledged</span>");
    assertThat(SMALL_HTML).contains("<dt>Acknowledged by the group</dt>");
    int concern = SMALL_HTML.indexOf("finding concern");
    int warning = SMALL_HTML.indexOf("finding warning");
    assertThat(concern).isPositive().isLessThan(warning);
    assertThat(count(SMALL_HTML, "<article class=\"finding"))
        .isEqualTo(RULES.check(SMALL.view()).findings().size());
  }

  @Test
  void namesNobodyWhoAskedNotToBeNamedAndNoNamesNeedsOrReasons() {
    assertThat(SMALL_HTML).doesNotContainPattern(word("kit"));
    assertThat(SMALL_HTML).contains("A group member has made 2 contributions but holds no role.");
    assertThat(SMALL_HTML).contains("<dd>a group member</dd>");
    assertThat(SMALL_HTML).contains("<dd>guide, a group member</dd>");
    assertThat(SMALL_HTML).containsPattern(word("sam"));
    for (Project p : List.of(SMALL, RICH)) {
      String html = p == SMALL ? SMALL_HTML : RICH_HTML;
      int anonymous = 0;
      for (Participant person : p.participants()) {
        person.name().forEach(n -> assertThat(html).doesNotContain(n));
        person.accessNeeds().forEach(n -> assertThat(html).doesNotContain(n));
        person.declineReason().forEach(r -> assertThat(html).doesNotContain(r.name()));
        if (person.creditPreference() == CreditPreference.ANONYMOUS) {
          anonymous++;
          assertThat(html).doesNotContainPattern(word(person.id().value()));
        }
      }
      assertThat(anonymous).as("the fixture has someone who asked not to be named").isPositive();
    }
  }

  @Test
  void usesTheGroupsOwnWordsForTheSides() {
    String html = render(SMALL, SideLabels.of("experts by experience", "staff"));
    assertThat(html).contains("Blue stands for experts by experience, orange for staff.");
    assertThat(html)
        .contains("<th scope=\"col\">Experts by experience</th>\n<th scope=\"col\">Staff</th>");
    assertThat(html)
        .contains(
            "Experts by experience were paid for 22.2% of their hours, staff for 100% of theirs.");
    assertThat(html).doesNotContain("people with lived experience", "professionals");
  }

  @Test
  void showsTheRulesetsDigestAndTheLibrarysVersionAndWhatTheLadderRestsOn() {
    String html = render(SMALL, SideLabels.defaults());
    Report report = Rulebook.standard().check(SMALL);
    assertThat(html)
        .contains(
            "<dd>coprod-standard, version 2 (rules "
                + report.rulesetDigest().substring(0, 12)
                + "), with coprod "
                + report.libraryVersion()
                + "</dd>")
        .contains("SHA-256 of their sorted ids: " + report.rulesetDigest() + ")")
        .contains("The record shows this from 2 key decisions, too few to be sure.")
        .contains("Own hours paid, or pay declined");
  }

  @Test
  void theSameReportGivesTheSameBytesInAnyLocale() {
    Locale before = Locale.getDefault();
    try {
      for (Locale l :
          List.of(
              Locale.forLanguageTag("tr-TR"),
              Locale.forLanguageTag("ar-EG"),
              Locale.forLanguageTag("de-DE"))) {
        Locale.setDefault(l);
        assertThat(render(RICH, SideLabels.defaults())).isEqualTo(RICH_HTML);
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void saysPlainlyWhatIsNotThereYet() {
    Project empty = org.coprod.core.synthetic.ProjectGenerator.generate(11, 1, 1, 0, 0, 0);
    String html = render(empty, SideLabels.defaults());
    assertThat(html)
        .contains(
            "No outputs have been recorded yet",
            "No key decisions have been recorded yet",
            "<h2 id=\"findings-h\">Findings</h2>");
    assertThat(count(html, "role=\"img\"")).isEqualTo(5);
  }

  @Test
  void hidesAnonymousPeopleInEveryPlaceAFindingNamesThem() {
    Report report = RULES.check(SMALL);
    String html = HtmlReport.render(report, SideLabels.defaults());
    assertThat(html).doesNotContainPattern(word("kit"));
    assertThat(html).contains("A group member has made 2 contributions but holds no role.");
  }

  private static Pattern word(String id) {
    return Pattern.compile("(?<![\\w-])" + Pattern.quote(id) + "(?![\\w-])");
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void showsWhatChangedTheCheckInsAsMediansAndTheResponseInPlaceOfTheNextStep() {
    org.coprod.core.ProjectView view = ReportFixtures.heard().view();
    org.coprod.rules.Report report = RULES.check(view);
    String page = HtmlReport.render(report);
    assertThat(page)
        .contains("What changed because of what people said")
        .contains("Not taken up</th>")
        .contains("The leaflet is shorter")
        .contains("The group&#39;s response");
    String round = page.substring(page.indexOf("id=\"check-ins\""));
    round = round.substring(0, round.indexOf("</table>"));
    // three answered, a middle answer of 3 to being heard; two answers to influence show none
    assertThat(round.replaceAll("\\s+", "")).contains("<td>3</td><td>3</td><td></td><td></td>");
    int response = page.indexOf("The group&#39;s response");
    int article = page.lastIndexOf("<article", response);
    assertThat(page.substring(article, response)).doesNotContain("What the group could do next");
  }
}
