package org.coprod.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.coprod.core.Problem;
import org.coprod.io.WholeFile;
import org.coprod.rules.render.SafeText;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where a subcommand's result and messages go: a file named by {@code --output} (UTF-8, written
 * whole or not at all), or the command's standard output, whose failure is noticed; and standard
 * error, where whatever a file said is shown with its control characters escaped. A file that
 * cannot be written is a message, not a stack trace.
 */
final class Outputs {
  private Outputs() {}

  /**
   * Writes text to the file, whole or not at all, or to standard output without one.
   *
   * @return whether it was written; when not, the reason is on standard error
   */
  static boolean write(CommandSpec spec, @Nullable Path file, String text) {
    if (file == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
      return standardOutputWritten(spec);
    }
    try {
      WholeFile.write(file, text);
      return true;
    } catch (IOException e) {
      failed(spec, e);
      return false;
    }
  }

  /**
   * Whether everything written to standard output so far has got there; when not (a full disk, a
   * reader that went away), says so on standard error.
   */
  static boolean standardOutputWritten(CommandSpec spec) {
    if (!spec.commandLine().getOut().checkError()) {
      return true;
    }
    say(spec, spec.qualifiedName() + ": " + STANDARD_OUTPUT_FAILED);
    return false;
  }

  /** What is said when standard output cannot be written. */
  static final String STANDARD_OUTPUT_FAILED =
      "standard output could not be written (is the disk full, or the reading program gone?)";

  /**
   * Standard output as a stream of UTF-8 bytes, for writers that stream bytes (a project of a
   * million contributions is never held whole as text). Closing it flushes it and leaves standard
   * output open.
   */
  static OutputStream standardOutput(CommandSpec spec) {
    return new WriterStream(spec.commandLine().getOut());
  }

  /**
   * Prints a message on standard error as one line: every control character in it (what a file said
   * may hold any) is written out as an escape.
   */
  static void say(CommandSpec spec, String message) {
    say(spec.commandLine().getErr(), message);
  }

  /**
   * Prints a message on a writer for standard error as one line (see {@link #say(CommandSpec,
   * String)}).
   */
  static void say(PrintWriter err, String message) {
    err.println(SafeText.escaped(message));
    err.flush();
  }

  /** Prints problems, one a line, each with its file, line, column and path. */
  static void problems(CommandSpec spec, Iterable<Problem> problems) {
    PrintWriter err = spec.commandLine().getErr();
    for (Problem p : problems) {
      err.println(SafeText.escaped(p.toString()));
    }
    err.flush();
  }

  /** Prints why a file could not be read or written. */
  static void failed(CommandSpec spec, IOException e) {
    say(spec, spec.qualifiedName() + ": " + describe(e));
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
    return "input or output failed: "
        + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  /** Whether a path names standard input: {@code -} or {@code /dev/stdin}. */
  static boolean isStandardInput(Path file) {
    return file.toString().equals("-") || file.equals(STDIN);
  }

  private static final Path STDIN = Path.of("/dev/stdin");

  /**
   * Whether two paths name the same file: the same file on the disk when both exist, else the same
   * path once made absolute and normal.
   */
  static boolean sameFile(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // fall back on the paths
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  /**
   * Refuses an output that is one of the inputs, before anything is read or written: the report
   * would overwrite the project it is about.
   *
   * @return whether the output is none of the inputs; when it is one, the reason is on standard
   *     error
   */
  static boolean notAnInput(CommandSpec spec, @Nullable Path output, Iterable<Path> inputs) {
    if (output == null || isStandardInput(output)) {
      return true;
    }
    for (Path input : inputs) {
      if (!isStandardInput(input) && sameFile(output, input)) {
        say(
            spec,
            spec.qualifiedName()
                + ": --output "
                + output
                + " is one of the files to read; write the report to another file");
        return false;
      }
    }
    return true;
  }

  /** UTF-8 bytes decoded onto a character writer, a buffer at a time. */
  static final class WriterStream extends OutputStream {
    private final Writer out;
    private final CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);

    WriterStream(Writer out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      int from = off;
      int left = len;
      while (left > 0) {
        int n = Math.min(left, bytes.remaining());
        bytes.put(b, from, n);
        from += n;
        left -= n;
        drain(false);
      }
    }

    /** Decodes what is buffered; an incomplete character at the end waits for its next bytes. */
    private void drain(boolean end) throws IOException {
      bytes.flip();
      CoderResult result;
      do {
        result = decoder.decode(bytes, chars, end);
        emit();
      } while (result.isOverflow());
      bytes.compact();
      if (end) {
        while (decoder.flush(chars).isOverflow()) {
          emit();
        }
        emit();
      }
    }

    private void emit() throws IOException {
      chars.flip();
      out.write(chars.array(), chars.arrayOffset() + chars.position(), chars.remaining());
      chars.clear();
    }

    @Override
    public void flush() throws IOException {
      drain(false);
      out.flush();
    }

    @Override
    public void close() throws IOException {
      drain(true);
      out.flush();
    }
  }
}
