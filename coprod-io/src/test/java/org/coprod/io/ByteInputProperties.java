package org.coprod.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.coprod.core.Problem;
import org.junit.jupiter.api.Test;

/**
 * The checked bytes of a JSON file on their own, apart from the reading that falls back to
 * characters (which hides a check too strict): the same bytes refused as Java's strict decoder
 * refuses, however the file's bytes arrive; a byte order mark dropped; the limit met exactly; and
 * the count of bytes more than characters over any stretch, as the parser asks while it reads.
 */
class ByteInputProperties {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** A stream that gives its bytes a few at a time, as a pipe or a slow disk may. */
  private static InputStream trickle(byte[] bytes, int most) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, most));
      }
    };
  }

  private static boolean utf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static byte[] readAll(ByteInput in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] piece = new byte[5];
    for (int n = in.read(piece, 0, piece.length); n >= 0; n = in.read(piece, 0, piece.length)) {
      out.write(piece, 0, n);
    }
    return out.toByteArray();
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
            (byte) 0xBB,
            (byte) 0xF0,
            (byte) 0x90,
            (byte) 0x8F,
            (byte) 0xF4,
            (byte) 0xF5,
            (byte) 0xFF,
            (byte) 'a');
    return edge.array(byte[].class).ofMinSize(0).ofMaxSize(12);
  }

  @Property
  void theBytesAreRefusedExactlyWhenJavasStrictDecoderRefusesThemHoweverTheyArrive(
      @ForAll("noise") byte[] bytes, @ForAll @IntRange(min = 1, max = 4) int most) {
    ByteInput in = ByteInput.of(trickle(bytes, most), 1000);
    if (utf8(bytes)) {
      byte[] expected =
          bytes.length >= 3 && Arrays.equals(Arrays.copyOf(bytes, 3), BOM)
              ? Arrays.copyOfRange(bytes, 3, bytes.length)
              : bytes;
      try {
        assertThat(readAll(in)).isEqualTo(expected);
      } catch (IOException e) {
        throw new AssertionError("valid UTF-8 refused", e);
      }
    } else {
      assertThatThrownBy(() -> readAll(in))
          .isInstanceOf(InputException.class)
          .satisfies(e -> assertThat(((InputException) e).kind()).isEqualTo(Problem.Kind.SYNTAX));
    }
  }

  @Provide
  Arbitrary<String> wideText() {
    return Arbitraries.of("a", "\n", "é", "€", "😀", "ߐ", "\uFFFD", "\u0800", "\uD7FF")
        .list()
        .ofMaxSize(200)
        .map(l -> String.join("", l));
  }

  @Property
  void theBytesMoreThanCharactersOfAnyStretchAreCountedAsTheParserAsks(
      @ForAll("wideText") String text,
      @ForAll boolean bom,
      @ForAll @IntRange(min = 1, max = 9) int most,
      @ForAll("steps") List<Integer> steps)
      throws IOException {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] file = body;
    if (bom) {
      file = new byte[body.length + 3];
      System.arraycopy(BOM, 0, file, 0, 3);
      System.arraycopy(body, 0, file, 3, body.length);
    }
    // the offset of each character's first byte, and the bytes more than UTF-16 units before it
    List<Integer> starts = new ArrayList<>();
    List<Integer> extraBefore = new ArrayList<>();
    int offset = 0;
    int extra = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      starts.add(offset);
      extraBefore.add(extra);
      offset += bytes;
      extra += bytes - Character.charCount(cp);
      i += Character.charCount(cp);
    }
    starts.add(offset);
    extraBefore.add(extra);

    ByteInput in = ByteInput.of(trickle(file, most), 100_000);
    byte[] piece = new byte[7];
    int handed = 0;
    int from = 0;
    int step = 0;
    while (true) {
      int n = in.read(piece, 0, piece.length);
      if (n < 0) {
        break;
      }
      handed += n;
      // the characters wholly handed over so far
      int whole = 0;
      while (whole + 1 < starts.size() && starts.get(whole + 1) <= handed) {
        whole++;
      }
      int ahead = steps.isEmpty() ? 0 : steps.get(step++ % steps.size());
      from = Math.min(Math.max(from, Math.min(from + ahead / 3, whole)), whole);
      int to = Math.min(from + ahead, whole);
      assertThat(in.extraBytes(starts.get(from), starts.get(to)))
          .as("bytes more than characters from %s to %s", starts.get(from), starts.get(to))
          .isEqualTo((long) extraBefore.get(to) - extraBefore.get(from));
    }
    assertThat(handed).isEqualTo(body.length);
  }

  @Provide
  Arbitrary<List<Integer>> steps() {
    return Arbitraries.integers().between(0, 40).list().ofMinSize(1).ofMaxSize(6);
  }

  @Test
  void manyWideCharactersAreCountedAsTheirNotesAreForgottenAndTheRestKept() throws IOException {
    // more notes than the first table holds, asked about as they go, so the table moves and grows
    String text = "é".repeat(150) + "a" + "😀".repeat(150);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    ByteInput in = ByteInput.of(trickle(bytes, 3), 10_000);
    byte[] piece = new byte[4];
    int handed = 0;
    while (true) {
      int n = in.read(piece, 0, piece.length);
      if (n < 0) {
        break;
      }
      handed += n;
      if (handed >= 20 && handed <= 300) {
        // the last ten é handed over, one byte more each; the notes before them are forgotten
        assertThat(in.extraBytes(handed - 20, handed)).isEqualTo(10);
      }
    }
    // the 150 é end at 300, 'a' at 300, the faces start at 301, four bytes and two units each
    assertThat(in.extraBytes(290, 301)).isEqualTo(5);
    assertThat(in.extraBytes(300, 301 + 4 * 10)).isEqualTo(20);
    assertThat(in.extraBytes(301 + 4 * 10, 301 + 4 * 150)).isEqualTo(280);
    assertThat(in.extraBytes(301 + 4 * 150, 301 + 4 * 150)).isZero();
  }

  @Test
  void theLimitIsMetExactlyAndOneByteMoreIsRefused() throws IOException {
    byte[] ten = "0123456789".getBytes(StandardCharsets.US_ASCII);
    assertThat(readAll(ByteInput.of(new ByteArrayInputStream(ten), 10))).isEqualTo(ten);
    ByteInput over = ByteInput.of(new ByteArrayInputStream(ten), 9);
    assertThatThrownBy(() -> readAll(over))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("limit of 9 bytes")
        .satisfies(
            e -> assertThat(((InputException) e).kind()).isEqualTo(Problem.Kind.LIMIT_EXCEEDED));
    // and again on the next read: the stream stays refused
    assertThatThrownBy(() -> over.read(new byte[4], 0, 4)).isInstanceOf(InputException.class);
  }

  @Test
  void aByteIsReadUnsignedOneAtATimeAndTheEndIsMinusOne() throws IOException {
    ByteInput in = ByteInput.of(new ByteArrayInputStream("é".getBytes(StandardCharsets.UTF_8)), 10);
    assertThat(in.read()).isEqualTo(0xC3);
    assertThat(in.read()).isEqualTo(0xA9);
    assertThat(in.read()).isEqualTo(-1);
    assertThat(in.read(new byte[3], 0, 0)).isZero();
  }

  @Test
  void aCharacterCutShortByTheEndIsRefusedAndStaysRefused() {
    ByteInput in =
        ByteInput.of(new ByteArrayInputStream(new byte[] {'a', (byte) 0xE2, (byte) 0x82}), 10);
    byte[] piece = new byte[8];
    assertThatThrownBy(
            () -> {
              while (in.read(piece, 0, piece.length) >= 0) {
                // read on to the end
              }
            })
        .isInstanceOf(InputException.class)
        .hasMessageContaining("not valid UTF-8");
    assertThatThrownBy(() -> in.read(piece, 0, piece.length)).isInstanceOf(InputException.class);
  }

  @Test
  void closingTheStreamClosesTheFile() throws IOException {
    boolean[] closed = {false};
    InputStream file =
        new ByteArrayInputStream(new byte[0]) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    ByteInput.of(file, 10).close();
    assertThat(closed[0]).isTrue();
  }
}
