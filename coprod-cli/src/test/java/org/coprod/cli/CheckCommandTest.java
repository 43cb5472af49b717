package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coprod.core.Participant;
import org.coprod.core.Project;
import org.coprod.core.synthetic.ProjectGenerator;
import org.coprod.io.Format;
import org.coprod.io.ProjectFiles;
import org.coprod.io.report.FindingsCsv;
import org.coprod.io.report.InputDigest;
import org.coprod.io.report.JsonReport;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Principle;
import org.coprod.rules.Report;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Rulebook;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir Path dir;

  @Test
  void printsATextReportAndExitsZeroForAProjectWithNothingToRaise() {
    Path file = Run.file(dir, "guide.yaml", Projects.clean());
    Run run = Run.coprod("check", file).withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.OK);
    assertThat(run.out())
        .startsWith("Coproduction report: A guide for new members, written with them\n")
        .contains("Project: peer-guide")
        .contains("No rule found anything to raise.");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void failsOnAConcernByDefaultButNotOnAWarning() {
    assertThat(Run.coprod("check", Run.file(dir, "c.yaml", Projects.concern())).code())
        .isEqualTo(Coprod.FAILED);
    assertThat(Run.coprod("check", Run.file(dir, "w.yaml", Projects.warning())).code())
        .isEqualTo(Coprod.OK);
  }

  @Test
  void failsAtTheLevelAskedForAndAbove() {
    Path note = Run.file(dir, "note.yaml", Projects.note());
    Path warning = Run.file(dir, "warning.yaml", Projects.warning());
    Path concern = Run.file(dir, "concern.yaml", Projects.concern());
    assertThat(Run.coprod("check", "--fail-on", "note", note).code()).isEqualTo(Coprod.FAILED);
    assertThat(Run.coprod("check", "--fail-on", "warning", note).code()).isEqualTo(Coprod.OK);
    assertThat(Run.coprod("check", "--fail-on", "warning", warning).code())
        .isEqualTo(Coprod.FAILED);
    assertThat(Run.coprod("check", "--fail-on", "concern", warning).code()).isEqualTo(Coprod.OK);
    assertThat(Run.coprod("check", "--fail-on", "concern", concern).code())
        .isEqualTo(Coprod.FAILED);
    assertThat(Run.coprod("check", "--fail-on", "WARNING", warning).code())
        .isEqualTo(Coprod.FAILED);
  }

  @Test
  void anAcknowledgedFindingIsReportedButDoesNotFail() {
    Run run =
        Run.coprod(
            "check",
            "--fail-on",
            "note",
            Run.file(dir, "ack.yaml", Projects.acknowledgedWarning()));
    assertThat(run.code()).isEqualTo(Coprod.OK);
    assertThat(run.out()).contains("(purpose-missing), acknowledged");
  }

  @Test
  void aRuleThatEndedInErrorFailsTheCheckWhateverTheLevel() throws Exception {
    Project project = ProjectFiles.read(Run.file(dir, "guide.yaml", Projects.clean())).get();
    Report report = Rulebook.standard().plus(new Throwing()).check(project);
    assertThat(report.outcome("test/throwing").map(Outcome::status)).contains(OutcomeStatus.ERROR);
    assertThat(CheckCommand.exitCode(List.of(report), Severity.CONCERN)).isEqualTo(Coprod.FAILED);
    Report clean = Rulebook.standard().check(project);
    assertThat(CheckCommand.exitCode(List.of(clean), Severity.NOTE)).isEqualTo(Coprod.OK);
    assertThat(CheckCommand.exitCode(List.of(clean, report), Severity.NOTE))
        .isEqualTo(Coprod.FAILED);
  }

  @Test
  void aBrokenFileExitsTwoNamingTheFileTheLineAndThePathWithoutAStackTrace() {
    Path file = Run.file(dir, "broken.yaml", Projects.broken());
    Run run = Run.coprod("check", file).withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(file + ":9:")
        .contains("contributions[0].phase")
        .contains("DESING")
        .contains("nothing was checked");
  }

  @Test
  void aBrokenFileExitsTwoWithoutAStackTraceEvenWithoutCoprodsHandlers() {
    Path file = Run.file(dir, "broken.yaml", Projects.broken());
    Run run = Run.plain("check", file).withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(run.err()).contains(file + ":9:").contains("contributions[0].phase");
  }

  @Test
  void aMissingFileIsBadInputNamingTheFile() {
    Run run = Run.coprod("check", dir.resolve("nowhere.yaml")).withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(run.err()).contains("nowhere.yaml").contains("does not exist");
  }

  @Test
  void oneBrokenFileAmongSeveralStopsTheWholeCheckAndEveryProblemIsListed() {
    Path good = Run.file(dir, "good.yaml", Projects.clean());
    Path broken = Run.file(dir, "broken.yaml", Projects.broken());
    Run run = Run.coprod("check", good, broken, dir.resolve("missing.json")).withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(broken.toString())
        .contains("missing.json")
        .contains("2 files have problems");
  }

  @Test
  void writesAReportForEachOfSeveralFiles() {
    Path a = Run.file(dir, "a.yaml", Projects.clean());
    Path b =
        Run.file(dir, "b.yaml", Projects.concern().replace("id: peer-guide", "id: other-guide"));
    Run run = Run.coprod("check", a, b);
    assertThat(run.code()).isEqualTo(Coprod.FAILED);
    assertThat(run.out()).contains("Project: peer-guide").contains("Project: other-guide");
    assertThat(run.out().indexOf("Project: peer-guide"))
        .isLessThan(run.out().indexOf("Project: other-guide"));
  }

  @Test
  void writesMarkdownWhenAsked() {
    Run run =
        Run.coprod("check", "--format", "markdown", Run.file(dir, "w.yaml", Projects.warning()));
    assertThat(run.code()).isEqualTo(Coprod.OK);
    assertThat(run.out()).startsWith("# Coproduction report: ").contains("`purpose-missing`");
  }

  @Test
  void writesAJsonObjectForOneFileThatReadsBackWithTheDigestOfTheFile() throws Exception {
    Path file = Run.file(dir, "w.yaml", Projects.warning());
    Run run = Run.coprod("check", "--format", "json", file);
    assertThat(run.code()).isEqualTo(Coprod.OK);
    assertThat(run.out()).startsWith("{");
    io.vavr.collection.Seq<JsonReport.Entry> back = JsonReport.read(run.out(), "report.json").get();
    assertThat(back).hasSize(1);
    assertThat(back.head().input()).isEqualTo(InputDigest.ofFile(file));
    assertThat(back.head().report().findings().map(f -> f.rule()))
        .containsExactly("purpose-missing");
  }

  @Test
  void writesAJsonArrayForSeveralFilesInTheirOrder() {
    Path a = Run.file(dir, "a.yaml", Projects.clean());
    Path b =
        Run.file(dir, "b.yaml", Projects.warning().replace("id: peer-guide", "id: other-guide"));
    Run run = Run.coprod("check", "--format", "json", b, a);
    assertThat(run.out()).startsWith("[");
    assertThat(
            JsonReport.read(run.out(), "reports.json").get().map(e -> e.report().project().value()))
        .containsExactly("other-guide", "peer-guide");
  }

  @Test
  void writesTheFindingsOfSeveralFilesAsCsvUnderOneHeader() {
    Path a = Run.file(dir, "a.yaml", Projects.note());
    Path b =
        Run.file(dir, "b.yaml", Projects.warning().replace("id: peer-guide", "id: other-guide"));
    Run run = Run.coprod("check", "--format", "csv", a, b);
    assertThat(run.code()).isEqualTo(Coprod.OK);
    java.util.List<String> rows = run.out().lines().toList();
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).isEqualTo(FindingsCsv.COLUMNS.mkString(","));
    assertThat(rows.get(1)).startsWith("peer-guide,2025-04-28,suitability,");
    assertThat(rows.get(2)).startsWith("other-guide,2025-04-28,purpose-missing,");
  }

  @Test
  void writesOneSelfContainedHtmlPage() {
    Run run = Run.coprod("check", "--format", "html", Run.file(dir, "a.yaml", Projects.concern()));
    assertThat(run.code()).isEqualTo(Coprod.FAILED);
    assertThat(run.out())
        .startsWith("<!DOCTYPE html>")
        .contains("<svg")
        .doesNotContain("<script")
        .doesNotContainPattern("(src|href)=\"https?:")
        .contains("decision-share");
  }

  @Test
  void writesAnHtmlPageAFileIntoTheFolderOutputNames() {
    Path a = Run.file(dir, "in/a.yaml", Projects.clean());
    Path b = Run.file(dir, "in/b.json.yaml", Projects.warning());
    Path pages = dir.resolve("pages");
    Run run = Run.coprod("check", "--format", "html", "--output", pages, a, b);
    assertThat(run.code()).isEqualTo(Coprod.OK);
    assertThat(run.out()).isEmpty();
    assertThat(Run.read(pages.resolve("a.html"))).startsWith("<!DOCTYPE html>");
    assertThat(Run.read(pages.resolve("b.json.html"))).contains("purpose-missing");
  }

  @Test
  void severalHtmlPagesNeedAFolderAndDistinctNames() {
    Path a = Run.file(dir, "one/a.yaml", Projects.clean());
    Path b = Run.file(dir, "two/a.yaml", Projects.clean());
    Run noFolder = Run.coprod("check", "--format", "html", a, b).withoutStackTrace();
    assertThat(noFolder.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(noFolder.err()).contains("--output");
    Run clash =
        Run.coprod("check", "--format", "html", "--output", dir.resolve("pages"), a, b)
            .withoutStackTrace();
    assertThat(clash.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(clash.err()).contains("a.html");
    assertThat(dir.resolve("pages")).doesNotExist();
  }

  @Test
  void refusesAFormatItCannotWrite() {
    Run run =
        Run.coprod("check", "--format", "pdf", Run.file(dir, "a.yaml", Projects.clean()))
            .withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(run.err()).contains("--format").contains("'pdf'").contains("text");
  }

  @Test
  void writesTheReportToAFileWhenAskedAndNothingOnStandardOutput() {
    Path out = dir.resolve("report.txt");
    Run run = Run.coprod("check", "--output", out, Run.file(dir, "a.yaml", Projects.clean()));
    assertThat(run.code()).isEqualTo(Coprod.OK);
    assertThat(run.out()).isEmpty();
    assertThat(Run.read(out)).startsWith("Coproduction report: ");
  }

  @Test
  void anOutputFileThatCannotBeWrittenIsAMessageNotAStackTrace() {
    Path out = dir.resolve("no-such-folder").resolve("report.txt");
    Run run =
        Run.coprod("check", "--output", out, Run.file(dir, "a.yaml", Projects.clean()))
            .withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(run.err()).contains("report.txt");
  }

  @Test
  void checksTheProjectAsItStoodOnTheDayAsked() {
    Path file = Run.file(dir, "a.yaml", Projects.clean());
    Run run = Run.coprod("check", "--as-of", "2025-02-01", file);
    assertThat(run.code()).isEqualTo(Coprod.OK);
    assertThat(run.out()).contains("As of: 2025-02-01");
    assertThat(Run.coprod("check", file).out()).contains("As of: 2025-04-28");
  }

  @Test
  void aDayBeforeTheProjectStartedIsBadInputNamingTheFileAndThePath() {
    Path file = Run.file(dir, "a.yaml", Projects.clean());
    Run run = Run.coprod("check", "--as-of", "2024-12-31", file).withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(run.err())
        .contains(file.toString())
        .contains("project.started")
        .contains("2025-01-06");
  }

  @Test
  void aDayNotWrittenAsADateIsAUsageError() {
    Run run =
        Run.coprod("check", "--as-of", "1 May 2025", Run.file(dir, "a.yaml", Projects.clean()))
            .withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(run.err()).contains("--as-of").contains("YYYY-MM-DD");
  }

  @Test
  void anUnknownFailLevelIsAUsageErrorListingTheLevels() {
    Run run =
        Run.coprod("check", "--fail-on", "error", Run.file(dir, "a.yaml", Projects.clean()))
            .withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(run.err()).contains("note, warning or concern");
  }

  @Test
  void checkWithoutAFileIsAUsageError() {
    Run run = Run.coprod("check").withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(run.err()).contains("FILE");
  }

  @Test
  void checksUnderAPolicyAndTheReportListsItsDifferences() {
    Path warning = Run.file(dir, "w.yaml", Projects.warning());
    Path firmer =
        Run.file(
            dir,
            "firmer.yaml",
            "coprod-policy: 1\nrules:\n  purpose-missing:\n    severity: CONCERN\n");
    Run run = Run.coprod("check", "--policy", firmer, warning);
    assertThat(run.code()).isEqualTo(Coprod.FAILED);
    assertThat(run.out())
        .contains("Settings that differ from the defaults")
        .contains("purpose-missing");
    Path off =
        Run.file(
            dir, "off.yaml", "coprod-policy: 1\nrules:\n  purpose-missing:\n    enabled: false\n");
    assertThat(Run.coprod("check", "--fail-on", "note", "--policy", off, warning).code())
        .isEqualTo(Coprod.OK);
  }

  @Test
  void labelsOnTheCommandLineOrInThePolicyNameTheSidesInEveryFormat() {
    Path concern = Run.file(dir, "c.yaml", Projects.concern());
    Run plain = Run.coprod("check", concern);
    // decision-share's words name the side; the rules' titles are their own words
    assertThat(plain.out()).containsIgnoringCase("people with lived experience had a say");
    for (String format : java.util.List.of("text", "markdown", "json", "csv", "html")) {
      Run run =
          Run.coprod(
              "check", "--format", format, "--labels", "experts by experience,staff", concern);
      assertThat(run.code()).as(format).isEqualTo(plain.code());
      // the people-facing formats say it at a glance; JSON and CSV, which have no glance, in their
      // messages and reasons
      assertThat(run.out())
          .as(format)
          .containsIgnoringCase(
              format.equals("json") || format.equals("csv")
                  ? "experts by experience"
                  : "experts by experience had a say")
          .doesNotContainIgnoringCase("people with lived experience had a say");
    }
    Path policy =
        Run.file(
            dir,
            "labels.yaml",
            "coprod-policy: 1\nlabels:\n  livedExperience: public contributors\n");
    assertThat(Run.coprod("check", "--policy", policy, concern).out())
        .containsIgnoringCase("public contributors had a say")
        .doesNotContainIgnoringCase("people with lived experience had a say");
    // the command line's labels win over the policy's
    assertThat(
            Run.coprod("check", "--policy", policy, "--labels", "survivors,workers", concern).out())
        .containsIgnoringCase("survivors had a say")
        .doesNotContain("public contributors");
  }

  @Test
  void badLabelsAreAUsageErrorThatSaysWhatLabelsLookLike() {
    Path clean = Run.file(dir, "a.yaml", Projects.clean());
    for (String bad :
        new String[] {"staff", "a,b,c", "staff,staff", ",staff", "x".repeat(41) + ",y"}) {
      Run run = Run.coprod("check", "--labels", bad, clean).withoutStackTrace();
      assertThat(run.code()).as(bad).isEqualTo(Coprod.BAD_INPUT);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).as(bad).contains("--labels").contains("label");
    }
    Path policy =
        Run.file(dir, "bad-labels.yaml", "coprod-policy: 1\nlabels:\n  professional: \"\"\n");
    Run broken = Run.coprod("check", "--policy", policy, clean).withoutStackTrace();
    assertThat(broken.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(broken.err()).contains(policy + ":3:").contains("labels.professional");
  }

  @Test
  void aPolicyNamingARuleByItsFormerIdStillWorksWithAWarningOnStandardError() {
    Path policy =
        Run.file(
            dir,
            "old.yaml",
            "coprod-policy: 1\nrules:\n  service-knowledge-withheld:\n    enabled: false\n");
    Run run =
        Run.coprod("check", "--policy", policy, Run.file(dir, "a.yaml", Projects.clean()))
            .withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.OK);
    assertThat(run.err())
        .contains("warning: " + policy + ":3:3: rules.service-knowledge-withheld:")
        .contains("now called 'professional-knowledge-unshared'");
    assertThat(run.out().replaceAll("\\s+", " "))
        .contains("(professional-knowledge-unshared): turned off (on by default).");
  }

  @Test
  void aBrokenPolicyIsBadInputNamingTheFileTheLineAndThePath() {
    Path policy =
        Run.file(
            dir,
            "policy.yaml",
            "coprod-policy: 1\nrules:\n  purpose-mising:\n    enabled: false\n");
    Run run =
        Run.coprod("check", "--policy", policy, Run.file(dir, "a.yaml", Projects.clean()))
            .withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(policy + ":3:")
        .contains("purpose-mising")
        .contains("purpose-missing")
        .contains("the policy file has problems");
    Run missing =
        Run.coprod(
            "check",
            "--policy",
            dir.resolve("none.yaml"),
            Run.file(dir, "b.yaml", Projects.clean()));
    assertThat(missing.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(missing.err()).contains("none.yaml").contains("does not exist");
  }

  @Test
  void aReportNamesNobodyByName() throws Exception {
    Project project = ProjectGenerator.generate(11, 4, 4, 60, 6, 2);
    Path file = dir.resolve("synthetic.json");
    ProjectFiles.write(project, file, Format.JSON);
    for (String format : java.util.List.of("text", "markdown", "json", "csv", "html")) {
      Run run = Run.coprod("check", "--fail-on", "note", "--format", format, file);
      assertThat(run.code()).isIn(Coprod.OK, Coprod.FAILED);
      for (Participant p : project.participants()) {
        p.name().forEach(name -> assertThat(run.out()).as(format).doesNotContain(name));
      }
    }
    assertThat(Files.readString(file)).contains("\"name\"");
  }

  @Test
  void writesTheFirstPageAloneAsTextOrAsAPage() {
    Path a = Run.file(dir, "a.yaml", Projects.concern());
    Run text = Run.coprod("check", "--format", "summary", a);
    assertThat(text.code()).isEqualTo(Coprod.FAILED);
    assertThat(text.out())
        .startsWith("Coproduction report: ")
        .contains("At a glance")
        .contains("Talk about this first")
        .doesNotContain("Headline measures")
        .doesNotContain("Why it matters");
    Run page = Run.coprod("check", "--format", "summary-html", a);
    assertThat(page.code()).isEqualTo(Coprod.FAILED);
    assertThat(page.out())
        .startsWith("<!DOCTYPE html>")
        .contains("id=\"at-a-glance\"")
        .doesNotContain("id=\"findings\"")
        .doesNotContain("href=\"#finding-");
  }

  @Test
  void theGroupAudienceNamesNoOneAFindingAboutPeopleIsAbout() throws Exception {
    Project project = ProjectGenerator.generate(11, 4, 4, 60, 6, 2);
    Path file = dir.resolve("synthetic.json");
    ProjectFiles.write(project, file, Format.JSON);
    Report report = Rulebook.standard().check(project);
    List<String> people =
        report
            .findings()
            .filter(org.coprod.rules.render.FindingGroup::aboutPeople)
            .flatMap(f -> f.subjects().appendAll(f.peopleNamed()))
            .filter(org.coprod.core.ParticipantId.class::isInstance)
            .map(org.coprod.core.Id::value)
            .distinct()
            .toList();
    assertThat(people).as("the project has findings about people").isNotEmpty();
    for (String format : java.util.List.of("text", "markdown", "html", "summary", "summary-html")) {
      Run run =
          Run.coprod("check", "--fail-on", "note", "--audience", "group", "--format", format, file);
      assertThat(run.code()).as(format).isIn(Coprod.OK, Coprod.FAILED);
      for (String id : people) {
        assertThat(run.out())
            .as("%s names %s", format, id)
            .doesNotContainPattern(
                "(?<![\\w-])" + java.util.regex.Pattern.quote(id) + "(?![\\w-])");
      }
    }
    Run facilitator = Run.coprod("check", "--fail-on", "note", "--format", "text", file);
    assertThat(
            people.exists(
                id ->
                    java.util.regex.Pattern.compile(
                            "(?<![\\w-])" + java.util.regex.Pattern.quote(id) + "(?![\\w-])")
                        .matcher(facilitator.out())
                        .find()))
        .as("the facilitator's report names them")
        .isTrue();
    Run summary = Run.coprod("check", "--fail-on", "note", "--format", "summary", file);
    for (String id : people) {
      assertThat(summary.out()).as("summary is for the group by default").doesNotContain(id);
    }
  }

  @Test
  void anAudienceIsOnlyForTheReportsPeopleRead() {
    Path a = Run.file(dir, "a.yaml", Projects.clean());
    Run json =
        Run.coprod("check", "--audience", "group", "--format", "json", a).withoutStackTrace();
    assertThat(json.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(json.err()).contains("--audience").contains("json");
    Run unknown = Run.coprod("check", "--audience", "board", a).withoutStackTrace();
    assertThat(unknown.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(unknown.err()).contains("group").contains("facilitator");
  }

  /** A custom rule that always throws, to see the check fail on a rule in ERROR. */
  static final class Throwing implements Rule {
    private static final RuleMetadata METADATA =
        RuleMetadata.builder()
            .id("test/throwing")
            .title("Always throws")
            .principle(Principle.POWER)
            .addKind(
                FindingKind.of(
                    "never",
                    Severity.NOTE,
                    "never raised",
                    "nothing",
                    org.coprod.rules.Template.of(
                        "default", "{words}", org.coprod.rules.Param.text("words"))))
            .summary("throws on every project")
            .rationale("a test of the exit code")
            .addLaw(Law.DETERMINISM)
            .build();

    @Override
    public RuleMetadata metadata() {
      return METADATA;
    }

    @Override
    public Outcome check(RuleContext context) {
      throw new IllegalStateException("a fault in a custom rule");
    }
  }
}
