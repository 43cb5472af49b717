package org.coprod.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.core.ProjectView;
import org.coprod.io.report.FindingsCsv;
import org.coprod.io.report.HtmlReport;
import org.coprod.io.report.InputDigest;
import org.coprod.io.report.JsonReport;
import org.coprod.io.report.StatsCsv;
import org.coprod.io.report.StatsSource;
import org.coprod.rules.Policy;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.render.MarkdownReport;
import org.coprod.rules.render.TextReport;

/**
 * Fuzzing in the build: valid project files, contributions ledgers and policy files, broken in the
 * ways files are broken by hand and by attackers (lines and stretches deleted or repeated, values
 * of the wrong type, random bytes, a file cut short, huge numbers, control characters raw and
 * escaped), read back. Whatever the break, reading never throws; every problem names its file, line
 * and column, and a path (empty only for the file as a whole); and every file that reads renders in
 * every format, with no control character in text, Markdown or CSV and no formula in a CSV cell.
 *
 * <p>Each property tries jqwik's default of 1,000 cases in {@code verify}; {@code -Pfuzz} runs
 * these properties alone, 10,000 cases each.
 */
class FileFuzzProperties {
  /** The ways a file is broken. */
  enum Break {
    DELETE_LINE,
    DELETE_STRETCH,
    REPEAT_LINE,
    REPEAT_STRETCH,
    FLIP_TYPE,
    RANDOM_BYTES,
    CUT_SHORT,
    HUGE_NUMBER,
    CONTROL_CHARACTER,
    ESCAPED_CONTROL
  }

  /**
   * One break: what, where in the file (a fraction of its length), how much, and which of the
   * replacements.
   */
  record Mutation(Break kind, double at, double extent, int choice) {}

  private static final String[] VALUES = {
    "text",
    "\"quoted\"",
    "12.5",
    "-3",
    "0",
    "true",
    "false",
    "null",
    "~",
    "[a, b]",
    "[]",
    "{}",
    "{a: 1}",
    "\"\"",
    "'single'",
    "2020-02-30",
    "*alias",
    "&anchor x",
    "!!binary aGk=",
    "<<"
  };

  private static final String[] HUGE = {
    "1e2147483648",
    "1" + "0".repeat(100_000),
    "-1e308",
    "1e308",
    "9".repeat(400),
    "0." + "0".repeat(5_000) + "1",
    "1e-400",
    ".inf",
    "NaN",
    "10000.0001",
    "-0",
    "1_000",
    "0x1F",
    "1e-2147483649"
  };

  private static final String[] CONTROLS = {
    "\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u2028", "\u202e", "\ufeff", "\t", "\r", "\n"
  };

  private static final String[] ESCAPED = {
    "\"=HYPERLINK(\\\"http://x\\\")\\u001b[31m\"",
    "\"+cmd|' /C calc'!A0\\r\\nforged.yaml:1:1: fine\"",
    "\"@SUM(1+1)\\u0007\\u202e\\u2028\"",
    "\"-2+3\\t\\u0000\"",
    "\"\\u0085\\u00a0\""
  };

  private static final Pattern VALUE = Pattern.compile(":\\s+([^,}\\]\\r\\n]*)");

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<Mutation> one =
        Combinators.combine(
                Arbitraries.of(Break.class),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 0.2),
                Arbitraries.integers().between(0, 1 << 20))
            .as(Mutation::new);
    return one.list().ofMinSize(1).ofMaxSize(4);
  }

  /** The file broken by each mutation in turn; the random bytes come from the mutation itself. */
  static byte[] broken(byte[] file, List<Mutation> mutations, Format format) {
    byte[] out = file;
    for (Mutation m : mutations) {
      out = apply(out, m, format);
    }
    return out;
  }

  private static byte[] apply(byte[] bytes, Mutation m, Format format) {
    if (bytes.length == 0) {
      return bytes;
    }
    int at = (int) (m.at() * bytes.length);
    int length = Math.max(1, (int) (m.extent() * bytes.length));
    switch (m.kind()) {
      case RANDOM_BYTES -> {
        Random r = new Random(m.choice());
        byte[] noise = new byte[1 + r.nextInt(8)];
        r.nextBytes(noise);
        return splice(bytes, at, 0, noise);
      }
      case CUT_SHORT -> {
        return java.util.Arrays.copyOf(bytes, at);
      }
      case DELETE_STRETCH -> {
        return splice(bytes, at, Math.min(length, bytes.length - at), new byte[0]);
      }
      case REPEAT_STRETCH -> {
        int n = Math.min(length, bytes.length - at);
        return splice(bytes, at, 0, java.util.Arrays.copyOfRange(bytes, at, at + n));
      }
      default -> {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text(text, m, format).getBytes(StandardCharsets.UTF_8);
      }
    }
  }

  private static String text(String text, Mutation m, Format format) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int line = Math.min(lines.size() - 1, (int) (m.at() * lines.size()));
    return switch (m.kind()) {
      case DELETE_LINE -> {
        lines.remove(line);
        yield String.join("\n", lines);
      }
      case REPEAT_LINE -> {
        lines.add(line, lines.get(line));
        yield String.join("\n", lines);
      }
      case CONTROL_CHARACTER -> {
        int at = (int) (m.at() * text.length());
        yield text.substring(0, at) + CONTROLS[m.choice() % CONTROLS.length] + text.substring(at);
      }
      case FLIP_TYPE -> value(text, m, pick(VALUES, m, format));
      case HUGE_NUMBER -> value(text, m, HUGE[m.choice() % HUGE.length]);
      case ESCAPED_CONTROL -> value(text, m, ESCAPED[m.choice() % ESCAPED.length]);
      default -> text;
    };
  }

  private static String pick(String[] values, Mutation m, Format format) {
    String v = values[m.choice() % values.length];
    if (format == Format.JSON && !v.startsWith("\"") && v.matches("[A-Za-z~'*&!<].*")) {
      // in JSON a bare word is a syntax error, which the other breaks already make
      return "\"" + v.replace("\"", "") + "\"";
    }
    return v;
  }

  /** The file with the value after one of its keys (which one, by the mutation) replaced. */
  private static String value(String text, Mutation m, String replacement) {
    Matcher v = VALUE.matcher(text);
    List<int[]> found = new ArrayList<>();
    while (v.find()) {
      found.add(new int[] {v.start(1), v.end(1)});
    }
    if (found.isEmpty()) {
      return text;
    }
    int[] span = found.get(Math.min(found.size() - 1, (int) (m.at() * found.size())));
    return text.substring(0, span[0]) + replacement + text.substring(span[1]);
  }

  private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
    byte[] out = new byte[bytes.length - remove + insert.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(bytes, at + remove, out, at + insert.length, bytes.length - at - remove);
    return out;
  }

  // ---- what every reading must give

  private static final java.util.Set<Problem.Kind> ABOUT_THE_FILE =
      java.util.EnumSet.of(
          Problem.Kind.SYNTAX, Problem.Kind.LIMIT_EXCEEDED, Problem.Kind.UNSUPPORTED_VERSION);

  /** Every problem names its file, line and column; all but those about the file, a path. */
  static void placed(Seq<Problem> problems, String... sources) {
    assertThat(problems).isNotEmpty();
    for (Problem p : problems) {
      assertThat(p.source()).as("the file of %s", p).isNotEmpty();
      assertThat(List.of(sources)).as("the file of %s", p).contains(p.source().get());
      assertThat(p.line()).as("the line of %s", p).isNotEmpty();
      assertThat(p.column()).as("the column of %s", p).isNotEmpty();
      assertThat(p.line().get()).isPositive();
      assertThat(p.column().get()).isPositive();
      assertThat(p.message()).as("the message of %s", p).isNotBlank();
      boolean aboutTheFile =
          ABOUT_THE_FILE.contains(p.kind())
              || p.message().contains("(a project file)")
              || p.message().contains("(a policy file)");
      if (!aboutTheFile) {
        assertThat(p.path()).as("the path of %s", p).isNotEmpty();
      }
    }
  }

  /** A report in every format: none throws, none carries a control character or a formula. */
  static void rendersInEveryFormat(Report report, Rulebook rulebook, ProjectView view) {
    for (String text :
        List.of(TextReport.of().render(report), MarkdownReport.of().render(report))) {
      assertThat(text.replace("\n", "").chars()).noneMatch(Character::isISOControl);
    }
    for (String csv :
        List.of(
            FindingsCsv.toText(report),
            StatsCsv.header()
                + StatsCsv.row(
                    report,
                    view,
                    StatsSource.ofProject(
                        view.project(), org.coprod.rules.Policy.defaults(), 0)))) {
      assertThat(csv.replace("\r\n", "").chars()).noneMatch(Character::isISOControl);
      assertThat(csv).doesNotContainPattern("(^|,|\\r\\n)\"?[=+@]");
    }
    assertThat(JsonReport.toText(JsonReport.Entry.of(report, InputDigest.ofBytes(new byte[0]))))
        .startsWith("{");
    assertThat(HtmlReport.render(report)).startsWith("<!DOCTYPE html>");
  }

  private static final Rulebook STANDARD = Rulebook.standard();

  // ---- the properties

  @Property
  void aBrokenProjectFileIsReadOrRefusedInPlaceAndWhatReadsRendersInEveryFormat(
      @ForAll long seed, @ForAll Format format, @ForAll("mutations") List<Mutation> mutations)
      throws IOException {
    Project valid = TestProjects.project(seed);
    byte[] bytes = broken(RoundTripProperties.bytes(valid, format), mutations, format);
    String name = "fuzz." + format.name().toLowerCase(java.util.Locale.ROOT);
    Validation<Seq<Problem>, Project> read =
        ProjectFiles.read(new ByteArrayInputStream(bytes), format, name);
    Statistics.collect(read.isValid() ? "read" : "refused");
    if (read.isInvalid()) {
      placed(read.getError(), name);
      return;
    }
    ProjectView view = read.get().view();
    rendersInEveryFormat(STANDARD.check(view), STANDARD, view);
  }

  @Property
  void aBrokenLedgerJoinedToItsProjectIsReadOrRefusedInPlaceAndWhatReadsRenders(
      @ForAll long seed, @ForAll("mutations") List<Mutation> mutations) throws IOException {
    Project valid = TestProjects.ledgerProject(seed);
    ByteArrayOutputStream work = new ByteArrayOutputStream();
    Ledgers.writeContributions(valid, work);
    byte[] ledger = broken(work.toByteArray(), mutations, Format.YAML);
    String project = ProjectFiles.toText(valid, Format.YAML);
    Validation<Seq<Problem>, Project> read =
        Ledgers.join(
            new StringReader(project),
            Format.YAML,
            "project.yaml",
            new InputStreamReader(new ByteArrayInputStream(ledger), StandardCharsets.UTF_8),
            "contributions.csv",
            ReadLimits.defaults());
    Statistics.collect(read.isValid() ? "read" : "refused");
    if (read.isInvalid()) {
      placed(read.getError(), "project.yaml", "contributions.csv");
      return;
    }
    ProjectView view = read.get().view();
    rendersInEveryFormat(STANDARD.check(view), STANDARD, view);
  }

  @Property
  void aBrokenPolicyFileIsReadOrRefusedInPlaceAndWhatReadsChecksAndRenders(
      @ForAll long seed, @ForAll Format format, @ForAll("mutations") List<Mutation> mutations) {
    Random r = new Random(seed);
    Policy valid = PolicyRoundTripTest.policy(r);
    byte[] bytes =
        broken(
            PolicyFiles.toText(valid, format).getBytes(StandardCharsets.UTF_8), mutations, format);
    String name = "policy." + format.name().toLowerCase(java.util.Locale.ROOT);
    Rulebook rulebook = PolicyRoundTripTest.rulebook();
    Validation<Seq<Problem>, Policy> read =
        PolicyFiles.read(new ByteArrayInputStream(bytes), format, name, rulebook);
    Statistics.collect(read.isValid() ? "read" : "refused");
    if (read.isInvalid()) {
      placed(read.getError(), name);
      return;
    }
    Rulebook ruled = rulebook.withPolicy(read.get());
    ProjectView view = TestProjects.project(seed).view();
    rendersInEveryFormat(ruled.check(view), ruled, view);
  }
}
