package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import org.coprod.core.Project;
import org.coprod.core.Side;
import org.coprod.io.Format;
import org.coprod.io.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  @TempDir Path dir;

  private static Project read(String text, Format format) {
    return ProjectFiles.read(new StringReader(text), format, "generated")
        .fold(
            problems -> {
              throw new AssertionError(problems.mkString("\n"));
            },
            project -> project);
  }

  @Test
  void givesTheSameProjectForTheSameSeed() {
    Run first = Run.coprod("generate", "--seed", "42");
    Run second = Run.coprod("generate", "--seed", "42");
    assertThat(first.code()).isEqualTo(Coprod.OK);
    assertThat(first.out()).isEqualTo(second.out());
    assertThat(Run.coprod("generate", "--seed", "43").out()).isNotEqualTo(first.out());
  }

  @Test
  void writesJsonByDefaultThatReadsBackAsAValidProjectOfTheSizeAsked() {
    Run run =
        Run.coprod(
            "generate",
            "--seed",
            "7",
            "--participants",
            "5",
            "--contributions",
            "30",
            "--decisions",
            "4");
    assertThat(run.out()).startsWith("{");
    Project p = read(run.out(), Format.JSON);
    assertThat(p.participantsOn(Side.LIVED_EXPERIENCE)).hasSize(3);
    assertThat(p.participantsOn(Side.PROFESSIONAL)).hasSize(2);
    assertThat(p.contributions()).hasSize(30);
    assertThat(p.decisions()).hasSize(4);
  }

  @Test
  void writesTheProjectOfTheGeneratorExactlyAsTheFileFormatHasIt() {
    GenerateCommand options = new GenerateCommand();
    picocli.CommandLine cl = new picocli.CommandLine(options);
    cl.parseArgs("--seed", "9", "--participants", "7");
    Project expected = org.coprod.core.synthetic.ProjectGenerator.generate(options.projectSpec());
    assertThat(Run.coprod("generate", "--seed", "9", "--participants", "7").out())
        .isEqualTo(ProjectFiles.toText(expected, Format.JSON));
  }

  @Test
  void writesYamlWhenAsked() {
    Run run = Run.coprod("generate", "--seed", "7", "--format", "yaml");
    assertThat(run.out()).startsWith("coprod: 1");
    assertThat(read(run.out(), Format.YAML))
        .isEqualTo(read(Run.coprod("generate", "--seed", "7").out(), Format.JSON));
  }

  @Test
  void writesToAFileThatCheckReads() {
    Path file = dir.resolve("synthetic.yaml");
    assertThat(Run.coprod("generate", "--seed", "3", "--format", "yaml", "--output", file).code())
        .isEqualTo(Coprod.OK);
    assertThat(Run.coprod("check", file).code()).isIn(Coprod.OK, Coprod.FAILED);
  }

  @Test
  void refusesSizesThatMakeNoProject() {
    Run none = Run.coprod("generate", "--participants", "0").withoutStackTrace();
    assertThat(none.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(none.err()).contains("--participants");
    assertThat(Run.coprod("generate", "--contributions", "-1").code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(Run.coprod("generate", "--seed", "seven").withoutStackTrace().code())
        .isEqualTo(Coprod.BAD_INPUT);
  }

  @Test
  void everyAttributeOfTheSpecIsAnOption() {
    Run run =
        Run.coprod(
            "generate",
            "--seed",
            "11",
            "--lived-experience",
            "4",
            "--professional",
            "10",
            "--contributions",
            "60",
            "--decisions",
            "8",
            "--outputs",
            "2",
            "--running",
            "--started",
            "2022-03-07",
            "--duration-days",
            "200",
            "--hours-skew",
            "0.5",
            "--paid-share",
            "0.25",
            "--rate-per-hour",
            "21.50",
            "--currency",
            "EUR",
            "--credit-only-to",
            "professional",
            "--money-held-by",
            "PROFESSIONAL",
            "--direction-preset",
            "--outvoted",
            "--lived-experience-say",
            "0.5",
            "--drop-off",
            "--meetings",
            "6",
            "--impacts",
            "3",
            "--check-in-rounds",
            "2",
            "--responses",
            "2",
            "--story-consent");
    assertThat(run.code()).as(run.err()).isEqualTo(Coprod.OK);
    Project p = read(run.out(), Format.JSON);
    assertThat(p.participantsOn(Side.LIVED_EXPERIENCE)).hasSize(4);
    assertThat(p.participantsOn(Side.PROFESSIONAL)).hasSize(10);
    assertThat(p.recordedContributions()).hasSize(60);
    assertThat(p.outputs()).hasSize(2);
    assertThat(p.isClosed()).isFalse();
    assertThat(p.started()).isEqualTo(java.time.LocalDate.of(2022, 3, 7));
    assertThat(p.meetings()).hasSize(6);
    assertThat(p.impacts()).hasSize(3);
    assertThat(p.responses()).hasSize(2);
    assertThat(p.checkIns()).isNotEmpty();
    assertThat(p.fingerprintKey()).isNotEmpty();
    GenerateCommand options = new GenerateCommand();
    new picocli.CommandLine(options)
        .parseArgs("--seed", "11", "--paid-share", "0.25", "--credit-only-to", "lived_experience");
    org.coprod.core.synthetic.ProjectSpec spec = options.projectSpec();
    assertThat(spec.paidShare()).isEqualTo(0.25);
    assertThat(spec.creditOnlyTo()).contains(Side.LIVED_EXPERIENCE);
    assertThat(spec.fingerprintKey()).isTrue();
  }

  @Test
  void holdsAFingerprintKeyFromTheSeedUnlessAskedNotTo() {
    Project keyed = read(Run.coprod("generate", "--seed", "5").out(), Format.JSON);
    assertThat(keyed.fingerprintKey().get()).matches("[0-9a-f]{64}");
    assertThat(read(Run.coprod("generate", "--seed", "5").out(), Format.JSON).fingerprintKey())
        .isEqualTo(keyed.fingerprintKey());
    Project bare =
        read(Run.coprod("generate", "--seed", "5", "--no-fingerprint-key").out(), Format.JSON);
    assertThat(bare.fingerprintKey()).isEmpty();
    assertThat(bare.withFingerprintKey(keyed.fingerprintKey())).isEqualTo(keyed);
  }

  @Test
  void writesAPopulationOfProjectsFromConsecutiveSeedsIntoAFolder() throws java.io.IOException {
    Path out = dir.resolve("population");
    Run run =
        Run.coprod(
            "generate",
            "--seed",
            "100",
            "--count",
            "5",
            "--varied",
            "--format",
            "yaml",
            "--output",
            out);
    assertThat(run.code()).as(run.err()).isEqualTo(Coprod.OK);
    try (var files = java.nio.file.Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
          .containsExactly(
              "synthetic-100.yaml",
              "synthetic-101.yaml",
              "synthetic-102.yaml",
              "synthetic-103.yaml",
              "synthetic-104.yaml");
    }
    for (int s = 100; s < 105; s++) {
      Project p = ProjectFiles.read(out.resolve("synthetic-" + s + ".yaml")).get();
      assertThat(p)
          .isEqualTo(
              org.coprod.core.synthetic.ProjectGenerator.generate(
                  org.coprod.core.synthetic.ProjectSpec.builder()
                      .from(org.coprod.core.synthetic.ProjectSpec.varied(s))
                      .fingerprintKey(true)
                      .build()));
    }
    // the same run again gives the same files
    Path again = dir.resolve("again");
    Run.coprod(
        "generate",
        "--seed",
        "100",
        "--count",
        "5",
        "--varied",
        "--format",
        "yaml",
        "--output",
        again);
    assertThat(java.nio.file.Files.readString(again.resolve("synthetic-103.yaml")))
        .isEqualTo(java.nio.file.Files.readString(out.resolve("synthetic-103.yaml")));
  }

  @Test
  void optionsGivenBesideVariedStillHold() {
    GenerateCommand options = new GenerateCommand();
    new picocli.CommandLine(options)
        .parseArgs("--seed", "3", "--varied", "--running", "--paid-share", "0");
    for (long s = 3; s < 13; s++) {
      org.coprod.core.synthetic.ProjectSpec spec = options.projectSpec(s);
      assertThat(spec.closed()).isFalse();
      assertThat(spec.paidShare()).isZero();
      assertThat(spec.seed()).isEqualTo(s);
    }
  }

  @Test
  void aCountNeedsAFolder() {
    Run run = Run.coprod("generate", "--count", "3").withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(run.err()).contains("--count").contains("--output");
  }

  @Test
  void aSpecNoProjectCanMeetIsRefusedNamingTheOption() {
    Run outvoted = Run.coprod("generate", "--outvoted").withoutStackTrace();
    assertThat(outvoted.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(outvoted.err())
        .contains("--outvoted needs at least 2 lived-experience and 10 professional participants");
    Run share = Run.coprod("generate", "--paid-share", "1.5").withoutStackTrace();
    assertThat(share.err()).contains("--paid-share must be between 0 and 1");
    Run side = Run.coprod("generate", "--credit-only-to", "staff").withoutStackTrace();
    assertThat(side.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(side.err()).contains("lived-experience or professional");
  }

  @Test
  void theHelpSaysHowFilesAreNamed() {
    assertThat(Run.coprod("generate", "--help").out())
        .contains("synthetic-SEED.json")
        .contains("--paid-share")
        .contains("--credit-only-to")
        .contains("--drop-off")
        .contains("--outvoted")
        .contains("--running");
  }
}
