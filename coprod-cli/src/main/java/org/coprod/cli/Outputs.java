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

  /**
   * Standard output as a stream of UTF-8 bytes, for writers that stream bytes (a project of a
   * million contributions is never held whole as text). Closing it flushes it and leaves standard
   * output open.
   */
  static OutputStream standardOutput(CommandSpec spec) {
    return new WriterStream(spec.commandLine().getOut());
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
    return "input or output failed: "
        + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage());
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
