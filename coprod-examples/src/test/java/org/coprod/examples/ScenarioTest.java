package org.coprod.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.coprod.core.Id;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.io.ProjectFiles;
import org.coprod.rules.Finding;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.Severity;
import org.coprod.rules.render.TextReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scenarios of the founding text, kept as project files in {@code scenarios/}: each is read as
 * a user's file would be, checked with the standard rulebook, and must give the findings its story
 * is about. Its text report must match the reviewed golden file beside it; run with {@code
 * -Dcoprod.golden.update=true} to rewrite the goldens after a deliberate change, then read the
 * difference as a person would before committing it.
 */
class ScenarioTest {
  private static final Path DIR = Path.of(System.getProperty("basedir", "."), "scenarios");
  private static final boolean UPDATE = Boolean.getBoolean("coprod.golden.update");
  private static final Rulebook RULEBOOK = Rulebook.standard();

  /** What the golden reports show for the library's version. */
  private static final String LIBRARY_VERSION = "(this version)";

  /** The scenario files, by name without the extension, in the order of the README. */
  static Stream<String> names() {
    return Stream.of(
        "crisis-line",
        "aftercare-leaflet",
        "bin-collection",
        "service-knowledge",
        "outvoted-board",
        "funder-override",
        "peer-support-running",
        "recovery-college",
        "carers-guide",
        "discharge-letter",
        "service-evaluation",
        "one-signature",
        "staff-only-credit",
        "recovery-college-year",
        "withdrawn-story");
  }

  // Each file is read and checked once for the whole class: several tests look at one report.
  private static final Map<String, Project> PROJECTS = new ConcurrentHashMap<>();
  private static final Map<String, Report> REPORTS = new ConcurrentHashMap<>();

  private static Project read(String name) {
    return PROJECTS.computeIfAbsent(
        name,
        n -> {
          Validation<Seq<Problem>, Project> read = ProjectFiles.read(DIR.resolve(n + ".yaml"));
          if (read.isInvalid()) {
            throw new AssertionError(
                n
                    + ".yaml does not read:\n"
                    + read.getError().map(Problem::toString).mkString("\n"));
          }
          return read.get();
        });
  }

  private static Report check(String name) {
    return REPORTS.computeIfAbsent(name, n -> RULEBOOK.check(read(n)));
  }

  private static Seq<Finding> findings(Report report, String rule) {
    return report.findings().filter(f -> f.rule().equals(rule));
  }

  private static Seq<String> subjects(Finding f) {
    return f.subjects().map(Id::value);
  }

  /** The one finding of a rule about a subject, asserting its kind and severity. */
  private static Finding finding(
      Report report, String rule, String subject, String kind, Severity severity) {
    Seq<Finding> about = findings(report, rule).filter(f -> subjects(f).contains(subject));
    assertThat(about).as("%s findings about '%s' in %s", rule, subject, summary(report)).hasSize(1);
    Finding f = about.head();
    assertThat(f.kind()).as("kind of %s about '%s'", rule, subject).isEqualTo(kind);
    assertThat(f.severity()).as("severity of %s about '%s'", rule, subject).isEqualTo(severity);
    return f;
  }

  private static OutcomeStatus status(Report report, String rule) {
    return report
        .outcome(rule)
        .map(Outcome::status)
        .getOrElseThrow(() -> new AssertionError("no outcome for " + rule));
  }

  /** Rule, kind, severity and subjects of every finding, one a line, for failure messages. */
  private static String summary(Report report) {
    return report
        .findings()
        .map(f -> f.severity() + " " + f.rule() + "/" + f.kind() + " " + subjects(f).mkString(","))
        .mkString("[", "; ", "]");
  }

  @Test
  void crisisLineShowsPresetDirectionHeldMoneyUnpaidPeersAndStaffOnlyCredit() {
    Report report = check("crisis-line");

    finding(report, "preset-direction", "set-scope", "preset", Severity.WARNING);
    finding(report, "preset-direction", "set-budget", "preset", Severity.WARNING);
    assertThat(findings(report, "preset-direction")).hasSize(2);
    assertThat(findings(report, "resource-control"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo("under-share");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
            });
    assertThat(findings(report, "paid-unpaid"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo("paid-less-often");
              assertThat(f.severity()).isEqualTo(Severity.CONCERN);
            });
    finding(report, "credit-one-sided", "final-report", "one-sided", Severity.CONCERN);
    // The peers sat at the table, but the lead decided, and the scope and budget came before them.
    assertThat(findings(report, "decision-share"))
        .singleElement()
        .satisfies(f -> assertThat(f.kind()).isEqualTo("no-say-in-direction"));
    assertThat(report.ladder().name()).isEqualTo("ENGAGEMENT");
    assertThat(findings(report, "claimed-level")).hasSize(1);
    for (String peer : List.of("peer-1", "peer-2", "peer-3", "carer-1")) {
      assertThat(findings(report, "uncredited-contributor").filter(f -> subjects(f).contains(peer)))
          .as("uncredited-contributor about %s", peer)
          .hasSize(1);
    }
    assertThat(findings(report, "carry-forward-one-sided")).hasSize(1);
    assertThat(findings(report, "after-plan-missing")).hasSize(1);
    // Staff scoped alone; four peers took part in design and none in dissemination.
    Finding dropOff =
        finding(report, "drop-off", "crisis-line-redesign", "dropped", Severity.WARNING);
    assertThat(dropOff.evidence("firstPhase").get()).isEqualTo("DESIGN");
    assertThat(dropOff.evidence("presentInFirst").get()).isEqualTo(4);
    assertThat(dropOff.evidence("presentInLast").get()).isEqualTo(0);
  }

  @Test
  void crisisLineStoriesWereUsedWithNoConsentRecordedAndNoDebriefOffered() {
    Report report = check("crisis-line");

    // The stories "recorded for staff training" feed the final report; nothing records consent.
    for (String story : List.of("peer-1.story.2017-05-03", "carer-1.story.2017-05-03")) {
      finding(report, "story-consent", story, "unrecorded", Severity.WARNING);
      finding(report, "story-burden", story, "no-debrief", Severity.NOTE);
    }
    assertThat(findings(report, "story-consent")).hasSize(2);
    // Two peers objected to the triage script and were overruled; nothing records why.
    finding(report, "dissent-unrecorded", "triage-script", "unrecorded", Severity.NOTE);
    Finding incomplete =
        finding(report, "agreement-incomplete", "agreement:1", "incomplete", Severity.WARNING);
    assertThat(incomplete.evidence("missing").get().toString()).contains("stopClause,support");
    assertThat(status(report, "chair-one-sided")).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void aStoryGivenForTrainingAndTakenBackIsAConcernWhereItRaisesMoneyAndNowhereElse() {
    Report report = check("withdrawn-story");

    Finding leaflet =
        finding(report, "story-consent", "story-leaflet", "withdrawn", Severity.CONCERN);
    assertThat(subjects(leaflet))
        .containsExactlyInAnyOrder("peer-2", "story-leaflet", "fundraising-leaflet");
    assertThat(leaflet.evidence("grounds").get()).isEqualTo("useNotCovered,madeAfterWithdrawal");
    assertThat(leaflet.evidence("usesNotCovered").get()).isEqualTo("PUBLICITY");
    // The training pack stopped using the story the day she asked.
    assertThat(findings(report, "story-consent")).hasSize(1);
    assertThat(findings(report, "story-burden")).isEmpty();
    // Her name is off the pack at her request: not an uncredited contributor.
    assertThat(findings(report, "uncredited-contributor")).as(summary(report)).isEmpty();
    assertThat(report.failsAt(Severity.CONCERN)).isTrue();
    // Consent cannot be waived for her by the group.
    assertThat(leaflet.isAcknowledged()).isFalse();
  }

  @Test
  void crisisLineReportCreditIsASoFarNoteBeforeTheCloseAndAConcernAtIt() {
    Project project = read("crisis-line");
    Report beforeClose = RULEBOOK.check(project.asOf(LocalDate.of(2017, 9, 21)));
    Report atClose = RULEBOOK.check(project.asOf(LocalDate.of(2017, 9, 26)));

    finding(beforeClose, "credit-one-sided", "final-report", "one-sided-so-far", Severity.NOTE);
    assertThat(status(beforeClose, "carry-forward-one-sided"))
        .isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    finding(atClose, "credit-one-sided", "final-report", "one-sided", Severity.CONCERN);
    assertThat(atClose.findings()).isEqualTo(RULEBOOK.check(project).findings());
  }

  @Test
  void aftercareLeafletMadeWellGivesNoFindingAtAll() {
    Report report = check("aftercare-leaflet");

    assertThat(report.findings()).as(summary(report)).isEmpty();
    assertThat(report.ladder().name()).isEqualTo("CO_PRODUCTION");
    // The reserved clinical check is not counted, and the benefits decline is met with advice.
    assertThat(status(report, "decision-share")).isEqualTo(OutcomeStatus.PASSED);
    assertThat(status(report, "benefits-barrier")).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void binCollectionClaimedAsCoDesignGetsTheSuitabilityNote() {
    Report report = check("bin-collection");

    assertThat(findings(report, "suitability"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.NOTE);
              assertThat(subjects(f)).containsExactly("bin-collection-review");
            });
    assertThat(findings(report, "drop-off")).hasSize(1);
    assertThat(report.findings().filter(f -> f.severity() == Severity.CONCERN))
        .as(summary(report))
        .isEmpty();
    // Three of the four residents left: not co-production at its end, whatever else holds.
    assertThat(report.ladder().name()).isEqualTo("CO_DESIGN");
    assertThat(report.measures().ladderBasis().stoppedBy().map(Enum::name))
        .containsExactly("DROP_OFF");
  }

  @Test
  void professionalsWhoKeepWhatTheyKnowOutOfTheRoomGetSkillsUnusedAndKnowledgeUnshared() {
    Report report = check("service-knowledge");

    assertThat(findings(report, "skills-unused").flatMap(ScenarioTest::subjects))
        .containsExactlyInAnyOrder("sw-1", "cmht-1");
    finding(report, "skills-unused", "sw-1", "unused", Severity.NOTE);
    finding(report, "skills-unused", "cmht-1", "unused", Severity.NOTE);
    assertThat(findings(report, "professional-knowledge-unshared"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo("unshared");
              assertThat(f.severity()).isEqualTo(Severity.NOTE);
            });
  }

  @Test
  void twoOutvotedVoicesAmongTwelveHaveNoSayDespiteTheirNamesOnEveryDecision() {
    Report report = check("outvoted-board");

    assertThat(findings(report, "decision-share"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.CONCERN);
              assertThat(f.evidence("livedExperienceSay").map(String::valueOf).getOrElse(""))
                  .isEqualTo("0");
            });
    // They agreed with four of the six decisions: too few seats is structure, not being outvoted.
    Finding share = findings(report, "decision-share").head();
    assertThat(share.evidence("objected").get()).isEqualTo(2);
    assertThat(share.evidence("tooFewSeats").get()).isEqualTo(4);
    assertThat(share.message()).contains("they did not object but, under majority rule");
    // Two of twelve is above lone-voice's thresholds: presence was not the problem, the vote was.
    assertThat(findings(report, "lone-voice")).isEmpty();
  }

  @Test
  void aFunderOverridingADesignDecisionIsFlaggedButAReservedBudgetOverrideIsNot() {
    Report report = check("funder-override");

    finding(report, "external-override", "peer-forum", "overridden", Severity.WARNING);
    // The budget override was reserved to the funder in the agreement, openly: not a finding.
    assertThat(findings(report, "external-override").flatMap(ScenarioTest::subjects))
        .containsExactly("peer-forum");
  }

  @Test
  void aRunningProjectGetsOneSidedCreditOnlyAsASoFarNoteAndNoCarryForwardQuestion() {
    Report report = check("peer-support-running");

    assertThat(report.closed()).isFalse();
    assertThat(findings(report, "credit-one-sided"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo("one-sided-so-far");
              assertThat(f.severity()).isEqualTo(Severity.NOTE);
            });
    assertThat(status(report, "carry-forward-one-sided")).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void recoveryCollegeCourseDoneWellGivesNoFindingAtAll() {
    Report report = check("recovery-college");

    assertThat(report.findings()).as(summary(report)).isEmpty();
    // The agreement was amended once, with everyone's consent.
    assertThat(status(report, "unilateral-amendment")).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void carersGuideAcknowledgesThatCarersAreTheLivedExperienceHere() {
    Report report = check("carers-guide");

    assertThat(findings(report, "perspective-missing"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.NOTE);
              assertThat(f.acknowledged().getOrElse("")).contains("carers' own");
            });
    assertThat(findings(report, "stale-acknowledgement")).isEmpty();
    assertThat(report.unacknowledged()).as(summary(report)).isEmpty();
  }

  @Test
  void staffScopingAloneDoesNotHideTheDriftAwayOfThoseWhoDesignedTheLetter() {
    Report report = check("discharge-letter");

    Finding dropOff = finding(report, "drop-off", "discharge-letter", "dropped", Severity.WARNING);
    assertThat(dropOff.evidence("firstPhase").get()).isEqualTo("DESIGN");
    assertThat(dropOff.evidence("lastPhase").get()).isEqualTo("DISSEMINATION");
    assertThat(dropOff.evidence("presentInFirst").get()).isEqualTo(5);
    assertThat(dropOff.evidence("presentInLast").get()).isEqualTo(0);
    assertThat(report.findings()).as(summary(report)).hasSize(1);
    // Everything else of co-production holds; drop-off's warning keeps it at co-design.
    assertThat(report.ladder().name()).isEqualTo("CO_DESIGN");
  }

  @Test
  void twelveOccasionalFocusGroupAttendeesAreNotUncreditedContributors() {
    Report report = check("service-evaluation");

    assertThat(findings(report, "uncredited-contributor")).as(summary(report)).isEmpty();
    assertThat(report.findings()).as(summary(report)).isEmpty();
    assertThat(status(report, "credit-parity")).isEqualTo(OutcomeStatus.PASSED);
    // Counted as core members, the same attendees would be twelve warnings.
    Project p = read("service-evaluation");
    Project asCore =
        Project.builder()
            .from(p)
            .participants(
                p.participants().map(x -> x.withInvolvement(org.coprod.core.Involvement.CORE)))
            .build();
    assertThat(findings(RULEBOOK.check(asCore), "uncredited-contributor")).hasSize(12);
  }

  @Test
  void oneSignatureOfFourDoesNotAcknowledgeAFindingForTheWholeGroup() {
    Report report = check("one-signature");

    Finding share =
        finding(report, "decision-share", "ward-welcome", "no-say-in-direction", Severity.CONCERN);
    assertThat(share.isAcknowledged()).isFalse();
    assertThat(report.failsAt(Severity.CONCERN)).isTrue();
    // Void, not stale.
    assertThat(status(report, "stale-acknowledgement")).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    assertThat(findings(report, "agreement-unconsented").flatMap(ScenarioTest::subjects))
        .containsExactly("ee-2", "ee-3", "ee-4");
    assertThat(findings(report, "unilateral-amendment")).hasSize(1);
    // Had two more of the panel signed, the group's reason would have stood.
    Project p = read("one-signature");
    Project signed =
        Project.builder()
            .from(p)
            .agreements(
                p.agreements()
                    .map(
                        a ->
                            a.version() != 2
                                ? a
                                : a.withConsents(
                                    a.consents()
                                        .append(
                                            org.coprod.core.Consent.of(
                                                org.coprod.core.ParticipantId.of("ee-2"), a.date()))
                                        .append(
                                            org.coprod.core.Consent.of(
                                                org.coprod.core.ParticipantId.of("ee-3"),
                                                a.date())))))
            .build();
    assertThat(findings(RULEBOOK.check(signed), "decision-share").single().isAcknowledged())
        .isTrue();
  }

  @Test
  void aPromiseThatEveryoneIsNamedBrokenIsAConcernAtTheCloseAndANoteBefore() {
    Project project = read("staff-only-credit");
    Report atClose = check("staff-only-credit");
    Report before = RULEBOOK.check(project.asOf(LocalDate.of(2024, 5, 20)));

    Finding unkept =
        finding(atClose, "agreement-unkept", "annual-report", "unkept", Severity.CONCERN);
    assertThat(unkept.evidence("unnamedContributors").get()).isEqualTo(4);
    assertThat(atClose.findings()).as(summary(atClose)).hasSize(1);
    finding(before, "agreement-unkept", "annual-report", "unkept-so-far", Severity.NOTE);
    assertThat(before.findings()).as(summary(before)).hasSize(1);
  }

  @ParameterizedTest
  @MethodSource("names")
  void noRuleEndsInErrorOnAnyScenario(String name) {
    Report report = check(name);

    assertThat(report.outcomes().filter(o -> o.status() == OutcomeStatus.ERROR).map(Outcome::rule))
        .isEmpty();
  }

  @ParameterizedTest
  @MethodSource("names")
  void textReportMatchesItsReviewedGolden(String name) throws IOException {
    // The library's version is written as a placeholder, so a release does not change every golden.
    String actual = TextReport.of().render(check(name).withLibraryVersion(LIBRARY_VERSION));
    Path golden = DIR.resolve(name + ".report.txt");
    if (UPDATE) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(golden)) {
      fail(
          "no golden report "
              + golden
              + "; write it with -Dcoprod.golden.update=true and review it");
    }
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      fail(
          "the report of "
              + name
              + " differs from its golden (- golden, + now); if the change is meant,"
              + " rewrite with -Dcoprod.golden.update=true and review the difference\n"
              + Diff.lines(expected, actual));
    }
  }

  @Test
  void everyScenarioFileIsTestedAndHasAGolden() throws IOException {
    java.util.List<String> files;
    try (Stream<Path> listed = Files.list(DIR)) {
      files =
          listed
              .map(p -> p.getFileName().toString())
              .filter(f -> f.endsWith(".yaml"))
              .sorted()
              .toList();
    }
    assertThat(files).containsExactlyInAnyOrderElementsOf(names().map(n -> n + ".yaml").toList());
    if (!UPDATE) {
      assertThat(names()).allSatisfy(n -> assertThat(DIR.resolve(n + ".report.txt")).exists());
    }
  }
}
