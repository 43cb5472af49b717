package org.coprod.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.io.ProjectFiles;
import org.coprod.io.credit.CreditFiles;
import org.coprod.io.credit.Credits;
import org.coprod.io.credit.Statement;
import org.coprod.io.report.Gripp2;
import org.coprod.rules.Finding;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.Severity;
import org.coprod.rules.render.MarkdownReport;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The recovery-college year: what changed because of what people said, the check-ins, the group's
 * overdue response, and the GRIPP2 draft and credits made from the record, each matched against a
 * reviewed golden beside the scenario ({@code -Dcoprod.golden.update=true} rewrites them).
 */
class RecoveryCollegeYearTest {
  private static final Path DIR = Path.of(System.getProperty("basedir", "."), "scenarios");
  private static final String NAME = "recovery-college-year";
  private static final boolean UPDATE = Boolean.getBoolean("coprod.golden.update");
  private static final Rulebook RULEBOOK = Rulebook.standard();

  private static Project project() {
    return ProjectFiles.read(DIR.resolve(NAME + ".yaml")).get();
  }

  private static Credits credits() {
    return Credits.of(project()).get();
  }

  private static Finding only(Report report, String rule) {
    Seq<Finding> found = report.findings(rule);
    assertThat(found).as(rule).hasSize(1);
    return found.head();
  }

  @Test
  void peopleWithLivedExperienceFeelLessHeardAndTheGroupsResponseIsOverdue() {
    Report report = RULEBOOK.check(project());
    Finding gap = only(report, "voice-gap");
    assertThat(gap.kind()).isEqualTo("gap");
    assertThat(gap.severity()).isEqualTo(Severity.WARNING);
    Finding overdue = only(report, "response-overdue");
    assertThat(overdue.evidence("daysOverdue").get()).isEqualTo(42L);
    // the response answers the very finding still raised: the gap the group promised to close
    assertThat(overdue.evidence("finding").get()).isEqualTo(gap.fingerprint());
    assertThat(only(report, "impact-untold").kind()).isEqualTo("told-late");
    assertThat(report.findings()).hasSize(3);
    assertThat(report.outcome("impact-unrecorded").get().findings()).isEmpty();
  }

  @Test
  void theGapWasAlreadyThereWhenTheGroupResponded() {
    Report september = RULEBOOK.check(project().asOf(LocalDate.of(2023, 10, 1)));
    Finding gap = only(september, "voice-gap");
    assertThat(gap.fingerprint())
        .isEqualTo(only(RULEBOOK.check(project()), "voice-gap").fingerprint());
    assertThat(september.findings("response-overdue")).isEmpty();
  }

  @Test
  void gripp2MatchesItsReviewedGolden() throws IOException {
    Project p = project();
    golden(".gripp2.md", Gripp2.render(RULEBOOK.check(p), p.view()));
  }

  @Test
  void markdownReportMatchesItsReviewedGolden() throws IOException {
    golden(
        ".report.md",
        MarkdownReport.of().render(RULEBOOK.check(project()).withLibraryVersion("(this version)")));
  }

  @Test
  void creditsMatchTheirReviewedGoldensInEveryFormat() throws IOException {
    golden(".credits.md", CreditFiles.markdown(credits()));
    golden(".all-contributorsrc", CreditFiles.allContributors(credits()));
    golden(".credits.xml", CreditFiles.jats(credits()));
  }

  @Test
  void aStatementMatchesItsReviewedGolden() throws IOException {
    golden(
        ".statement-pt-2.md", Statement.of(project(), ParticipantId.of("pt-2")).get().markdown());
  }

  @Test
  void peopleWhoPreferNotToBeNamedAppearOnlyInTheGroupLineInEveryFormat() {
    for (String text :
        List.of(
            CreditFiles.markdown(credits()),
            CreditFiles.allContributors(credits()),
            CreditFiles.jats(credits()))) {
      assertThat(text).doesNotContain("student-").contains("5 members of the group who prefer not");
      // nor does anyone appear by id, nor the peer trainer who asked to be taken off the report
      assertThat(text).doesNotContain("pt-1").doesNotContain("pt-2").doesNotContain("mgr-1");
    }
    assertThat(CreditFiles.markdown(credits()).split("## What students said")[1])
        .doesNotContain("Ayesha Rahman");
  }

  @Test
  void jatsIsWellFormedWithOneContribForEachPersonCreditedAndCreditRolesFromTheVocabulary()
      throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document xml =
        factory
            .newDocumentBuilder()
            .parse(new InputSource(new StringReader(CreditFiles.jats(credits()))));
    NodeList groups = xml.getElementsByTagName("contrib-group");
    assertThat(groups.getLength()).isEqualTo(3);
    for (int g = 0; g < groups.getLength(); g++) {
      Element group = (Element) groups.item(g);
      Credits.OutputCredits expected = credits().outputs().get(g);
      assertThat(group.getAttribute("specific-use")).isEqualTo("output:" + expected.id());
      assertThat(group.getElementsByTagName("contrib").getLength())
          .isEqualTo(expected.people().size() + (expected.unnamed() > 0 ? 1 : 0));
      assertThat(group.getElementsByTagName("string-name").getLength())
          .isEqualTo(expected.people().size());
    }
    NodeList roles = xml.getElementsByTagName("role");
    int credit = 0;
    for (int i = 0; i < roles.getLength(); i++) {
      Element role = (Element) roles.item(i);
      if (role.hasAttribute("vocab")) {
        credit++;
        assertThat(role.getAttribute("vocab")).isEqualTo("credit");
        assertThat(role.getAttribute("vocab-identifier")).isEqualTo("https://credit.niso.org/");
        assertThat(role.getAttribute("vocab-term")).isEqualTo(role.getTextContent());
        assertThat(role.getAttribute("vocab-term-identifier"))
            .startsWith("https://credit.niso.org/contributor-roles/")
            .endsWith("/");
      }
    }
    assertThat(credit).isPositive();
  }

  @Test
  void theAllContributorsFileParsesWithTheFieldsTheToolReads() throws IOException {
    List<String> keys = new ArrayList<>();
    List<String> logins = new ArrayList<>();
    try (JsonParser json = new JsonFactory().createParser(CreditFiles.allContributors(credits()))) {
      int depth = 0;
      String field = "";
      for (JsonToken t = json.nextToken(); t != null; t = json.nextToken()) {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        } else if (t == JsonToken.FIELD_NAME) {
          field = json.currentName();
          if (depth == 1) {
            keys.add(field);
          }
        } else if (t == JsonToken.VALUE_STRING && field.equals("login")) {
          logins.add(json.getText());
        }
      }
      assertThat(depth).isZero();
    }
    assertThat(keys)
        .contains("projectName", "projectOwner", "files", "contributorsPerLine", "contributors");
    assertThat(logins)
        .containsExactly(
            "dr-helen-marsh",
            "tom-reyes",
            "ayesha-rahman",
            "wren",
            "sam-oduya",
            "lee-carter",
            "members-of-the-group");
    String text = CreditFiles.allContributors(credits());
    assertThat(text.split("\"avatar_url\"", -1)).hasSize(8);
    assertThat(text.split("\"contributions\"", -1)).hasSize(8);
  }

  @Test
  void theReadmesMappingTableIsTheOneCreditsUse() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    for (org.coprod.core.ContributionKind k : org.coprod.core.ContributionKind.values()) {
      String role = org.coprod.io.credit.ContributionRoles.plainRole(k);
      String row =
          "| `"
              + k.name()
              + "` | `"
              + org.coprod.io.credit.ContributionRoles.allContributorsType(k)
              + "` | "
              + role
              + (org.coprod.io.credit.ContributionRoles.creditRole(k).isEmpty()
                  ? " (plain words)"
                  : "")
              + " |";
      assertThat(readme).as(k.name()).contains(row);
    }
  }

  private static void golden(String suffix, String actual) throws IOException {
    Path golden = DIR.resolve(NAME + suffix);
    if (UPDATE) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(golden)) {
      fail("no golden " + golden + "; write it with -Dcoprod.golden.update=true and review it");
    }
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      fail(
          golden.getFileName()
              + " differs from its golden (- golden, + now); if the change is meant, rewrite with"
              + " -Dcoprod.golden.update=true and review the difference\n"
              + Diff.lines(expected, actual));
    }
  }
}
