package org.coprod.io.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.coprod.core.AgreementVersion;
import org.coprod.core.ContributionId;
import org.coprod.core.DecisionId;
import org.coprod.core.Id;
import org.coprod.core.ImpactId;
import org.coprod.core.ImpactOutcome;
import org.coprod.core.LadderStep;
import org.coprod.core.MeetingId;
import org.coprod.core.OutputId;
import org.coprod.core.ParticipantId;
import org.coprod.core.Problem;
import org.coprod.core.ProjectId;
import org.coprod.core.ResourceId;
import org.coprod.core.ResponseId;
import org.coprod.core.ResponseStatus;
import org.coprod.core.Side;
import org.coprod.rules.Argument;
import org.coprod.rules.Evidence;
import org.coprod.rules.Finding;
import org.coprod.rules.LadderBasis;
import org.coprod.rules.Measures;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Param;
import org.coprod.rules.PolicyDifference;
import org.coprod.rules.Principle;
import org.coprod.rules.Report;
import org.coprod.rules.ReportedCheckIn;
import org.coprod.rules.ReportedImpact;
import org.coprod.rules.ReportedResponse;
import org.coprod.rules.Severity;
import org.coprod.rules.SideMeasure;
import org.coprod.rules.Suggest;
import org.coprod.rules.Template;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON reports back: every problem at once, each with its path, line and column; a report is
 * built only from a file without problems.
 */
final class JsonReportReader {
  private static final JsonFactory JSON =
      JsonFactory.builder()
          .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .build();

  private static final List<String> TOP =
      List.of(
          "coprod",
          "project",
          "title",
          "asOf",
          "closed",
          "ruleset",
          "libraryVersion",
          "inputSha256",
          "policy",
          "outcomes",
          "findings",
          "measures",
          "impacts",
          "checkIns",
          "responses");
  private static final List<String> IMPACT =
      List.of("id", "date", "change", "outcome", "reason", "decision", "output", "toldOn");
  private static final List<String> CHECK_IN =
      List.of("round", "side", "respondents", "heard", "influence", "supported");
  private static final List<String> RESPONSE =
      List.of("id", "finding", "date", "action", "owner", "reviewBy", "status", "reason");
  private static final List<String> RULESET = List.of("name", "version", "digest");
  private static final List<String> POLICY = List.of("rule", "setting", "from", "to");
  private static final List<String> OUTCOME = List.of("rule", "status", "reason");
  private static final List<String> FINDING =
      List.of(
          "rule",
          "kind",
          "principle",
          "severity",
          "template",
          "arguments",
          "message",
          "subjects",
          "subjectKinds",
          "evidence",
          "fingerprint",
          "acknowledged",
          "response");
  private static final List<String> MEASURES =
      List.of(
          "hoursShareBySide",
          "moneyShareBySide",
          "keyDecisionSayBySide",
          "paidHourShareBySide",
          "creditRateBySide",
          "giniHours",
          "giniCredit",
          "ladder",
          "ladderBasis",
          "claimedLevel");
  private static final List<String> LADDER_BASIS = List.of("countedKeyDecisions", "stoppedBy");
  private static final List<String> SIDES = List.of("livedExperience", "professional");
  private static final List<String> SUBJECT_KINDS =
      List.of(
          "participant",
          "output",
          "decision",
          "resource",
          "contribution",
          "project",
          "agreement",
          "meeting",
          "impact",
          "response");

  private final String source;
  private final java.util.List<Problem> problems = new ArrayList<>();

  private JsonReportReader(String source) {
    this.source = source;
  }

  /** Reads one report object or an array of them. */
  static Validation<Seq<Problem>, Seq<JsonReport.Entry>> read(InputStream in, String source) {
    return new JsonReportReader(source).file(in);
  }

  private Validation<Seq<Problem>, Seq<JsonReport.Entry>> file(InputStream in) {
    java.util.List<JsonTree.Duplicate> duplicates = new ArrayList<>();
    JsonTree root;
    try (JsonParser p = JSON.createParser(in)) {
      if (p.nextToken() == null) {
        return invalid(
            Problem.of(Problem.Kind.MISSING, "", "the file is empty: a report is a JSON object"));
      }
      root = JsonTree.parse(p, duplicates);
      if (p.nextToken() != null) {
        JsonLocation at = p.currentTokenLocation();
        return invalid(
            Problem.of(
                    Problem.Kind.SYNTAX,
                    "",
                    "more follows the report; a file holds one object or one list of them")
                .at(at.getLineNr(), at.getColumnNr()));
      }
    } catch (StreamConstraintsException e) {
      return invalid(
          placed(
              Problem.of(
                  Problem.Kind.LIMIT_EXCEEDED,
                  "",
                  "the file is too deeply nested or holds a value too long"),
              e.getLocation()));
    } catch (JsonProcessingException e) {
      return invalid(
          placed(
              Problem.of(
                  Problem.Kind.SYNTAX, "", "this is not valid JSON: " + e.getOriginalMessage()),
              e.getLocation()));
    } catch (IOException e) {
      // The parser reports bad UTF-8 as a CharConversionException without a location.
      return invalid(Problem.of(Problem.Kind.SYNTAX, "", "the file cannot be read as UTF-8 JSON"));
    }
    for (JsonTree.Duplicate d : duplicates) {
      problem(
          Problem.Kind.DUPLICATE_ID,
          "",
          "the key '" + d.key() + "' appears twice in one object",
          d.line(),
          d.column());
    }
    java.util.List<JsonReport.Entry> out = new ArrayList<>();
    if (root.type() == JsonTree.Type.ARRAY) {
      int i = 0;
      for (JsonTree item : root.items()) {
        report(item, "[" + i++ + "]").forEach(out::add);
      }
    } else if (root.type() == JsonTree.Type.OBJECT) {
      report(root, "").forEach(out::add);
    } else {
      wrongType(root, "", "a report object or a list of them");
    }
    return problems.isEmpty()
        ? Validation.valid(List.ofAll(out))
        : Validation.invalid(List.ofAll(problems));
  }

  private Validation<Seq<Problem>, Seq<JsonReport.Entry>> invalid(Problem p) {
    return Validation.invalid(List.of(p.in(source)));
  }

  private static Problem placed(Problem p, @Nullable JsonLocation at) {
    return at == null || at.getLineNr() < 1
        ? p
        : p.at(at.getLineNr(), Math.max(1, at.getColumnNr()));
  }

  // One report -----------------------------------------------------------------------------

  private Option<JsonReport.Entry> report(JsonTree node, String path) {
    int before = problems.size();
    Map<String, JsonTree> f = object(node, path, TOP);
    if (f == null) {
      return Option.none();
    }
    Integer version = required(f, node, path, "coprod", this::integer);
    if (version != null
        && version != JsonReport.VERSION
        && version != JsonReport.PREVIOUS_VERSION) {
      JsonTree v = present(f, "coprod");
      problem(
          Problem.Kind.UNSUPPORTED_VERSION,
          at(path, "coprod"),
          "this is report format version "
              + version
              + "; this reader reads versions "
              + JsonReport.PREVIOUS_VERSION
              + " and "
              + JsonReport.VERSION,
          v.line(),
          v.column());
      return Option.none();
    }
    String project = required(f, node, path, "project", this::id);
    String title = required(f, node, path, "title", this::string);
    LocalDate asOf = required(f, node, path, "asOf", this::date);
    Boolean closed = required(f, node, path, "closed", this::bool);
    String[] ruleset = required(f, node, path, "ruleset", this::ruleset);
    String library = required(f, node, path, "libraryVersion", this::string);
    String digest = required(f, node, path, "inputSha256", this::digest);
    Seq<PolicyDifference> policy =
        required(f, node, path, "policy", (n, p) -> list(n, p, this::difference));
    Seq<Outcome0> outcomes =
        required(f, node, path, "outcomes", (n, p) -> list(n, p, this::outcome));
    Seq<Finding> findings =
        required(
            f,
            node,
            path,
            "findings",
            (n, p) ->
                list(
                    n,
                    p,
                    (fn, fp) ->
                        finding(
                            fn, fp, version != null && version == JsonReport.PREVIOUS_VERSION)));
    Measures0 measures = required(f, node, path, "measures", this::measures);
    // written since reports showed what changed, check-ins and responses: absent in older reports
    Seq<ReportedImpact> impacts = optionalList(f, path, "impacts", this::impact);
    Seq<ReportedCheckIn> checkIns = optionalList(f, path, "checkIns", this::checkIn);
    Seq<ReportedResponse> responses = optionalList(f, path, "responses", this::response);
    if (outcomes != null && findings != null) {
      consistent(outcomes, findings, present(f, "findings"), path);
    }
    if (problems.size() > before
        || project == null
        || title == null
        || asOf == null
        || closed == null
        || ruleset == null
        || library == null
        || digest == null
        || policy == null
        || outcomes == null
        || findings == null
        || measures == null
        || impacts == null
        || checkIns == null
        || responses == null) {
      return Option.none();
    }
    try {
      Report report =
          Report.builder()
              .project(ProjectId.of(project))
              .title(title)
              .asOf(asOf)
              .closed(closed)
              .ruleset(ruleset[0])
              .rulesetVersion(ruleset[1])
              .rulesetDigest(ruleset[2])
              .libraryVersion(library)
              .outcomes(outcomes.map(o -> o.build(findings)))
              .findings(findings)
              .measures(measures.measures)
              .claimedLevel(measures.claimed)
              .policy(policy)
              .anonymous(JsonReport.anonymousOf(findings))
              .fingerprintsKeyed(JsonReport.keyedOf(findings))
              .impacts(impacts)
              .checkIns(checkIns)
              .responses(responses)
              .build();
      return Option.some(JsonReport.Entry.of(report, new InputDigest(digest)));
    } catch (IllegalArgumentException | IllegalStateException e) {
      // Every invariant of a report is checked above; this is a last guard, so reading never
      // throws.
      problem(
          Problem.Kind.INVALID_VALUE,
          path,
          "the report does not hold together",
          node.line(),
          node.column());
      return Option.none();
    }
  }

  /** An outcome as read, before its findings are attached. */
  private record Outcome0(
      String rule, OutcomeStatus status, Option<String> reason, JsonTree node, String path) {
    Outcome build(Seq<Finding> all) {
      return Outcome.builder()
          .rule(rule)
          .status(status)
          .reason(reason)
          .findings(
              status == OutcomeStatus.FINDINGS
                  ? all.filter(f -> f.rule().equals(rule))
                  : List.empty())
          .build();
    }
  }

  /** Measures as read, with the claimed ladder step kept beside them. */
  private record Measures0(Measures measures, Option<LadderStep> claimed) {}

  /**
   * Checks the outcomes and findings agree: one outcome a rule; FINDINGS exactly for the rules with
   * findings; a reason where the status needs one.
   */
  private void consistent(
      Seq<Outcome0> outcomes, Seq<Finding> findings, JsonTree findingsNode, String path) {
    Map<String, Outcome0> byRule = new HashMap<>();
    for (Outcome0 o : outcomes) {
      if (byRule.putIfAbsent(o.rule(), o) != null) {
        problem(
            Problem.Kind.DUPLICATE_ID,
            o.path(),
            "a second outcome for rule '" + o.rule() + "'",
            o.node().line(),
            o.node().column());
      }
      boolean has = findings.exists(x -> x.rule().equals(o.rule()));
      if (o.status() == OutcomeStatus.FINDINGS && !has) {
        problem(
            Problem.Kind.INVALID_VALUE,
            o.path() + ".status",
            "rule '" + o.rule() + "' has status FINDINGS but no finding",
            o.node().line(),
            o.node().column());
      }
      if (o.status() != OutcomeStatus.FINDINGS && has) {
        problem(
            Problem.Kind.INVALID_VALUE,
            o.path() + ".status",
            "rule '" + o.rule() + "' has findings but status " + o.status(),
            o.node().line(),
            o.node().column());
      }
      boolean needsReason =
          o.status() == OutcomeStatus.NOT_APPLICABLE || o.status() == OutcomeStatus.ERROR;
      if (needsReason && o.reason().isEmpty()) {
        problem(
            Problem.Kind.MISSING,
            o.path() + ".reason",
            "an outcome " + o.status() + " needs a reason",
            o.node().line(),
            o.node().column());
      }
    }
    int i = 0;
    for (Finding x : findings) {
      if (!byRule.containsKey(x.rule())) {
        JsonTree item = findingsNode.items().get(i);
        problem(
            Problem.Kind.DANGLING_REFERENCE,
            at(path, "findings") + "[" + i + "].rule",
            "no outcome names rule '" + x.rule() + "'",
            item.line(),
            item.column());
      }
      i++;
    }
  }

  private String @Nullable [] ruleset(JsonTree node, String path) {
    Map<String, JsonTree> f = object(node, path, RULESET);
    if (f == null) {
      return null;
    }
    String name = required(f, node, path, "name", this::string);
    String version = required(f, node, path, "version", this::string);
    String digest = required(f, node, path, "digest", this::digest);
    return name == null || version == null || digest == null
        ? null
        : new String[] {name, version, digest};
  }

  private @Nullable PolicyDifference difference(JsonTree node, String path) {
    Map<String, JsonTree> f = object(node, path, POLICY);
    if (f == null) {
      return null;
    }
    String rule = required(f, node, path, "rule", this::string);
    String setting = required(f, node, path, "setting", this::string);
    String from = required(f, node, path, "from", this::string);
    String to = required(f, node, path, "to", this::string);
    return rule == null || setting == null || from == null || to == null
        ? null
        : new PolicyDifference(rule, setting, from, to);
  }

  private @Nullable Outcome0 outcome(JsonTree node, String path) {
    Map<String, JsonTree> f = object(node, path, OUTCOME);
    if (f == null) {
      return null;
    }
    String rule = required(f, node, path, "rule", this::string);
    OutcomeStatus status =
        required(f, node, path, "status", (n, p) -> constant(n, p, OutcomeStatus.class));
    Option<String> reason = nullable(f, node, path, "reason", this::string);
    return rule == null || status == null || reason == null
        ? null
        : new Outcome0(rule, status, reason, node, path);
  }

  private @Nullable Finding finding(JsonTree node, String path, boolean previous) {
    Map<String, JsonTree> f =
        object(node, path, previous ? FINDING.remove("template").remove("arguments") : FINDING);
    if (f == null) {
      return null;
    }
    int before = problems.size();
    String rule = required(f, node, path, "rule", this::string);
    String kind = required(f, node, path, "kind", this::string);
    Principle principle =
        required(f, node, path, "principle", (n, p) -> constant(n, p, Principle.class));
    Severity severity =
        required(f, node, path, "severity", (n, p) -> constant(n, p, Severity.class));
    String template = previous ? "" : required(f, node, path, "template", this::string);
    Seq<Argument> arguments =
        previous ? List.empty() : required(f, node, path, "arguments", this::arguments);
    String message = required(f, node, path, "message", this::string);
    Seq<String> subjects = required(f, node, path, "subjects", (n, p) -> list(n, p, this::id));
    Seq<String> kinds =
        required(
            f,
            node,
            path,
            "subjectKinds",
            (n, p) -> list(n, p, (k, q) -> among(k, q, SUBJECT_KINDS)));
    Seq<Evidence> evidence = required(f, node, path, "evidence", this::evidence);
    Option<String> fingerprint = nullable(f, node, path, "fingerprint", this::string);
    Option<String> acknowledged = nullable(f, node, path, "acknowledged", this::string);
    if (problems.size() > before
        || rule == null
        || kind == null
        || principle == null
        || severity == null
        || message == null
        || template == null
        || arguments == null
        || subjects == null
        || kinds == null
        || evidence == null
        || fingerprint == null
        || acknowledged == null) {
      return null;
    }
    if (subjects.size() != kinds.size()) {
      JsonTree k = present(f, "subjectKinds");
      problem(
          Problem.Kind.INVALID_VALUE,
          at(path, "subjectKinds"),
          "there are " + subjects.size() + " subjects but " + kinds.size() + " subject kinds",
          k.line(),
          k.column());
      return null;
    }
    java.util.List<Id> ids = new ArrayList<>();
    for (int i = 0; i < subjects.size(); i++) {
      Id id = subject(subjects.get(i), kinds.get(i));
      if (id == null) {
        JsonTree s = present(f, "subjects").items().get(i);
        problem(
            Problem.Kind.INVALID_VALUE,
            at(path, "subjects") + "[" + i + "]",
            "an agreement version is written 'agreement:' and its number",
            s.line(),
            s.column());
        return null;
      }
      ids.add(id);
    }
    String variant = "default";
    if (!previous) {
      String prefix = rule + "/" + kind + "/";
      if (!template.startsWith(prefix)
          || !template.substring(prefix.length()).matches("[a-z0-9]+(-[a-z0-9]+)*")) {
        JsonTree t = present(f, "template");
        problem(
            Problem.Kind.INVALID_VALUE,
            at(path, "template"),
            "a template is named by its rule, kind and variant: " + prefix + "variant",
            t.line(),
            t.column());
        return null;
      }
      variant = template.substring(prefix.length());
    }
    // A finding read back keeps its words, its template's name and its arguments, each typed by
    // the form it was written in (the rule's own types are not in the file).
    Finding finding =
        Finding.builder()
            .rule(rule)
            .kind(kind)
            .principle(principle)
            .severity(severity)
            .template(
                Template.recorded(
                    variant, message, arguments.map(a -> Param.of(a.name(), a.type()))))
            .arguments(arguments)
            .subjects(List.ofAll(ids))
            .evidence(evidence)
            .acknowledged(acknowledged)
            .build();
    if (fingerprint.exists(fp -> !fp.matches("[0-9a-f]{16}"))) {
      JsonTree fp = present(f, "fingerprint");
      problem(
          Problem.Kind.INVALID_VALUE,
          at(path, "fingerprint"),
          "a fingerprint is 16 hexadecimal digits in lower case",
          fp.line(),
          fp.column());
      return null;
    }
    // A fingerprint made with the project's key cannot be made again without it: it is kept as
    // written. One that the rule, kind and subjects give is theirs.
    Finding read =
        fingerprint
            .filter(fp -> !finding.fingerprint().equals(fp))
            .map(finding::withKeyedFingerprint)
            .getOrElse(finding);
    if (!finding.subjects().map(Id::value).equals(subjects)) {
      JsonTree s = present(f, "subjects");
      problem(
          Problem.Kind.INVALID_VALUE,
          at(path, "subjects"),
          "subjects are written sorted by id",
          s.line(),
          s.column());
      return null;
    }
    return read;
  }

  static @Nullable Id subject(String value, String kind) {
    return switch (kind) {
      case "participant" -> ParticipantId.of(value);
      case "output" -> OutputId.of(value);
      case "decision" -> DecisionId.of(value);
      case "resource" -> ResourceId.of(value);
      case "contribution" -> ContributionId.of(value);
      case "project" -> ProjectId.of(value);
      case "meeting" -> MeetingId.of(value);
      case "impact" -> ImpactId.of(value);
      case "response" -> ResponseId.of(value);
      default ->
          value.matches("agreement:[0-9]{1,9}")
              ? AgreementVersion.of(Integer.parseInt(value.substring("agreement:".length())))
              : null;
    };
  }

  private @Nullable Seq<Evidence> evidence(JsonTree node, String path) {
    if (node.type() != JsonTree.Type.OBJECT) {
      wrongType(node, path, "an object of named values");
      return null;
    }
    java.util.List<Evidence> out = new ArrayList<>();
    boolean ok = true;
    for (Map.Entry<String, JsonTree> e : node.fields().entrySet()) {
      JsonTree v = e.getValue();
      switch (v.type()) {
        case NUMBER -> {
          Number n = number(v.text());
          if (n == null) {
            problem(
                Problem.Kind.INVALID_VALUE,
                at(path, e.getKey()),
                "the number is out of range",
                v.line(),
                v.column());
            ok = false;
          } else {
            out.add(Evidence.of(e.getKey(), n));
          }
        }
        case STRING -> out.add(Evidence.of(e.getKey(), v.text()));
        case BOOLEAN -> out.add(Evidence.of(e.getKey(), v.bool()));
        default -> {
          wrongType(v, at(path, e.getKey()), "a number, true or false, or text");
          ok = false;
        }
      }
    }
    return ok ? List.ofAll(out) : null;
  }

  private @Nullable Measures0 measures(JsonTree node, String path) {
    Map<String, JsonTree> f = object(node, path, MEASURES);
    if (f == null) {
      return null;
    }
    SideMeasure hours = required(f, node, path, "hoursShareBySide", this::side);
    SideMeasure money = required(f, node, path, "moneyShareBySide", this::side);
    SideMeasure say = required(f, node, path, "keyDecisionSayBySide", this::side);
    SideMeasure paid = required(f, node, path, "paidHourShareBySide", this::side);
    SideMeasure credit = required(f, node, path, "creditRateBySide", this::side);
    Option<Double> giniHours = nullable(f, node, path, "giniHours", this::number);
    Option<Double> giniCredit = nullable(f, node, path, "giniCredit", this::number);
    LadderStep ladder =
        required(f, node, path, "ladder", (n, p) -> constant(n, p, LadderStep.class));
    LadderBasis basis = required(f, node, path, "ladderBasis", this::ladderBasis);
    Option<LadderStep> claimed =
        nullable(f, node, path, "claimedLevel", (n, p) -> constant(n, p, LadderStep.class));
    if (hours == null
        || money == null
        || say == null
        || paid == null
        || credit == null
        || giniHours == null
        || giniCredit == null
        || ladder == null
        || basis == null
        || claimed == null) {
      return null;
    }
    return new Measures0(
        new Measures(hours, money, say, paid, credit, giniHours, giniCredit, ladder, basis),
        claimed);
  }

  private @Nullable LadderBasis ladderBasis(JsonTree node, String path) {
    Map<String, JsonTree> f = object(node, path, LADDER_BASIS);
    if (f == null) {
      return null;
    }
    Integer counted = required(f, node, path, "countedKeyDecisions", this::integer);
    Seq<LadderBasis.Limit> stoppedBy =
        required(
            f,
            node,
            path,
            "stoppedBy",
            (n, p) -> list(n, p, (m, q) -> constant(m, q, LadderBasis.Limit.class)));
    if (counted == null || stoppedBy == null) {
      return null;
    }
    if (counted < 0) {
      JsonTree at = present(f, "countedKeyDecisions");
      problem(
          Problem.Kind.NEGATIVE,
          at(path, "countedKeyDecisions"),
          "a count of decisions is not negative",
          at.line(),
          at.column());
      return null;
    }
    return new LadderBasis(counted, stoppedBy);
  }

  private @Nullable SideMeasure side(JsonTree node, String path) {
    Map<String, JsonTree> f = object(node, path, SIDES);
    if (f == null) {
      return null;
    }
    Option<Double> le = nullable(f, node, path, "livedExperience", this::number);
    Option<Double> pro = nullable(f, node, path, "professional", this::number);
    return le == null || pro == null ? null : new SideMeasure(le, pro);
  }

  // Values ---------------------------------------------------------------------------------

  /** The fields of an object, after reporting keys it should not have; null if it is not one. */
  private @Nullable Map<String, JsonTree> object(JsonTree node, String path, List<String> known) {
    if (node.type() != JsonTree.Type.OBJECT) {
      wrongType(node, path, "an object");
      return null;
    }
    for (Map.Entry<String, JsonTree> e : node.fields().entrySet()) {
      String key = e.getKey();
      if (!known.contains(key) && !key.startsWith("x-")) {
        JsonTree v = e.getValue();
        problem(
            Problem.Kind.UNKNOWN_KEY,
            at(path, key),
            "a report has no key '"
                + key
                + "'"
                + Suggest.nearest(key, known).map(s -> "; did you mean '" + s + "'?").getOrElse(""),
            v.line(),
            v.column());
      }
    }
    return node.fields();
  }

  /** A list that older reports lack: empty when absent, null (with a problem) when wrong. */
  private <T> @Nullable Seq<T> optionalList(
      Map<String, JsonTree> fields, String path, String key, Value<T> item) {
    JsonTree v = fields.get(key);
    if (v == null) {
      return io.vavr.collection.List.empty();
    }
    return list(v, at(path, key), item);
  }

  private @Nullable ReportedImpact impact(JsonTree node, String path) {
    Map<String, JsonTree> f = object(node, path, IMPACT);
    if (f == null) {
      return null;
    }
    String id = required(f, node, path, "id", this::id);
    LocalDate date = required(f, node, path, "date", this::date);
    String change = required(f, node, path, "change", this::string);
    ImpactOutcome outcome =
        required(f, node, path, "outcome", (n, p) -> constant(n, p, ImpactOutcome.class));
    Option<String> reason = nullable(f, node, path, "reason", this::string);
    Option<String> decision = nullable(f, node, path, "decision", this::id);
    Option<String> output = nullable(f, node, path, "output", this::id);
    Option<LocalDate> toldOn = nullable(f, node, path, "toldOn", this::date);
    if (id == null
        || date == null
        || change == null
        || outcome == null
        || reason == null
        || decision == null
        || output == null
        || toldOn == null) {
      return null;
    }
    return ReportedImpact.builder()
        .id(id)
        .date(date)
        .change(change)
        .outcome(outcome)
        .reason(reason)
        .decision(decision)
        .output(output)
        .toldOn(toldOn)
        .build();
  }

  private @Nullable ReportedCheckIn checkIn(JsonTree node, String path) {
    Map<String, JsonTree> f = object(node, path, CHECK_IN);
    if (f == null) {
      return null;
    }
    LocalDate round = required(f, node, path, "round", this::date);
    Side side = required(f, node, path, "side", (n, p) -> constant(n, p, Side.class));
    Integer respondents = required(f, node, path, "respondents", this::integer);
    Option<Double> heard = nullable(f, node, path, "heard", this::number);
    Option<Double> influence = nullable(f, node, path, "influence", this::number);
    Option<Double> supported = nullable(f, node, path, "supported", this::number);
    if (round == null
        || side == null
        || respondents == null
        || heard == null
        || influence == null
        || supported == null) {
      return null;
    }
    return ReportedCheckIn.builder()
        .round(round)
        .side(side)
        .respondents(respondents)
        .heard(heard)
        .influence(influence)
        .supported(supported)
        .build();
  }

  private @Nullable ReportedResponse response(JsonTree node, String path) {
    Map<String, JsonTree> f = object(node, path, RESPONSE);
    if (f == null) {
      return null;
    }
    String id = required(f, node, path, "id", this::id);
    String finding = required(f, node, path, "finding", this::string);
    LocalDate date = required(f, node, path, "date", this::date);
    Option<String> action = nullable(f, node, path, "action", this::string);
    // who carries it: written since reports said so; absent in reports written before, as no one
    Option<ParticipantId> owner =
        f.containsKey("owner")
            ? nullable(f, node, path, "owner", this::participant)
            : Option.none();
    Option<LocalDate> reviewBy = nullable(f, node, path, "reviewBy", this::date);
    ResponseStatus status =
        required(f, node, path, "status", (n, p) -> constant(n, p, ResponseStatus.class));
    Option<String> reason = nullable(f, node, path, "reason", this::string);
    if (id == null
        || finding == null
        || date == null
        || action == null
        || owner == null
        || reviewBy == null
        || status == null
        || reason == null) {
      return null;
    }
    return ReportedResponse.builder()
        .id(id)
        .finding(finding)
        .date(date)
        .action(action)
        .owner(owner)
        .reviewBy(reviewBy)
        .status(status)
        .reason(reason)
        .build();
  }

  /** A value that must be there and not null; null (with a problem) when it is missing or wrong. */
  /** A key {@link #required} has read a value of, which is therefore there. */
  private static JsonTree present(Map<String, JsonTree> fields, String key) {
    return Objects.requireNonNull(fields.get(key), "a key read as required is present");
  }

  private <T> @Nullable T required(
      Map<String, JsonTree> fields, JsonTree parent, String path, String key, Value<T> reader) {
    JsonTree v = fields.get(key);
    if (v == null || v.type() == JsonTree.Type.NULL) {
      JsonTree where = v == null ? parent : v;
      problem(
          Problem.Kind.MISSING,
          at(path, key),
          "'" + key + "' is missing",
          where.line(),
          where.column());
      return null;
    }
    return reader.read(v, at(path, key));
  }

  /**
   * A value that may be null: none for null, some for a good value, null (with a problem) when it
   * is missing or wrong. The key itself must be there, so a report's shape stays fixed.
   */
  private <T> @Nullable Option<T> nullable(
      Map<String, JsonTree> fields, JsonTree parent, String path, String key, Value<T> reader) {
    JsonTree v = fields.get(key);
    if (v == null) {
      problem(
          Problem.Kind.MISSING,
          at(path, key),
          "'" + key + "' is missing (null where there is none)",
          parent.line(),
          parent.column());
      return null;
    }
    if (v.type() == JsonTree.Type.NULL) {
      return Option.none();
    }
    T value = reader.read(v, at(path, key));
    return value == null ? null : Option.some(value);
  }

  /** Reads one value at a path; null (with a problem) when it is wrong. */
  @FunctionalInterface
  private interface Value<T> {
    @Nullable T read(JsonTree node, String path);
  }

  private <T> @Nullable Seq<T> list(JsonTree node, String path, Value<T> item) {
    if (node.type() != JsonTree.Type.ARRAY) {
      wrongType(node, path, "a list");
      return null;
    }
    java.util.List<T> out = new ArrayList<>();
    boolean ok = true;
    int i = 0;
    for (JsonTree n : node.items()) {
      T v = item.read(n, path + "[" + i++ + "]");
      if (v == null) {
        ok = false;
      } else {
        out.add(v);
      }
    }
    return ok ? List.ofAll(out) : null;
  }

  /** A finding's template arguments, typed by the form each was written in. */
  private @Nullable Seq<Argument> arguments(JsonTree node, String path) {
    if (node.type() != JsonTree.Type.OBJECT) {
      wrongType(node, path, "an object of named values");
      return null;
    }
    java.util.List<Argument> out = new ArrayList<>();
    for (Map.Entry<String, JsonTree> e : node.fields().entrySet()) {
      JsonTree v = e.getValue();
      String name = e.getKey();
      try {
        switch (v.type()) {
          case NUMBER -> out.add(JsonReport.number(name, v.text()));
          case STRING -> out.add(JsonReport.written(name, v.text()));
          case ARRAY -> {
            java.util.List<ParticipantId> people = new ArrayList<>();
            for (JsonTree item : v.items()) {
              if (item.type() != JsonTree.Type.STRING) {
                throw new IllegalArgumentException("a list of people holds ids");
              }
              people.add(ParticipantId.of(item.text()));
            }
            out.add(Argument.people(name, people));
          }
          default -> throw new IllegalArgumentException("not an argument");
        }
      } catch (IllegalArgumentException | ArithmeticException bad) {
        problem(
            Problem.Kind.INVALID_VALUE,
            at(path, name),
            "an argument is a number, text or a list of people's ids",
            v.line(),
            v.column());
        return null;
      }
    }
    return List.ofAll(out);
  }

  private @Nullable String string(JsonTree node, String path) {
    if (node.type() != JsonTree.Type.STRING) {
      wrongType(node, path, "text");
      return null;
    }
    return node.text();
  }

  private @Nullable String id(JsonTree node, String path) {
    String s = string(node, path);
    if (s != null && s.isBlank()) {
      problem(
          Problem.Kind.INVALID_VALUE, path, "an id must not be blank", node.line(), node.column());
      return null;
    }
    return s;
  }

  private @Nullable ParticipantId participant(JsonTree node, String path) {
    String s = id(node, path);
    if (s != null && Id.isBlank(s)) {
      problem(
          Problem.Kind.INVALID_VALUE, path, "an id must not be blank", node.line(), node.column());
      return null;
    }
    return s == null ? null : ParticipantId.of(s);
  }

  private @Nullable String among(JsonTree node, String path, List<String> allowed) {
    String s = string(node, path);
    if (s != null && !allowed.contains(s)) {
      problem(
          Problem.Kind.INVALID_VALUE,
          path,
          "'" + shortened(s) + "' is not one of " + allowed.mkString(", "),
          node.line(),
          node.column());
      return null;
    }
    return s;
  }

  private @Nullable String digest(JsonTree node, String path) {
    String s = string(node, path);
    if (s != null && !s.matches("[0-9a-f]{64}")) {
      problem(
          Problem.Kind.INVALID_VALUE,
          path,
          "a SHA-256 digest is 64 lower-case hexadecimal digits",
          node.line(),
          node.column());
      return null;
    }
    return s;
  }

  private @Nullable Boolean bool(JsonTree node, String path) {
    if (node.type() != JsonTree.Type.BOOLEAN) {
      wrongType(node, path, "true or false");
      return null;
    }
    return (Boolean) node.value();
  }

  private @Nullable Integer integer(JsonTree node, String path) {
    Number n = node.type() == JsonTree.Type.NUMBER ? number(node.text()) : null;
    if (!(n instanceof Integer i)) {
      wrongType(node, path, "a whole number");
      return null;
    }
    return i;
  }

  /** A number as reading gives it, or null when its exponent is beyond any decimal's. */
  private static @Nullable Number number(String text) {
    try {
      return Numbers.value(text);
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  private @Nullable Double number(JsonTree node, String path) {
    if (node.type() != JsonTree.Type.NUMBER) {
      wrongType(node, path, "a number");
      return null;
    }
    double d = Double.parseDouble(node.text());
    if (!Double.isFinite(d)) {
      problem(
          Problem.Kind.INVALID_VALUE, path, "the number is too large", node.line(), node.column());
      return null;
    }
    return d;
  }

  private @Nullable LocalDate date(JsonTree node, String path) {
    String s = string(node, path);
    if (s == null) {
      return null;
    }
    try {
      if (s.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        return LocalDate.parse(s);
      }
    } catch (DateTimeParseException e) {
      // reported below, with the other malformed dates
    }
    problem(
        Problem.Kind.INVALID_VALUE,
        path,
        "'" + shortened(s) + "' is not a date YYYY-MM-DD",
        node.line(),
        node.column());
    return null;
  }

  private <E extends Enum<E>> @Nullable E constant(JsonTree node, String path, Class<E> type) {
    String s = string(node, path);
    if (s == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s)) {
        return e;
      }
    }
    problem(
        Problem.Kind.INVALID_VALUE,
        path,
        "'"
            + shortened(s)
            + "' is not one of "
            + List.of(type.getEnumConstants()).map(Enum::name).mkString(", "),
        node.line(),
        node.column());
    return null;
  }

  private void wrongType(JsonTree node, String path, String wanted) {
    problem(
        Problem.Kind.WRONG_TYPE,
        path,
        "expected " + wanted + ", found " + node.type().words,
        node.line(),
        node.column());
  }

  private void problem(Problem.Kind kind, String path, String message, int line, int column) {
    Problem p = Problem.of(kind, path, message).in(source);
    problems.add(line > 0 ? p.at(line, Math.max(1, column)) : p);
  }

  private static String at(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static String shortened(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
