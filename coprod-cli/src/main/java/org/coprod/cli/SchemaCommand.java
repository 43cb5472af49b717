package org.coprod.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coprod.io.ProjectFiles;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code coprod schema}: the JSON Schema (draft 2020-12) of the project file format, as shipped in
 * coprod-io, for editors and validators.
 */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = Coprod.Version.class,
    description = "Prints the JSON Schema of project files, for editors and validators.")
final class SchemaCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "write the schema to this file instead of standard output")
  private @Nullable Path output;

  @Override
  public Integer call() {
    return Outputs.write(spec, output, ProjectFiles.schema()) ? Coprod.OK : Coprod.BAD_INPUT;
  }
}
