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
}
