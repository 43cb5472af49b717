package org.coprod.cli;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coprod.core.Problem;
import org.coprod.io.credit.CreditFiles;
import org.coprod.io.credit.Credits;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code coprod credits FILE}: everyone who contributed to each output, credited as they asked (by
 * name, by the name they chose, or in one line for the group), in Markdown, as an All Contributors
 * file or as JATS with CRediT roles. A person to be named who has no name recorded is bad input:
 * the command names the participant and writes nothing, so no one is ever published by an id.
 */
@Command(
    name = "credits",
    mixinStandardHelpOptions = true,
    versionProvider = Coprod.Version.class,
    description = {
      "Writes the credits of each output, as each person asked to be credited.",
      "Exits 2 when the file has problems or someone to be named has no name recorded."
    })
final class CreditsCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      description = "a project file (.yaml, .yml or .json), a workbook (.xlsx) or a project folder")
  private Path file = Path.of("");

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "markdown",
      converter = Choices.CreditsFormats.class,
      description =
          "markdown (the default), allcontributors (an .all-contributorsrc file) or jats"
              + " (contributors with CRediT roles)")
  private Choices.CreditsFormat format = Choices.CreditsFormat.MARKDOWN;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "write the credits to this file instead of standard output")
  private @Nullable Path output;

  @Override
  public Integer call() {
    Validation<Seq<Problem>, Credits> credits = Inputs.readOne(file).flatMap(Credits::of);
    if (credits.isInvalid()) {
      Outputs.problems(
          spec, credits.getError().map(p -> p.source().isDefined() ? p : p.in(file.toString())));
      Outputs.say(spec, spec.qualifiedName() + ": no credits were written.");
      return Coprod.BAD_INPUT;
    }
    String text =
        switch (format) {
          case MARKDOWN -> CreditFiles.markdown(credits.get());
          case ALLCONTRIBUTORS -> CreditFiles.allContributors(credits.get());
          case JATS -> CreditFiles.jats(credits.get());
        };
    return Outputs.write(spec, output, text) ? Coprod.OK : Coprod.BAD_INPUT;
  }
}
