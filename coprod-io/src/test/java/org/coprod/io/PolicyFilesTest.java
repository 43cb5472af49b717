package org.coprod.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.Policy;
import org.coprod.rules.PolicyDifference;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.Severity;
import org.coprod.rules.SideLabels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Policy files read for a rulebook, applied to a check, and written back. */
class PolicyFilesTest {
  static final Path POLICY = Path.of("src/test/resources/policy");
  static final Path EXAMPLE = Path.of("../coprod-examples/policies/strict.yaml");

  /** What good.yaml sets. */
  static final Policy GOOD =
      Policy.builder()
          .set("load-concentration", "maxPersonShare", 0.4)
          .severity("load-concentration", Severity.CONCERN)
          .severity("agreement-missing", "none", Severity.WARNING)
          .disable("purpose-missing")
          .build();

  static final String GOOD_YAML =
      """
      coprod-policy: 1
      rules:
        agreement-missing:
          severities:
            none: WARNING
        load-concentration:
          parameters:
            maxPersonShare: 0.4
          severity: CONCERN
        purpose-missing:
          enabled: false
      """;

  private static <T> T valid(Validation<Seq<Problem>, T> read) {
    assertThat(read.isValid())
        .as("%s", read.fold(p -> p.mkString("\n"), Object::toString))
        .isTrue();
    return read.get();
  }

  private static Seq<Problem> problems(String text, Rulebook rulebook) {
    Validation<Seq<Problem>, Policy> read =
        PolicyFiles.read(new StringReader(text), Format.YAML, "text.yaml", rulebook);
    assertThat(read.isInvalid()).as("%s", read).isTrue();
    return read.getError();
  }

  private static Policy read(String text, Rulebook rulebook) {
    return valid(PolicyFiles.read(new StringReader(text), Format.YAML, "text.yaml", rulebook));
  }

  private static Finding only(Seq<Finding> findings) {
    assertThat(findings).hasSize(1);
    return findings.head();
  }

  @Test
  void aGoodPolicyChangesAThresholdASeverityAndTurnsARuleOffInTheChecksReport() {
    Rulebook standard = Rulebook.standard();
    Project project = valid(ProjectFiles.read(POLICY.resolve("project.yaml")));
    Policy policy = valid(PolicyFiles.read(POLICY.resolve("good.yaml"), standard));
    assertThat(policy).isEqualTo(GOOD);

    Report before = standard.check(project);
    Report after = standard.withPolicy(policy).check(project);

    // the threshold: ana's 45% of her side's hours is under the standard 50% and over the policy's
    // 40%
    assertThat(before.findings("load-concentration")).isEmpty();
    Finding load = only(after.findings("load-concentration"));
    assertThat(load.kind()).isEqualTo("one-person");
    assertThat(load.subjects().map(id -> id.value())).containsExactly("ana");
    // the severity of every kind of the rule
    assertThat(load.severity()).isEqualTo(Severity.CONCERN);
    // the severity of one kind
    assertThat(only(before.findings("agreement-missing")).severity()).isEqualTo(Severity.CONCERN);
    assertThat(only(after.findings("agreement-missing")).severity()).isEqualTo(Severity.WARNING);
    // the rule turned off
    assertThat(only(before.findings("purpose-missing")).kind()).isEqualTo("missing");
    assertThat(after.findings("purpose-missing")).isEmpty();
    assertThat(after.outcome("purpose-missing")).isEmpty();

    assertThat(before.policy()).isEmpty();
    assertThat(after.policy())
        .containsExactly(
            new PolicyDifference("agreement-missing", "severity of none", "CONCERN", "WARNING"),
            new PolicyDifference("load-concentration", "parameter maxPersonShare", "0.5", "0.4"),
            new PolicyDifference("load-concentration", "severity", "WARNING", "CONCERN"),
            new PolicyDifference("purpose-missing", "rule", "on", "off"));
  }

  @Test
  void sideLabelsAreReadWrittenAndGivenToTheReport() {
    String text =
        """
        coprod-policy: 1
        labels:
          livedExperience: experts by experience
          professional: staff
        """;
    Policy policy = read(text, Rulebook.standard());
    assertThat(policy.labels()).contains(SideLabels.of("experts by experience", "staff"));
    assertThat(PolicyFiles.toText(policy, Format.YAML)).isEqualTo(text);
    for (Format format : Format.values()) {
      assertThat(
              valid(
                  PolicyFiles.read(
                      new StringReader(PolicyFiles.toText(policy, format)),
                      format,
                      "written",
                      Rulebook.standard())))
          .isEqualTo(policy);
    }
    Project project = valid(ProjectFiles.read(POLICY.resolve("project.yaml")));
    Report report = Rulebook.standard().withPolicy(policy).check(project);
    assertThat(report.sideLabels()).isEqualTo(SideLabels.of("experts by experience", "staff"));
    // labels change the words, never what is found
    assertThat(report.findings().map(Finding::fingerprint))
        .isEqualTo(Rulebook.standard().check(project).findings().map(Finding::fingerprint));
  }

  @Test
  void theWordsForOnePersonAreReadBesideTheirLabelAndWrittenOnlyWhereTheGroupChoseThem() {
    String text =
        """
        coprod-policy: 1
        labels:
          livedExperience: experts by experience
          professional: staff
          professionalOne: staff member
        """;
    Policy policy = read(text, Rulebook.standard());
    assertThat(policy.labels())
        .contains(
            SideLabels.of(
                "experts by experience", "staff", "expert by experience", "staff member"));
    assertThat(PolicyFiles.toText(policy, Format.YAML)).isEqualTo(text);
    // words the label makes anyway are not written
    assertThat(
            PolicyFiles.toText(
                read(text.replace("staff member", "member of staff"), Rulebook.standard()),
                Format.YAML))
        .doesNotContain("professionalOne");
    Seq<Problem> alone =
        problems(
            "coprod-policy: 1\nlabels: {livedExperienceOne: expert by experience}\n",
            Rulebook.standard());
    assertThat(alone.single().path()).isEqualTo("labels");
    assertThat(alone.single().message()).contains("give 'livedExperience' too");
    assertThat(
            problems(
                    "coprod-policy: 1\nlabels: {professional: staff, professionalOne: \"%s\"}\n"
                        .formatted("x".repeat(51)),
                    Rulebook.standard())
                .single()
                .message())
        .contains("at most 50 characters");
  }

  @Test
  void aSideLeftOutKeepsItsDefaultLabel() {
    Policy policy =
        read(
            """
            coprod-policy: 1
            labels: {livedExperience: public contributors}
            """,
            Rulebook.standard());
    assertThat(policy.labels()).contains(SideLabels.of("public contributors", "professionals"));
    assertThat(read("coprod-policy: 1\nlabels: {}\n", Rulebook.standard()).labels()).isEmpty();
  }

  @Test
  void aBadLabelIsAProblemWithItsPathAndLine() {
    Seq<Problem> found =
        problems(
            """
            coprod-policy: 1
            labels:
              livedExperience: "  "
              professional: %s
              lived: carers
            """
                .formatted("x".repeat(41)),
            Rulebook.standard());
    assertThat(found.map(Problem::path))
        .containsExactly("labels.livedExperience", "labels.professional", "labels.lived");
    assertThat(found.map(p -> p.line().get())).containsExactly(3, 4, 5);
    assertThat(found.get(0).message()).contains("needs some words");
    assertThat(found.get(1).message()).contains("at most 40 characters");
    assertThat(found.get(2).kind()).isEqualTo(Problem.Kind.UNKNOWN_KEY);
    assertThat(found.get(2).message()).contains("did you mean 'livedExperience'");
    assertThat(found).allMatch(p -> p.source().contains("text.yaml"));

    Seq<Problem> same =
        problems(
            "coprod-policy: 1\nlabels: {livedExperience: staff, professional: staff}\n",
            Rulebook.standard());
    assertThat(same.single().path()).isEqualTo("labels");
    assertThat(same.single().message()).contains("different labels");
    assertThat(problems("coprod-policy: 1\nlabels: staff\n", Rulebook.standard()).single().path())
        .isEqualTo("labels");
    assertThat(problems("coprod-policy: 1\nlabel: {}\n", Rulebook.standard()).single().message())
        .contains("did you mean 'labels'");
  }

  @Test
  void theSameTreeInJsonReadsAsTheSamePolicy() {
    assertThat(valid(PolicyFiles.read(POLICY.resolve("good.json"), Rulebook.standard())))
        .isEqualTo(GOOD);
  }

  @Test
  void aPolicyReadForARulebookFitsIt() {
    Rulebook standard = Rulebook.standard();
    for (Path file :
        new Path[] {POLICY.resolve("good.yaml"), POLICY.resolve("good.json"), EXAMPLE}) {
      Policy policy = valid(PolicyFiles.read(file, standard));
      assertThat(policy.problems(standard.metadata())).as("%s", file).isEmpty();
      assertThat(standard.withPolicy(policy).policy()).isEqualTo(policy);
    }
  }

  @Test
  void theExampleStrictPolicyReadsAndMakesWarningsConcerns() {
    Policy strict = valid(PolicyFiles.read(EXAMPLE, Rulebook.standard()));
    assertThat(strict.parameter("decision-share", "minSayShare")).contains(0.75);
    assertThat(strict.majorityVoice()).isEqualTo(0.4);
    assertThat(strict.parameter("rate-below-floor", "floorPerHour")).contains(12.21);
    assertThat(strict.parameter("agreement-missing", "graceDays")).contains(14);
    assertThat(strict.severity("decision-share", "under-half")).contains(Severity.CONCERN);
    assertThat(strict.severity("decision-share", "no-say-in-direction")).isEmpty();
    assertThat(strict.severity("credit-parity", "under-four-fifths")).contains(Severity.CONCERN);
    assertThat(strict.severity("credit-parity", "under-four-fifths-so-far")).isEmpty();
    assertThat(strict.disabled()).isEmpty();
  }

  @Test
  void aPolicyIsWrittenWithItsRulesSortedAndReadsBackEqualInEitherFormat() {
    assertThat(PolicyFiles.toText(GOOD, Format.YAML)).isEqualTo(GOOD_YAML);
    for (Format format : Format.values()) {
      String text = PolicyFiles.toText(GOOD, format);
      assertThat(
              valid(
                  PolicyFiles.read(new StringReader(text), format, "written", Rulebook.standard())))
          .as(text)
          .isEqualTo(GOOD);
    }
    assertThat(PolicyFiles.toText(GOOD, Format.JSON))
        .startsWith("{\n  \"coprod-policy\": 1,\n  \"rules\": {\n")
        .endsWith("}\n");
  }

  @Test
  void writingToAFileFollowsItsNameAndReadingFindsTheFormatOfAnUnnamedOne(@TempDir Path dir)
      throws IOException {
    Path yaml = dir.resolve("mine.yml");
    Path json = dir.resolve("mine.json");
    PolicyFiles.write(GOOD, yaml);
    PolicyFiles.write(GOOD, json);
    assertThat(Files.readString(yaml, StandardCharsets.UTF_8)).isEqualTo(GOOD_YAML);
    assertThat(Files.readString(json, StandardCharsets.UTF_8)).startsWith("{");
    Path unnamed = dir.resolve("policy.txt");
    Files.copy(json, unnamed);
    assertThat(valid(PolicyFiles.read(unnamed, Rulebook.standard()))).isEqualTo(GOOD);
    assertThatThrownBy(() -> PolicyFiles.write(GOOD, dir.resolve("policy.txt")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void thePolicyThatChangesNothingIsTheVersionAlone() {
    assertThat(PolicyFiles.toText(Policy.defaults(), Format.YAML)).isEqualTo("coprod-policy: 1\n");
    assertThat(PolicyFiles.toText(Policy.defaults(), Format.JSON))
        .isEqualTo("{\n  \"coprod-policy\": 1\n}\n");
    assertThat(read("coprod-policy: 1\n", Rulebook.standard())).isEqualTo(Policy.defaults());
    assertThat(read("coprod-policy: 1\nrules:\n", Rulebook.standard()))
        .isEqualTo(Policy.defaults());
    assertThat(read("coprod-policy: 1\nrules: {}\n", Rulebook.standard()))
        .isEqualTo(Policy.defaults());
    assertThat(
            read(
                "coprod-policy: 1\nrules:\n  purpose-missing: {enabled: true}\n",
                Rulebook.standard()))
        .isEqualTo(Policy.defaults());
  }

  @Test
  void aKindsOwnSeverityWinsOverTheRules() {
    Policy policy =
        read(
            """
        coprod-policy: 1
        rules:
          agreement-missing:
            severity: NOTE
            severities: {none: CONCERN}
        """,
            Rulebook.standard());
    assertThat(policy.severity("agreement-missing", "none")).contains(Severity.CONCERN);
    assertThat(policy.severity("agreement-missing", "late")).contains(Severity.NOTE);
  }

  @Test
  void applicationsOwnKeysAreReadPastAtTheTopAndInARulesSettings() {
    Policy policy =
        read(
            """
        x-app: {colour: teal}
        coprod-policy: 1
        rules:
          purpose-missing:
            x-why: [we, state, it, elsewhere]
            enabled: false
        """,
            Rulebook.standard());
    assertThat(policy).isEqualTo(Policy.builder().disable("purpose-missing").build());
  }

  @Test
  void aCustomRuleWithAPrefixTakesAFlagACountAndANumber() {
    Rulebook rulebook = PolicyTestRules.withCustomRule();
    Policy policy =
        read(
            """
        coprod-policy: 1
        rules:
          acme/quiet-hours:
            parameters: {weekends: true, fromHour: 22, maxShare: 0}
            severities: {weekend: WARNING}
        """,
            rulebook);
    assertThat(policy)
        .isEqualTo(
            Policy.builder()
                .set("acme/quiet-hours", "weekends", true)
                .set("acme/quiet-hours", "fromHour", 22)
                .set("acme/quiet-hours", "maxShare", 0.0)
                .severity("acme/quiet-hours", "weekend", Severity.WARNING)
                .build());
    assertThat(policy.problems(rulebook.metadata())).isEmpty();
    for (Format format : Format.values()) {
      assertThat(
              valid(
                  PolicyFiles.read(
                      new StringReader(PolicyFiles.toText(policy, format)), format, "w", rulebook)))
          .isEqualTo(policy);
    }
    // YAML's other spellings of true are the same boolean; its yes is text, and refused
    assertThat(
            read(
                "coprod-policy: 1\nrules: {acme/quiet-hours: {parameters: {weekends: True}}}\n",
                rulebook))
        .isEqualTo(Policy.builder().set("acme/quiet-hours", "weekends", true).build());
    Problem yes =
        problems(
                "coprod-policy: 1\nrules: {acme/quiet-hours: {parameters: {weekends: yes}}}\n",
                rulebook)
            .single();
    assertThat(yes.kind()).isEqualTo(Problem.Kind.WRONG_TYPE);
    assertThat(yes.path()).isEqualTo("rules.acme/quiet-hours.parameters.weekends");
    assertThat(yes.message()).contains("takes true or false");
    Problem number =
        problems(
                "coprod-policy: 1\nrules: {acme/quiet-hours: {parameters: {weekends: 1}}}\n",
                rulebook)
            .single();
    assertThat(number.message()).contains("takes true or false");
  }

  @Test
  void aRuleTheRulebookLacksIsAProblemEvenInAPolicyThatFitsAnother() {
    Problem p = problems(GOOD_YAML, Rulebook.standard().without("purpose-missing")).single();
    assertThat(p.kind()).isEqualTo(Problem.Kind.DANGLING_REFERENCE);
    assertThat(p.path()).isEqualTo("rules.purpose-missing");
    assertThat(p.line()).contains(10);
    assertThat(p.message()).contains("has no rule 'purpose-missing'");
  }

  @Test
  void everyProblemInAFileIsReportedAtOnceInTheOrderOfTheFile() {
    Seq<Problem> problems =
        problems(
            """
        coprod-policy: 1
        rules:
          load-concentration:
            parameters:
              maxPersonShare: lots
              minPeopleForShare: 2.5
            severity: SEVERE
          purpose-misisng:
            enabled: false
          credit-parity:
            severities: {under-four-fifths: CONCERN, over: NOTE}
            enable: false
        x-fine: true
        extra: 1
        """,
            Rulebook.standard());
    assertThat(problems.map(p -> p.path() + "@" + p.line().get()))
        .containsExactly(
            "rules.load-concentration.parameters.maxPersonShare@5",
            "rules.load-concentration.parameters.minPeopleForShare@6",
            "rules.load-concentration.severity@7",
            "rules.purpose-misisng@8",
            "rules.credit-parity.severities.over@11",
            "rules.credit-parity.enable@12",
            "extra@14");
    assertThat(problems).allSatisfy(p -> assertThat(p.source()).contains("text.yaml"));
    assertThat(problems.get(3).message()).contains("did you mean 'purpose-missing'?");
    assertThat(problems.get(5).message()).contains("did you mean 'enabled'?");
  }

  @Test
  void aVersionFromTheFutureIsReportedAloneWhereverItStands() {
    Problem p =
        problems(
                """
        rules:
          no-such-rule: {enabled: false}
        coprod-policy: 3
        """,
                Rulebook.standard())
            .single();
    assertThat(p.kind()).isEqualTo(Problem.Kind.UNSUPPORTED_VERSION);
    assertThat(p.line()).contains(3);
  }

  @Test
  void aMistypedVersionKeyIsReportedOnceAsMistyped() {
    Problem p = problems("coprod-polcy: 1\n", Rulebook.standard()).single();
    assertThat(p.kind()).isEqualTo(Problem.Kind.UNKNOWN_KEY);
    assertThat(p.message()).contains("did you mean 'coprod-policy'?");
  }

  @Test
  void streamsAndReadersGiveTheirSourceNameAndAreLeftOpen() throws IOException {
    byte[] bytes = "coprod-policy: 1\nrules: {nope: {}}\n".getBytes(StandardCharsets.UTF_8);
    boolean[] closed = {false};
    ByteArrayInputStream in =
        new ByteArrayInputStream(bytes) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    Validation<Seq<Problem>, Policy> read =
        PolicyFiles.read(in, Format.YAML, "https://example.org/p.yaml", Rulebook.standard());
    assertThat(read.getError().single().source()).contains("https://example.org/p.yaml");
    assertThat(closed[0]).isFalse();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PolicyFiles.write(GOOD, out, Format.JSON);
    assertThat(
            valid(
                PolicyFiles.read(
                    new ByteArrayInputStream(out.toByteArray()),
                    Format.JSON,
                    "mem",
                    Rulebook.standard())))
        .isEqualTo(GOOD);
  }

  @Test
  void aFileThatCannotBeOpenedIsAProblem(@TempDir Path dir) {
    Problem missing =
        PolicyFiles.read(dir.resolve("absent.yaml"), Rulebook.standard()).getError().single();
    assertThat(missing.message()).contains("does not exist");
    assertThat(missing.source()).contains(dir.resolve("absent.yaml").toString());
    Problem folder = PolicyFiles.read(dir, Rulebook.standard()).getError().single();
    assertThat(folder.message()).contains("folder");
  }

  @Test
  void readLimitsHoldForPolicyFilesToo(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("big.yaml");
    PolicyFiles.write(GOOD, file);
    Problem p =
        PolicyFiles.read(file, Rulebook.standard(), ReadLimits.defaults().withMaxFileBytes(20))
            .getError()
            .single();
    assertThat(p.kind()).isEqualTo(Problem.Kind.LIMIT_EXCEEDED);
    String deep = "coprod-policy: 1\nrules: {purpose-missing: {x-a: [[[[[[[1]]]]]]]}}\n";
    assertThat(read(deep, Rulebook.standard())).isEqualTo(Policy.defaults());
    Problem tooDeep =
        PolicyFiles.read(
                new StringReader(deep),
                Format.YAML,
                "deep.yaml",
                Rulebook.standard(),
                ReadLimits.defaults().withMaxDepth(5))
            .getError()
            .single();
    assertThat(tooDeep.kind()).isEqualTo(Problem.Kind.LIMIT_EXCEEDED);
    assertThat(tooDeep.path()).isEqualTo("rules.purpose-missing.x-a");
  }

  @Test
  void writingRefusesAValueNoPolicyFileCanHold() {
    for (Object bad : new Object[] {-1.0, Double.NaN, Double.POSITIVE_INFINITY, -2, "0.5", 1L}) {
      Policy policy = Policy.builder().set("load-concentration", "maxPersonShare", bad).build();
      assertThatThrownBy(() -> PolicyFiles.toText(policy, Format.YAML))
          .as("%s", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("maxPersonShare");
    }
  }

  @Test
  void aRuleNamedByItsFormerIdIsReadForItsIdNowWithAWarningThatSaysWhere() {
    java.util.List<Problem> warnings = new java.util.ArrayList<>();
    String text =
        """
        coprod-policy: 1
        rules:
          token-presence:
            parameters: {minPeople: 3}
          service-knowledge-withheld:
            enabled: false
        """;
    Policy policy =
        valid(
            PolicyFiles.read(
                new StringReader(text),
                Format.YAML,
                "old.yaml",
                Rulebook.standard(),
                ReadLimits.defaults(),
                warnings::add));
    assertThat(policy)
        .isEqualTo(
            Policy.builder()
                .set("lone-voice", "minPeople", 3)
                .disable("professional-knowledge-unshared")
                .build());
    assertThat(warnings.stream().map(Problem::toString))
        .containsExactly(
            "old.yaml:3:3: rules.token-presence: the rule 'token-presence' is now called"
                + " 'lone-voice'; its settings are read for 'lone-voice'",
            "old.yaml:5:3: rules.service-knowledge-withheld: the rule 'service-knowledge-withheld'"
                + " is now called 'professional-knowledge-unshared'; its settings are read for"
                + " 'professional-knowledge-unshared'");
    assertThat(warnings).allMatch(w -> w.kind() == Problem.Kind.RENAMED);
  }

  @Test
  void withoutAPlaceForThemTheWarningsGoToStandardError() {
    java.io.PrintStream before = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      read("coprod-policy: 1\nrules:\n  token-presence: {enabled: false}\n", Rulebook.standard());
    } finally {
      System.setErr(before);
    }
    assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8))
        .startsWith(
            "warning: text.yaml:3:3: rules.token-presence: the rule 'token-presence' is now");
  }

  @Test
  void anEmptyKeyIsRefusedAtAPathThatShowsIt() {
    assertThat(problems("coprod-policy: 1\n\"\": 1\n", Rulebook.standard()))
        .extracting(Problem::kind, Problem::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Problem.Kind.UNKNOWN_KEY, "''"));
    assertThat(
            problems(
                "coprod-policy: 1\nrules:\n  decision-share:\n    parameters: {\"\": 1}\n",
                Rulebook.standard()))
        .extracting(Problem::path)
        .containsExactly("rules.decision-share.parameters.''");
  }

  @Test
  void theMajorityVoiceIsOneSettingAtTheTopOfTheFileAndReadsBack() {
    Policy policy = read("coprod-policy: 1\nmajorityVoice: 0.4\n", Rulebook.standard());
    assertThat(policy).isEqualTo(Policy.builder().majorityVoice(0.4).build());
    assertThat(PolicyFiles.toText(policy, Format.YAML))
        .isEqualTo("coprod-policy: 1\nmajorityVoice: 0.4\n");
    assertThat(read(PolicyFiles.toText(policy, Format.JSON), Rulebook.standard()))
        .isEqualTo(policy);
    assertThat(problems("coprod-policy: 1\nmajorityVoice: 1.5\n", Rulebook.standard()))
        .extracting(Problem::kind, Problem::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Problem.Kind.INVALID_VALUE, "majorityVoice"));
    assertThat(problems("coprod-policy: 1\nmajorityVoice: -0.1\n", Rulebook.standard()))
        .extracting(Problem::kind)
        .containsExactly(Problem.Kind.NEGATIVE);
  }

  @Test
  void theMajorityVoiceWrittenAsAParameterOfDecisionShareIsStillReadWithAWarning() {
    java.util.List<Problem> warnings = new java.util.ArrayList<>();
    Policy policy =
        valid(
            PolicyFiles.read(
                new StringReader(
                    "coprod-policy: 1\nrules:\n  decision-share:\n    parameters: {majorityVoice: 0.3}\n"),
                Format.YAML,
                "old.yaml",
                Rulebook.standard(),
                ReadLimits.defaults(),
                warnings::add));
    assertThat(policy.majorityVoice()).isEqualTo(0.3);
    assertThat(warnings)
        .singleElement()
        .satisfies(w -> assertThat(w.message()).contains("every rule"));
  }

  @Test
  void numbersAreWrittenPlainlyAndReadBackExactly() {
    Policy policy =
        Policy.builder()
            .set("load-concentration", "maxPersonShare", 0.1 + 0.2)
            .set("load-concentration", "maxGini", 1e-12)
            .set("rate-below-floor", "floorPerHour", 1e21)
            .set("lone-voice", "minDeciders", Integer.MAX_VALUE)
            .build();
    String yaml = PolicyFiles.toText(policy, Format.YAML);
    assertThat(yaml)
        .contains(
            "maxPersonShare: 0.30000000000000004",
            "maxGini: 0.000000000001",
            "floorPerHour: 1000000000000000000000",
            "minDeciders: 2147483647");
    assertThat(read(yaml, Rulebook.standard())).isEqualTo(policy);
  }
}
