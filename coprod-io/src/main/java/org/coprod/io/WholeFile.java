package org.coprod.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all: into a new file beside it, flushed to the disk, then moved
 * into its place in one step. A write that fails (a full disk, a value that cannot be written, a
 * fault) leaves the file as it was and no temporary file behind; a reader never sees half a file.
 *
 * <p>Every file this library writes goes this way ({@link
 * ProjectFiles#write(org.coprod.core.Project, Path)}, {@link
 * PolicyFiles#write(org.coprod.rules.Policy, Path)}, the ledgers), and so do the command's reports.
 * A file that is not a regular file, such as {@code /dev/null} or a named pipe, is written as it
 * is, since it cannot be replaced; a symbolic link is written through.
 *
 * <pre>{@code
 * WholeFile.write(Path.of("report.csv"), out -> out.write(bytes));
 * }</pre>
 */
public final class WholeFile {
  private WholeFile() {}

  /** What writes the content of a file. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content; the stream is closed after.
     *
     * @throws IOException if it cannot be written
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes a file whole or not at all.
   *
   * @param file the file to write or replace
   * @param content what writes its content
   * @throws IOException if it cannot be written; the file is then as it was
   */
  public static void write(Path file, Content content) throws IOException {
    Objects.requireNonNull(file, "file is null");
    Objects.requireNonNull(content, "content is null");
    Path target = file;
    if (Files.isSymbolicLink(target) && Files.exists(target)) {
      target = target.toRealPath();
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
        && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
        content.writeTo(out);
      }
      return;
    }
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    if (folder == null) {
      throw new IOException("cannot write the root of a file system");
    }
    Path temporary =
        folder.resolve(
            "."
                + absolute.getFileName()
                + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE)
                + ".tmp");
    boolean moved = false;
    try {
      try (FileChannel channel =
              FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      keepPermissions(absolute, temporary);
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /**
   * Writes text as UTF-8, whole or not at all (see {@link #write(Path, Content)}).
   *
   * @throws IOException if it cannot be written; the file is then as it was
   */
  public static void write(Path file, String text) throws IOException {
    Objects.requireNonNull(text, "text is null");
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    write(file, out -> out.write(bytes));
  }

  /** A file replaced keeps who may read it: a private report stays private. */
  private static void keepPermissions(Path target, Path temporary) {
    if (!Files.exists(target)) {
      return;
    }
    try {
      Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
    } catch (UnsupportedOperationException | IOException e) {
      // a file system without POSIX permissions: the new file has the folder's defaults
    }
  }
}
