package org.coprod.cli;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.io.Format;
import org.coprod.io.ProjectFiles;
import org.coprod.workbook.Workbooks;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code coprod init}: a commented YAML template of a project file, with every part of the format
 * and pseudonymous ids, that {@code coprod check} passes as it stands, so a group can start from
 * something that works and change it line by line; with {@code --workbook FILE.xlsx}, the same
 * start as a workbook, one example row a sheet, with drop-down lists, to fill in with a
 * spreadsheet. It holds a fresh random fingerprint key, so it is the one output of the command that
 * is not the same from run to run.
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

  @Option(
      names = "--workbook",
      paramLabel = "FILE.xlsx",
      description =
          "write the template as a workbook to this file instead: a sheet a list, one example row"
              + " a sheet, drop-down lists of the allowed values; fill it in with LibreOffice or"
              + " Excel, then 'coprod check FILE.xlsx'")
  private @Nullable Path workbook;

  @Override
  public Integer call() {
    if (workbook != null) {
      return workbook(workbook);
    }
    Path file = output;
    if (file != null && !force && Files.exists(file)) {
      Outputs.say(
          spec,
          spec.qualifiedName() + ": " + file + ": already exists; use --force to overwrite it");
      return Coprod.BAD_INPUT;
    }
    return Outputs.write(spec, file, template()) ? Coprod.OK : Coprod.BAD_INPUT;
  }

  /** Where the project the workbook template lays out lies, beside this class. */
  static final String WORKBOOK_TEMPLATE = "template-workbook.yaml";

  /** Writes the workbook template, with a fresh fingerprint key. */
  private int workbook(Path file) {
    PrintWriter err = spec.commandLine().getErr();
    String problem = null;
    if (output != null) {
      problem = "give --workbook or --output, not both";
    } else if (!Workbooks.isWorkbook(file)) {
      problem = file + ": name the workbook FILE.xlsx";
    } else if (!force && Files.exists(file)) {
      problem = file + ": already exists; use --force to overwrite it";
    }
    if (problem != null) {
      err.println(spec.qualifiedName() + ": " + problem);
      err.flush();
      return Coprod.BAD_INPUT;
    }
    try {
      Workbooks.write(workbookTemplate(freshKey()), file);
      return Coprod.OK;
    } catch (IOException e) {
      Outputs.failed(spec, e);
      return Coprod.BAD_INPUT;
    }
  }

  /** The project the workbook template lays out, with the given fingerprint key. */
  static Project workbookTemplate(String key) {
    try (InputStream in = InitCommand.class.getResourceAsStream(WORKBOOK_TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("the workbook template is missing from the jar");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(KEY_PLACE, key);
      Validation<Seq<Problem>, Project> read =
          ProjectFiles.read(new StringReader(text), Format.YAML, WORKBOOK_TEMPLATE);
      if (read.isInvalid()) {
        throw new IllegalStateException(
            "the workbook template has problems: " + read.getError().mkString("; "));
      }
      return read.get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    return template(freshKey());
  }

  /** A fresh random fingerprint key: 32 bytes, as 64 hexadecimal digits. */
  private static String freshKey() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return HexFormat.of().formatHex(key);
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
