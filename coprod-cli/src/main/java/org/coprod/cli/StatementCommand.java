package org.coprod.cli;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coprod.core.ParticipantId;
import org.coprod.core.Problem;
import org.coprod.io.credit.Statement;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code coprod statement FILE --participant ID}: one person's own record of their part (roles,
 * hours by phase and kind, pay and expenses with their dates, credits and rewards), for their CV, a
 * reference or the benefits office. It holds that person's data only.
 */
@Command(
    name = "statement",
    mixinStandardHelpOptions = true,
    versionProvider = Coprod.Version.class,
    description = {
      "Writes one person's own record of their part in a project.",
      "Exits 2 when the file has problems or has no such participant."
    })
final class StatementCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      description = "a project file (.yaml, .yml or .json), a workbook (.xlsx) or a project folder")
  private Path file = Path.of("");

  @Option(
      names = "--participant",
      paramLabel = "ID",
      required = true,
      description = "the id of the person whose statement it is")
  private String participant = "";

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "markdown",
      converter = Choices.StatementFormats.class,
      description = "markdown (the default) or json")
  private Choices.StatementFormat format = Choices.StatementFormat.MARKDOWN;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "write the statement to this file instead of standard output")
  private @Nullable Path output;

  @Override
  public Integer call() {
    if (participant.isBlank()) {
      Outputs.say(spec, spec.qualifiedName() + ": --participant needs an id");
      return Coprod.BAD_INPUT;
    }
    Validation<Seq<Problem>, Statement> statement =
        Inputs.readOne(file).flatMap(p -> Statement.of(p, ParticipantId.of(participant.strip())));
    if (statement.isInvalid()) {
      Outputs.problems(
          spec, statement.getError().map(p -> p.source().isDefined() ? p : p.in(file.toString())));
      Outputs.say(spec, spec.qualifiedName() + ": no statement was written.");
      return Coprod.BAD_INPUT;
    }
    String text =
        switch (format) {
          case MARKDOWN -> statement.get().markdown();
          case JSON -> statement.get().json();
        };
    return Outputs.write(spec, output, text) ? Coprod.OK : Coprod.BAD_INPUT;
  }
}
