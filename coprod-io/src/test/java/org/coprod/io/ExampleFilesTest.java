package org.coprod.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example file reads, validates against the schema, and round-trips in both notations. */
class ExampleFilesTest {
  static Stream<Path> examples() throws IOException {
    return Files.list(Path.of("src/test/resources/examples")).sorted();
  }

  private static Project read(Path file) {
    Validation<Seq<Problem>, Project> read = ProjectFiles.read(file);
    assertThat(read.isValid())
        .as("%s", read.fold(p -> p.mkString("\n"), Object::toString))
        .isTrue();
    return read.get();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyExampleFileReads(Path file) {
    read(file);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyExampleFileValidatesAgainstTheSchema(Path file) throws IOException {
    Format format = Format.ofFileName(file.toString()).get();
    assertThat(SchemaCheck.errors(Files.readString(file, StandardCharsets.UTF_8), format))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyExampleFileRoundTripsAndItsWrittenFormsValidate(Path file) throws IOException {
    Project project = read(file);
    for (Format format : Format.values()) {
      assertThat(RoundTripProperties.readBack(project, format)).isEqualTo(project);
      assertThat(SchemaCheck.errors(ProjectFiles.toText(project, format), format)).isEmpty();
    }
  }
}
