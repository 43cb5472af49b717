package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutputsTest {
  private static final String TEXT = "Zoë’s “guide” — 日本語 🙂 ".repeat(5000);

  @Test
  void decodesUtf8WrittenAByteAtATime() throws Exception {
    StringWriter chars = new StringWriter();
    try (OutputStream out = new Outputs.WriterStream(chars)) {
      for (byte b : TEXT.getBytes(StandardCharsets.UTF_8)) {
        out.write(b);
      }
    }
    assertThat(chars.toString()).isEqualTo(TEXT);
  }

  @Test
  void decodesUtf8WrittenInChunksThatSplitCharacters() throws Exception {
    StringWriter chars = new StringWriter();
    byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = new Outputs.WriterStream(chars)) {
      for (int i = 0; i < bytes.length; i += 70001) {
        out.write(bytes, i, Math.min(70001, bytes.length - i));
        out.flush();
      }
    }
    assertThat(chars.toString()).isEqualTo(TEXT);
  }
}
