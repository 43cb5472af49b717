package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.coprod.io.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCommandTest {
  @TempDir Path dir;

  @Test
  void printsTheSchemaShippedWithTheFileFormat() {
    Run run = Run.coprod("schema").withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.OK);
    assertThat(run.out()).isEqualTo(ProjectFiles.schema()).contains("\"$schema\"");
  }

  @Test
  void writesTheSchemaToAFileWhenAsked() {
    Path out = dir.resolve("coprod.schema.json");
    assertThat(Run.coprod("schema", "--output", out).code()).isEqualTo(Coprod.OK);
    assertThat(Run.read(out)).isEqualTo(ProjectFiles.schema());
  }
}
