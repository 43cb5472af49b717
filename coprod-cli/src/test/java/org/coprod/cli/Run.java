package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Runs the command in-process with its standard output and error captured.
 *
 * @param code the exit code
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
record Run(int code, String out, String err) {
  /** Runs the command as {@code main} does, with coprod's handlers. */
  static Run coprod(Object... args) {
    return on(Coprod.commandLine(), args);
  }

  /** Runs a plain {@code new CommandLine(new Coprod())}, without coprod's handlers. */
  static Run plain(Object... args) {
    return on(new CommandLine(new Coprod()), args);
  }

  private static Run on(CommandLine cl, Object... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    String[] words = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      words[i] = String.valueOf(args[i]);
    }
    int code = cl.execute(words);
    return new Run(code, out.toString(), err.toString());
  }

  /** Checks that nothing on either stream looks like a stack trace. */
  Run withoutStackTrace() {
    assertThat(out + err)
        .doesNotContain("\tat ")
        .doesNotContain("Exception in")
        .doesNotContain("Caused by");
    return this;
  }

  /** Writes text to a file in a folder and gives its path. */
  static Path file(Path dir, String name, String text) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a file as UTF-8. */
  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
