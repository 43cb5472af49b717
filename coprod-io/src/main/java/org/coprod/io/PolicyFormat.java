package org.coprod.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.Reader;
import java.util.HashSet;
import java.util.Set;
import org.coprod.core.Problem;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Parameter;
import org.coprod.rules.Policy;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Rulebook;
import org.coprod.rules.Severity;
import org.coprod.rules.SideLabels;
import org.coprod.rules.Suggest;
import org.jspecify.annotations.Nullable;

/**
 * The policy file format, version 1, and its reading: a version key, then the settings of each rule
 * by its id. Most of its keys are names the rulebook gives (rules, their parameters, their kinds of
 * finding), so its mappings are read here key by key against the rulebook rather than as the fixed
 * {@link Shape}s of a project file; the cursor, scalars and nearest-key suggestions are the project
 * reader's. Every setting read goes straight into one {@link Policy.Builder}, which is built only
 * when the whole file gave no problem.
 */
final class PolicyFormat {
  private PolicyFormat() {}

  /** The format version this library reads and writes. */
  static final int VERSION = 1;

  /** The key that leads a policy file and gives its format version. */
  static final String VERSION_KEY = "coprod-policy";

  /** The key that leads a project file: a policy file is not one. */
  private static final String PROJECT_VERSION_KEY = "coprod";

  static final String RULES = "rules";

  /** The key of the majority voice, the one setting every rule and the ladder share. */
  static final String MAJORITY_VOICE = Policy.MAJORITY_VOICE_SETTING;

  /** The majority voice read as a parameter is read: a share of the deciders, from 0 to 1. */
  private static final Parameter<Double> MAJORITY_VOICE_VALUE =
      Parameter.share(
          MAJORITY_VOICE,
          Policy.MAJORITY_VOICE,
          "under majority rule, the least share of the deciders that gives a side a say",
          "Kanter (1977): a tilted group's minority is about 35%");

  /** The rule that held the majority voice as its parameter before it became the rulebook's. */
  private static final String FORMER_HOLDER = "decision-share";

  /** The key of the side labels: what the group calls the two sides in its reports. */
  static final String LABELS = "labels";

  /** The key of the lived-experience side's label. */
  static final String LIVED_EXPERIENCE = "livedExperience";

  /** The key of the professional side's label. */
  static final String PROFESSIONAL = "professional";

  /** The key of the words for one person of the lived-experience side. */
  static final String LIVED_EXPERIENCE_ONE = "livedExperienceOne";

  /** The key of the words for one person of the professional side. */
  static final String PROFESSIONAL_ONE = "professionalOne";

  /** The keys of the side labels, in the order they are written. */
  private static final java.util.List<String> LABEL_KEYS =
      java.util.List.of(LIVED_EXPERIENCE, PROFESSIONAL, LIVED_EXPERIENCE_ONE, PROFESSIONAL_ONE);

  static final String ENABLED = "enabled";
  static final String PARAMETERS = "parameters";
  static final String SEVERITY = "severity";
  static final String SEVERITIES = "severities";

  /** The keys of a rule's settings, in the order they are written. */
  static final java.util.List<String> SETTINGS =
      java.util.List.of(ENABLED, PARAMETERS, SEVERITY, SEVERITIES);

  /**
   * Words longer than this are not compared with known ones: no id is this long, and comparing
   * costs their length.
   */
  private static final int LONGEST_SUGGESTED = 100;

  /** The format version: refuses a newer one at once, since its keys may mean other things. */
  private static final Value<Integer> FORMAT_VERSION =
      in -> {
        Integer version = in.scalar("a format version", Value.Expect.NUMBER, false, Scalars::whole);
        if (version == null) {
          return null;
        }
        if (version > VERSION) {
          in.problem(
              Problem.Kind.UNSUPPORTED_VERSION,
              "the policy file is in format version "
                  + version
                  + "; this reader reads version "
                  + VERSION);
          throw new Stop(true);
        }
        if (version < 1) {
          in.problem(
              Problem.Kind.INVALID_VALUE,
              "format versions start at 1; this reader reads version " + VERSION);
          return null;
        }
        return version;
      };

  private static final Value<Severity> SEVERITY_VALUE =
      Value.scalar(
          "a severity",
          Value.Expect.ANY_SCALAR,
          false,
          t -> Scalars.constant(Severity.class, "a severity", t));

  /**
   * Reads a policy file for a rulebook; never throws for bad input. The input is not closed.
   *
   * @return the policy, or every problem found (without their source, which the caller adds)
   */
  static Validation<Seq<Problem>, Policy> read(
      Reader text, Format format, ReadLimits limits, Rulebook rulebook) {
    return read(text, format, limits, rulebook, w -> {});
  }

  /**
   * As {@link #read(Reader, Format, ReadLimits, Rulebook)}, giving to {@code warnings} what was
   * read but has since changed (a rule named by a former id, the majority voice set as a parameter
   * of {@code decision-share}), once the whole file is read without a problem.
   */
  static Validation<Seq<Problem>, Policy> read(
      Reader text,
      Format format,
      ReadLimits limits,
      Rulebook rulebook,
      java.util.function.Consumer<Problem> warnings) {
    java.util.List<Problem> warned = new java.util.ArrayList<>();
    JsonParser parser;
    try {
      parser =
          format == Format.JSON
              ? Readers.json(limits).createParser(text)
              : Readers.yaml(limits).createParser(text);
    } catch (IOException | RuntimeException e) {
      return Validation.invalid(
          List.of(
              Problem.of(
                  Problem.Kind.SYNTAX,
                  "",
                  "the file cannot be read (" + e.getClass().getSimpleName() + ")")));
    }
    Cursor in = new Cursor(parser, limits, new PositionIndex(), format == Format.YAML);
    Policy.Builder out = Policy.builder();
    boolean alone = false;
    try {
      if (in.next() == null) {
        in.problemAt(
            Problem.Kind.SYNTAX,
            "",
            "the file is empty; a policy file begins with " + VERSION_KEY + ": " + VERSION,
            1,
            1);
      } else {
        top(in, rulebook, out, warned);
        if (in.next() != null) {
          in.problem(
              Problem.Kind.SYNTAX, "the file goes on after the policy: a file holds one policy");
        }
      }
    } catch (Stop stop) {
      alone = stop.alone();
      if (!alone && format == Format.YAML) {
        forgetSwallowed(in);
      }
    } catch (RuntimeException e) {
      // every value is checked where it is read; a safety net, so reading never throws
      try {
        in.problem(
            Problem.Kind.SYNTAX,
            "the file cannot be read here (" + e.getClass().getSimpleName() + ")");
      } catch (Stop full) {
        // the problem is recorded; there were too many before it
      }
    } finally {
      try {
        parser.close();
      } catch (IOException | RuntimeException e) {
        // nothing to release that matters: the input is the caller's
      }
    }
    java.util.List<Problem> found = in.problems();
    if (found.isEmpty()) {
      warned.forEach(warnings);
      try {
        return Validation.valid(out.build());
      } catch (RuntimeException e) {
        // every setting was checked as it was read; a safety net all the same
        return Validation.invalid(
            List.of(
                Problem.of(
                    Problem.Kind.INVALID_VALUE,
                    "",
                    "the policy cannot be built (" + e.getClass().getSimpleName() + ")")));
      }
    }
    return Validation.invalid(alone ? List.of(found.get(found.size() - 1)) : List.ofAll(found));
  }

  // ---- mappings of names

  /** What to do with one key of a mapping whose keys are names: read its value, all of it. */
  @FunctionalInterface
  private interface Entry {
    void read(String key);
  }

  /**
   * Reads a mapping whose keys are names (of rules, parameters, kinds), each once; the path holds
   * the key while its entry is read, and the cursor is at the key.
   *
   * @return a mark that the mapping was read (problems inside it are on the cursor), or null if it
   *     is not a mapping
   */
  private static @Nullable Boolean entries(Cursor in, String noun, Entry entry) {
    if (in.token() != JsonToken.START_OBJECT) {
      in.wrongType("a mapping (" + noun + ")");
      return null;
    }
    Set<String> seen = new HashSet<>();
    while (in.next() == JsonToken.FIELD_NAME) {
      String key = in.text();
      in.push(key);
      if (seen.add(key)) {
        entry.read(key);
      } else {
        in.problem(
            Problem.Kind.SYNTAX, "'" + Scalars.shortened(key) + "' appears twice in " + noun);
        in.next();
        in.skipValue();
      }
      in.pop();
    }
    return Boolean.TRUE;
  }

  /** Moves to the value of the current key; false, with a problem, when it is empty. */
  private static boolean value(Cursor in, String key) {
    in.next();
    if (isEmpty(in)) {
      in.problem(Problem.Kind.MISSING, "'" + Scalars.shortened(key) + "' needs a value");
      return false;
    }
    return true;
  }

  /**
   * Whether the current value is nothing: a null, or empty text (a YAML key with nothing after it
   * comes as empty text).
   */
  private static boolean isEmpty(Cursor in) {
    JsonToken t = in.token();
    return t == JsonToken.VALUE_NULL || (t == JsonToken.VALUE_STRING && in.text().isEmpty());
  }

  /** Reports a key and reads past its value. */
  private static void refuse(Cursor in, Problem.Kind kind, String message) {
    in.problem(kind, message);
    in.next();
    in.skipValue();
  }

  /**
   * After a YAML syntax error, forgets the problems of the last value read before it: a plain
   * scalar runs on over the lines after it until the parser sees the error ({@code {share: 0.4}}
   * with its brace left out takes in the next line), so what was wrong with that value is the
   * error's doing. The error itself, the last problem, stays.
   */
  private static void forgetSwallowed(Cursor in) {
    java.util.List<Problem> found = in.problems();
    if (found.size() < 2 || found.get(found.size() - 1).kind() != Problem.Kind.SYNTAX) {
      return;
    }
    Option<Integer> line = Option.some(in.line());
    Option<Integer> column = Option.some(in.column());
    for (int i = found.size() - 2;
        i >= 0 && found.get(i).line().equals(line) && found.get(i).column().equals(column);
        i--) {
      found.remove(i);
    }
  }

  // ---- the file, its rules and their settings

  /**
   * The top mapping of a file: its version, required, and its rules. A project file's version key
   * stops reading at once: the file is not a policy, and every other key of it would be a problem.
   */
  private static void top(
      Cursor in, Rulebook rulebook, Policy.Builder out, java.util.List<Problem> warned) {
    int line = in.line();
    int column = in.column();
    boolean[] versioned = {false};
    Boolean read =
        entries(
            in,
            "a policy file",
            key -> {
              switch (key) {
                case VERSION_KEY -> {
                  versioned[0] = true;
                  if (value(in, key)) {
                    FORMAT_VERSION.read(in);
                  }
                }
                case RULES -> {
                  in.next();
                  // rules set to nothing are no rules: the default policy
                  if (!isEmpty(in)) {
                    rules(in, rulebook, out, warned);
                  }
                }
                case MAJORITY_VOICE -> {
                  if (value(in, key)) {
                    majorityVoice(in, out);
                  }
                }
                case LABELS -> {
                  if (value(in, key)) {
                    labels(in, out);
                  }
                }
                case PROJECT_VERSION_KEY -> {
                  in.problem(
                      Problem.Kind.UNKNOWN_KEY,
                      "'"
                          + PROJECT_VERSION_KEY
                          + "' leads a project file, not a policy file; "
                          + "a policy file begins with "
                          + VERSION_KEY
                          + ": "
                          + VERSION);
                  throw new Stop(true);
                }
                default -> {
                  if (key.startsWith(Shape.APPLICATION_PREFIX)) {
                    in.next();
                    in.skipValue();
                  } else {
                    String nearest =
                        NearestKey.among(
                            key, java.util.List.of(VERSION_KEY, RULES, MAJORITY_VOICE, LABELS));
                    // a mistyped version key is reported once, as mistyped, not also as missing
                    versioned[0] |=
                        nearest.equals(VERSION_KEY) && NearestKey.isTypo(key, VERSION_KEY);
                    refuse(
                        in,
                        Problem.Kind.UNKNOWN_KEY,
                        "'"
                            + Scalars.shortened(key)
                            + "' is not a key of a policy file; did you mean '"
                            + nearest
                            + "'?");
                  }
                }
              }
            });
    if (read != null && !versioned[0]) {
      in.problemAt(
          Problem.Kind.MISSING,
          VERSION_KEY,
          "'"
              + VERSION_KEY
              + "' is missing; a policy file begins with "
              + VERSION_KEY
              + ": "
              + VERSION,
          line,
          column);
    }
  }

  /** The majority voice: a share of the deciders, from 0 to 1. */
  private static void majorityVoice(Cursor in, Policy.Builder out) {
    Object value = parameterValue(in, MAJORITY_VOICE_VALUE);
    if (value instanceof Double share) {
      out.majorityVoice(share);
    }
  }

  /**
   * The side labels: {@code livedExperience} and {@code professional}, each one line of 1 to
   * {@value SideLabels#MAX_LENGTH} characters; either may be left out, and keeps its default. The
   * two may not be the same words, or a report could not tell the sides apart. {@code
   * livedExperienceOne} and {@code professionalOne} give the words for one person of a side (at
   * most {@value SideLabels#MAX_ONE_LENGTH} characters), each only beside its side's label: left
   * out, they are {@linkplain SideLabels#singular made from the label}.
   */
  private static void labels(Cursor in, Policy.Builder out) {
    int line = in.line();
    int column = in.column();
    String path = in.path();
    String[] given = new String[4];
    Boolean read =
        entries(
            in,
            "the side labels",
            key -> {
              int side = LABEL_KEYS.indexOf(key);
              if (side < 0) {
                if (key.startsWith(Shape.APPLICATION_PREFIX)) {
                  in.next();
                  in.skipValue();
                } else {
                  refuse(
                      in,
                      Problem.Kind.UNKNOWN_KEY,
                      "'"
                          + Scalars.shortened(key)
                          + "' is not a side; did you mean '"
                          + NearestKey.among(key, LABEL_KEYS)
                          + "'?");
                }
                return;
              }
              if (value(in, key)) {
                given[side] =
                    in.scalar(
                        "a label",
                        Value.Expect.ANY_SCALAR,
                        false,
                        side < 2 ? PolicyFormat::label : PolicyFormat::labelForOne);
              }
            });
    if (read == null) {
      return;
    }
    for (int side = 0; side < 2; side++) {
      if (given[side + 2] != null && given[side] == null) {
        in.problemAt(
            Problem.Kind.MISSING,
            path,
            "'"
                + LABEL_KEYS.get(side + 2)
                + "' gives the words for one person of the side '"
                + LABEL_KEYS.get(side)
                + "' names: give '"
                + LABEL_KEYS.get(side)
                + "' too",
            line,
            column);
        return;
      }
    }
    if (given[0] == null && given[1] == null) {
      // a mapping with no side in it says nothing: the defaults stand, as with labels left out
      return;
    }
    String lived = given[0] == null ? SideLabels.defaults().livedExperience() : given[0];
    String professional = given[1] == null ? SideLabels.defaults().professional() : given[1];
    if (lived.equals(professional)) {
      in.problemAt(
          Problem.Kind.INVALID_VALUE,
          path,
          "the two sides need different labels, or a report could not tell them apart",
          line,
          column);
      return;
    }
    out.labels(
        SideLabels.of(
            lived,
            professional,
            given[2] == null ? SideLabels.singular(lived) : given[2],
            given[3] == null ? SideLabels.singular(professional) : given[3]));
  }

  /** A side label: one line of 1 to {@value SideLabels#MAX_LENGTH} characters, trimmed. */
  private static String label(String text) throws BadValue {
    String label = text.strip();
    if (label.isEmpty()) {
      throw BadValue.because(Problem.Kind.MISSING, "a label needs some words");
    }
    if (label.chars().anyMatch(Character::isISOControl)) {
      throw BadValue.because(
          Problem.Kind.INVALID_VALUE, "a label is one line, with no control characters");
    }
    if (label.length() > SideLabels.MAX_LENGTH) {
      throw BadValue.because(
          Problem.Kind.INVALID_VALUE,
          "a label is at most "
              + SideLabels.MAX_LENGTH
              + " characters, so reports still line up; this one has "
              + label.length());
    }
    return label;
  }

  /**
   * The words for one person of a side: one line of 1 to {@value SideLabels#MAX_ONE_LENGTH}
   * characters, trimmed.
   */
  private static String labelForOne(String text) throws BadValue {
    String words = text.strip();
    if (words.isEmpty()) {
      throw BadValue.because(Problem.Kind.MISSING, "the words for one person need some words");
    }
    if (words.chars().anyMatch(Character::isISOControl)) {
      throw BadValue.because(
          Problem.Kind.INVALID_VALUE,
          "the words for one person are one line, with no control characters");
    }
    if (words.length() > SideLabels.MAX_ONE_LENGTH) {
      throw BadValue.because(
          Problem.Kind.INVALID_VALUE,
          "the words for one person are at most "
              + SideLabels.MAX_ONE_LENGTH
              + " characters; these have "
              + words.length());
    }
    return words;
  }

  /** A warning at the current place: something read, but under a name that has changed. */
  private static Problem warning(Cursor in, String message) {
    return Problem.of(Problem.Kind.RENAMED, in.path(), message).at(in.line(), in.column());
  }

  private static @Nullable Boolean rules(
      Cursor in, Rulebook rulebook, Policy.Builder out, java.util.List<Problem> warned) {
    return entries(
        in,
        "the rules",
        id -> {
          Option<RuleMetadata> rule = rulebook.rule(id).map(Rule::metadata);
          if (rule.isEmpty()) {
            rule = rulebook.metadata().find(m -> m.formerIds().contains(id));
            rule.forEach(
                now ->
                    warned.add(
                        warning(
                            in,
                            "the rule '"
                                + id
                                + "' is now called '"
                                + now.id()
                                + "'; its settings are read for '"
                                + now.id()
                                + "'")));
          }
          if (rule.isEmpty()) {
            refuse(
                in,
                Problem.Kind.DANGLING_REFERENCE,
                "the rulebook "
                    + rulebook.name()
                    + " has no rule '"
                    + Scalars.shortened(id)
                    + "'"
                    + nearest(id, rulebook.metadata().map(RuleMetadata::id))
                        .map(PolicyFormat::didYouMean)
                        .getOrElse(""));
            return;
          }
          in.next();
          if (isEmpty(in)) {
            // most often a rule whose settings lost their indentation; a rule set to nothing says
            // nothing
            in.problem(
                Problem.Kind.MISSING,
                "'"
                    + id
                    + "' has no settings; give it "
                    + String.join(", ", SETTINGS.subList(0, SETTINGS.size() - 1))
                    + " or "
                    + SETTINGS.get(SETTINGS.size() - 1));
            return;
          }
          settings(in, rule.get(), out, warned);
        });
  }

  private static void settings(
      Cursor in, RuleMetadata rule, Policy.Builder out, java.util.List<Problem> warned) {
    String id = rule.id();
    entries(
        in,
        "the settings of '" + id + "'",
        key -> {
          switch (key) {
            case ENABLED -> {
              if (value(in, key)) {
                Boolean on = in.scalar("true or false", Value.Expect.BOOLEAN, false, Scalars::bool);
                if (Boolean.FALSE.equals(on)) {
                  out.disable(id);
                }
              }
            }
            case SEVERITY -> {
              if (value(in, key)) {
                Severity severity = SEVERITY_VALUE.read(in);
                if (severity != null) {
                  out.severity(id, severity);
                }
              }
            }
            case SEVERITIES -> {
              if (value(in, key)) {
                severities(in, rule, out);
              }
            }
            case PARAMETERS -> {
              if (value(in, key)) {
                parameters(in, rule, out, warned);
              }
            }
            default -> {
              if (key.startsWith(Shape.APPLICATION_PREFIX)) {
                in.next();
                in.skipValue();
              } else {
                refuse(in, Problem.Kind.UNKNOWN_KEY, unknownSetting(rule, key));
              }
            }
          }
        });
  }

  /**
   * A key among a rule's settings that is none: say where it belongs if it is a parameter or a
   * kind.
   */
  private static String unknownSetting(RuleMetadata rule, String key) {
    if (rule.parameter(key).isDefined()) {
      return "'" + key + "' is a parameter of '" + rule.id() + "': set it under " + PARAMETERS;
    }
    if (rule.kind(key).isDefined()) {
      return "'"
          + key
          + "' is a kind of finding of '"
          + rule.id()
          + "': set its severity under "
          + SEVERITIES;
    }
    return "'"
        + Scalars.shortened(key)
        + "' is not a setting of a rule; did you mean '"
        + NearestKey.among(key, SETTINGS)
        + "'?";
  }

  private static void severities(Cursor in, RuleMetadata rule, Policy.Builder out) {
    String id = rule.id();
    Seq<String> kinds = rule.kinds().map(FindingKind::name);
    entries(
        in,
        "the severities of '" + id + "'",
        kind -> {
          if (rule.kind(kind).isEmpty()) {
            refuse(
                in,
                Problem.Kind.UNKNOWN_KEY,
                "'"
                    + id
                    + "' raises no finding of kind '"
                    + Scalars.shortened(kind)
                    + "'"
                    + nearest(kind, kinds)
                        .map(PolicyFormat::didYouMean)
                        .getOrElse("; its kinds are " + kinds.mkString(", ")));
            return;
          }
          if (value(in, kind)) {
            Severity severity = SEVERITY_VALUE.read(in);
            if (severity != null) {
              out.severity(id, kind, severity);
            }
          }
        });
  }

  private static void parameters(
      Cursor in, RuleMetadata rule, Policy.Builder out, java.util.List<Problem> warned) {
    String id = rule.id();
    Seq<String> names = rule.parameters().map(Parameter::name);
    entries(
        in,
        "the parameters of '" + id + "'",
        name -> {
          Option<Parameter<?>> parameter = rule.parameter(name);
          if (parameter.isEmpty() && id.equals(FORMER_HOLDER) && name.equals(MAJORITY_VOICE)) {
            // The majority voice was decision-share's parameter; it is now every rule's.
            warned.add(
                warning(
                    in,
                    "'"
                        + MAJORITY_VOICE
                        + "' is now one setting for every rule and the ladder, read here as if"
                        + " written at the top of the file"));
            if (value(in, name)) {
              majorityVoice(in, out);
            }
            return;
          }
          if (parameter.isEmpty()) {
            refuse(
                in,
                Problem.Kind.UNKNOWN_KEY,
                "'"
                    + id
                    + "' has no parameter '"
                    + Scalars.shortened(name)
                    + "'"
                    + nearest(name, names)
                        .map(PolicyFormat::didYouMean)
                        .getOrElse(
                            names.isEmpty()
                                ? "; it has no parameters"
                                : "; its parameters are " + names.mkString(", ")));
            return;
          }
          if (value(in, name)) {
            Object value = parameterValue(in, parameter.get());
            if (value != null) {
              out.set(id, name, value);
            }
          }
        });
  }

  /**
   * The value of a parameter, checked by the parameter itself ({@link Parameter#parse}): a number
   * of zero or more, a whole number of zero or more, or true or false. As in project files, a
   * number or a boolean must come unquoted.
   */
  private static @Nullable Object parameterValue(Cursor in, Parameter<?> parameter) {
    JsonToken t = java.util.Objects.requireNonNull(in.token());
    boolean flag = parameter.type() == Boolean.class;
    boolean whole = parameter.type() == Integer.class;
    String noun = flag ? "true or false" : whole ? "a whole number" : "a number";
    if (t == JsonToken.START_OBJECT
        || t == JsonToken.START_ARRAY
        || t == JsonToken.VALUE_EMBEDDED_OBJECT) {
      in.wrongType(noun);
      return null;
    }
    boolean number = t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT;
    boolean fits =
        flag
            ? t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE
            : whole ? t == JsonToken.VALUE_NUMBER_INT : number;
    // YAML's True and FALSE are booleans too; the parameter takes them as it takes true and false
    String text =
        t == JsonToken.VALUE_TRUE ? "true" : t == JsonToken.VALUE_FALSE ? "false" : in.text();
    Validation<String, ?> parsed = parameter.parse(text);
    if (parsed.isInvalid()) {
      Problem.Kind kind =
          !fits
              ? Problem.Kind.WRONG_TYPE
              : text.strip().startsWith("-") ? Problem.Kind.NEGATIVE : Problem.Kind.INVALID_VALUE;
      // the parameter's message repeats the text whole; a message names the mistake, it does not
      // repeat the file
      in.problem(kind, parsed.getError().replace(text, Scalars.shortened(text)));
      return null;
    }
    if (!fits) {
      in.problem(
          Problem.Kind.WRONG_TYPE,
          t == JsonToken.VALUE_STRING
              ? "expected " + noun + ", found text: write it without quotes"
              : "expected " + noun + ", found " + (number ? "a number" : "true or false"));
      return null;
    }
    return parsed.get();
  }

  /** The known word nearest a mistyped one, if one is near enough ({@link Suggest#nearest}). */
  private static Option<String> nearest(String word, Seq<String> known) {
    return word.length() > LONGEST_SUGGESTED ? Option.none() : Suggest.nearest(word, known);
  }

  private static String didYouMean(String known) {
    return "; did you mean '" + known + "'?";
  }
}
