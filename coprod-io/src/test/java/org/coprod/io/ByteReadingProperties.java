package org.coprod.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.junit.jupiter.api.Test;

/**
 * A JSON file named by its path is read from its bytes by Jackson's byte parser (positions from the
 * parser's fields, columns turned from bytes into characters), and read again as characters only
 * when it has a problem; a stream is read as characters. Both ways must give the same project, or
 * the same problems with the same words, paths, lines and columns, for any file.
 */
class ByteReadingProperties {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @Provide
  Arbitrary<List<FileFuzzProperties.Mutation>> mutations() {
    return new FileFuzzProperties().mutations();
  }

  @Property
  void aBrokenJsonFileReadFromItsBytesGivesWhatItsCharactersGive(
      @ForAll long seed,
      @ForAll("mutations") List<FileFuzzProperties.Mutation> mutations,
      @ForAll boolean bom)
      throws IOException {
    Project valid = TestProjects.project(seed);
    byte[] bytes =
        FileFuzzProperties.broken(
            RoundTripProperties.bytes(valid, Format.JSON), mutations, Format.JSON);
    sameBothWays(bom ? concat(BOM, bytes) : bytes);
  }

  @Property
  void aJsonFileWithWideCharactersAndLateProblemsIsPlacedInCharactersBothWays(
      @ForAll long seed, @ForAll boolean bom, @ForAll("edits") int edit) throws IOException {
    Project valid = TestProjects.project(seed);
    String text = new String(RoundTripProperties.bytes(valid, Format.JSON), StandardCharsets.UTF_8);
    // problems found after reading (a reference to no one, an id used twice, dates out of order),
    // placed by the positions kept while reading, on lines with characters of two, three and four
    // bytes before them
    Random r = new Random(seed ^ edit);
    String wide = List.of("é", "✓", "🙂", "日本", "\u00a0").get(r.nextInt(5));
    String changed =
        switch (edit) {
          case 0 -> text.replaceFirst("\"participant\": \"", "\"participant\": \"" + wide);
          case 1 -> text.replaceFirst("\"output\": \"", "\"output\": \"" + wide);
          case 2 -> text.replaceFirst("\"id\": \"", "\"id\": \"" + wide);
          default -> text.replace("\": ", "\" : ").replace("\" : \"", "\" : \"" + wide);
        };
    String minified = r.nextBoolean() ? changed : changed.replace("\n", " ");
    byte[] bytes = minified.getBytes(StandardCharsets.UTF_8);
    sameBothWays(bom ? concat(BOM, bytes) : bytes);
  }

  @Provide
  Arbitrary<Integer> edits() {
    return Arbitraries.integers().between(0, 3);
  }

  @Property
  void randomBytesInAJsonFileAreRefusedOrReadAlikeBothWays(
      @ForAll long seed, @ForAll("noise") byte[] noise) throws IOException {
    byte[] file = RoundTripProperties.bytes(TestProjects.project(seed), Format.JSON);
    int at = (int) Math.floorMod(seed, (long) file.length);
    byte[] bytes = new byte[file.length + noise.length];
    System.arraycopy(file, 0, bytes, 0, at);
    System.arraycopy(noise, 0, bytes, at, noise.length);
    System.arraycopy(file, at, bytes, at + noise.length, file.length - at);
    sameBothWays(bytes);
  }

  @Provide
  Arbitrary<byte[]> noise() {
    // bytes around the edges of UTF-8: leads of every length, continuations, surrogates, overlongs
    Arbitrary<Byte> edge =
        Arbitraries.of(
            (byte) 0x80,
            (byte) 0xBF,
            (byte) 0xC0,
            (byte) 0xC1,
            (byte) 0xC2,
            (byte) 0xDF,
            (byte) 0xE0,
            (byte) 0xED,
            (byte) 0xA0,
            (byte) 0x9F,
            (byte) 0xEF,
            (byte) 0xF0,
            (byte) 0x90,
            (byte) 0x8F,
            (byte) 0xF4,
            (byte) 0xF5,
            (byte) 0xFF,
            (byte) 'a');
    return edge.array(byte[].class).ofMinSize(1).ofMaxSize(4);
  }

  @Test
  void aFileOfOnlyAByteOrderMarkIsEmptyBothWays() throws IOException {
    readAlike(BOM);
    readAlike(new byte[0]);
    readAlike(concat(BOM, "{}".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aFileLongerThanTheBufferWithWideCharactersAcrossItsEdgesReadsAlikeBothWays()
      throws IOException {
    Project valid = TestProjects.project(7);
    String text = new String(RoundTripProperties.bytes(valid, Format.JSON), StandardCharsets.UTF_8);
    StringBuilder padded = new StringBuilder();
    // an application's own data, long enough to put characters of every width across the edges of
    // the reading buffers, then a dangling reference placed after it
    padded.append("{ \"x-pad\" : \"");
    for (int i = 0; i < 70_000; i++) {
      padded.append(i % 3 == 0 ? "🙂" : i % 3 == 1 ? "é" : "日");
    }
    padded.append("\",").append(text.substring(text.indexOf('{') + 1));
    String changed =
        padded.toString().replaceFirst("\"participant\": \"", "\"participant\": \"é🙂");
    assertThat(readAlike(changed.getBytes(StandardCharsets.UTF_8))).isFalse();
  }

  @Test
  void aValidFileIsReadFromItsBytesOnceWithoutFallingBackToCharacters() {
    byte[] bytes =
        concat(
            BOM,
            ("{\"coprod\": 1, \"project\": {\"id\": \"p\", \"title\": \"Zoë 🙂 日本語\","
                    + " \"started\": \"2020-01-01\"}}")
                .getBytes(StandardCharsets.UTF_8));
    Readers.Result quick =
        Readers.jsonBytes(new ByteArrayInputStream(bytes), ReadLimits.defaults());
    assertThat(Readers.clean(quick)).isTrue();
    Readers.Result chars =
        Readers.tree(
            TextInput.ofBytes(new ByteArrayInputStream(bytes), Long.MAX_VALUE),
            Format.JSON,
            ReadLimits.defaults());
    // the column in characters (UTF-16 units), not in bytes (nine more)
    assertThat(chars.positions().find("project.started"))
        .isEqualTo(new PositionIndex.Position(1, 72));
    assertThat(quick.positions().find("project.started"))
        .isEqualTo(new PositionIndex.Position(1, 72));
  }

  @Test
  void bytesThatAreNotUtf8AreAProblemOfTheQuickReadingToo() {
    byte[] bytes =
        "{\"coprod\": 1, \"project\": {\"id\": \"p\", \"title\": \"\u00ff\"}}"
            .getBytes(StandardCharsets.ISO_8859_1);
    Readers.Result quick =
        Readers.jsonBytes(new ByteArrayInputStream(bytes), ReadLimits.defaults());
    assertThat(Readers.clean(quick)).isFalse();
  }

  private static void sameBothWays(byte[] bytes) throws IOException {
    boolean read = readAlike(bytes);
    Statistics.collect(read ? "read" : "refused");
  }

  private static boolean readAlike(byte[] bytes) throws IOException {
    Path file = Files.createTempFile("coprod-bytes", ".json");
    try {
      Files.write(file, bytes);
      Validation<Seq<Problem>, Project> quick = ProjectFiles.read(file);
      Validation<Seq<Problem>, Project> chars =
          ProjectFiles.read(new ByteArrayInputStream(bytes), Format.JSON, file.toString());
      assertThat(quick.isValid()).isEqualTo(chars.isValid());
      if (chars.isValid()) {
        assertThat(quick.get()).isEqualTo(chars.get());
      } else {
        assertThat(quick.getError().toJavaList()).isEqualTo(chars.getError().toJavaList());
      }
      return chars.isValid();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
