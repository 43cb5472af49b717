package org.coprod.io;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** Validates files against the schema shipped in the jar, with an independent validator. */
final class SchemaCheck {
  private SchemaCheck() {}

  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(ProjectFiles.schema(), InputFormat.JSON);

  /** What the schema finds wrong with a file's text; empty when it validates. */
  static List<String> errors(String text, Format format) {
    List<Error> errors =
        SCHEMA.validate(text, format == Format.JSON ? InputFormat.JSON : InputFormat.YAML);
    return errors.stream().map(Error::toString).toList();
  }
}
