package org.coprod.live;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Validation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.coprod.core.Problem;
import org.coprod.rules.Finding;
import org.coprod.rules.Report;

/**
 * The findings a group already knows about, stored as their fingerprints, so that a later check can
 * show only what is new, as ArchUnit's freezing store does for architecture rules. Stored as a
 * small JSON file:
 *
 * <pre>{@code
 * {
 *   "coprodBaseline": 1,
 *   "fingerprints": ["0b1c…", "7f3e…"]
 * }
 * }</pre>
 *
 * Fingerprints are sorted, so the same findings give the same bytes. The fingerprints stored are
 * those the report files write ({@link Report#fileFingerprint(Finding)}): keyed with the project's
 * {@code fingerprintKey} where it has one, so a short id cannot be recovered by hashing guesses.
 * Without a key, a finding about (or naming) someone who asked not to be named has no fingerprint a
 * file may hold, so the baseline cannot remember it: {@link #newSince(Report)} shows it as new at
 * every check, never hiding it, until the project has a key.
 *
 * <pre>{@code
 * FindingsBaseline known = FindingsBaseline.of(Rulebook.standard().check(project));
 * known.write(Path.of("coprod-baseline.json"));
 * Seq<Finding> fresh = FindingsBaseline.read(path).get().newSince(laterReport);
 * }</pre>
 */
public final class FindingsBaseline {
  /** The version of the file format this class writes and reads. */
  public static final int VERSION = 1;

  private static final String FORMAT = "coprodBaseline";
  private static final String FINGERPRINTS = "fingerprints";
  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private final SortedSet<String> fingerprints;

  private FindingsBaseline(SortedSet<String> fingerprints) {
    this.fingerprints = fingerprints;
  }

  /**
   * The baseline of every finding of a report, acknowledged or not, but those it may not store (see
   * the class's description).
   */
  public static FindingsBaseline of(Report report) {
    return of(report, Objects.requireNonNull(report, "report is null").findings());
  }

  /**
   * The baseline of some findings of a report (those the group has talked over, say), but those it
   * may not store: the report says who asked not to be named and whether its fingerprints are
   * keyed.
   */
  public static FindingsBaseline of(Report report, Iterable<Finding> findings) {
    Objects.requireNonNull(report, "report is null");
    Objects.requireNonNull(findings, "findings is null");
    return new FindingsBaseline(stored(report, List.ofAll(findings)));
  }

  /** The fingerprints of findings as files write them, leaving out those they may not hold. */
  private static SortedSet<String> stored(Report report, Seq<Finding> findings) {
    return TreeSet.ofAll(findings.flatMap(report::fileFingerprint));
  }

  /** A baseline of these fingerprints (16 to 64 lower-case hexadecimal digits each). */
  public static FindingsBaseline ofFingerprints(Iterable<String> fingerprints) {
    SortedSet<String> all = TreeSet.ofAll(fingerprints);
    all.filter(f -> !isFingerprint(f))
        .headOption()
        .forEach(
            f -> {
              throw new IllegalArgumentException(
                  "a fingerprint is 16 to 64 lower-case hexadecimal digits");
            });
    return new FindingsBaseline(all);
  }

  /** The fingerprints, sorted. */
  public SortedSet<String> fingerprints() {
    return fingerprints;
  }

  /** Whether the baseline knows this finding. */
  public boolean knows(Finding finding) {
    return fingerprints.contains(finding.fingerprint());
  }

  /**
   * The findings of a report the baseline does not know, in report order; a finding it may not
   * store (about someone who asked not to be named, without a key) is always among them.
   */
  public Seq<Finding> newSince(Report report) {
    Objects.requireNonNull(report, "report is null");
    return report
        .findings()
        .filter(f -> report.fileFingerprint(f).forAll(fp -> !fingerprints.contains(fp)));
  }

  /** The fingerprints the baseline knows that a report no longer has, sorted. */
  public SortedSet<String> resolvedSince(Report report) {
    return fingerprints.removeAll(report.findings().map(Finding::fingerprint));
  }

  /**
   * This baseline with a report's findings added (what a group does once it has talked them over).
   */
  public FindingsBaseline plus(Report report) {
    Objects.requireNonNull(report, "report is null");
    return new FindingsBaseline(fingerprints.addAll(stored(report, report.findings())));
  }

  // Writing and reading -----------------------------------------------------------------------

  /**
   * Writes the baseline as JSON to a stream, which stays open: two-space indents, {@code \n} line
   * breaks and a final one, fingerprints sorted.
   *
   * @throws IOException if the stream cannot be written
   */
  public void write(OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out is null");
    try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      g.setPrettyPrinter(
          new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
      g.writeStartObject();
      g.writeNumberField(FORMAT, VERSION);
      g.writeArrayFieldStart(FINGERPRINTS);
      for (String f : fingerprints) {
        g.writeString(f);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  /**
   * Writes the baseline to a file.
   *
   * @throws IOException if the file cannot be written
   */
  public void write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out);
    }
  }

  /** The baseline as JSON text. */
  public String toText() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Reads a baseline file. Never throws on bad input: returns every problem, with the file's name
   * and the line and column.
   */
  public static Validation<Seq<Problem>, FindingsBaseline> read(Path file) {
    Objects.requireNonNull(file, "file is null");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      return Validation.invalid(
          List.of(
              Problem.of(Problem.Kind.SYNTAX, "", "the file cannot be read").in(file.toString())));
    }
  }

  /** Reads a baseline from JSON text (see {@link #read(Path)}). */
  public static Validation<Seq<Problem>, FindingsBaseline> read(String text, String sourceName) {
    return read(
        new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), sourceName);
  }

  /** Reads a baseline from UTF-8 bytes; the stream is not closed (see {@link #read(Path)}). */
  public static Validation<Seq<Problem>, FindingsBaseline> read(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in is null");
    Objects.requireNonNull(sourceName, "sourceName is null");
    java.util.List<Problem> problems = new java.util.ArrayList<>();
    java.util.List<String> found = new java.util.ArrayList<>();
    boolean versioned = false;
    try (JsonParser p = JSON.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return invalid(p, sourceName, Problem.Kind.WRONG_TYPE, "", "a baseline is a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonToken value = p.nextToken();
        if (key.equals(FORMAT)) {
          if (value != JsonToken.VALUE_NUMBER_INT || p.getIntValue() != VERSION) {
            problems.add(
                placed(
                    p,
                    Problem.Kind.UNSUPPORTED_VERSION,
                    FORMAT,
                    "this reader reads baseline format version " + VERSION,
                    sourceName));
          }
          versioned = true;
        } else if (key.equals(FINGERPRINTS)) {
          if (value != JsonToken.START_ARRAY) {
            problems.add(
                placed(
                    p,
                    Problem.Kind.WRONG_TYPE,
                    FINGERPRINTS,
                    "a list of fingerprints",
                    sourceName));
            p.skipChildren();
            continue;
          }
          int i = 0;
          for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            String path = FINGERPRINTS + "[" + i++ + "]";
            if (t == JsonToken.VALUE_STRING && isFingerprint(p.getText())) {
              found.add(p.getText());
            } else {
              problems.add(
                  placed(
                      p,
                      Problem.Kind.INVALID_VALUE,
                      path,
                      "a fingerprint is 16 to 64 lower-case hexadecimal digits",
                      sourceName));
              p.skipChildren();
            }
          }
        } else {
          problems.add(
              placed(
                  p,
                  Problem.Kind.UNKNOWN_KEY,
                  key,
                  "a baseline holds only '" + FORMAT + "' and '" + FINGERPRINTS + "'",
                  sourceName));
          p.skipChildren();
        }
      }
      if (!versioned) {
        problems.add(
            Problem.of(Problem.Kind.MISSING, FORMAT, "a baseline says its format version")
                .in(sourceName));
      }
    } catch (JsonProcessingException e) {
      return Validation.invalid(
          List.of(
              Problem.of(
                      Problem.Kind.SYNTAX, "", "this is not valid JSON: " + e.getOriginalMessage())
                  .in(sourceName)));
    } catch (IOException e) {
      return Validation.invalid(
          List.of(
              Problem.of(Problem.Kind.SYNTAX, "", "the baseline cannot be read").in(sourceName)));
    }
    return problems.isEmpty()
        ? Validation.valid(new FindingsBaseline(TreeSet.ofAll(found)))
        : Validation.invalid(List.ofAll(problems));
  }

  private static Validation<Seq<Problem>, FindingsBaseline> invalid(
      JsonParser p, String source, Problem.Kind kind, String path, String message) {
    return Validation.invalid(List.of(placed(p, kind, path, message, source)));
  }

  private static Problem placed(
      JsonParser p, Problem.Kind kind, String path, String message, String source) {
    Problem problem = Problem.of(kind, path, message).in(source);
    int line = p.currentTokenLocation().getLineNr();
    int column = p.currentTokenLocation().getColumnNr();
    return line > 0 ? problem.at(line, Math.max(1, column)) : problem;
  }

  private static boolean isFingerprint(String s) {
    return s.matches("[0-9a-f]{16,64}");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FindingsBaseline other && other.fingerprints.equals(fingerprints);
  }

  @Override
  public int hashCode() {
    return fingerprints.hashCode();
  }

  @Override
  public String toString() {
    return "FindingsBaseline{" + fingerprints.size() + " fingerprints}";
  }
}
