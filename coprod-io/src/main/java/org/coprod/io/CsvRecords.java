package org.coprod.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.coprod.core.Problem;
import org.jspecify.annotations.Nullable;

/**
 * A strict RFC 4180 reader that knows where every cell starts: records end at CRLF or LF, cells are
 * separated by commas, a quoted cell may hold commas, line breaks and doubled quotes, and nothing
 * may stand between a closing quote and the next comma. Blank lines are skipped. Whether a cell was
 * quoted is kept, so a quoted empty cell ({@code ""}) can mean empty text while an empty cell means
 * nothing.
 */
final class CsvRecords {
  /** One cell: its text, whether it was quoted, and where it starts (from 1). */
  record Cell(String text, boolean quoted, int line, int column) {}

  private final Reader in;
  private final ReadLimits limits;
  private final char[] buffer = new char[16 * 1024];
  private int position;
  private int filled;
  private boolean ended;
  private int line = 1;
  private int column = 1;
  private long cells;
  private final StringBuilder text = new StringBuilder();

  CsvRecords(Reader in, ReadLimits limits) {
    this.in = in;
    this.limits = limits;
  }

  /** The line where the next record starts. */
  int line() {
    return line;
  }

  /**
   * The next record, or null at the end.
   *
   * @throws InputException for a quote out of place, a cell over the length limit, too many cells,
   *     or bytes that are not UTF-8; reading cannot go on after it
   */
  @Nullable List<Cell> next() throws IOException {
    while (peek() == '\n' || peek() == '\r') {
      lineBreak();
    }
    if (peek() < 0) {
      return null;
    }
    List<Cell> record = new ArrayList<>();
    while (true) {
      record.add(cell());
      int c = peek();
      if (c == ',') {
        take();
        continue;
      }
      if (c == '\r' || c == '\n') {
        lineBreak();
      }
      return record;
    }
  }

  private Cell cell() throws IOException {
    int startLine = line;
    int startColumn = column;
    if (++cells > limits.maxElements()) {
      throw new InputException(
          Problem.Kind.LIMIT_EXCEEDED,
          "the file holds more cells than the limit of " + limits.maxElements(),
          startLine,
          startColumn);
    }
    text.setLength(0);
    if (peek() == '"') {
      take();
      while (true) {
        int c = peek();
        if (c < 0) {
          throw new InputException(
              Problem.Kind.SYNTAX, "a quoted cell is never closed", startLine, startColumn);
        }
        if (c == '"') {
          take();
          if (peek() == '"') {
            append((char) take());
            continue;
          }
          int after = peek();
          if (after >= 0 && after != ',' && after != '\r' && after != '\n') {
            throw new InputException(
                Problem.Kind.SYNTAX,
                "text after the closing quote of a cell; double a quote inside a quoted cell",
                line,
                column);
          }
          return new Cell(text.toString(), true, startLine, startColumn);
        }
        if (c == '\r' || c == '\n') {
          lineBreakInto();
        } else {
          append((char) take());
        }
      }
    }
    while (true) {
      int c = peek();
      if (c < 0 || c == ',' || c == '\r' || c == '\n') {
        return new Cell(text.toString(), false, startLine, startColumn);
      }
      if (c == '"') {
        throw new InputException(
            Problem.Kind.SYNTAX,
            "a quote inside an unquoted cell; quote the whole cell and double the quote",
            line,
            column);
      }
      append((char) take());
    }
  }

  private void append(char c) throws InputException {
    if (text.length() >= limits.maxStringLength()) {
      throw new InputException(
          Problem.Kind.LIMIT_EXCEEDED,
          "a cell is longer than the limit of " + limits.maxStringLength() + " characters",
          line,
          column);
    }
    text.append(c);
  }

  /** Consumes CRLF, LF or a lone CR. */
  private void lineBreak() throws IOException {
    if (take() == '\r' && peek() == '\n') {
      take();
    }
    line++;
    column = 1;
  }

  /** A line break inside a quoted cell is part of its text, as written. */
  private void lineBreakInto() throws IOException {
    int c = take();
    append((char) c);
    if (c == '\r' && peek() == '\n') {
      append((char) take());
    }
    line++;
    column = 1;
  }

  private int peek() throws IOException {
    if (position == filled) {
      if (ended) {
        return -1;
      }
      filled = in.read(buffer, 0, buffer.length);
      position = 0;
      if (filled <= 0) {
        filled = 0;
        ended = true;
        return -1;
      }
    }
    return buffer[position];
  }

  private int take() throws IOException {
    int c = peek();
    if (c >= 0) {
      position++;
      column++;
    }
    return c;
  }
}
