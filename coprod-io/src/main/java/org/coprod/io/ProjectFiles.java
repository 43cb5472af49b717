package org.coprod.io;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import org.coprod.core.Problem;
import org.coprod.core.Project;

/**
 * Project files in and out: YAML and JSON with the same tree, led by {@code coprod: 1}.
 *
 * <p>Reading never throws for bad input. It returns the project, or every problem in the file at
 * once, each with its path ({@code contributions[3].participant}), line and column, and builds
 * nothing. A mistyped key names the nearest known key; a wrong enum value lists the allowed ones;
 * the model's own validation runs once the tree is sound, and its problems are placed on their
 * lines too. Keys that start with {@code x-} hold applications' own data: they are read past and
 * not kept, so writing a project back leaves them out. Reading streams: the file is never held as a
 * tree, and {@link ReadLimits} guard against hostile files.
 *
 * <p>Writing gives a file that reads back as an equal project, leaving out absent values, empty
 * lists and defaults. See also {@link Ledgers} for contributions and participants kept as CSV.
 */
public final class ProjectFiles {
  private ProjectFiles() {}

  /** Where the JSON Schema of the format lies in the jar. */
  public static final String SCHEMA_RESOURCE = "org/coprod/io/coprod-project.schema.json";

  /**
   * Reads a project file with the {@linkplain ReadLimits#defaults() default limits}. The format
   * follows the file name ({@code .yaml}, {@code .yml}, {@code .json}), else the content (a file
   * that begins with <code>{</code> is JSON). A file that cannot be opened is a problem too.
   *
   * @param file the file to read
   * @return the project, or every problem found, each with the file name, path, line and column
   */
  public static Validation<Seq<Problem>, Project> read(Path file) {
    return read(file, ReadLimits.defaults());
  }

  /** Reads a project file within the given limits (see {@link #read(Path)}). */
  public static Validation<Seq<Problem>, Project> read(Path file, ReadLimits limits) {
    Objects.requireNonNull(file, "file is null");
    Objects.requireNonNull(limits, "limits is null");
    return open(
        file,
        limits,
        (in, format) -> {
          Readers.Result result = null;
          if (format == Format.JSON) {
            Readers.Result quick = Readers.jsonBytes(in, limits);
            if (Readers.clean(quick)) {
              result = quick;
            } else {
              // a problem (rare): read the file again as characters, whose messages and positions
              // are the ones reported
              try (InputStream again = new BufferedInputStream(TextInput.open(file), 1 << 16)) {
                result =
                    Readers.tree(TextInput.ofBytes(again, limits.maxFileBytes()), format, limits);
              } catch (IOException e) {
                return Validation.invalid(List.of(unreadable(e, file.toString())));
              }
            }
          } else {
            result = Readers.tree(TextInput.ofBytes(in, limits.maxFileBytes()), format, limits);
          }
          return Readers.project(
              result,
              file.toString(),
              Function.identity(),
              Readers.Placer.of(result.positions(), file.toString()));
        });
  }

  /**
   * Reads a project from UTF-8 bytes whose format its content tells (JSON if it begins with <code>
   * {</code>, else YAML), with the default limits, such as standard input; the stream is not
   * closed.
   *
   * @param in the bytes of the file
   * @param sourceName the name problems give as their source
   * @return the project, or every problem found
   */
  public static Validation<Seq<Problem>, Project> read(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in is null");
    Objects.requireNonNull(sourceName, "sourceName is null");
    // a buffer of our own to look ahead in: a stream that passes mark and reset on to another
    // (a digest being worked out on the way) would see the first bytes twice
    InputStream buffered = new BufferedInputStream(in, 1 << 16);
    Format format;
    try {
      format = sniff(buffered);
    } catch (UncheckedIOException e) {
      return Validation.invalid(List.of(unreadable(e, sourceName)));
    }
    return read(buffered, format, sourceName, ReadLimits.defaults());
  }

  /** Reads a project from UTF-8 bytes with the default limits; the stream is not closed. */
  public static Validation<Seq<Problem>, Project> read(
      InputStream in, Format format, String sourceName) {
    return read(in, format, sourceName, ReadLimits.defaults());
  }

  /**
   * Reads a project from UTF-8 bytes; the stream is not closed.
   *
   * @param in the bytes of the file
   * @param format its notation
   * @param sourceName the name problems give as their source (a file name, a URL)
   * @param limits the limits to read within
   * @return the project, or every problem found
   */
  public static Validation<Seq<Problem>, Project> read(
      InputStream in, Format format, String sourceName, ReadLimits limits) {
    Objects.requireNonNull(in, "in is null");
    return read(TextInput.ofBytes(in, limits.maxFileBytes()), format, sourceName, limits);
  }

  /** Reads a project from characters with the default limits; the reader is not closed. */
  public static Validation<Seq<Problem>, Project> read(
      Reader in, Format format, String sourceName) {
    return read(in, format, sourceName, ReadLimits.defaults());
  }

  /**
   * Reads a project from characters; the reader is not closed. The size limit counts characters
   * here.
   *
   * @param in the text of the file
   * @param format its notation
   * @param sourceName the name problems give as their source
   * @param limits the limits to read within
   * @return the project, or every problem found
   */
  public static Validation<Seq<Problem>, Project> read(
      Reader in, Format format, String sourceName, ReadLimits limits) {
    Objects.requireNonNull(in, "in is null");
    Objects.requireNonNull(format, "format is null");
    Objects.requireNonNull(sourceName, "sourceName is null");
    Objects.requireNonNull(limits, "limits is null");
    Reader text = in instanceof TextInput ? in : TextInput.ofChars(in, limits.maxFileBytes());
    Readers.Result result = Readers.tree(text, format, limits);
    return Readers.project(
        result, sourceName, Function.identity(), Readers.Placer.of(result.positions(), sourceName));
  }

  /**
   * Writes a project to a file, in the format its name says ({@code .yaml}, {@code .yml} or {@code
   * .json}); the file reads back as an equal project.
   *
   * @throws IllegalArgumentException if the name says no format
   * @throws IOException if the file cannot be written
   */
  public static void write(Project project, Path file) throws IOException {
    Objects.requireNonNull(file, "file is null");
    Format format =
        Format.ofFileName(String.valueOf(file.getFileName()))
            .getOrElseThrow(
                () ->
                    new IllegalArgumentException(
                        "name the file .yaml, .yml or .json to say its format"));
    write(project, file, format);
  }

  /**
   * Writes a project to a file in the given format, whole or not at all ({@link WholeFile}): a
   * write that fails leaves the file as it was.
   */
  public static void write(Project project, Path file, Format format) throws IOException {
    Objects.requireNonNull(project, "project is null");
    Objects.requireNonNull(file, "file is null");
    Objects.requireNonNull(format, "format is null");
    WholeFile.write(file, out -> ProjectWriter.write(project, out, format));
  }

  /**
   * Writes a project as UTF-8 to a stream, which stays open. The same project gives the same bytes
   * on every system.
   *
   * @throws IOException if the stream cannot be written
   */
  public static void write(Project project, OutputStream out, Format format) throws IOException {
    Objects.requireNonNull(project, "project is null");
    Objects.requireNonNull(out, "out is null");
    Objects.requireNonNull(format, "format is null");
    ProjectWriter.write(project, out, format);
  }

  /** The project as text in the given format. */
  public static String toText(Project project, Format format) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      write(project, out, format);
    } catch (IOException e) {
      // writing to memory fails only for text no UTF-8 file can hold (a lone surrogate)
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * The JSON Schema (draft 2020-12) of the format, as shipped in the jar at {@value
   * #SCHEMA_RESOURCE}. Keys starting with {@code x-} are allowed anywhere.
   */
  public static String schema() {
    try (InputStream in = ProjectFiles.class.getResourceAsStream("coprod-project.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("the schema is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- opening files

  /** What to do with an open file of a known format. */
  @FunctionalInterface
  interface Opened<T> {
    T apply(InputStream in, Format format);
  }

  /** Opens a file, picks its format, and turns failures to open it into a problem. */
  static Validation<Seq<Problem>, Project> open(
      Path file, ReadLimits limits, Opened<Validation<Seq<Problem>, Project>> then) {
    String source = file.toString();
    try {
      if (Files.isRegularFile(file) && Files.size(file) > limits.maxFileBytes()) {
        return Validation.invalid(
            List.of(
                Problem.of(
                        Problem.Kind.LIMIT_EXCEEDED,
                        "",
                        "the file is larger than the limit of " + limits.maxFileBytes() + " bytes")
                    .at(1, 1)
                    .in(source)));
      }
      try (InputStream in = new BufferedInputStream(TextInput.open(file), 1 << 16)) {
        Format format =
            Format.ofFileName(String.valueOf(file.getFileName())).getOrElse(() -> sniff(in));
        return then.apply(in, format);
      }
    } catch (IOException | UncheckedIOException e) {
      return Validation.invalid(List.of(unreadable(e, source)));
    }
  }

  /** A file that cannot be opened or read, as a problem. */
  static Problem unreadable(Exception e, String source) {
    Throwable cause =
        e instanceof UncheckedIOException u
            ? Objects.requireNonNull(u.getCause(), "an UncheckedIOException always has a cause")
            : e;
    String why;
    if (cause instanceof NoSuchFileException) {
      why = "the file does not exist";
    } else if (cause instanceof AccessDeniedException) {
      why = "the file cannot be read: access denied";
    } else if (isFolder(source)) {
      why = "this is a folder, not a file";
    } else {
      why = "the file cannot be read (" + cause.getClass().getSimpleName() + ")";
    }
    return Problem.of(Problem.Kind.SYNTAX, "", why).in(source);
  }

  private static boolean isFolder(String source) {
    try {
      return Files.isDirectory(Path.of(source));
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
  }

  /**
   * JSON if the first character that is not blank (after a byte order mark) is <code>{</code>; else
   * YAML.
   */
  private static Format sniff(InputStream in) {
    try {
      in.mark(4096);
      try {
        for (int i = 0; i < 4096; i++) {
          int b = in.read();
          if (b < 0) {
            return Format.YAML;
          }
          if (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB
              || b == 0xBF) {
            continue;
          }
          return b == '{' ? Format.JSON : Format.YAML;
        }
        return Format.YAML;
      } finally {
        in.reset();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
