package org.coprod.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;
import org.coprod.core.Problem;

/**
 * The bytes of a JSON file for Jackson's byte parser, checked to be UTF-8 exactly as strictly as
 * {@link TextInput}'s decoder checks them (the same sequences are refused), a leading byte order
 * mark dropped, and at most {@code limit} bytes read.
 *
 * <p>The parser counts columns in bytes, where the reading of characters counts them in characters
 * (UTF-16 units, as Java's strings do); so this stream notes where each character of more than one
 * byte lies, and {@link #extraBytes(long, long)} says how many bytes more than characters a stretch
 * of the stream holds. It keeps only the notes the parser can still ask about: those after the
 * start of the line of the last token asked about.
 *
 * <p>Its problems (bytes that are not UTF-8, a file over its limit) are not placed on a line: a
 * file with a problem is read again as characters by {@link TextInput}, whose messages and
 * positions are the ones reported. The happy path never counts lines.
 */
final class ByteInput extends InputStream {
  private static final int BUFFER = 64 * 1024;

  private final InputStream in;
  private final long limit;
  private final byte[] buffer = new byte[BUFFER];
  // bytes [start, checked) are whole characters not yet handed over; [checked, end) a partial one
  private int start;
  private int checked;
  private int end;
  private long consumed;
  private boolean endOfBytes;
  private boolean started;
  private boolean failed;
  // the offset in the stream handed over (after a byte order mark) of buffer[0]
  private long base;

  // characters of more than one byte: their offsets in the stream handed over, and the bytes more
  // than characters up to and including each (kept as a running sum)
  private long[] wideAt = new long[64];
  private long[] wideSum = new long[64];
  private int wideFirst;
  private int wideCount;
  // the running sum before wideFirst
  private long wideBase;
  private long wideTotal;

  private ByteInput(InputStream in, long limit) {
    this.in = in;
    this.limit = limit;
  }

  /** UTF-8 bytes, at most {@code limit} of them. */
  static ByteInput of(InputStream in, long limit) {
    return new ByteInput(Objects.requireNonNull(in, "in is null"), limit);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, target.length);
    if (length == 0) {
      return 0;
    }
    while (start == checked) {
      if (failed) {
        throw notUtf8();
      }
      if (endOfBytes) {
        if (checked < end) {
          // a character cut short by the end of the file
          failed = true;
          throw notUtf8();
        }
        return -1;
      }
      fill();
    }
    int n = Math.min(length, checked - start);
    System.arraycopy(buffer, start, target, offset, n);
    start += n;
    return n;
  }

  private void fill() throws IOException {
    // what is left is a partial character: move it to the front
    int left = end - checked;
    System.arraycopy(buffer, checked, buffer, 0, left);
    base += checked;
    start = 0;
    checked = 0;
    end = left;
    int n = in.read(buffer, end, buffer.length - end);
    if (n < 0) {
      endOfBytes = true;
      return;
    }
    consumed += n;
    if (consumed > limit) {
      failed = true;
      throw new InputException(
          Problem.Kind.LIMIT_EXCEEDED,
          "the file is larger than the limit of " + limit + " bytes",
          0,
          0);
    }
    end += n;
    check();
    if (!started && checked > 0) {
      // the first character is whole: a byte order mark (three bytes) says nothing in UTF-8, and
      // the parser would take it for content
      started = true;
      if (buffer[0] == (byte) 0xEF && buffer[1] == (byte) 0xBB && buffer[2] == (byte) 0xBF) {
        start = 3;
        base = -3;
        dropFirstWide();
      }
    }
  }

  /** Checks the bytes after {@code checked}, as far as whole characters go. */
  private void check() {
    byte[] b = buffer;
    int i = checked;
    int n = end;
    while (i < n) {
      int b1 = b[i];
      if (b1 >= 0) {
        i++;
        continue;
      }
      int length = sequence(b, i, n);
      if (length == 0) {
        // a partial character: wait for more bytes
        break;
      }
      if (length < 0) {
        failed = true;
        break;
      }
      noteWide(base + i, length == 4 ? 2 : length - 1);
      i += length;
    }
    checked = i;
  }

  /**
   * The length of the sequence at {@code i} if it is a whole valid character, 0 if it may still
   * become one with more bytes, -1 if it is not UTF-8 (as Java's decoder judges).
   */
  private static int sequence(byte[] b, int i, int n) {
    int b1 = b[i];
    int left = n - i;
    if ((b1 >> 5) == -2 && (b1 & 0x1e) != 0) {
      if (left < 2) {
        return 0;
      }
      return (b[i + 1] & 0xc0) == 0x80 ? 2 : -1;
    }
    if ((b1 >> 4) == -2) {
      if (left < 3) {
        if (left > 1 && malformed3of2(b1, b[i + 1])) {
          return -1;
        }
        return 0;
      }
      int b2 = b[i + 1];
      int b3 = b[i + 2];
      if (malformed3of2(b1, b2) || (b3 & 0xc0) != 0x80) {
        return -1;
      }
      char c =
          (char)
              ((b1 << 12)
                  ^ (b2 << 6)
                  ^ (b3 ^ (((byte) 0xE0 << 12) ^ ((byte) 0x80 << 6) ^ ((byte) 0x80))));
      return Character.isSurrogate(c) ? -1 : 3;
    }
    if ((b1 >> 3) == -2) {
      if (left < 4) {
        if ((b1 & 0xff) > 0xf4 || (left > 1 && malformed4of2(b1, b[i + 1]))) {
          return -1;
        }
        if (left > 2 && (b[i + 2] & 0xc0) != 0x80) {
          return -1;
        }
        return 0;
      }
      int b2 = b[i + 1];
      int b3 = b[i + 2];
      int b4 = b[i + 3];
      int cp =
          ((b1 << 18)
              ^ (b2 << 12)
              ^ (b3 << 6)
              ^ (b4
                  ^ (((byte) 0xF0 << 18)
                      ^ ((byte) 0x80 << 12)
                      ^ ((byte) 0x80 << 6)
                      ^ ((byte) 0x80))));
      if ((b2 & 0xc0) != 0x80
          || (b3 & 0xc0) != 0x80
          || (b4 & 0xc0) != 0x80
          || !Character.isSupplementaryCodePoint(cp)) {
        return -1;
      }
      return 4;
    }
    return -1;
  }

  private static boolean malformed3of2(int b1, int b2) {
    return (b1 == (byte) 0xe0 && (b2 & 0xe0) == 0x80) || (b2 & 0xc0) != 0x80;
  }

  private static boolean malformed4of2(int b1, int b2) {
    int u = b2 & 0xff;
    return (b1 == (byte) 0xf0 && (u < 0x90 || u > 0xbf))
        || (b1 == (byte) 0xf4 && (u & 0xf0) != 0x80)
        || (u & 0xc0) != 0x80;
  }

  private InputException notUtf8() {
    return new InputException(Problem.Kind.SYNTAX, "the file is not valid UTF-8", 0, 0);
  }

  // ---- characters of more than one byte

  private void noteWide(long at, int extra) {
    int slot = wideFirst + wideCount;
    if (slot == wideAt.length) {
      if (wideFirst > wideAt.length / 2) {
        System.arraycopy(wideAt, wideFirst, wideAt, 0, wideCount);
        System.arraycopy(wideSum, wideFirst, wideSum, 0, wideCount);
        wideFirst = 0;
      } else {
        wideAt = Arrays.copyOf(wideAt, wideAt.length * 2);
        wideSum = Arrays.copyOf(wideSum, wideSum.length * 2);
      }
      slot = wideFirst + wideCount;
    }
    wideTotal += extra;
    wideAt[slot] = at;
    wideSum[slot] = wideTotal;
    wideCount++;
  }

  /** A byte order mark was noted as a wide character before it was dropped: forget it. */
  private void dropFirstWide() {
    if (wideCount > 0) {
      long mark = wideSum[wideFirst];
      wideTotal -= mark;
      for (int k = wideFirst + 1; k < wideFirst + wideCount; k++) {
        wideAt[k - 1] = wideAt[k] - 3;
        wideSum[k - 1] = wideSum[k] - mark;
      }
      wideCount--;
    }
  }

  /**
   * How many bytes more than characters the stream handed over holds from offset {@code from} up to
   * (not including) {@code to}. The notes before {@code from} are forgotten: callers ask with a
   * {@code from} that never goes back (the start of the current token's line).
   */
  long extraBytes(long from, long to) {
    if (wideCount == 0) {
      return 0;
    }
    while (wideCount > 0 && wideAt[wideFirst] < from) {
      wideBase = wideSum[wideFirst];
      wideFirst++;
      wideCount--;
    }
    if (wideCount == 0 || wideAt[wideFirst] >= to) {
      return 0;
    }
    // the last note before `to`
    int lo = wideFirst;
    int hi = wideFirst + wideCount - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (wideAt[mid] < to) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return wideSum[lo] - wideBase;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
