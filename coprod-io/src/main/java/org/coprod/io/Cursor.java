package org.coprod.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.coprod.core.Problem;
import org.jspecify.annotations.Nullable;

/**
 * A reader's place in a file: the current token and where it is, the path to it ({@code
 * contributions[3].participant}), the problems found so far and the positions kept for problems
 * found later. Every token goes through {@link #next()}, which enforces the nesting and count
 * limits and turns whatever the parser throws into a problem and a {@link Stop}.
 */
final class Cursor {
  /** Caches stop growing here: they save memory on repeated ids and dates, not on unique text. */
  private static final int CACHE_LIMIT = 1 << 16;

  private final JsonParser parser;
  // the byte parser says where its tokens are without a location object a token
  private final @Nullable ByteJsonParser bytes;
  private final ReadLimits limits;
  private final PositionIndex positions;
  private final List<Problem> problems = new ArrayList<>();
  private final boolean implicitEnds;
  private final java.math.BigDecimal maxMoney;

  /** How many problems there were at the last token that was not an end. */
  private int problemsAtProgress;

  private @Nullable JsonToken token;
  private int line = 1;
  private int column = 1;
  private int depth;
  private long elements;

  private Object[] path = new Object[16];
  private int[] local = new int[16];
  private int length;

  /** The path length at which the current unit starts, or -1 outside units. */
  private int unitRoot = -1;

  private final Map<String, Object> ids = new HashMap<>();
  private final Map<String, LocalDate> dates = new HashMap<>();
  private final Map<String, String> terms = new HashMap<>();

  /**
   * @param implicitEnds whether mappings end without a mark of their own (YAML's block style), so
   *     that a syntax error can end a mapping early
   */
  Cursor(JsonParser parser, ReadLimits limits, PositionIndex positions, boolean implicitEnds) {
    this.parser = parser;
    this.bytes = parser instanceof ByteJsonParser b ? b : null;
    this.limits = limits;
    this.positions = positions;
    this.implicitEnds = implicitEnds;
    this.maxMoney = java.math.BigDecimal.valueOf(limits.maxMoney());
  }

  /** The limits this file is read within. */
  ReadLimits limits() {
    return limits;
  }

  /** An amount of money, within the limit of {@link ReadLimits#maxMoney()}. */
  java.math.BigDecimal money(String text) throws BadValue {
    return Scalars.money(text, maxMoney);
  }

  /** The problems found so far, in the order found. */
  List<Problem> problems() {
    return problems;
  }

  int problemCount() {
    return problems.size();
  }

  /** The current token; null before the first and after the last. */
  @Nullable JsonToken token() {
    return token;
  }

  /** The line of the current token, from 1. */
  int line() {
    return line;
  }

  /** The column of the current token, from 1. */
  int column() {
    return column;
  }

  /** Moves to the next token; null at the end of the input. */
  @Nullable JsonToken next() {
    JsonToken t;
    try {
      t = parser.nextToken();
    } catch (IOException | RuntimeException e) {
      if (implicitEnds) {
        // a YAML syntax error often ends the mappings open before it; what they then lacked is
        // the error's doing, not the file's
        for (int i = problems.size() - 1; i >= problemsAtProgress; i--) {
          if (problems.get(i).kind() == Problem.Kind.MISSING) {
            problems.remove(i);
          }
        }
      }
      throw stop(e);
    }
    token = t;
    if (t == null) {
      return null;
    }
    if (t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
      problemsAtProgress = problems.size();
    }
    ByteJsonParser b = bytes;
    if (b != null) {
      line = b.tokenLine();
      column = Math.max(1, b.tokenColumn());
    } else {
      JsonLocation at = parser.currentTokenLocation();
      if (at.getLineNr() > 0) {
        line = at.getLineNr();
        column = Math.max(1, at.getColumnNr());
      }
    }
    switch (t) {
      case START_OBJECT, START_ARRAY -> {
        count();
        if (++depth > limits.maxDepth()) {
          problem(
              Problem.Kind.LIMIT_EXCEEDED,
              "lists and mappings are nested deeper than the limit of " + limits.maxDepth());
          throw new Stop(false);
        }
      }
      case END_OBJECT, END_ARRAY -> depth--;
      case FIELD_NAME -> {}
      default -> count();
    }
    return t;
  }

  private void count() {
    if (++elements > limits.maxElements()) {
      problem(
          Problem.Kind.LIMIT_EXCEEDED,
          "the file holds more values than the limit of " + limits.maxElements());
      throw new Stop(false);
    }
  }

  /** The text of the current scalar or key, within the length limit. */
  String text() {
    String text;
    try {
      text = parser.getText();
    } catch (IOException | RuntimeException e) {
      throw stop(e);
    }
    if (text == null) {
      return "";
    }
    if (text.length() > limits.maxStringLength()) {
      problem(
          Problem.Kind.LIMIT_EXCEEDED,
          "a text is longer than the limit of " + limits.maxStringLength() + " characters");
      throw new Stop(false);
    }
    return text;
  }

  /** Reads past the current value, all of it when it is a list or mapping. */
  void skipValue() {
    JsonToken t = token;
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return;
    }
    int open = 1;
    while (open > 0) {
      JsonToken n = next();
      if (n == null) {
        problem(Problem.Kind.SYNTAX, "the file ends inside a list or mapping");
        throw new Stop(false);
      }
      if (n == JsonToken.START_OBJECT || n == JsonToken.START_ARRAY) {
        open++;
      } else if (n == JsonToken.END_OBJECT || n == JsonToken.END_ARRAY) {
        open--;
      }
    }
  }

  /** Reports that the current value is not what was expected, and reads past it. */
  void wrongType(String expected) {
    problem(Problem.Kind.WRONG_TYPE, "expected " + expected + ", found " + found());
    skipValue();
  }

  private String found() {
    JsonToken t = token;
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_OBJECT -> "a mapping";
      case START_ARRAY -> "a list";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true or false";
      case VALUE_NULL -> "nothing";
      default -> "text";
    };
  }

  /**
   * The current scalar, parsed; null after reporting a problem. Text fields take any scalar as
   * written, so {@code 007} and {@code no} stay text; numbers and booleans must come unquoted.
   */
  <T> @Nullable T scalar(String noun, Value.Expect expect, boolean personal, Value.Parse<T> parse) {
    JsonToken t = Objects.requireNonNull(token);
    if (t == JsonToken.START_OBJECT
        || t == JsonToken.START_ARRAY
        || t == JsonToken.VALUE_EMBEDDED_OBJECT) {
      wrongType(noun);
      return null;
    }
    String text = text();
    boolean quoted = t == JsonToken.VALUE_STRING;
    boolean fits =
        switch (expect) {
          case ANY_SCALAR -> true;
          case NUMBER -> t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT;
          case BOOLEAN -> t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE;
        };
    try {
      T value = parse.parse(text);
      if (!fits) {
        problem(
            Problem.Kind.WRONG_TYPE,
            quoted
                ? "expected " + noun + ", found text: write it without quotes"
                : "expected " + noun + ", found " + found());
        return null;
      }
      return value;
    } catch (BadValue bad) {
      problem(bad.kind(), bad.about(text, personal));
      return null;
    } catch (Stop stop) {
      throw stop;
    } catch (RuntimeException e) {
      // every value is checked by its parse; a safety net, so reading never throws
      problem(
          Problem.Kind.INVALID_VALUE,
          "the value cannot be read (" + e.getClass().getSimpleName() + ")");
      return null;
    }
  }

  /**
   * The current scalar as {@link #scalar} reads it, taken from a cache of values read before from
   * the same characters when the byte parser read it (as text for a value of any scalar, as a
   * number for a number), so that a repeated id, date, amount or constant costs no string and no
   * parse. A value is cached only once read without a problem, and the same characters give the
   * same value, so the result is what {@link #scalar} gives.
   */
  <T> @Nullable T cachedScalar(
      int slot,
      Class<T> type,
      String noun,
      Value.Expect expect,
      boolean personal,
      Value.CursorParse<T> parse) {
    JsonToken t = token;
    boolean plain =
        bytes != null
            && (expect == Value.Expect.NUMBER
                ? t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT
                : expect == Value.Expect.ANY_SCALAR && t == JsonToken.VALUE_STRING);
    TextCache cache = null;
    if (plain) {
      cache = cache(slot);
      Object hit;
      try {
        hit =
            cache.find(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
      } catch (IOException | RuntimeException e) {
        throw stop(e);
      }
      if (type.isInstance(hit)) {
        return type.cast(hit);
      }
    }
    T value = scalar(noun, expect, personal, text -> parse.parse(this, text));
    if (cache != null && value != null) {
      cache.put(text(), value);
    }
    return value;
  }

  /** The number of the next kind of value cached by its characters (see {@link #cachedScalar}). */
  static int newCacheSlot() {
    return SLOTS.getAndIncrement();
  }

  private static final java.util.concurrent.atomic.AtomicInteger SLOTS =
      new java.util.concurrent.atomic.AtomicInteger();

  // this file's caches by kind of value, made on first use
  private TextCache[] caches = new TextCache[16];

  private TextCache cache(int slot) {
    if (slot >= caches.length) {
      caches = Arrays.copyOf(caches, Math.max(slot + 1, caches.length * 2));
    }
    TextCache cache = caches[slot];
    if (cache == null) {
      cache = new TextCache(CACHE_LIMIT);
      caches[slot] = cache;
    }
    return cache;
  }

  /**
   * An id or a term seen before, shared instead of held again: a million contributions name few
   * people.
   */
  @SuppressWarnings("unchecked")
  <T> T shared(String text, Class<T> type, Function<String, T> make) {
    Object known = ids.get(text);
    if (type.isInstance(known)) {
      return (T) known;
    }
    T made = make.apply(text);
    if (ids.size() < CACHE_LIMIT) {
      ids.put(text, made);
    }
    return made;
  }

  /** A date seen before, shared; else parsed. */
  LocalDate date(String text) throws BadValue {
    LocalDate known = dates.get(text);
    if (known != null) {
      return known;
    }
    LocalDate parsed = Scalars.date(text);
    if (dates.size() < CACHE_LIMIT) {
      dates.put(text, parsed);
    }
    return parsed;
  }

  /** A short text seen before (a skill, a unit), shared. */
  String term(String text) {
    String known = terms.get(text);
    if (known != null) {
      return known;
    }
    if (terms.size() < CACHE_LIMIT) {
      terms.put(text, text);
    }
    return text;
  }

  // ---- the path

  /** Steps into a key. */
  void push(String key) {
    grow();
    path[length] = key;
    if (unitRoot >= 0) {
      local[length] = positions.child(local[length - 1], key);
    }
    length++;
  }

  /** Steps into a list item. */
  void push(int index) {
    grow();
    path[length] = index;
    if (unitRoot >= 0) {
      local[length] = positions.child(local[length - 1], index);
    }
    length++;
  }

  /**
   * Steps into a key whose value is read past (an application's own {@code x-} data): it is in the
   * path of the problems found there, but no position is kept for it.
   */
  void pushUnplaced(String key) {
    grow();
    path[length] = key;
    local[length] = 0;
    length++;
  }

  /** Steps back out. */
  void pop() {
    length--;
    path[length] = null;
  }

  private void grow() {
    if (length == path.length) {
      path = Arrays.copyOf(path, length * 2);
      local = Arrays.copyOf(local, length * 2);
    }
  }

  /** The current path, as problems give it. */
  String path() {
    return pathOf(length, null);
  }

  /** The current path with a key added. */
  String pathWith(String key) {
    return pathOf(length, key);
  }

  private String pathOf(int n, @Nullable String key) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      Object segment = path[i];
      if (segment instanceof Integer index) {
        out.append('[').append(index).append(']');
      } else {
        key(out, String.valueOf(segment));
      }
    }
    if (key != null) {
      key(out, key);
    }
    return out.toString();
  }

  /** Appends a key to a path; an empty key is written {@code ''}, so the path still shows it. */
  private static void key(StringBuilder out, String key) {
    if (out.length() > 0) {
      out.append('.');
    }
    out.append(key.isEmpty() ? EMPTY_KEY : key);
  }

  /** An empty key as a path writes it. */
  static final String EMPTY_KEY = "''";

  /** Starts a unit of the position index at the current path and token. */
  void beginUnit(String section, int index) {
    unitRoot = length;
    local[length - 1] = 0;
    positions.beginUnit(section, index, line, column);
  }

  /** Ends the current unit. */
  void endUnit() {
    positions.endUnit();
    unitRoot = -1;
  }

  /** Remembers where the value at the current path starts (the current token). */
  void mark() {
    if (unitRoot >= 0 && length > unitRoot) {
      positions.record(local[length - 1], line, column);
    } else if (length == 1) {
      positions.key(String.valueOf(path[0]), line, column);
    }
  }

  // ---- problems

  /** Reports a problem at the current path and token. */
  void problem(Problem.Kind kind, String message) {
    problemAt(kind, path(), message, line, column);
  }

  /** Reports a problem at a path and position; stops reading once there are too many. */
  void problemAt(Problem.Kind kind, String at, String message, int atLine, int atColumn) {
    Problem p = Problem.of(kind, at, message);
    problems.add(atLine > 0 && atColumn > 0 ? p.at(atLine, atColumn) : p);
    if (problems.size() >= limits.maxProblems()) {
      Problem stopped =
          Problem.of(
              Problem.Kind.LIMIT_EXCEEDED,
              "",
              "reading stopped after " + limits.maxProblems() + " problems");
      // placed where reading stopped, so it names a line like every other problem
      problems.add(atLine > 0 && atColumn > 0 ? stopped.at(atLine, atColumn) : stopped);
      throw new Stop(false);
    }
  }

  /** Records why the parser could not go on, and the {@link Stop} to throw. */
  Stop stop(Throwable thrown) {
    InputException input = InputException.in(thrown);
    if (input != null) {
      problemAt(
          input.kind(),
          path(),
          String.valueOf(input.getMessage()),
          input.line() > 0 ? input.line() : line,
          input.line() > 0 ? input.column() : column);
      return new Stop(false);
    }
    org.yaml.snakeyaml.error.MarkedYAMLException yaml = yamlCause(thrown);
    if (yaml != null) {
      var mark = yaml.getProblemMark();
      String context = yaml.getContext() == null ? "" : " (" + yaml.getContext() + ")";
      problemAt(
          Problem.Kind.SYNTAX,
          path(),
          "the YAML cannot be parsed: " + yaml.getProblem() + context,
          mark == null ? line : mark.getLine() + 1,
          mark == null ? column : mark.getColumn() + 1);
      return new Stop(false);
    }
    if (thrown instanceof StreamConstraintsException limit) {
      problem(
          Problem.Kind.LIMIT_EXCEEDED,
          "the file breaks a read limit: " + plain(limit.getOriginalMessage()));
      return new Stop(false);
    }
    if (thrown instanceof JsonProcessingException syntax) {
      JsonLocation at = syntax.getLocation();
      boolean placed = at != null && at.getLineNr() > 0;
      problemAt(
          Problem.Kind.SYNTAX,
          path(),
          "the file cannot be parsed: " + plain(syntax.getOriginalMessage()),
          placed ? at.getLineNr() : line,
          placed ? Math.max(1, at.getColumnNr()) : column);
      return new Stop(false);
    }
    if (thrown instanceof IOException) {
      problem(Problem.Kind.SYNTAX, "the file cannot be read: " + thrown.getClass().getSimpleName());
      return new Stop(false);
    }
    problem(
        Problem.Kind.SYNTAX,
        "the file cannot be parsed (" + thrown.getClass().getSimpleName() + ")");
    return new Stop(false);
  }

  private static org.yaml.snakeyaml.error.@Nullable MarkedYAMLException yamlCause(
      Throwable thrown) {
    Throwable t = thrown;
    for (int hops = 0; t != null && hops < 20; hops++) {
      if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException found) {
        return found;
      }
      t = t.getCause();
    }
    return null;
  }

  /** A parser's message without its location (given apart) or a copy of the input. */
  private static String plain(@Nullable String message) {
    if (message == null) {
      return "unknown error";
    }
    String first = message.lines().findFirst().orElse("");
    int cut = first.indexOf(" at [Source");
    if (cut < 0) {
      cut = first.indexOf(" (start marker at");
    }
    if (cut < 0) {
      cut = first.indexOf("[Source");
    }
    String out = (cut >= 0 ? first.substring(0, cut) : first).strip();
    return out.length() > 200 ? out.substring(0, 197) + "..." : out;
  }
}
