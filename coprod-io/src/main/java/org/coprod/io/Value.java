package org.coprod.io;

import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.coprod.core.Problem;
import org.jspecify.annotations.Nullable;

/**
 * How one kind of value of a project file is read from the tokens: text, a date, a list of
 * something, a mapping of some shape.
 *
 * @param <T> what the value becomes
 */
@FunctionalInterface
interface Value<T> {
  /**
   * Reads the value at the cursor's current token (never a null token: an empty value is handled by
   * the caller), consuming all of it.
   *
   * @return the value, or null once a problem with it has been reported
   */
  @Nullable T read(Cursor in);

  /** Turns text into a value, or says why it cannot. */
  @FunctionalInterface
  interface Parse<T> {
    T parse(String text) throws BadValue;
  }

  /** Turns text into a value with the help of the cursor reading it (its limits, shared values). */
  @FunctionalInterface
  interface CursorParse<T> {
    T parse(Cursor in, String text) throws BadValue;
  }

  /**
   * A scalar read as {@link #scalar} reads it, and cached by the characters it was read from (see
   * {@link Cursor#cachedScalar}): for values that repeat through a file, such as ids, dates and
   * amounts. The parse must give the same value for the same text.
   */
  static <T> Value<T> cached(
      Class<T> type, String noun, Expect expect, boolean personal, CursorParse<T> parse) {
    int slot = Cursor.newCacheSlot();
    return in -> in.cachedScalar(slot, type, noun, expect, personal, parse);
  }

  /** What token a scalar must come as. */
  enum Expect {
    /** Any scalar, taken as written: {@code 007} and {@code no} are text. */
    ANY_SCALAR,
    /** A number, not quoted. */
    NUMBER,
    /** {@code true} or {@code false}, not quoted. */
    BOOLEAN
  }

  /** A scalar read as text and parsed; {@code personal} keeps the text out of problem messages. */
  static <T> Value<T> scalar(String noun, Expect expect, boolean personal, Parse<T> parse) {
    return in -> in.scalar(noun, expect, personal, parse);
  }

  /** This value, turned into another once read. */
  default <U> Value<U> map(Function<? super T, ? extends U> f) {
    return in -> {
      T value = read(in);
      return value == null ? null : f.apply(value);
    };
  }

  /** A list of values of this kind; null items are problems. */
  default Value<List<T>> list() {
    Value<T> item = this;
    return in -> {
      if (in.token() != JsonToken.START_ARRAY) {
        in.wrongType("a list");
        return null;
      }
      List<T> out = new ArrayList<>();
      boolean ok = true;
      int index = 0;
      while (in.next() != JsonToken.END_ARRAY) {
        in.push(index++);
        in.mark();
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
        in.pop();
      }
      return ok ? out : null;
    };
  }
}
