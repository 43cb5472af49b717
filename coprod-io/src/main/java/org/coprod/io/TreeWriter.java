package org.coprod.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * What the writer of the format writes a project's tree to: the few calls of a JSON generator it
 * makes, named as there. A YAML or JSON file takes them through Jackson ({@link
 * #of(JsonGenerator)}); tables take them row by row ({@link TableWriter}), so every format is
 * written from one walk of the project.
 */
interface TreeWriter {
  void writeStartObject() throws IOException;

  void writeEndObject() throws IOException;

  void writeStartArray() throws IOException;

  void writeEndArray() throws IOException;

  void writeFieldName(String name) throws IOException;

  void writeString(String text) throws IOException;

  void writeNumber(int value) throws IOException;

  /** A number written as the format writes it: plainly, never with an exponent. */
  void writeNumber(String plain) throws IOException;

  void writeBoolean(boolean value) throws IOException;

  /** The tree written through a Jackson generator. */
  static TreeWriter of(JsonGenerator g) {
    return new TreeWriter() {
      @Override
      public void writeStartObject() throws IOException {
        g.writeStartObject();
      }

      @Override
      public void writeEndObject() throws IOException {
        g.writeEndObject();
      }

      @Override
      public void writeStartArray() throws IOException {
        g.writeStartArray();
      }

      @Override
      public void writeEndArray() throws IOException {
        g.writeEndArray();
      }

      @Override
      public void writeFieldName(String name) throws IOException {
        g.writeFieldName(name);
      }

      @Override
      public void writeString(String text) throws IOException {
        g.writeString(text);
      }

      @Override
      public void writeNumber(int value) throws IOException {
        g.writeNumber(value);
      }

      @Override
      public void writeNumber(String plain) throws IOException {
        g.writeNumber(plain);
      }

      @Override
      public void writeBoolean(boolean value) throws IOException {
        g.writeBoolean(value);
      }
    };
  }
}
