package org.coprod.io.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.coprod.core.AgreementVersion;
import org.coprod.core.ContributionId;
import org.coprod.core.DecisionId;
import org.coprod.core.Id;
import org.coprod.core.ImpactId;
import org.coprod.core.MeetingId;
import org.coprod.core.OutputId;
import org.coprod.core.ParticipantId;
import org.coprod.core.Problem;
import org.coprod.core.ProjectId;
import org.coprod.core.ResourceId;
import org.coprod.core.ResponseId;
import org.coprod.rules.Argument;
import org.coprod.rules.ChartTotals;
import org.coprod.rules.Evidence;
import org.coprod.rules.Finding;
import org.coprod.rules.LadderBasis;
import org.coprod.rules.Measures;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Param;
import org.coprod.rules.PolicyDifference;
import org.coprod.rules.Report;
import org.coprod.rules.ReportedCheckIn;
import org.coprod.rules.ReportedImpact;
import org.coprod.rules.ReportedResponse;
import org.coprod.rules.SideLabels;
import org.coprod.rules.SideMeasure;
import org.coprod.rules.Template;
import org.coprod.rules.Voice;
import org.coprod.rules.render.Words;

/**
 * Reports as JSON, for machines and for baselines, and read back.
 *
 * <p>A report is one object with, in this order: {@code coprod} (the report format version, {@value
 * #VERSION}), {@code project}, {@code title}, {@code asOf}, {@code closed}, {@code ruleset} ({@code
 * name}, {@code version}, {@code digest}), {@code libraryVersion}, {@code inputSha256}, {@code
 * policy} (each difference from the defaults: {@code rule}, {@code setting}, {@code from}, {@code
 * to}), {@code outcomes} (for every rule run, in the rulebook's order: {@code rule}, {@code
 * status}, {@code reason} or null), {@code findings} (in report order: {@code rule}, {@code kind},
 * {@code principle}, {@code severity}, {@code template} (its key, {@code rule/kind/variant}),
 * {@code arguments} (the template's typed arguments by name), {@code message} (the template filled
 * in, with "a group member" for anyone who asked not to be named), {@code subjects} as plain ids,
 * {@code subjectKinds} saying what each id names, {@code evidence} as an object in the rule's
 * order, {@code fingerprint} (null on a finding about someone who asked not to be named), {@code
 * acknowledged}: the group's reason or null) and {@code measures} (each measure by side as {@code
 * {livedExperience, professional}}, then {@code giniHours}, {@code giniCredit}, {@code ladder},
 * {@code ladderBasis} ({@code countedKeyDecisions}, {@code stoppedBy}: what kept the step from
 * rising), {@code claimedLevel}; null where a value cannot be computed), then what the group heard
 * and did: {@code impacts}, {@code checkIns} and {@code responses} (each: {@code id}, {@code
 * finding} (the fingerprint it answers), {@code date}, {@code action}, {@code owner} (who carries
 * it, by id, {@code anonymous-N} for someone who asked not to be named), {@code reviewBy}, {@code
 * status}, {@code reason}; null where the record says nothing). Several reports are a JSON array of
 * such objects.
 *
 * <p>The same report gives the same bytes on any JDK and in any locale: UTF-8, two-space indents,
 * {@code \n} line breaks, a final line break, and numbers in one canonical form (whole numbers
 * without a decimal point; other numbers as the shortest decimal that reads back as the same
 * double, without an exponent unless very large or very small).
 *
 * <p>Reading gives back the report, with two differences that {@link #canonical(Report)} states
 * exactly: evidence numbers come back as {@link Integer}, {@link Long}, {@link Double} or {@link
 * java.math.BigDecimal} by the form of their text (a {@code Double} of 3.0 is written {@code 3} and
 * reads as the {@code Integer} 3), and the findings each outcome holds come back in report order.
 * So {@code read(write(r))} equals {@code canonical(r)}, and writing that again gives the same
 * bytes.
 *
 * <p>A JSON report is for machines (applications, baselines, research): it names subjects by id,
 * except people whose credit preference is {@code ANONYMOUS}, written {@code anonymous-N} (N
 * numbering the report's ANONYMOUS people in the order of their ids) in subjects and arguments
 * alike, and in the group's own text (acknowledgements, what changed, responses) where it holds
 * their id. Format 3 added {@code template} and {@code arguments} to findings, and the anonymous
 * ids; format 2 files still read. A response's {@code owner} is an addition within format 3: a file
 * written without it reads as responses nobody is named to carry. A finding read back keeps its
 * words and template key, not its typed arguments.
 *
 * <pre>{@code
 * Report report = Rulebook.standard().check(project);
 * String json = JsonReport.toText(JsonReport.Entry.of(report, InputDigest.ofFile(file)));
 * Seq<JsonReport.Entry> back = JsonReport.read(json, "baseline.json").get();
 * }</pre>
 */
public final class JsonReport {
  /** The report format version this class writes and reads. */
  public static final int VERSION = 3;

  /** The earlier format version this class still reads: findings without template or arguments. */
  public static final int PREVIOUS_VERSION = 2;

  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private JsonReport() {}

  /**
   * A report with the digest of the input it was made from.
   *
   * @param report the report
   * @param input the digest of its input
   */
  public record Entry(Report report, InputDigest input) {
    /** Checks that nothing is null. */
    public Entry {
      Objects.requireNonNull(report, "report is null");
      Objects.requireNonNull(input, "input is null");
    }

    /** A report with the digest of its input. */
    public static Entry of(Report report, InputDigest input) {
      return new Entry(report, input);
    }
  }

  /**
   * Writes one report as a JSON object to a stream, which stays open.
   *
   * @throws IOException if the stream cannot be written, or the report holds text no UTF-8 file can
   *     hold (a lone surrogate)
   */
  public static void write(Entry entry, OutputStream out) throws IOException {
    Objects.requireNonNull(entry, "entry is null");
    Objects.requireNonNull(out, "out is null");
    try (JsonGenerator g = generator(out)) {
      report(g, entry);
      g.writeRaw('\n');
    }
  }

  /**
   * Writes reports as a JSON array to a stream, which stays open; each is written as it comes, so
   * the reports of many files need not be held at once.
   *
   * @throws IOException if the stream cannot be written
   */
  public static void writeAll(Iterable<Entry> entries, OutputStream out) throws IOException {
    Objects.requireNonNull(entries, "entries is null");
    Objects.requireNonNull(out, "out is null");
    try (JsonGenerator g = generator(out)) {
      g.writeStartArray();
      for (Entry e : entries) {
        report(g, Objects.requireNonNull(e, "an entry is null"));
      }
      g.writeEndArray();
      g.writeRaw('\n');
    }
  }

  /** One report as JSON text. */
  public static String toText(Entry entry) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(entry, out);
    } catch (IOException e) {
      // writing to memory fails only for text no UTF-8 file can hold (a lone surrogate)
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Reports as the text of a JSON array. */
  public static String toText(Iterable<Entry> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writeAll(entries, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Reads the reports of a JSON report file: one object or an array of them. Never throws on bad
   * input: it returns every problem found, each with its path ({@code findings[2].severity}, or
   * {@code [1].findings[2].severity} in an array) and line and column.
   *
   * @param in UTF-8 JSON; read to its end and not closed
   * @param sourceName the name problems give as their source
   */
  public static Validation<Seq<Problem>, Seq<Entry>> read(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in is null");
    Objects.requireNonNull(sourceName, "sourceName is null");
    return JsonReportReader.read(in, sourceName);
  }

  /** Reads the reports of a JSON text; see {@link #read(InputStream, String)}. */
  public static Validation<Seq<Problem>, Seq<Entry>> read(String text, String sourceName) {
    Objects.requireNonNull(text, "text is null");
    return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), sourceName);
  }

  /**
   * Reads the reports of a JSON report file; see {@link #read(InputStream, String)}. A file that
   * cannot be opened is a problem too.
   */
  public static Validation<Seq<Problem>, Seq<Entry>> read(Path file) {
    Objects.requireNonNull(file, "file is null");
    String source = String.valueOf(file);
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, source);
    } catch (IOException e) {
      return Validation.invalid(
          List.of(Problem.of(Problem.Kind.SYNTAX, "", "the file cannot be read").in(source)));
    }
  }

  /**
   * The report as reading its JSON gives it back: every evidence number as its written text reads
   * (see the class comment), and each outcome's findings in report order. Two reports write the
   * same bytes exactly when their canonical forms are equal.
   */
  public static Report canonical(Report report) {
    Objects.requireNonNull(report, "report is null");
    Voice voice = Words.dataVoice(report, report.sideLabels());
    Seq<Finding> findings = report.findings().map(f -> canonical(f, report, voice));
    Seq<Outcome> outcomes =
        report
            .outcomes()
            .map(
                o ->
                    o.withReason(
                            o.reason()
                                .map(r -> report.withoutAnonymous(o.reason(voice), report::fileId)))
                        .withFindings(
                            findings
                                .filter(f -> f.rule().equals(o.rule()))
                                .filter(f -> o.status() == OutcomeStatus.FINDINGS)));
    return Report.builder()
        .from(report)
        .findings(findings)
        .outcomes(outcomes)
        .catalogue(List.empty())
        .anonymous(anonymousOf(findings))
        .fingerprintsKeyed(keyedOf(findings))
        // a response and an impact read back as written: who carries a response by id, or
        // anonymous-N, and the ids of people who asked not to be named in their text as anonymous-N
        .impacts(report.impacts().map(i -> i.withoutAnonymous(report, report::fileId)))
        .responses(
            report
                .responses()
                .map(
                    x ->
                        x.withoutAnonymous(report, report::fileId)
                            .withOwner(x.owner().map(o -> ParticipantId.of(report.fileId(o))))))
        .roleTitles(io.vavr.collection.TreeMap.empty(java.util.Comparator.comparing(Id::value)))
        .sides(io.vavr.collection.TreeMap.empty(java.util.Comparator.comparing(Id::value)))
        .sideLabels(SideLabels.defaults())
        .charts(ChartTotals.empty())
        .build();
  }

  /**
   * Whether a report read back had its fingerprints made with a key: some finding's fingerprint is
   * not the one its rule, kind and subjects give. A keyed report with no finding reads back as
   * unkeyed, which writes the same bytes.
   */
  static boolean keyedOf(Seq<Finding> findings) {
    return findings.exists(f -> f.keyedFingerprint().isDefined());
  }

  /**
   * The people a report read back holds as having asked not to be named: {@code anonymous-1} up to
   * the highest N its findings name, so each is written back as it was read.
   */
  static Seq<ParticipantId> anonymousOf(Seq<Finding> findings) {
    int most = 0;
    for (Finding f : findings) {
      for (Id id : f.subjects().appendAll(f.peopleNamed())) {
        if (id instanceof ParticipantId && id.value().matches(ANONYMOUS)) {
          most = Math.max(most, Integer.parseInt(id.value().substring("anonymous-".length())));
        }
      }
    }
    return List.range(1, most + 1).map(n -> ParticipantId.of("anonymous-" + n));
  }

  /**
   * An argument as a file reads back: a file keeps no argument's type, so each comes back by the
   * form it was written in. Numbers written whole (and within an int) are counts, other numbers
   * amounts; a list is people; text naming someone who asked not to be named ({@code anonymous-N})
   * is a person, so a finding about them is known again; other text is words.
   */
  static Argument readBack(Argument a, Report report) {
    Object v = a.value();
    return switch (a.type()) {
      case PERSON -> written(a.name(), report.fileId((ParticipantId) v));
      case PEOPLE ->
          Argument.people(a.name(), a.people().map(p -> ParticipantId.of(report.fileId(p))));
      case OUTPUT, DECISION, THING -> written(a.name(), report.fileId((Id) v));
      case SIDE, PHASE -> written(a.name(), ((Enum<?>) v).name());
      case DAY, TEXT -> written(a.name(), v.toString());
      case COUNT, SHARE, RATIO, HOURS, MONEY -> number(a.name(), Numbers.text((Number) v));
    };
  }

  /** Text read back: a person where it is how files write someone who asked not to be named. */
  static Argument written(String name, String text) {
    return text.matches(ANONYMOUS)
        ? Argument.person(name, ParticipantId.of(text))
        : Argument.text(name, text);
  }

  /** A number read back by the form of its text: a count if whole and within an int. */
  static Argument number(String name, String text) {
    java.math.BigDecimal d = new java.math.BigDecimal(text);
    if (d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0) {
      try {
        return Argument.count(name, d.intValueExact());
      } catch (ArithmeticException tooBig) {
        // beyond an int: an amount
      }
    }
    return Argument.money(name, d);
  }

  /** How files write someone who asked not to be named. */
  static final String ANONYMOUS = "anonymous-[1-9][0-9]{0,8}";

  private static Finding canonical(Finding f, Report report, Voice voice) {
    return Finding.builder()
        .from(f)
        .subjects(f.subjects().map(id -> asWritten(id, report)))
        .acknowledged(f.acknowledged().map(a -> report.withoutAnonymous(a, report::fileId)))
        .template(
            Template.recorded(
                f.template().variant(),
                Words.message(f, voice),
                f.arguments().map(a -> Param.of(a.name(), readBack(a, report).type()))))
        .arguments(f.arguments().map(a -> readBack(a, report)))
        .evidence(
            f.evidence()
                .map(
                    e ->
                        e.value() instanceof Number n
                            ? Evidence.of(e.name(), Numbers.canonical(n))
                            : e.value() instanceof String t && report.mentionsAnonymous(t)
                                ? Evidence.of(e.name(), report.withoutAnonymous(t, report::fileId))
                                : e))
        .build();
  }

  /** An id as a file writes it and reads it back, of the same kind. */
  private static Id asWritten(Id id, Report report) {
    String written = report.fileId(id);
    if (written.equals(id.value())) {
      return id;
    }
    Id back = JsonReportReader.subject(written, kindOf(id));
    return back == null ? id : back;
  }

  // Writing -----------------------------------------------------------------------------------

  private static JsonGenerator generator(OutputStream out) throws IOException {
    JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8);
    // Jackson's default indenter uses the system's line separator; reports use \n everywhere.
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    g.setPrettyPrinter(
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter));
    return g;
  }

  private static void report(JsonGenerator g, Entry entry) throws IOException {
    Report r = entry.report();
    g.writeStartObject();
    g.writeNumberField("coprod", VERSION);
    g.writeStringField("project", r.project().value());
    g.writeStringField("title", r.title());
    g.writeStringField("asOf", r.asOf().toString());
    g.writeBooleanField("closed", r.closed());
    g.writeObjectFieldStart("ruleset");
    g.writeStringField("name", r.ruleset());
    g.writeStringField("version", r.rulesetVersion());
    g.writeStringField("digest", r.rulesetDigest());
    g.writeEndObject();
    g.writeStringField("libraryVersion", r.libraryVersion());
    g.writeStringField("inputSha256", entry.input().sha256());
    g.writeArrayFieldStart("policy");
    for (PolicyDifference d : r.policy()) {
      g.writeStartObject();
      g.writeStringField("rule", d.rule());
      g.writeStringField("setting", d.setting());
      g.writeStringField("from", d.from());
      g.writeStringField("to", d.to());
      g.writeEndObject();
    }
    g.writeEndArray();
    Voice voice = Words.dataVoice(r, r.sideLabels());
    g.writeArrayFieldStart("outcomes");
    for (Outcome o : r.outcomes()) {
      g.writeStartObject();
      g.writeStringField("rule", o.rule());
      g.writeStringField("status", o.status().name());
      // in the report's words, as the findings' messages are
      text(g, "reason", o.reason().map(why -> r.withoutAnonymous(o.reason(voice), r::fileId)));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("findings");
    for (Finding f : r.findings()) {
      finding(g, f, r, voice);
    }
    g.writeEndArray();
    measures(g, r.measures(), r.claimedLevel().map(Enum::name));
    heard(g, r);
    g.writeEndObject();
  }

  /**
   * What changed because of what people said, the check-ins as medians and counts, and the group's
   * responses: three lists, empty where the record holds none.
   */
  private static void heard(JsonGenerator g, Report r) throws IOException {
    g.writeArrayFieldStart("impacts");
    for (ReportedImpact i : r.impacts().map(i -> i.withoutAnonymous(r, r::fileId))) {
      g.writeStartObject();
      g.writeStringField("id", i.id());
      g.writeStringField("date", i.date().toString());
      g.writeStringField("change", i.change());
      g.writeStringField("outcome", i.outcome().name());
      text(g, "reason", i.reason());
      text(g, "decision", i.decision());
      text(g, "output", i.output());
      text(g, "toldOn", i.toldOn().map(Object::toString));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("checkIns");
    for (ReportedCheckIn c : r.checkIns()) {
      g.writeStartObject();
      g.writeStringField("round", c.round().toString());
      g.writeStringField("side", c.side().name());
      g.writeNumberField("respondents", c.respondents());
      number(g, "heard", c.heard());
      number(g, "influence", c.influence());
      number(g, "supported", c.supported());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("responses");
    for (ReportedResponse x : r.responses().map(x -> x.withoutAnonymous(r, r::fileId))) {
      g.writeStartObject();
      g.writeStringField("id", x.id());
      g.writeStringField("finding", x.finding());
      g.writeStringField("date", x.date().toString());
      text(g, "action", x.action());
      text(g, "owner", x.owner().map(r::fileId));
      text(g, "reviewBy", x.reviewBy().map(Object::toString));
      g.writeStringField("status", x.status().name());
      text(g, "reason", x.reason());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void finding(JsonGenerator g, Finding f, Report r, Voice voice)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("rule", f.rule());
    g.writeStringField("kind", f.kind());
    g.writeStringField("principle", f.principle().name());
    g.writeStringField("severity", f.severity().name());
    g.writeStringField("template", f.templateKey());
    g.writeObjectFieldStart("arguments");
    for (Argument a : f.arguments()) {
      g.writeFieldName(a.name());
      argument(g, a, r);
    }
    g.writeEndObject();
    g.writeStringField("message", Words.message(f, voice));
    // Sorted by id as written, so a file's subjects stay sorted with anonymous-N in them.
    Seq<Id> subjects = f.subjects().sortBy(id -> FindingsCsv.fileId(r, id));
    g.writeArrayFieldStart("subjects");
    for (Id id : subjects) {
      g.writeString(FindingsCsv.fileId(r, id));
    }
    g.writeEndArray();
    g.writeArrayFieldStart("subjectKinds");
    for (Id id : subjects) {
      g.writeString(kindOf(id));
    }
    g.writeEndArray();
    g.writeObjectFieldStart("evidence");
    for (Evidence e : f.evidence()) {
      g.writeFieldName(e.name());
      Object v = e.value();
      if (v instanceof Number n) {
        g.writeNumber(Numbers.text(n));
      } else if (v instanceof Boolean b) {
        g.writeBoolean(b);
      } else {
        g.writeString(r.withoutAnonymous(String.valueOf(v), r::fileId));
      }
    }
    g.writeEndObject();
    text(g, "fingerprint", r.fileFingerprint(f));
    text(g, "acknowledged", f.acknowledged().map(a -> r.withoutAnonymous(a, r::fileId)));
    text(g, "response", r.responseTo(f).map(ReportedResponse::id));
    g.writeEndObject();
  }

  /**
   * One argument of a finding's template, in a form as plain as its type allows: people by id (or
   * {@code anonymous-N}), sides and phases by their constant, numbers canonically, days as ISO
   * dates.
   */
  private static void argument(JsonGenerator g, Argument a, Report r) throws IOException {
    Object v = a.value();
    switch (a.type()) {
      case PERSON -> g.writeString(r.fileId((ParticipantId) v));
      case PEOPLE -> {
        g.writeStartArray();
        for (ParticipantId p : a.people()) {
          g.writeString(r.fileId(p));
        }
        g.writeEndArray();
      }
      case OUTPUT, DECISION, THING -> g.writeString(r.fileId((Id) v));
      case SIDE, PHASE -> g.writeString(((Enum<?>) v).name());
      case COUNT, SHARE, RATIO, HOURS, MONEY -> g.writeNumber(Numbers.text((Number) v));
      case DAY, TEXT -> g.writeString(v.toString());
    }
  }

  private static void measures(JsonGenerator g, Measures m, Option<String> claimed)
      throws IOException {
    g.writeObjectFieldStart("measures");
    side(g, "hoursShareBySide", m.hoursShareBySide());
    side(g, "moneyShareBySide", m.moneyShareBySide());
    side(g, "keyDecisionSayBySide", m.keyDecisionSayBySide());
    side(g, "paidHourShareBySide", m.paidHourShareBySide());
    side(g, "creditRateBySide", m.creditRateBySide());
    number(g, "giniHours", m.giniHours());
    number(g, "giniCredit", m.giniCredit());
    g.writeStringField("ladder", m.ladder().name());
    g.writeObjectFieldStart("ladderBasis");
    g.writeNumberField("countedKeyDecisions", m.ladderBasis().countedKeyDecisions());
    g.writeArrayFieldStart("stoppedBy");
    for (LadderBasis.Limit limit : m.ladderBasis().stoppedBy()) {
      g.writeString(limit.name());
    }
    g.writeEndArray();
    g.writeEndObject();
    text(g, "claimedLevel", claimed);
    g.writeEndObject();
  }

  private static void side(JsonGenerator g, String name, SideMeasure m) throws IOException {
    g.writeObjectFieldStart(name);
    number(g, "livedExperience", m.livedExperience());
    number(g, "professional", m.professional());
    g.writeEndObject();
  }

  private static void number(JsonGenerator g, String name, Option<Double> value)
      throws IOException {
    g.writeFieldName(name);
    if (value.isDefined()) {
      g.writeNumber(Numbers.text(value.get()));
    } else {
      g.writeNull();
    }
  }

  private static void text(JsonGenerator g, String name, Option<String> value) throws IOException {
    g.writeFieldName(name);
    if (value.isDefined()) {
      g.writeString(value.get());
    } else {
      g.writeNull();
    }
  }

  /** What an id names, as {@code subjectKinds} says it. */
  static String kindOf(Id id) {
    if (id instanceof ParticipantId) {
      return "participant";
    } else if (id instanceof OutputId) {
      return "output";
    } else if (id instanceof DecisionId) {
      return "decision";
    } else if (id instanceof ResourceId) {
      return "resource";
    } else if (id instanceof ContributionId) {
      return "contribution";
    } else if (id instanceof ProjectId) {
      return "project";
    } else if (id instanceof AgreementVersion) {
      return "agreement";
    } else if (id instanceof MeetingId) {
      return "meeting";
    } else if (id instanceof ImpactId) {
      return "impact";
    } else if (id instanceof ResponseId) {
      return "response";
    }
    throw new IllegalArgumentException(
        "an id of an unknown kind: " + id.getClass().getName().toLowerCase(Locale.ROOT));
  }
}
