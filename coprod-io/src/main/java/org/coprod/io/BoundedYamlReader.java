package org.coprod.io;

import java.io.IOException;
import java.io.Reader;
import org.coprod.core.Problem;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * The characters of a YAML file as SnakeYAML's scanner reads them, in time proportional to the file
 * and within the length limit of a text.
 *
 * <p>SnakeYAML's own reader copies everything the scanner has looked at but not yet consumed every
 * 1,024 characters, so a scalar of n characters costs n²/2,048 copies (a 20 MB string ran for
 * minutes), and its length limit is checked only between tokens, after the whole scalar has been
 * read. This reader keeps one growing window that is compacted only when at least half of it is
 * free, and it refuses, with the line and column, a run of characters the scanner looks ahead over
 * that is longer than {@link ReadLimits#maxStringLength()} (a scalar, a comment or blank space on
 * one line) and any stretch of the file read for one parser event that is longer than {@link
 * #budget(ReadLimits)} (a scalar over many lines, with the blank lines and comments before it). Its
 * {@link Mark}s hold no copy of the window, so an event kept for an alias keeps no text of the file
 * alive.
 *
 * <p>Every public method of {@link StreamReader} is overridden: the scanner sees only this reader's
 * state, and the superclass's fields stay empty.
 */
final class BoundedYamlReader extends StreamReader {
  /** Characters asked of the underlying reader at a time. */
  private static final int CHUNK = 8 * 1024;

  /** What every mark points into: nothing, so a mark keeps no text alive. */
  private static final int[] NO_TEXT = new int[0];

  private static final String NAME = "'reader'";

  private final Reader stream;
  private final int maxRun;
  private final long budget;
  private final char[] chunk = new char[CHUNK + 1];

  /** The code points read and not yet consumed lie in {@code window[start, end)}. */
  private int[] window = new int[CHUNK * 2];

  private int start;
  private int end;
  private boolean eof;
  private int index;
  private int documentIndex;
  private int line;
  private int column;

  /** The index at which the parser last asked for an event. */
  private int eventStart;

  private long copied;

  BoundedYamlReader(Reader stream, ReadLimits limits) {
    super(stream);
    this.stream = stream;
    this.maxRun = limits.maxStringLength();
    this.budget = budget(limits);
  }

  /**
   * The most characters of the file read for one parser event: a text at the length limit written
   * with quotes and escapes or folded over several lines, and the comments and blank lines before
   * it.
   */
  static long budget(ReadLimits limits) {
    return 2L * limits.maxStringLength() + CHUNK;
  }

  /** The parser is about to read an event: the budget of characters starts again here. */
  void beginEvent() {
    eventStart = index;
  }

  @Override
  public Mark getMark() {
    return new Mark(NAME, index, line, column, NO_TEXT, 0);
  }

  @Override
  public void forward() {
    forward(1);
  }

  @Override
  public void forward(int length) {
    for (int i = 0; i < length && ensure(0); i++) {
      int c = window[start++];
      index++;
      documentIndex++;
      if (Constant.LINEBR.has(c) || (c == '\r' && ensure(0) && window[start] != '\n')) {
        line++;
        column = 0;
      } else if (c != 0xFEFF) {
        column++;
      }
    }
    spent();
  }

  @Override
  public int peek() {
    return ensure(0) ? window[start] : '\0';
  }

  @Override
  public int peek(int offset) {
    if (offset > maxRun) {
      throw new TooLong(
          new InputException(
              Problem.Kind.LIMIT_EXCEEDED,
              "a text is longer than the limit of " + maxRun + " characters",
              line + 1,
              column + 1));
    }
    return ensure(offset) ? window[start + offset] : '\0';
  }

  @Override
  public String prefix(int length) {
    if (length == 0) {
      return "";
    }
    int n = ensure(length) ? length : Math.min(length, end - start);
    return new String(window, start, n);
  }

  @Override
  public String prefixForward(int length) {
    String prefix = prefix(length);
    start += length;
    index += length;
    documentIndex += length;
    column += length;
    spent();
    return prefix;
  }

  @Override
  public int getColumn() {
    return column;
  }

  @Override
  public int getDocumentIndex() {
    return documentIndex;
  }

  @Override
  public void resetDocumentIndex() {
    documentIndex = 0;
  }

  @Override
  public int getIndex() {
    return index;
  }

  @Override
  public int getLine() {
    return line;
  }

  /** Refuses to read on once the characters read for one event pass the budget. */
  private void spent() {
    if ((long) index - eventStart > budget) {
      throw new TooLong(
          new InputException(
              Problem.Kind.LIMIT_EXCEEDED,
              "a text, with the blank lines and comments before it, is longer than the limit of "
                  + maxRun
                  + " characters (counted as written: "
                  + budget
                  + " characters of the file)",
              line + 1,
              column + 1));
    }
  }

  /**
   * Whether the code point {@code offset} past the current one is there, reading more if need be.
   */
  private boolean ensure(int offset) {
    while (!eof && start + offset >= end) {
      fill();
    }
    return start + offset < end;
  }

  /**
   * Reads the next chunk of characters into the window as code points. The window grows by doubling
   * and is compacted only when what is kept fills at most half of it, so each code point is copied
   * a bounded number of times, however far the scanner looks ahead.
   */
  private void fill() {
    int read;
    try {
      read = stream.read(chunk, 0, CHUNK);
      if (read > 0 && Character.isHighSurrogate(chunk[read - 1])) {
        if (stream.read(chunk, read, 1) == -1) {
          throw new ReaderException(
              NAME,
              index + (end - start) + read,
              chunk[read - 1],
              "The last char is HighSurrogate (no LowSurrogate detected).");
        }
        read++;
      }
    } catch (IOException e) {
      throw new YAMLException(e);
    }
    if (read <= 0) {
      eof = true;
      return;
    }
    int kept = end - start;
    if (end + read > window.length) {
      int[] target = window;
      if (kept + read > window.length / 2) {
        target = new int[Math.max(window.length * 2, (kept + read) * 2)];
      }
      System.arraycopy(window, start, target, 0, kept);
      copied += kept;
      window = target;
      start = 0;
      end = kept;
    }
    int bad = -1;
    int i = 0;
    while (i < read) {
      int codePoint = Character.codePointAt(chunk, i, read);
      window[end++] = codePoint;
      if (!isPrintable(codePoint)) {
        bad = codePoint;
        break;
      }
      i += Character.charCount(codePoint);
    }
    if (bad >= 0) {
      // what SnakeYAML's reader does: the text before the character is there to read, then it stops
      eof = true;
      throw new ReaderException(
          NAME, index + (end - start) - 1, bad, "special characters are not allowed");
    }
  }

  /**
   * How many code points have been copied within the window so far: a bounded multiple of those
   * read, which tests check.
   */
  long copied() {
    return copied;
  }

  /**
   * The reader refused to read on; what it carries is the problem. Thrown through SnakeYAML's
   * scanner, which declares no checked exceptions, and turned back into the {@link InputException}
   * by the parser that reads events.
   */
  static final class TooLong extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final InputException problem;

    TooLong(InputException problem) {
      super(problem.getMessage(), null, false, false);
      this.problem = problem;
    }

    InputException problem() {
      return problem;
    }
  }
}
