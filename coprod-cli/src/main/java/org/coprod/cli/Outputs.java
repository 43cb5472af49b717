package org.coprod.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where a subcommand's result goes: a file named by {@code --output} (UTF-8), or the command's
 * standard output. A file that cannot be written is a message, not a stack trace.
 */
final class Outputs {
  private Outputs() {}

  /**
   * Writes text to the file, or to standard output without one.
   *
   * @return whether it was written; when not, the reason is on standard error
   */
  static boolean write(CommandSpec spec, @Nullable Path file, String text) {
    if (file == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
      return true;
    }
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return true;
    } catch (IOException e) {
      failed(spec, e);
      return false;
    }
  }

  /** Prints why a file could not be read or written. */
  static void failed(CommandSpec spec, IOException e) {
    PrintWriter err = spec.commandLine().getErr();
    err.println(spec.qualifiedName() + ": " + describe(e));
    err.flush();
  }

  /** Why a file operation failed, in words, naming the file. */
  static String describe(IOException e) {
    if (e instanceof FileSystemException f && f.getFile() != null) {
      String file = f.getFile();
      if (e instanceof NoSuchFileException) {
        return file + ": cannot be written or read: the file or its folder does not exist";
      }
      if (e instanceof AccessDeniedException) {
        return file + ": access denied";
      }
      if (e instanceof FileAlreadyExistsException) {
        return file + ": already exists";
      }
      return file + ": " + (f.getReason() == null ? e.getClass().getSimpleName() : f.getReason());
    }
    return "input or output failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
