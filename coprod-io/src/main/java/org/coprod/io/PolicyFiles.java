package org.coprod.io;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.coprod.core.Problem;
import org.coprod.rules.Policy;
import org.coprod.rules.Rulebook;

/**
 * Policy files in and out: a group's or a study's settings for a rulebook (parameters changed,
 * severities changed, rules turned off), in YAML or JSON with the same tree.
 *
 * <pre>{@code
 * coprod-policy: 1                 # the format version; required, and first by custom
 * labels:                          # what reports call the two sides; optional
 *   livedExperience: experts by experience
 *   professional: staff
 *   professionalOne: staff member  # the words for one person of a side; optional
 * rules:                           # by rule id; optional
 *   load-concentration:
 *     parameters: {maxPersonShare: 0.6}
 *     severity: CONCERN            # every kind of finding of the rule
 *   credit-parity:
 *     severities: {under-four-fifths: CONCERN}   # one kind of finding
 *   purpose-missing:
 *     enabled: false               # the rule does not run
 * }</pre>
 *
 * <p>A rule's settings are {@code enabled} ({@code true}, the default, or {@code false}), {@code
 * parameters} (by name: a value of what the parameter measures, {@link
 * org.coprod.rules.Parameter.Measure}: a share, a ratio or a coefficient from 0 to 1, hours, money,
 * days or a count of zero or more, or {@code true}/{@code false}; numbers and booleans unquoted),
 * {@code severity} ({@code NOTE}, {@code WARNING} or {@code CONCERN}, for every kind of the rule's
 * findings) and {@code severities} (by kind of finding; a kind's own severity wins over the
 * rule's). The {@code labels} are the group's words for the two sides, each one line of at most 40
 * characters, the two different; a side left out keeps its default ("people with lived experience",
 * "professionals"), and none is imposed. {@code livedExperienceOne} and {@code professionalOne},
 * each beside its side's label, give the words for one person of the side ("expert by experience",
 * at most 50 characters), which sentences about one person use; left out, they are {@linkplain
 * org.coprod.rules.SideLabels#singular made from the label}. Keys that start with {@code x-} in the
 * file's top mapping or in a rule's settings hold applications' own data: they are read past and
 * not kept.
 *
 * <p>A policy file is read for a rulebook, whose rules, parameters and kinds it may name. Reading
 * never throws for bad input: it returns the policy, or every problem in the file at once, each
 * with its path ({@code rules.load-concentration.parameters.maxShare}), line and column, and builds
 * nothing. A rule the rulebook lacks is a {@code DANGLING_REFERENCE} (it may belong to a rulebook
 * with more rules); an unknown parameter, kind or key is an {@code UNKNOWN_KEY}; each names the
 * nearest known one when one is near, else lists the rule's parameters or kinds. A value of the
 * wrong type is a {@code WRONG_TYPE}, a negative number a {@code NEGATIVE}, a number outside what
 * its parameter measures (a share of 5) an {@code INVALID_VALUE}, a key given twice a {@code
 * SYNTAX} problem; a format version from the future is refused alone, as {@code
 * UNSUPPORTED_VERSION}. A policy read for a rulebook fits it:
 *
 * <pre>{@code
 * Rulebook rulebook = Rulebook.standard();
 * Validation<Seq<Problem>, Rulebook> ready = PolicyFiles.read(Path.of("strict.yaml"), rulebook)
 *     .map(rulebook::withPolicy);
 * }</pre>
 *
 * <p>A file written before a rule was renamed still reads: a rule named by one of its former ids
 * ({@code token-presence}) is set under its id now ({@code lone-voice}), and the majority voice set
 * as a parameter of {@code decision-share} is read as the rulebook's one {@code majorityVoice} (a
 * key at the top of the file, a share from 0 to 1). Each such reading is a warning, a {@link
 * Problem} of kind {@link Problem.Kind#RENAMED} with its place in the file: given to the caller's
 * consumer, or written to standard error where the caller gives none.
 *
 * <p>Writing gives a file in which a policy that fits a rulebook reads back, for that rulebook, as
 * an equal policy. Rules are written sorted by id, as reports list the policy's differences.
 */
public final class PolicyFiles {
  private PolicyFiles() {}

  /** The policy file format version this library reads and writes. */
  public static final int VERSION = PolicyFormat.VERSION;

  /** Where warnings go when the caller names no place for them: standard error, one a line. */
  private static void standardError(Problem warning) {
    System.err.println("warning: " + warning);
  }

  /**
   * Reads a policy file for a rulebook, with the {@linkplain ReadLimits#defaults() default limits}.
   * The format follows the file name ({@code .yaml}, {@code .yml}, {@code .json}), else the content
   * (a file that begins with <code>{</code> is JSON). A file that cannot be opened is a problem
   * too.
   *
   * @param file the file to read
   * @param rulebook the rulebook whose rules, parameters and kinds of finding the file may name
   * @return the policy, or every problem found, each with the file name, path, line and column
   */
  public static Validation<Seq<Problem>, Policy> read(Path file, Rulebook rulebook) {
    return read(file, rulebook, ReadLimits.defaults());
  }

  /** Reads a policy file within the given limits (see {@link #read(Path, Rulebook)}). */
  public static Validation<Seq<Problem>, Policy> read(
      Path file, Rulebook rulebook, ReadLimits limits) {
    return read(file, rulebook, limits, PolicyFiles::standardError);
  }

  /**
   * Reads a policy file within the given limits, giving its warnings (names read under a former
   * spelling, with the file, line and column) to a consumer rather than to standard error.
   *
   * @param warnings what to do with each warning of a file that reads
   */
  public static Validation<Seq<Problem>, Policy> read(
      Path file, Rulebook rulebook, ReadLimits limits, Consumer<Problem> warnings) {
    Objects.requireNonNull(warnings, "warnings is null");
    Objects.requireNonNull(file, "file is null");
    Objects.requireNonNull(rulebook, "rulebook is null");
    Objects.requireNonNull(limits, "limits is null");
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
        return read(
            TextInput.ofBytes(in, limits.maxFileBytes()),
            format,
            source,
            rulebook,
            limits,
            warnings);
      }
    } catch (IOException | UncheckedIOException e) {
      return Validation.invalid(List.of(ProjectFiles.unreadable(e, source)));
    }
  }

  /** Reads a policy from UTF-8 bytes with the default limits; the stream is not closed. */
  public static Validation<Seq<Problem>, Policy> read(
      InputStream in, Format format, String sourceName, Rulebook rulebook) {
    return read(in, format, sourceName, rulebook, ReadLimits.defaults());
  }

  /**
   * Reads a policy from UTF-8 bytes; the stream is not closed.
   *
   * @param in the bytes of the file
   * @param format its notation
   * @param sourceName the name problems give as their source (a file name, a URL)
   * @param rulebook the rulebook whose rules, parameters and kinds of finding the file may name
   * @param limits the limits to read within
   * @return the policy, or every problem found
   */
  public static Validation<Seq<Problem>, Policy> read(
      InputStream in, Format format, String sourceName, Rulebook rulebook, ReadLimits limits) {
    Objects.requireNonNull(in, "in is null");
    Objects.requireNonNull(limits, "limits is null");
    return read(TextInput.ofBytes(in, limits.maxFileBytes()), format, sourceName, rulebook, limits);
  }

  /** Reads a policy from characters with the default limits; the reader is not closed. */
  public static Validation<Seq<Problem>, Policy> read(
      Reader in, Format format, String sourceName, Rulebook rulebook) {
    return read(in, format, sourceName, rulebook, ReadLimits.defaults());
  }

  /**
   * Reads a policy from characters; the reader is not closed. The size limit counts characters
   * here.
   *
   * @param in the text of the file
   * @param format its notation
   * @param sourceName the name problems give as their source
   * @param rulebook the rulebook whose rules, parameters and kinds of finding the file may name
   * @param limits the limits to read within
   * @return the policy, or every problem found
   */
  public static Validation<Seq<Problem>, Policy> read(
      Reader in, Format format, String sourceName, Rulebook rulebook, ReadLimits limits) {
    return read(in, format, sourceName, rulebook, limits, PolicyFiles::standardError);
  }

  /**
   * Reads a policy from characters (see {@link #read(Reader, Format, String, Rulebook,
   * ReadLimits)}), giving its warnings to a consumer rather than to standard error.
   *
   * @param warnings what to do with each warning of a file that reads, placed in {@code sourceName}
   */
  public static Validation<Seq<Problem>, Policy> read(
      Reader in,
      Format format,
      String sourceName,
      Rulebook rulebook,
      ReadLimits limits,
      Consumer<Problem> warnings) {
    Objects.requireNonNull(warnings, "warnings is null");
    Objects.requireNonNull(in, "in is null");
    Objects.requireNonNull(format, "format is null");
    Objects.requireNonNull(sourceName, "sourceName is null");
    Objects.requireNonNull(rulebook, "rulebook is null");
    Objects.requireNonNull(limits, "limits is null");
    Reader text = in instanceof TextInput ? in : TextInput.ofChars(in, limits.maxFileBytes());
    return PolicyFormat.read(
            text,
            format,
            limits,
            rulebook,
            w -> warnings.accept(w.source().isEmpty() ? w.in(sourceName) : w))
        .mapError(problems -> problems.map(p -> p.source().isEmpty() ? p.in(sourceName) : p));
  }

  /**
   * Writes a policy to a file, in the format its name says ({@code .yaml}, {@code .yml} or {@code
   * .json}).
   *
   * @throws IllegalArgumentException if the name says no format, or a parameter's value is not one
   *     a policy file can hold (see {@link #write(Policy, OutputStream, Format)})
   * @throws IOException if the file cannot be written
   */
  public static void write(Policy policy, Path file) throws IOException {
    Objects.requireNonNull(file, "file is null");
    Format format =
        Format.ofFileName(String.valueOf(file.getFileName()))
            .getOrElseThrow(
                () ->
                    new IllegalArgumentException(
                        "name the file .yaml, .yml or .json to say its format"));
    write(policy, file, format);
  }

  /**
   * Writes a policy to a file in the given format (see {@link #write(Policy, OutputStream,
   * Format)}).
   */
  public static void write(Policy policy, Path file, Format format) throws IOException {
    Objects.requireNonNull(policy, "policy is null");
    Objects.requireNonNull(file, "file is null");
    Objects.requireNonNull(format, "format is null");
    // the policy is written to memory first, so a policy refused leaves no half-written file
    byte[] bytes = bytes(policy, format);
    WholeFile.write(file, out -> out.write(bytes));
  }

  /**
   * Writes a policy as UTF-8 to a stream, which stays open. The same policy gives the same bytes on
   * every system.
   *
   * @throws IllegalArgumentException if a parameter's value is not one a policy file can hold: a
   *     {@link Double} that is finite and zero or more, an {@link Integer} of zero or more, or a
   *     {@link Boolean} (what {@link org.coprod.rules.Parameter#parse} accepts)
   * @throws IOException if the stream cannot be written
   */
  public static void write(Policy policy, OutputStream out, Format format) throws IOException {
    Objects.requireNonNull(policy, "policy is null");
    Objects.requireNonNull(out, "out is null");
    Objects.requireNonNull(format, "format is null");
    PolicyWriter.write(policy, out, format);
  }

  /**
   * The policy as text in the given format.
   *
   * @throws IllegalArgumentException as {@link #write(Policy, OutputStream, Format)}
   */
  public static String toText(Policy policy, Format format) {
    return new String(bytes(policy, format), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(Policy policy, Format format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(policy, out, format);
    } catch (IOException e) {
      // writing to memory fails only for text no UTF-8 file can hold (a lone surrogate in an id)
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
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
          if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != 0xEF && b != 0xBB
              && b != 0xBF) {
            return b == '{' ? Format.JSON : Format.YAML;
          }
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
