package org.coprod.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.coprod.core.Side;

/**
 * A finding's message as a template with typed parameters, declared on its kind. It takes a small
 * part of ICU's message syntax, and nothing else:
 *
 * <ul>
 *   <li>{@code {name}}: an argument, written as the renderer writes its type (a person by role
 *       title or id, a side by the group's label, a share as a percentage);
 *   <li>{@code {side, one}}: a {@link ArgType#SIDE} written as the group's words for one person of
 *       it, without "a" or "an" ({@link SideLabels#one}): {@code one core {le, one}} reads "one
 *       core person with lived experience", or "one core expert by experience" in a group that
 *       calls itself so;
 *   <li>{@code {n, plural, =0 {none} one {# week} other {# weeks}}}: words by a {@link
 *       ArgType#COUNT} ({@code #} is the number; {@code =N} matches exactly; {@code other} is
 *       required);
 *   <li>{@code {side, select, LIVED_EXPERIENCE {…} other {…}}}: words by a {@link ArgType#SIDE}
 *       (its constant names) or a {@link ArgType#TEXT} ({@code other} is required).
 * </ul>
 *
 * <p>Apostrophes are literal (unlike ICU, where they quote), so "the group's" is written as it
 * reads. Braces appear only as syntax. A template is checked when it is made: every placeholder
 * names a declared parameter of a type it may be used as; and a finding is checked when it is
 * built: its arguments are exactly the declared parameters, each of its type. A rule's typo fails
 * at once, in its first test, never in a report.
 *
 * <pre>{@code
 * Template t = Template.of("default",
 *     "The credit for output {output} sits with {holder} only, though {other} made a"
 *         + " substantial contribution to it.",
 *     Param.output("output"), Param.side("holder"), Param.side("other"));
 * }</pre>
 */
public final class Template {
  private final String variant;
  private final String pattern;
  private final Seq<Param> params;
  private final List<Node> nodes;

  private Template(String variant, String pattern, Seq<Param> params) {
    this(variant, pattern, params, null);
  }

  private Template(
      String variant,
      String pattern,
      Seq<Param> params,
      @org.jspecify.annotations.Nullable List<Node> literal) {
    this.variant = Objects.requireNonNull(variant, "variant is null");
    this.pattern = Objects.requireNonNull(pattern, "pattern is null");
    this.params = Objects.requireNonNull(params, "params is null");
    if (!variant.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("a template's variant is kebab-case: " + variant);
    }
    if (params.map(Param::name).distinct().size() != params.size()) {
      throw new IllegalArgumentException("a template declares a parameter twice: " + pattern);
    }
    if (literal != null) {
      // Words read back from a file: said as written, braces and all.
      this.nodes = literal;
      return;
    }
    Map<String, ArgType> types = new LinkedHashMap<>();
    params.forEach(p -> types.put(p.name(), p.type()));
    Parser parser = new Parser(pattern, types);
    this.nodes = parser.nodes(false);
    if (parser.at < pattern.length()) {
      throw parser.error("an unmatched '}'");
    }
  }

  /**
   * A template, checked.
   *
   * @param variant its name among its kind's templates (kebab-case); a kind's first is its default
   * @param pattern the words, with placeholders
   * @param params the parameters it declares
   * @throws IllegalArgumentException if the pattern is malformed or uses a parameter it does not
   *     declare, or declares one twice
   */
  public static Template of(String variant, String pattern, Param... params) {
    return new Template(variant, pattern, List.of(params));
  }

  /**
   * A template that says the words of a finding read back from a file, whose template the reader
   * does not know: the words exactly as written (braces are not read as placeholders), with the
   * parameters of the arguments recorded beside them, unused.
   */
  public static Template recorded(String variant, String words, Seq<Param> params) {
    Objects.requireNonNull(words, "words is null");
    return new Template(variant, words, params, List.of(new Literal(words)));
  }

  /** Its name among its kind's templates. */
  public String variant() {
    return variant;
  }

  /** The words with their placeholders, as declared. */
  public String pattern() {
    return pattern;
  }

  /** The parameters it declares, in the order declared. */
  public Seq<Param> params() {
    return params;
  }

  /**
   * Checks that arguments fit: exactly the declared parameters, each once and of its type.
   *
   * @throws IllegalArgumentException naming the first misfit
   */
  public void check(Seq<Argument> arguments) {
    Objects.requireNonNull(arguments, "arguments is null");
    for (Param p : params) {
      Seq<Argument> given = arguments.filter(a -> a.name().equals(p.name()));
      if (given.isEmpty()) {
        throw new IllegalArgumentException(
            "template " + variant + " needs an argument " + p.name() + " (" + p.type() + ")");
      }
      if (given.size() > 1) {
        throw new IllegalArgumentException("argument " + p.name() + " is given twice");
      }
      if (given.head().type() != p.type()) {
        throw new IllegalArgumentException(
            "argument " + p.name() + " is a " + given.head().type() + ", not a " + p.type());
      }
    }
    for (Argument a : arguments) {
      if (!params.exists(p -> p.name().equals(a.name()))) {
        throw new IllegalArgumentException(
            "template " + variant + " declares no parameter " + a.name());
      }
    }
  }

  /**
   * The words, with the arguments written in a voice. An argument that begins a sentence and is
   * written in words (a side, "a group member") begins with a capital.
   *
   * @throws IllegalArgumentException if the arguments do not fit
   */
  public String format(Seq<Argument> arguments, Voice voice) {
    check(arguments);
    Map<String, Argument> byName = new LinkedHashMap<>();
    arguments.forEach(a -> byName.put(a.name(), a));
    StringBuilder out = new StringBuilder();
    write(nodes, byName, voice, out, null);
    return out.toString();
  }

  /**
   * Whether an argument, written where a sentence begins, takes a capital: a side, or a person or
   * thing the voice writes in words ("a group member"); never an id written as it is, which keeps
   * its case, nor words or numbers, which are written as given.
   */
  private static boolean takesCapital(Argument a, String written, Voice voice) {
    return switch (a.type()) {
      case SIDE -> true;
      case PERSON, OUTPUT, DECISION, THING ->
          !written.equals(((org.coprod.core.Id) a.value()).value());
      case PEOPLE -> {
        org.coprod.core.ParticipantId head = a.people().head();
        yield !voice.write(Argument.person("first", head)).equals(head.value());
      }
      default -> false;
    };
  }

  /** Whether text written so far ends where a sentence begins. */
  private static boolean atSentenceStart(StringBuilder out) {
    int n = out.length();
    return n == 0
        || (n >= 2
            && out.charAt(n - 1) == ' '
            && (out.charAt(n - 2) == '.' || out.charAt(n - 2) == '?' || out.charAt(n - 2) == '!'));
  }

  private static void write(
      List<Node> nodes,
      Map<String, Argument> args,
      Voice voice,
      StringBuilder out,
      @org.jspecify.annotations.Nullable Integer hash) {
    for (Node n : nodes) {
      if (n instanceof Literal l) {
        out.append(l.text());
      } else if (n instanceof Hash) {
        out.append(hash);
      } else if (n instanceof Var v) {
        Argument a = Objects.requireNonNull(args.get(v.name()));
        String written = v.one() ? voice.labels().one((Side) a.value()) : voice.write(a);
        boolean capital = atSentenceStart(out) && takesCapital(a, written, voice);
        out.append(capital ? Voice.capitalise(written) : written);
      } else if (n instanceof Choice c) {
        Argument a = Objects.requireNonNull(args.get(c.name()));
        List<Node> branch;
        Integer inner = hash;
        if (c.plural()) {
          int count = (Integer) a.value();
          branch = c.branches().get("=" + count);
          if (branch == null && count == 1) {
            branch = c.branches().get("one");
          }
          inner = count;
        } else {
          Object v = a.value();
          String key = v instanceof Enum<?> e ? e.name() : String.valueOf(v);
          branch = c.branches().get(key);
        }
        if (branch == null) {
          branch = Objects.requireNonNull(c.branches().get("other"));
        }
        write(branch, args, voice, out, inner);
      }
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Template t
        && t.variant.equals(variant)
        && t.pattern.equals(pattern)
        && t.params.equals(params);
  }

  @Override
  public int hashCode() {
    return Objects.hash(variant, pattern, params);
  }

  /** The variant and its declared parameters; never an argument's value. */
  @Override
  public String toString() {
    return "Template{" + variant + ", " + params.map(Param::name).mkString(",") + "}";
  }

  private sealed interface Node permits Literal, Var, Choice, Hash {}

  private record Literal(String text) implements Node {}

  /** An argument; {@code one} writes a side as the words for one person of it. */
  private record Var(String name, boolean one) implements Node {}

  private record Hash() implements Node {}

  private record Choice(String name, boolean plural, Map<String, List<Node>> branches)
      implements Node {}

  /** A recursive-descent reader of the subset. */
  private static final class Parser {
    private final String p;
    private final Map<String, ArgType> types;
    private int at;

    Parser(String p, Map<String, ArgType> types) {
      this.p = p;
      this.types = types;
    }

    IllegalArgumentException error(String what) {
      return new IllegalArgumentException(what + " at " + at + " in template: " + p);
    }

    /** Nodes up to the end, or up to a closing brace when inside a branch. */
    List<Node> nodes(boolean inPlural) {
      java.util.List<Node> out = new java.util.ArrayList<>();
      StringBuilder text = new StringBuilder();
      while (at < p.length()) {
        char c = p.charAt(at);
        if (c == '}') {
          // Closes a branch, or (at the top) is an unmatched brace the caller reports.
          break;
        }
        if (c == '#' && inPlural) {
          flush(text, out);
          out.add(new Hash());
          at++;
        } else if (c == '{') {
          flush(text, out);
          out.add(placeholder());
        } else {
          text.append(c);
          at++;
        }
      }
      flush(text, out);
      return List.ofAll(out);
    }

    private static void flush(StringBuilder text, java.util.List<Node> out) {
      if (text.length() > 0) {
        out.add(new Literal(text.toString()));
        text.setLength(0);
      }
    }

    private Node placeholder() {
      at++; // '{'
      String name = word();
      ArgType type = types.get(name);
      if (type == null) {
        throw error("no declared parameter '" + name + "'");
      }
      space();
      if (peek() == '}') {
        at++;
        return new Var(name, false);
      }
      expect(',');
      space();
      String how = word();
      if (how.equals("one")) {
        if (type != ArgType.SIDE) {
          throw error("one needs a side, and '" + name + "' is a " + type);
        }
        space();
        expect('}');
        return new Var(name, true);
      }
      boolean plural;
      if (how.equals("plural")) {
        if (type != ArgType.COUNT) {
          throw error("plural needs a count, and '" + name + "' is a " + type);
        }
        plural = true;
      } else if (how.equals("select")) {
        if (type != ArgType.SIDE && type != ArgType.TEXT) {
          throw error("select needs a side or words, and '" + name + "' is a " + type);
        }
        plural = false;
      } else {
        throw error("only plural, select and one are known, not '" + how + "'");
      }
      space();
      expect(',');
      Map<String, List<Node>> branches = new LinkedHashMap<>();
      space();
      while (peek() != '}') {
        String key = key();
        if (plural && !(key.equals("one") || key.equals("other") || key.matches("=\\d+"))) {
          throw error("a plural's cases are =N, one and other, not '" + key + "'");
        }
        if (!plural
            && type == ArgType.SIDE
            && !(key.equals("other")
                || key.equals("LIVED_EXPERIENCE")
                || key.equals("PROFESSIONAL"))) {
          throw error("a side's cases are LIVED_EXPERIENCE, PROFESSIONAL and other, not " + key);
        }
        if (branches.containsKey(key)) {
          throw error("case '" + key + "' twice");
        }
        space();
        expect('{');
        List<Node> branch = nodes(plural);
        expect('}');
        branches.put(key, branch);
        space();
      }
      at++;
      if (!branches.containsKey("other")) {
        throw error("'" + name + "' needs an 'other' case");
      }
      return new Choice(name, plural, branches);
    }

    private char peek() {
      if (at >= p.length()) {
        throw error("an unclosed '{'");
      }
      return p.charAt(at);
    }

    private void expect(char c) {
      if (peek() != c) {
        throw error("'" + c + "' expected");
      }
      at++;
    }

    private void space() {
      while (at < p.length() && p.charAt(at) == ' ') {
        at++;
      }
    }

    private String word() {
      int start = at;
      while (at < p.length() && Character.isLetterOrDigit(p.charAt(at))) {
        at++;
      }
      if (start == at) {
        throw error("a name expected");
      }
      return p.substring(start, at);
    }

    private String key() {
      int start = at;
      while (at < p.length()
          && (Character.isLetterOrDigit(p.charAt(at))
              || p.charAt(at) == '_'
              || p.charAt(at) == '='
              || p.charAt(at) == '-')) {
        at++;
      }
      if (start == at) {
        throw error("a case expected");
      }
      return p.substring(start, at);
    }
  }
}
