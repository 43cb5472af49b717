package org.coprod.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.coprod.core.DecisionRule;
import org.coprod.core.Library;
import org.coprod.core.Participant;
import org.coprod.core.Project;
import org.coprod.core.ProjectView;
import org.coprod.core.Side;
import org.coprod.core.measure.Proportions;
import org.coprod.core.synthetic.ProjectGenerator;
import org.coprod.core.synthetic.ProjectSpec;
import org.coprod.rules.Policy;
import org.coprod.rules.ProjectIndex;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.standard.CreditParity;
import org.junit.jupiter.api.Test;

class StatsCsvTest {
  private static final Project SMALL = ReportFixtures.smallCircle();
  private static final Report SMALL_REPORT = Rulebook.standard().check(SMALL);

  private static final java.util.List<String> SIDES =
      java.util.List.of("LivedExperience", "Professional");

  /** A row as column name to cell. */
  static Map<String, String> cells(Report report, ProjectView view, StatsSource source) {
    java.util.List<String> values = CsvTest.parse(StatsCsv.row(report, view, source)).get(0);
    assertThat(values).hasSize(StatsCsv.COLUMNS.size());
    Map<String, String> byColumn = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      byColumn.put(StatsCsv.COLUMNS.get(i), values.get(i));
    }
    return byColumn;
  }

  static Map<String, String> cells(Project project, int minCell) {
    ProjectView view = project.view();
    return cells(
        Rulebook.standard().check(view),
        view,
        StatsSource.ofProject(project, Policy.defaults(), minCell));
  }

  @Test
  void writesTheHeaderAndOneRowAProjectOfAggregateMeasures() {
    ProjectView view = SMALL.view();
    String header = StatsCsv.header();
    assertThat(header).endsWith("\r\n");
    assertThat(CsvTest.parse(header).get(0)).isEqualTo(StatsCsv.COLUMNS.asJava());
    Map<String, String> row =
        cells(SMALL_REPORT, view, StatsSource.ofProject(SMALL, Policy.defaults(), 0));
    assertThat(row)
        .containsEntry("project", "peer-circle")
        .containsEntry("path", "")
        .containsEntry("inputSha256", InputDigest.ofProject(SMALL).sha256())
        .containsEntry("asOf", "2021-06-30")
        .containsEntry("closed", "TRUE")
        .containsEntry("libraryVersion", Library.version())
        .containsEntry("ruleset", "coprod-standard")
        .containsEntry("rulesetVersion", Rulebook.standard().version())
        .containsEntry("rulesetDigest", Rulebook.standard().digest())
        .containsEntry("policyDigest", InputDigest.ofPolicy(Policy.defaults()).sha256())
        .containsEntry("minCell", "0")
        .containsEntry("suppressed", "")
        .containsEntry("people", "3")
        .containsEntry("peopleLivedExperience", "2")
        .containsEntry("peopleProfessional", "1")
        .containsEntry("contributingPeople", "3")
        .containsEntry("contributions", "4")
        .containsEntry("hours", "18.75")
        .containsEntry("decisions", "2")
        .containsEntry("keyDecisions", "2")
        .containsEntry("countedKeyDecisions", "2")
        .containsEntry("outputs", "1")
        .containsEntry("hoursShareLivedExperience", "0.72")
        .containsEntry("hoursShareProfessional", "0.28")
        .containsEntry("moneyShareLivedExperience", "0.125")
        .containsEntry("keyDecisionsWithSayLivedExperience", "1")
        .containsEntry("keyDecisionSayLivedExperience", "0.5")
        .containsEntry("ladder", "CO_DESIGN")
        .containsEntry("claimedLevel", "CO_PRODUCTION")
        .containsEntry(
            "concerns",
            String.valueOf(
                SMALL_REPORT.findings().count(f -> f.severity().name().equals("CONCERN"))))
        .containsEntry("acknowledged", "1")
        .containsEntry("rulesErrored", "0");
    // 1 of 2 counted key decisions: binom.test(1, 2) gives 0.01257912 0.98742088
    assertThat(Double.parseDouble(row.get("keyDecisionSayLivedExperienceLower")))
        .isCloseTo(0.01257912, within(5e-9));
    assertThat(Double.parseDouble(row.get("keyDecisionSayLivedExperienceUpper")))
        .isCloseTo(0.98742088, within(5e-9));
  }

  @Test
  void aProjectWithFewerThanFivePeopleOnASideGivesNoneOfTheirFigures() {
    Map<String, String> row = cells(SMALL, StatsSource.MIN_CELL);
    assertThat(row.get("minCell")).isEqualTo("5");
    assertThat(row.get("suppressed"))
        .isEqualTo(
            "livedExperienceUnderMinCell;professionalUnderMinCell;fewerContributorsThanMinCell");
    for (String column :
        List.of(
            "hoursShareLivedExperience",
            "hoursShareProfessional",
            "moneyShareLivedExperience",
            "paidHourShareLivedExperience",
            "keyDecisionsWithSayLivedExperience",
            "keyDecisionSayLivedExperience",
            "creditRateLivedExperience",
            "creditedProfessional",
            "hours",
            "contributions",
            "contributingPeople",
            "giniHours",
            "creditParityP")) {
      assertThat(row.get(column)).as(column).isEmpty();
    }
    // what a whole group's size, its decisions and its outputs say stays
    assertThat(row)
        .containsEntry("peopleLivedExperience", "2")
        .containsEntry("countedKeyDecisions", "2")
        .containsEntry("outputs", "1");
  }

  @Test
  void aCreditRateRestingOnFewPeopleIsBlankWhileTheSideIsLargeEnough() {
    // ten people a side, all credited on the one output: eligible - credited is 0, under 5
    Project p =
        ProjectGenerator.generate(
            ProjectSpec.builder()
                .seed(3)
                .livedExperience(10)
                .professional(10)
                .contributions(200)
                .decisions(6)
                .outputs(2)
                .build());
    Map<String, String> open = cells(p, 0);
    Map<String, String> row = cells(p, 5);
    for (String side : SIDES) {
      int eligible = Integer.parseInt(open.get("creditEligible" + side));
      int credited = Integer.parseInt(open.get("credited" + side));
      boolean small = eligible < 5 || credited < 5 || eligible - credited < 5;
      assertThat(row.get("creditRate" + side).isEmpty()).as(side).isEqualTo(small);
      assertThat(row.get("credited" + side).isEmpty()).isEqualTo(small);
      assertThat(row.get("creditEligible" + side).isEmpty()).isEqualTo(eligible < 5);
      if (small) {
        assertThat(row.get("suppressed")).contains("smallCellCredit" + side);
        assertThat(row.get("creditParityP")).isEmpty();
      }
      // the side's other figures stay
      assertThat(row.get("hoursShare" + side)).isEqualTo(open.get("hoursShare" + side));
    }
  }

  @Test
  void saysWhyACellThatCannotBeComputedIsEmpty() {
    Project empty = ProjectGenerator.generate(4, 1, 1, 0, 0, 0);
    Map<String, String> row = cells(empty, 0);
    assertThat(row.get("hoursShareLivedExperience")).isEmpty();
    assertThat(row.get("hours")).isEqualTo("0");
    assertThat(row.get("giniHours")).isEmpty();
    assertThat(row.get("keyDecisionSayLivedExperience")).isEmpty();
    assertThat(row.get("keyDecisionsWithSayLivedExperience")).isEqualTo("0");
    assertThat(row.get("creditRateProfessional")).isEmpty();
    assertThat(row.get("missing").split(";"))
        .contains(
            "noHours",
            "noCountedKeyDecisions",
            "noneEligibleLivedExperience",
            "noneEligibleProfessional",
            "fewerThanTwoContributors");
    assertThat(row.get("suppressed")).isEmpty();
  }

  @Test
  void aPrivacyReasonHidesTheReasonACellWouldBeMissing() {
    // one person a side: nothing is credited, but saying "nobody eligible" would tell it
    Project empty = ProjectGenerator.generate(4, 1, 1, 0, 0, 0);
    Map<String, String> row = cells(empty, 5);
    assertThat(row.get("missing")).doesNotContain("noneEligible", "noHours");
    assertThat(row.get("suppressed")).contains("livedExperienceUnderMinCell");
  }

  @Test
  void agreesWithTheReportsMeasuresAndTheLibrarysStatistics() {
    for (long seed = 1; seed <= 20; seed++) {
      Project p = ProjectGenerator.generate(seed, 4 + (int) seed % 5, 3, 80, 7, 3);
      ProjectView view = p.view();
      Report report = Rulebook.standard().check(view);
      Map<String, String> row = cells(report, view, StatsSource.ofProject(p, Policy.defaults(), 0));
      for (Side s : Side.values()) {
        String side = s == Side.LIVED_EXPERIENCE ? "LivedExperience" : "Professional";
        assertThat(number(row.get("creditRate" + side)))
            .as("the credit rate is the report's, as credit-parity defines it")
            .isEqualTo(report.measures().creditRateBySide().of(s));
        assertThat(number(row.get("keyDecisionSay" + side)))
            .isEqualTo(report.measures().keyDecisionSayBySide().of(s));
        assertThat(number(row.get("paidHourShare" + side)))
            .isEqualTo(report.measures().paidHourShareBySide().of(s));
      }
      Option<Double> p2 =
          Proportions.fisherExact(
              count(row, "creditedLivedExperience"),
              count(row, "creditEligibleLivedExperience"),
              count(row, "creditedProfessional"),
              count(row, "creditEligibleProfessional"));
      assertThat(number(row.get("creditParityP"))).isEqualTo(p2);
    }
  }

  @Test
  void followsThePolicysThresholdsForASubstantialContribution() {
    Project p = ProjectGenerator.generate(9, 8, 8, 200, 6, 3);
    ProjectView view = p.view();
    Policy strict =
        Policy.builder()
            .set(CreditParity.ID, CreditParity.PERSONAL_HOURS.name(), 1000.0)
            .set(CreditParity.ID, CreditParity.PERSONAL_SHARE.name(), 1.0)
            .build();
    Rulebook rulebook = Rulebook.standard().withPolicy(strict);
    Map<String, String> row =
        cells(rulebook.check(view), view, StatsSource.ofProject(p, strict, 0));
    Map<String, String> plain = cells(p, 0);
    assertThat(row.get("policyDigest"))
        .isEqualTo(InputDigest.ofPolicy(strict).sha256())
        .isNotEqualTo(plain.get("policyDigest"));
    assertThat(count(row, "creditEligibleLivedExperience"))
        .isLessThanOrEqualTo(count(plain, "creditEligibleLivedExperience"));
  }

  @Test
  void countsASayUnderMajorityRuleByThePolicysMajorityVoiceAsTheRulesDo() {
    Project base = ProjectGenerator.generate(9, 8, 8, 200, 6, 3);
    Project p =
        base.withDecisions(
            base.decisions().map(d -> d.withRule(Option.some(DecisionRule.MAJORITY))));
    ProjectView view = p.view();
    Policy whole = Policy.builder().majorityVoice(1.0).build();
    Map<String, String> row =
        cells(
            Rulebook.standard().withPolicy(whole).check(view),
            view,
            StatsSource.ofProject(p, whole, 0));
    Map<String, String> plain = cells(p, 0);
    ProjectIndex byPolicy = ProjectIndex.of(view, 1.0);
    ProjectIndex byDefault = ProjectIndex.of(view);
    int differ = 0;
    for (Side s : Side.values()) {
      String side = s == Side.LIVED_EXPERIENCE ? "LivedExperience" : "Professional";
      int say = byPolicy.countedKeyDecisions().count(d -> byPolicy.hadSay(d, s));
      int sayByDefault = byDefault.countedKeyDecisions().count(d -> byDefault.hadSay(d, s));
      assertThat(count(row, "keyDecisionsWithSay" + side)).as(side).isEqualTo(say);
      assertThat(count(plain, "keyDecisionsWithSay" + side)).as(side).isEqualTo(sayByDefault);
      differ += say != sayByDefault ? 1 : 0;
    }
    // the project is one the policy's majority voice changes the count of
    assertThat(differ).isPositive();
  }

  @Test
  void writesNoNameNoIdOfAPersonAndNoNeeds() {
    Project rich = ReportFixtures.rich(7);
    ProjectView view = rich.view();
    String row =
        StatsCsv.row(
            Rulebook.standard().check(view),
            view,
            StatsSource.ofProject(rich, Policy.defaults(), 0));
    for (Participant p : rich.participants()) {
      assertThat(row)
          .doesNotContainPattern(
              "(?<![\\w-])" + java.util.regex.Pattern.quote(p.id().value()) + "(?![\\w-])");
      p.name().forEach(n -> assertThat(row).doesNotContain(n));
      p.accessNeeds().forEach(n -> assertThat(row).doesNotContain(n));
      p.declineReason().forEach(r -> assertThat(row).doesNotContain(r.name()));
    }
  }

  @Test
  void refusesAReportOfAnotherView() {
    StatsSource source = StatsSource.ofProject(SMALL, Policy.defaults(), 5);
    assertThatThrownBy(() -> StatsCsv.row(SMALL_REPORT, SMALL.asOf(SMALL.started()), source))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RulesCsv.rows(SMALL_REPORT, SMALL.asOf(SMALL.started()), source))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StatsSource("", source.input(), Policy.defaults(), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givesTheSameBytesInEveryLocaleAndTimeZone() {
    java.util.List<Project> projects = new java.util.ArrayList<>();
    for (long seed = 1; seed <= 8; seed++) {
      projects.add(ProjectGenerator.generate(seed, 6, 5, 60, 6, 2));
    }
    projects.add(SMALL);
    String before = all(projects);
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      for (String tag : java.util.List.of("ar-EG", "de-DE", "fa-IR", "hi-IN-u-nu-deva")) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
        assertThat(all(projects)).as(tag).isEqualTo(before);
      }
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  private static String all(java.util.List<Project> projects) {
    StringBuilder out = new StringBuilder(StatsCsv.header()).append(RulesCsv.header());
    for (Project p : projects) {
      ProjectView view = p.view();
      Report report = Rulebook.standard().check(view);
      for (int minCell : new int[] {0, 5}) {
        StatsSource source = StatsSource.ofProject(p, Policy.defaults(), minCell);
        out.append(StatsCsv.row(report, view, source)).append(RulesCsv.rows(report, view, source));
      }
    }
    return out.toString();
  }

  // ---- the data dictionary ----

  private static final Path DICTIONARY =
      Path.of(System.getProperty("basedir", "."))
          .resolve("..")
          .resolve("docs")
          .resolve("stats-columns.md");

  /** The first cells of the table under a heading of the dictionary, without their backticks. */
  static java.util.List<String> documented(String heading) throws IOException {
    java.util.List<String> lines = Files.readAllLines(DICTIONARY, StandardCharsets.UTF_8);
    int at = lines.indexOf(heading);
    assertThat(at).as("the dictionary has the heading " + heading).isNotNegative();
    java.util.List<String> names = new java.util.ArrayList<>();
    boolean table = false;
    for (String line : lines.subList(at + 1, lines.size())) {
      if (line.startsWith("|")) {
        table = true;
        String first = line.split("\\|")[1].trim();
        if (first.matches("`[^`]+`")) {
          names.add(first.substring(1, first.length() - 1));
        }
      } else if (table || line.startsWith("#")) {
        break;
      }
    }
    return names;
  }

  @Test
  void theDataDictionaryNamesExactlyTheColumnsOfStatsInOrder() throws IOException {
    assertThat(documented("## `stats` columns")).isEqualTo(StatsCsv.COLUMNS.asJava());
  }

  @Test
  void theDataDictionaryNamesExactlyTheColumnsOfTheRulesOutputInOrder() throws IOException {
    assertThat(documented("## `--rules-output` columns")).isEqualTo(RulesCsv.COLUMNS.asJava());
  }

  @Test
  void theDataDictionaryExplainsEveryReasonACellIsBlank() throws IOException {
    String dictionary = Files.readString(DICTIONARY, StandardCharsets.UTF_8);
    java.util.Set<String> reasons = new java.util.TreeSet<>();
    for (long seed = 0; seed < 60; seed++) {
      Project p =
          ProjectGenerator.generate(
              seed,
              (int) (seed % 7),
              1 + (int) (seed % 5),
              (int) (seed * 3 % 50),
              (int) (seed % 4),
              (int) (seed % 3));
      for (int minCell : new int[] {0, 2, 5}) {
        Map<String, String> row = cells(p, minCell);
        for (String column : java.util.List.of("suppressed", "missing")) {
          if (!row.get(column).isEmpty()) {
            reasons.addAll(java.util.List.of(row.get(column).split(";")));
          }
        }
      }
    }
    assertThat(reasons).isNotEmpty();
    for (String reason : reasons) {
      assertThat(dictionary).as("the dictionary explains " + reason).contains("`" + reason + "`");
    }
  }

  // ---- suppression, over generated projects ----

  /** A generated project of any size on each side, down to one person or none. */
  @Provide
  Arbitrary<Project> projects() {
    Arbitrary<ProjectSpec> specs =
        Combinators.combine(
                Arbitraries.longs(),
                Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 80),
                Arbitraries.integers().between(0, 8),
                Arbitraries.integers().between(0, 4),
                Arbitraries.of(Option.<Side>none(), Option.some(Side.PROFESSIONAL)),
                Arbitraries.of(true, false))
            .as(
                (seed, le, pro, contributions, decisions, outputs, creditOnlyTo, closed) ->
                    ProjectSpec.builder()
                        .seed(seed)
                        .livedExperience(le)
                        .professional(le + pro == 0 ? 1 : pro)
                        .contributions(contributions)
                        .decisions(decisions)
                        .outputs(outputs)
                        .creditOnlyTo(pro == 0 ? Option.none() : creditOnlyTo)
                        .closed(closed)
                        .build());
    return specs.map(ProjectGenerator::generate);
  }

  @Property
  void noRowGivesTheFiguresOfASideUnderMinCellNorAnythingTheyFollowFrom(
      @ForAll("projects") Project project, @ForAll @IntRange(min = 1, max = 8) int minCell) {
    Map<String, String> row = cells(project, minCell);
    boolean anySmall = false;
    for (Side s : Side.values()) {
      int people = project.view().project().participantsOn(s).size();
      if (people == 0 || people >= minCell) {
        continue;
      }
      anySmall = true;
      String side = s == Side.LIVED_EXPERIENCE ? "LivedExperience" : "Professional";
      String other = s == Side.LIVED_EXPERIENCE ? "Professional" : "LivedExperience";
      for (String column :
          List.of(
              "hoursShare" + side,
              "moneyShare" + side,
              "paidHourShare" + side,
              "keyDecisionsWithSay" + side,
              "keyDecisionSay" + side,
              "keyDecisionSay" + side + "Lower",
              "keyDecisionSay" + side + "Upper",
              "creditEligible" + side,
              "credited" + side,
              "creditRate" + side,
              "creditRate" + side + "Lower",
              "creditRate" + side + "Upper",
              "hoursShare" + other,
              "moneyShare" + other,
              "hours",
              "contributions",
              "contributingPeople",
              "giniHours",
              "giniCredit",
              "creditParityP")) {
        assertThat(row.get(column)).as(column + " with " + people + " " + side).isEmpty();
      }
      assertThat(row.get("suppressed").split(";"))
          .contains(
              s == Side.LIVED_EXPERIENCE
                  ? "livedExperienceUnderMinCell"
                  : "professionalUnderMinCell");
    }
    Assume.that(anySmall);
  }

  @Property
  void noCreditFigureRestsOnFewerThanMinCellPeople(
      @ForAll("projects") Project project, @ForAll @IntRange(min = 1, max = 8) int minCell) {
    Map<String, String> row = cells(project, minCell);
    for (String side : SIDES) {
      if (!row.get("credited" + side).isEmpty() || !row.get("creditRate" + side).isEmpty()) {
        int eligible = count(row, "creditEligible" + side);
        int credited = count(row, "credited" + side);
        assertThat(credited).isGreaterThanOrEqualTo(minCell);
        assertThat(eligible - credited).isGreaterThanOrEqualTo(minCell);
      }
      if (!row.get("creditEligible" + side).isEmpty()) {
        assertThat(count(row, "creditEligible" + side)).isGreaterThanOrEqualTo(minCell);
      }
      if (!row.get("creditParityP").isEmpty()) {
        assertThat(row.get("creditRate" + side)).isNotEmpty();
      }
    }
    if (!row.get("giniHours").isEmpty() || !row.get("giniCredit").isEmpty()) {
      assertThat(count(row, "contributingPeople")).isGreaterThanOrEqualTo(minCell);
    }
  }

  @Property
  void everyBlankCellHasAReasonAndNoneWithMinCellZeroIsForPrivacy(
      @ForAll("projects") Project project, @ForAll @IntRange(min = 0, max = 8) int minCell) {
    Map<String, String> row = cells(project, minCell);
    boolean blank =
        row.entrySet().stream()
            .filter(e -> !java.util.Set.of("suppressed", "missing", "path").contains(e.getKey()))
            .anyMatch(e -> e.getValue().isEmpty());
    if (blank) {
      assertThat(row.get("suppressed") + row.get("missing")).isNotEmpty();
    }
    if (minCell == 0) {
      assertThat(row.get("suppressed")).isEmpty();
    }
    for (String side : SIDES) {
      for (String rate : List.of("creditRate" + side, "keyDecisionSay" + side)) {
        if (!row.get(rate).isEmpty()) {
          double r = Double.parseDouble(row.get(rate));
          assertThat(Double.parseDouble(row.get(rate + "Lower"))).isLessThanOrEqualTo(r);
          assertThat(Double.parseDouble(row.get(rate + "Upper"))).isGreaterThanOrEqualTo(r);
        }
      }
    }
    assertThat(row.get("closed")).isIn("TRUE", "FALSE");
  }

  private static Option<Double> number(String cell) {
    return cell.isEmpty() ? Option.none() : Option.some(Double.parseDouble(cell));
  }

  private static int count(Map<String, String> row, String column) {
    return Integer.parseInt(row.get(column));
  }
}
