package org.coprod.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code coprod init}: a commented YAML template of a project file, with every part of the format
 * and pseudonymous ids, that {@code coprod check} passes as it stands, so a group can start from
 * something that works and change it line by line.
 */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    versionProvider = Coprod.Version.class,
    description =
        "Writes a commented project file to start from; 'coprod check' passes it as it stands.")
final class InitCommand implements Callable<Integer> {
  /** Where the template lies, beside this class. */
  static final String TEMPLATE = "template.yaml";

  @Spec private CommandSpec spec;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "write the template to this file (say .yaml) instead of standard output")
  private @Nullable Path output;

  @Option(names = "--force", description = "overwrite the output file if it exists")
  private boolean force;

  @Override
  public Integer call() {
    Path file = output;
    if (file != null && !force && Files.exists(file)) {
      Outputs.say(
          spec,
          spec.qualifiedName() + ": " + file + ": already exists; use --force to overwrite it");
      return Coprod.BAD_INPUT;
    }
    return Outputs.write(spec, file, template()) ? Coprod.OK : Coprod.BAD_INPUT;
  }

  /** The template's text. */
  static String template() {
    try (InputStream in = InitCommand.class.getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("the template is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
