package org.coprod.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Jackson's tree model, for tests only: the module reads files by streaming and does not read
 * databind, so tests that run on the module path add that read edge here, before first use.
 */
final class Databind {
  private Databind() {}

  static {
    try {
      Module databind = Class.forName("com.fasterxml.jackson.databind.ObjectMapper").getModule();
      Databind.class.getModule().addReads(databind);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A JSON text as a tree. */
  static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A YAML text as a tree, scalars typed as YAML 1.1 tools type them. */
  static JsonNode yaml(String text) {
    try {
      return new YAMLMapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
