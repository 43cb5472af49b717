package org.coprod.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code coprod init}: a commented YAML template of a project file, with every part of the format
 * and pseudonymous ids, that {@code coprod check} passes as it stands, so a group can start from
 * something that works and change it line by line. It holds a fresh random fingerprint key, so it
 * is the one output of the command that is not the same from run to run.
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

  /**
   * The fingerprint key the template holds as it lies in the jar (so that the file itself checks
   * clean): each run puts a fresh one in its place.
   */
  static final String KEY_PLACE =
      "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * The template's text with a fresh fingerprint key: the one output of coprod that differs from
   * run to run, by design, since a key shared by every project would not be a key.
   */
  static String template() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return template(HexFormat.of().formatHex(key));
  }

  /** The template's text with the given fingerprint key. */
  static String template(String key) {
    try (InputStream in = InitCommand.class.getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("the template is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(KEY_PLACE, key);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
