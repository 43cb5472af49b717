package org.coprod.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coprod.core.Project;
import org.coprod.core.synthetic.ProjectGenerator;
import org.coprod.core.synthetic.ProjectSpec;
import org.coprod.io.ProjectFiles;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code coprod generate}: a synthetic, valid, realistic project from a seed, for trying the rules,
 * teaching, and benchmarks. The same options give the same bytes on any JDK. The people are split
 * between the sides, the lived-experience side taking the odd one.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    versionProvider = Coprod.Version.class,
    description =
        "Writes a synthetic, valid project made from a seed: the same options give the same file.")
final class GenerateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "0",
      description = "the seed of every random choice (default ${DEFAULT-VALUE})")
  private long seed;

  @Option(
      names = "--participants",
      paramLabel = "N",
      defaultValue = "12",
      description =
          "people taking part, split between the sides (default ${DEFAULT-VALUE}; at least 1)")
  private int participants;

  @Option(
      names = "--contributions",
      paramLabel = "N",
      defaultValue = "200",
      description = "contributions in the ledger (default ${DEFAULT-VALUE})")
  private int contributions;

  @Option(
      names = "--decisions",
      paramLabel = "N",
      defaultValue = "20",
      description = "decisions made (default ${DEFAULT-VALUE})")
  private int decisions;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "json",
      converter = Choices.ProjectNotations.class,
      description = "json (the default) or yaml")
  private Choices.ProjectNotation format = Choices.ProjectNotation.JSON;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "write the project to this file instead of standard output")
  private @Nullable Path output;

  @Override
  public Integer call() {
    if (participants < 1 || contributions < 0 || decisions < 0) {
      Outputs.say(
          spec,
          spec.qualifiedName()
              + ": --participants takes 1 or more, --contributions and --decisions 0 or more");
      return Coprod.BAD_INPUT;
    }
    Project project = ProjectGenerator.generate(projectSpec());
    Path file = output;
    try {
      if (file == null) {
        try (OutputStream out = Outputs.standardOutput(spec)) {
          ProjectFiles.write(project, out, format.format());
        }
      } else {
        ProjectFiles.write(project, file, format.format());
      }
      return Coprod.OK;
    } catch (IOException e) {
      Outputs.failed(spec, e);
      return Coprod.BAD_INPUT;
    }
  }

  /** The generator's spec for these options. */
  ProjectSpec projectSpec() {
    return ProjectSpec.builder()
        .seed(seed)
        .livedExperience((participants + 1) / 2)
        .professional(participants / 2)
        .contributions(contributions)
        .decisions(decisions)
        .build();
  }
}
