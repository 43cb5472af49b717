package org.coprod.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.StringWriter;
import org.jspecify.annotations.Nullable;

/**
 * Copies JSON from one stream of tokens to another with every number written as its text, so the
 * canonical numbers coprod-io writes reach the application's generator byte for byte, and the
 * numbers an application sends reach coprod-io's readers as written (money keeps its digits).
 */
final class Tokens {
  /**
   * Parses coprod-io's own output; its limits admit whatever coprod-io writes (a million
   * contributions).
   */
  static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxStringLength(Integer.MAX_VALUE)
                  .maxDocumentLength(-1)
                  .build())
          .build();

  private Tokens() {}

  /** What to do with the value of a top-level field while copying; null copies it as it is. */
  interface Rewrite {
    /**
     * Writes the value of the field {@code name} of the outermost object in its place and returns
     * true, or returns false to have it copied as it is.
     */
    boolean value(String name, JsonParser in, JsonGenerator out) throws IOException;
  }

  /**
   * Copies the value at the parser's current token (which must be its first token) and everything
   * inside it; the parser is left on the value's last token.
   */
  static void copy(JsonParser in, JsonGenerator out, @Nullable Rewrite rewrite) throws IOException {
    int depth = 0;
    JsonToken t = in.currentToken();
    while (true) {
      if (t == null) {
        throw new IOException("the JSON ended inside a value");
      }
      switch (t) {
        case START_OBJECT -> {
          out.writeStartObject();
          depth++;
        }
        case START_ARRAY -> {
          out.writeStartArray();
          depth++;
        }
        case END_OBJECT -> {
          out.writeEndObject();
          depth--;
        }
        case END_ARRAY -> {
          out.writeEndArray();
          depth--;
        }
        case FIELD_NAME -> {
          String name = in.currentName();
          out.writeFieldName(name);
          if (depth == 1 && rewrite != null) {
            in.nextToken();
            if (!rewrite.value(name, in, out)) {
              copy(in, out, null);
            }
          }
        }
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> out.writeNumber(in.getText());
        default -> out.copyCurrentEvent(in);
      }
      if (depth == 0) {
        return;
      }
      t = in.nextToken();
    }
  }

  /** The compact JSON text of the value at the parser's current token. */
  static String text(JsonParser in, @Nullable Rewrite rewrite) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      copy(in, g, rewrite);
    }
    return out.toString();
  }

  /** Copies a whole JSON text into a generator, numbers as written. */
  static void write(String json, JsonGenerator out, @Nullable Rewrite rewrite) throws IOException {
    try (JsonParser in = JSON.createParser(json)) {
      in.nextToken();
      copy(in, out, rewrite);
    }
  }
}
