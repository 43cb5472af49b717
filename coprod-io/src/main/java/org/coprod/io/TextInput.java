package org.coprod.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.coprod.core.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The characters of a file, decoded strictly: bytes that are not UTF-8 stop reading with the line
 * and column where they are (Jackson and SnakeYAML would report them vaguely or replace them), a
 * leading byte order mark is dropped, and a file larger than its limit stops reading as soon as the
 * limit is passed, however the file was given.
 */
final class TextInput extends Reader {
  private static final int BUFFER = 16 * 1024;

  private final @Nullable InputStream bytes;
  private final @Nullable Reader chars;
  private final long limit;
  private final @Nullable CharsetDecoder decoder;
  private final ByteBuffer buffer;
  private long consumed;
  private boolean endOfBytes;
  private boolean started;
  private @Nullable InputException failure;
  // line and column of the next character handed to the parser
  private int line = 1;
  private int column = 1;

  private TextInput(@Nullable InputStream bytes, @Nullable Reader chars, long limit) {
    this.bytes = bytes;
    this.chars = chars;
    this.limit = limit;
    this.decoder =
        bytes == null
            ? null
            : StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.buffer = ByteBuffer.allocate(bytes == null ? 0 : BUFFER);
    this.buffer.flip();
  }

  /**
   * The bytes of a file, opened for reading once from start to end: a regular file, or a pipe or a
   * device such as {@code /dev/stdin}, whose channel cannot tell how much is left (it throws
   * "Illegal seek" when asked, and a buffered stream asks), so that question is answered "nothing
   * known" instead.
   */
  static InputStream open(Path file) throws IOException {
    return new FilterInputStream(Files.newInputStream(file)) {
      @Override
      public int available() {
        try {
          return super.available();
        } catch (IOException e) {
          return 0;
        }
      }
    };
  }

  /** UTF-8 text from bytes, at most {@code limit} bytes of it. */
  static TextInput ofBytes(InputStream in, long limit) {
    return new TextInput(Objects.requireNonNull(in, "in is null"), null, limit);
  }

  /** Text from characters, at most {@code limit} characters of it. */
  static TextInput ofChars(Reader in, long limit) {
    return new TextInput(null, Objects.requireNonNull(in, "in is null"), limit);
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, target.length);
    if (length == 0) {
      return 0;
    }
    int n = bytes != null ? decode(target, offset, length) : copy(target, offset, length);
    if (n > 0 && !started) {
      started = true;
      if (target[offset] == '\uFEFF') {
        // a byte order mark says nothing in UTF-8; the parsers would take it for content
        System.arraycopy(target, offset + 1, target, offset, n - 1);
        n--;
        if (n == 0) {
          return read(target, offset, length);
        }
      }
    }
    advance(target, offset, n);
    return n;
  }

  private int copy(char[] target, int offset, int length) throws IOException {
    Reader in = Objects.requireNonNull(chars);
    int n = in.read(target, offset, length);
    if (n > 0) {
      consumed += n;
      if (consumed > limit) {
        throw new InputException(
            Problem.Kind.LIMIT_EXCEEDED,
            "the file is longer than the limit of " + limit + " characters",
            line,
            column);
      }
    }
    return n;
  }

  private int decode(char[] target, int offset, int length) throws IOException {
    if (failure != null) {
      throw failure;
    }
    CharsetDecoder coder = Objects.requireNonNull(decoder);
    CharBuffer out = CharBuffer.wrap(target, offset, length);
    while (true) {
      CoderResult result = coder.decode(buffer, out, endOfBytes);
      if (result.isError()) {
        int delivered = out.position() - offset;
        failure = notUtf8(target, offset, delivered);
        if (delivered > 0) {
          // hand over what came before the bad bytes first, so the parser's positions stay right
          return delivered;
        }
        throw failure;
      }
      if (result.isOverflow()) {
        return out.position() - offset;
      }
      if (endOfBytes) {
        coder.flush(out);
        int delivered = out.position() - offset;
        return delivered == 0 ? -1 : delivered;
      }
      if (out.position() > offset) {
        // hand over what is decoded; a partial character waits for the next call
        return out.position() - offset;
      }
      fill();
    }
  }

  private void fill() throws IOException {
    InputStream in = Objects.requireNonNull(bytes);
    buffer.compact();
    int n = in.read(buffer.array(), buffer.position(), buffer.remaining());
    if (n < 0) {
      endOfBytes = true;
    } else {
      buffer.position(buffer.position() + n);
      consumed += n;
      if (consumed > limit) {
        buffer.flip();
        throw new InputException(
            Problem.Kind.LIMIT_EXCEEDED,
            "the file is larger than the limit of " + limit + " bytes",
            line,
            column);
      }
    }
    buffer.flip();
  }

  /** Where the bad bytes are: after the characters delivered in this call. */
  private InputException notUtf8(char[] target, int offset, int delivered) {
    int l = line;
    int c = column;
    for (int i = offset; i < offset + delivered; i++) {
      if (target[i] == '\n') {
        l++;
        c = 1;
      } else {
        c++;
      }
    }
    return new InputException(
        Problem.Kind.SYNTAX,
        "the file is not valid UTF-8 here (byte " + byteOffsetOfFailure() + ")",
        l,
        c);
  }

  private long byteOffsetOfFailure() {
    return consumed - buffer.remaining();
  }

  private void advance(char[] target, int offset, int n) {
    // newlines counted, the column worked out once from the last of them: this runs over every
    // character of the file
    int end = offset + n;
    int lastNewline = -1;
    for (int i = offset; i < end; i++) {
      if (target[i] == '\n') {
        line++;
        lastNewline = i;
      }
    }
    column = lastNewline < 0 ? column + n : end - lastNewline;
  }

  @Override
  public void close() throws IOException {
    if (bytes != null) {
      bytes.close();
    }
    if (chars != null) {
      chars.close();
    }
  }
}
