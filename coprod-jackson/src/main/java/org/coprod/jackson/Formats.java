package org.coprod.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.core.ProjectId;
import org.coprod.io.Format;
import org.coprod.io.ProjectFiles;
import org.coprod.io.ProjectParts;
import org.coprod.io.report.InputDigest;
import org.coprod.io.report.JsonReport;
import org.coprod.rules.Finding;
import org.coprod.rules.Outcome;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.jspecify.annotations.Nullable;

/**
 * The bridge to coprod-io's one definition of each format: values go out through its writers and
 * come in through its readers, whose problems lose only their line and column (those of the text
 * passed on, not of the application's input; the exception carries Jackson's location instead).
 */
final class Formats {
  /** The field of the report object that holds the input's digest. */
  static final String INPUT = "inputSha256";

  /**
   * Stands in for the digest of a bare {@link Report}, which does not know its input; it is never
   * written (the field is written as null) and never read back.
   */
  private static final InputDigest UNKNOWN = new InputDigest("0".repeat(64));

  private static final String SOURCE = "json";

  private Formats() {}

  // Projects -------------------------------------------------------------------------------------

  static void writeProject(Project project, JsonGenerator out) throws IOException {
    Tokens.write(ProjectFiles.toText(project, Format.JSON), out, null);
  }

  static Project readProject(JsonParser in) throws IOException {
    String text = Tokens.text(in, null);
    Validation<Seq<Problem>, Project> read =
        ProjectFiles.read(new StringReader(text), Format.JSON, SOURCE);
    if (read.isInvalid()) {
      throw new ProblemsException(in, "a project", unplaced(read.getError(), ""));
    }
    return read.get();
  }

  // Parts of a project ---------------------------------------------------------------------------

  static <T> T readPart(JsonParser in, Class<T> type, @Nullable Project project)
      throws IOException {
    String text = Tokens.text(in, null);
    Validation<Seq<Problem>, T> read =
        project == null ? ProjectParts.read(text, type) : ProjectParts.read(text, type, project);
    if (read.isInvalid()) {
      throw new ProblemsException(in, noun(type), unplaced(read.getError(), ""));
    }
    return read.get();
  }

  /** "a contribution", "an output": what a part of this type is, for messages. */
  private static String noun(Class<?> type) {
    String name = type.getSimpleName();
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        words.append(' ');
      }
      words.append(Character.toLowerCase(c));
    }
    String lower = words.toString();
    return ("aeiou".indexOf(lower.charAt(0)) >= 0 ? "an " : "a ") + lower;
  }

  // Reports --------------------------------------------------------------------------------------

  static void writeEntry(JsonReport.Entry entry, JsonGenerator out) throws IOException {
    Tokens.write(JsonReport.toText(entry), out, null);
  }

  static JsonReport.Entry readEntry(JsonParser in) throws IOException {
    return entry(in, Tokens.text(in, null), "a report");
  }

  /** A report alone: its {@code inputSha256} is null, since a report does not know its input. */
  static void writeReport(Report report, JsonGenerator out) throws IOException {
    Tokens.write(
        JsonReport.toText(JsonReport.Entry.of(report, UNKNOWN)),
        out,
        (name, in, g) -> {
          if (!name.equals(INPUT)) {
            return false;
          }
          g.writeNull();
          return true;
        });
  }

  /** A report, whatever its {@code inputSha256} holds: a digest, null, or nothing. */
  static Report readReport(JsonParser in) throws IOException {
    String text =
        Tokens.text(
            in,
            (name, p, g) -> {
              if (!name.equals(INPUT) || p.currentToken() != JsonToken.VALUE_NULL) {
                return false;
              }
              g.writeString(UNKNOWN.sha256());
              return true;
            });
    return entry(in, text, "a report").report();
  }

  private static JsonReport.Entry entry(JsonParser in, String text, String what)
      throws IOException {
    Validation<Seq<Problem>, Seq<JsonReport.Entry>> read = JsonReport.read(text, SOURCE);
    if (read.isInvalid()) {
      throw new ProblemsException(in, what, unplaced(read.getError(), ""));
    }
    if (read.get().size() != 1) {
      throw new ProblemsException(
          in,
          what,
          List.of(Problem.of(Problem.Kind.WRONG_TYPE, "", "one report object, not a list")));
    }
    return read.get().head();
  }

  // Findings -------------------------------------------------------------------------------------

  /**
   * The report a finding travels in: a rulebook of no rules run on a project of nothing, to which
   * the finding and its rule's outcome are added. Written, it gives the finding's object exactly as
   * a report holds it; read, it gives the finding back through the report's reader.
   */
  private static final class Carrier {
    static final Report EMPTY =
        Rulebook.of("finding", List.empty())
            .check(
                Project.builder()
                    .id(ProjectId.of("finding"))
                    .title("finding")
                    .started(LocalDate.of(2000, 1, 1))
                    .build());

    private Carrier() {}

    static Report holding(Finding finding) {
      return EMPTY
          .withOutcomes(List.of(Outcome.of(finding.rule(), List.of(finding))))
          .withFindings(List.of(finding));
    }
  }

  static void writeFinding(Finding finding, JsonGenerator out) throws IOException {
    String report = JsonReport.toText(JsonReport.Entry.of(Carrier.holding(finding), UNKNOWN));
    try (JsonParser in = Tokens.JSON.createParser(report)) {
      for (JsonToken t = in.nextToken(); t != null; t = in.nextToken()) {
        if (t == JsonToken.FIELD_NAME
            && in.currentName().equals("findings")
            && in.getParsingContext().getParent().inRoot()) {
          in.nextToken(); // the array
          in.nextToken(); // its one finding
          Tokens.copy(in, out, null);
          return;
        }
      }
    }
    throw new IllegalStateException("a report written with one finding holds it");
  }

  static Finding readFinding(JsonParser in) throws IOException {
    if (in.currentToken() != JsonToken.START_OBJECT) {
      throw new ProblemsException(
          in,
          "a finding",
          List.of(Problem.of(Problem.Kind.WRONG_TYPE, "", "a finding is a JSON object")));
    }
    String finding = Tokens.text(in, null);
    String rule = ruleOf(finding).getOrElse("");
    String report = JsonReport.toText(JsonReport.Entry.of(Carrier.EMPTY, UNKNOWN));
    String text = splice(report, rule, finding);
    Validation<Seq<Problem>, Seq<JsonReport.Entry>> read = JsonReport.read(text, SOURCE);
    if (read.isInvalid()) {
      throw new ProblemsException(
          in,
          "a finding",
          unplaced(read.getError().filter(p -> p.path().startsWith("findings[0]")), "findings[0]"));
    }
    return read.get().head().report().findings().head();
  }

  /** The carrier report with the finding in its findings and its rule's outcome FINDINGS. */
  private static String splice(String report, String rule, String finding) throws IOException {
    java.io.StringWriter out = new java.io.StringWriter();
    try (JsonParser in = Tokens.JSON.createParser(report);
        JsonGenerator g = Tokens.JSON.createGenerator(out)) {
      in.nextToken();
      Tokens.copy(
          in,
          g,
          (name, p, w) -> {
            if (name.equals("outcomes")) {
              p.skipChildren();
              w.writeStartArray();
              w.writeStartObject();
              w.writeStringField("rule", rule);
              w.writeStringField("status", "FINDINGS");
              w.writeNullField("reason");
              w.writeEndObject();
              w.writeEndArray();
              return true;
            }
            if (name.equals("findings")) {
              p.skipChildren();
              w.writeStartArray();
              Tokens.write(finding, w, null);
              w.writeEndArray();
              return true;
            }
            return false;
          });
    }
    return out.toString();
  }

  private static Option<String> ruleOf(String finding) throws IOException {
    try (JsonParser in = Tokens.JSON.createParser(finding)) {
      in.nextToken();
      for (JsonToken t = in.nextToken(); t == JsonToken.FIELD_NAME; t = in.nextToken()) {
        String name = in.currentName();
        JsonToken value = in.nextToken();
        if (name.equals("rule") && value == JsonToken.VALUE_STRING) {
          return Option.some(in.getText());
        }
        in.skipChildren();
      }
    }
    return Option.none();
  }

  /**
   * The problems without line and column, which would point into the text passed on; paths that
   * start with {@code prefix} lose it, so a finding's problems read as paths inside the finding.
   */
  private static Seq<Problem> unplaced(Seq<Problem> problems, String prefix) {
    Seq<Problem> out =
        problems.map(
            p -> {
              String path = p.path();
              if (!prefix.isEmpty() && path.startsWith(prefix)) {
                path = path.substring(prefix.length());
                path = path.startsWith(".") ? path.substring(1) : path;
              }
              return new Problem(
                  p.kind(), path, p.message(), Option.none(), Option.none(), Option.none());
            });
    return out.isEmpty()
        ? List.of(Problem.of(Problem.Kind.INVALID_VALUE, "", "the value does not hold together"))
        : out;
  }
}
