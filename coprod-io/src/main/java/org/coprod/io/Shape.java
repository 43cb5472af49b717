package org.coprod.io;

import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.coprod.core.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The keys of one kind of mapping in a project file (a contribution, a consent, the project
 * itself), which are required, and how each value is read into a builder. A shape reads a mapping
 * key by key as the tokens come, reports every problem in it, and builds the value only when there
 * was none.
 *
 * @param <B> the builder the values go into
 * @param <T> what the builder builds
 */
final class Shape<B, T> implements Value<T> {
  /** Keys that start with this are applications' own data: read past, never reported. */
  static final String APPLICATION_PREFIX = "x-";

  private record Field<B, V>(
      String key, boolean required, Value<V> value, BiConsumer<B, ? super V> set, long bit) {
    void read(Cursor in, B draft) {
      V v = value.read(in);
      if (v != null) {
        set.accept(draft, v);
      }
    }
  }

  private final String noun;
  private final Supplier<B> start;
  private final Function<B, T> finish;
  private final Map<String, Field<B, ?>> fields = new LinkedHashMap<>();
  private final Map<String, Integer> bits = new LinkedHashMap<>();

  private Shape(String noun, Supplier<B> start, Function<B, T> finish) {
    this.noun = noun;
    this.start = start;
    this.finish = finish;
  }

  /**
   * A shape with no keys yet.
   *
   * @param noun what such a mapping is, for messages ("a contribution")
   * @param start a new builder
   * @param finish builds the value; called only when every required key came and nothing was wrong
   */
  static <B, T> Shape<B, T> of(String noun, Supplier<B> start, Function<B, T> finish) {
    return new Shape<>(noun, start, finish);
  }

  /** Adds a key that must be present. */
  <V> Shape<B, T> required(String key, Value<V> value, BiConsumer<B, ? super V> set) {
    return add(new Field<>(key, true, value, set, 1L << fields.size()));
  }

  /** Adds a key that may be left out (its default, or none, then holds). */
  <V> Shape<B, T> optional(String key, Value<V> value, BiConsumer<B, ? super V> set) {
    return add(new Field<>(key, false, value, set, 1L << fields.size()));
  }

  private Shape<B, T> add(Field<B, ?> field) {
    if (fields.size() == Long.SIZE) {
      throw new IllegalStateException("a shape holds at most 64 keys");
    }
    bits.put(field.key(), fields.size());
    fields.put(field.key(), field);
    return this;
  }

  /** The bit of one of this shape's keys in a set of keys seen. */
  private long bit(String key) {
    return 1L << Objects.requireNonNull(bits.get(key), "every key of a shape has its bit");
  }

  /** The keys, in the order of the format. */
  List<String> keys() {
    return List.copyOf(fields.keySet());
  }

  /** The keys that must be present. */
  List<String> requiredKeys() {
    List<String> out = new ArrayList<>();
    fields.values().stream().filter(Field::required).forEach(f -> out.add(f.key()));
    return Collections.unmodifiableList(out);
  }

  @Override
  public @Nullable T read(Cursor in) {
    if (in.token() != JsonToken.START_OBJECT) {
      in.wrongType("a mapping (" + noun + ")");
      return null;
    }
    int problemsBefore = in.problemCount();
    int line = in.line();
    int column = in.column();
    B draft = start.get();
    long seen = 0;
    // required keys an unknown key was taken for: its problem says so, a second one would repeat it
    long suggested = 0;
    while (in.next() == JsonToken.FIELD_NAME) {
      String key = in.text();
      Field<B, ?> field = fields.get(key);
      if (field == null) {
        if (!key.startsWith(APPLICATION_PREFIX)) {
          in.push(key);
          String nearest = NearestKey.among(key, fields.keySet());
          in.problem(Problem.Kind.UNKNOWN_KEY, unknown(key, nearest));
          in.pop();
          if (!key.equals("<<") && NearestKey.isTypo(key, nearest)) {
            suggested |= bit(nearest);
          }
        }
        in.pushUnplaced(key);
        in.next();
        in.skipValue();
        in.pop();
        continue;
      }
      // the key's bit is kept with its field: one lookup a key, a million contributions read
      long bit = field.bit();
      if ((seen & bit) != 0) {
        in.push(key);
        in.problem(Problem.Kind.SYNTAX, "the key '" + key + "' appears twice in " + noun);
        in.pop();
        in.next();
        in.skipValue();
        continue;
      }
      seen |= bit;
      in.push(key);
      in.next();
      in.mark();
      if (in.token() == JsonToken.VALUE_NULL) {
        if (field.required()) {
          in.problem(Problem.Kind.MISSING, "'" + key + "' needs a value");
        }
      } else {
        field.read(in, draft);
      }
      in.pop();
    }
    for (Field<B, ?> field : fields.values()) {
      long bit = field.bit();
      if (field.required() && (seen & bit) == 0 && (suggested & bit) == 0) {
        in.problemAt(
            Problem.Kind.MISSING,
            in.pathWith(field.key()),
            "'" + field.key() + "' is missing; " + noun + " needs it",
            line,
            column);
      }
    }
    if (in.problemCount() != problemsBefore) {
      return null;
    }
    try {
      return finish.apply(draft);
    } catch (RuntimeException e) {
      // every invariant of a part is checked above or by the project's validation; this is a safety
      // net
      in.problem(
          Problem.Kind.INVALID_VALUE, noun + " cannot be built: " + e.getClass().getSimpleName());
      return null;
    }
  }

  /** The message for an unknown key: it names the nearest known key. */
  private String unknown(String key, String nearest) {
    if (key.equals("<<")) {
      return "YAML merge keys (<<) are not supported in project files; write the keys out";
    }
    return "'"
        + Scalars.shortened(key)
        + "' is not a key of "
        + noun
        + "; did you mean '"
        + nearest
        + "'?";
  }

  /**
   * A top-level list whose items are units of the position index (each contribution, each
   * participant), so that problems found later can be placed on their lines.
   */
  Value<List<T>> units(String section) {
    Shape<B, T> item = this;
    return in -> {
      if (in.token() != JsonToken.START_ARRAY) {
        in.wrongType("a list of " + section);
        return null;
      }
      List<T> out = new ArrayList<>();
      boolean ok = true;
      int index = 0;
      while (in.next() != JsonToken.END_ARRAY) {
        in.push(index);
        in.beginUnit(section, index);
        index++;
        if (in.token() == JsonToken.VALUE_NULL) {
          in.problem(Problem.Kind.WRONG_TYPE, "a list item is empty");
          ok = false;
        } else {
          T value = item.read(in);
          if (value == null) {
            ok = false;
          } else if (ok) {
            out.add(value);
          }
        }
        in.endUnit();
        in.pop();
      }
      return ok ? out : null;
    };
  }

  /**
   * A single mapping that is a unit of the position index by itself (the {@code project} header).
   */
  Value<T> unit(String section) {
    Shape<B, T> item = this;
    return in -> {
      in.beginUnit(section, 0);
      try {
        return item.read(in);
      } finally {
        in.endUnit();
      }
    };
  }
}
