package org.coprod.io.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A JSON value with where it starts in its file, for reading reports back: reports are small, so a
 * tree is kept, which lets every problem be found and placed in one pass over it.
 *
 * @param type what kind of value it is
 * @param value the text of a string or number, a {@link Boolean}, a list of values, a map of fields
 *     in file order, or null for JSON null
 * @param line the line it starts on, from 1
 * @param column the column it starts at, from 1
 */
record JsonTree(Type type, @Nullable Object value, int line, int column) {
  /** The kinds of JSON value. */
  enum Type {
    OBJECT("an object"),
    ARRAY("a list"),
    STRING("text"),
    NUMBER("a number"),
    BOOLEAN("true or false"),
    NULL("null");

    final String words;

    Type(String words) {
      this.words = words;
    }
  }

  /** A key repeated within one object: the reader reports it, since JSON leaves it undefined. */
  record Duplicate(String key, int line, int column) {}

  /** The fields of an object. */
  @SuppressWarnings("unchecked")
  Map<String, JsonTree> fields() {
    return (Map<String, JsonTree>) java.util.Objects.requireNonNull(value);
  }

  /** The items of a list. */
  @SuppressWarnings("unchecked")
  List<JsonTree> items() {
    return (List<JsonTree>) java.util.Objects.requireNonNull(value);
  }

  /** The value of {@code true} or {@code false}. */
  boolean bool() {
    return (Boolean) java.util.Objects.requireNonNull(value);
  }

  /** The text of a string or number. */
  String text() {
    return (String) java.util.Objects.requireNonNull(value);
  }

  /**
   * Reads the value the parser stands before, and everything in it.
   *
   * @param duplicates where repeated keys are noted
   */
  static JsonTree parse(JsonParser p, List<Duplicate> duplicates) throws IOException {
    JsonToken t = p.currentToken() == null ? p.nextToken() : p.currentToken();
    if (t == null) {
      throw new java.io.EOFException("no JSON value");
    }
    JsonLocation at = p.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    return switch (t) {
      case START_OBJECT -> {
        Map<String, JsonTree> fields = new LinkedHashMap<>();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          String key = p.currentName();
          JsonLocation keyAt = p.currentTokenLocation();
          p.nextToken();
          JsonTree v = parse(p, duplicates);
          if (fields.containsKey(key)) {
            duplicates.add(new Duplicate(key, keyAt.getLineNr(), keyAt.getColumnNr()));
          } else {
            fields.put(key, v);
          }
        }
        yield new JsonTree(Type.OBJECT, fields, line, column);
      }
      case START_ARRAY -> {
        List<JsonTree> items = new ArrayList<>();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) {
          items.add(parse(p, duplicates));
        }
        yield new JsonTree(Type.ARRAY, items, line, column);
      }
      case VALUE_STRING -> new JsonTree(Type.STRING, p.getText(), line, column);
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
          new JsonTree(Type.NUMBER, p.getText(), line, column);
      case VALUE_TRUE -> new JsonTree(Type.BOOLEAN, true, line, column);
      case VALUE_FALSE -> new JsonTree(Type.BOOLEAN, false, line, column);
      case VALUE_NULL -> new JsonTree(Type.NULL, null, line, column);
      default ->
          throw new IllegalStateException("a JSON parser gave " + t + " where a value starts");
    };
  }
}
