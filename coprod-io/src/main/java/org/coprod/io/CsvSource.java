package org.coprod.io;

import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SortedMap;
import org.coprod.io.ProjectTables.Cell;
import org.coprod.io.ProjectTables.CellKind;
import org.coprod.io.ProjectTables.Row;
import org.jspecify.annotations.Nullable;

/**
 * The CSV files of a folder as tables (RFC 4180, UTF-8): each cell plain text, typed by its column;
 * an empty cell holds nothing, a quoted empty cell ({@code ""}) empty text. A row is numbered by
 * the line it starts on, and a cell is named as a spreadsheet would name it ({@code
 * participants.csv:C7}).
 */
final class CsvSource implements ProjectTables.Source {
  private final SortedMap<String, Path> files;
  private final ReadLimits limits;

  /**
   * @param files the CSV files, by their names
   * @param limits the limits each file is read within
   */
  CsvSource(SortedMap<String, Path> files, ReadLimits limits) {
    this.files = files;
    this.limits = limits;
  }

  @Override
  public Seq<String> names() {
    return Array.ofAll(files.keySet());
  }

  @Override
  public boolean skipsEmptyRows() {
    return false;
  }

  @Override
  public ProjectTables.Rows rows(String name) throws IOException {
    Path file = files.get(name);
    if (file == null) {
      throw new IOException("no file of that name");
    }
    if (Files.size(file) > limits.maxFileBytes()) {
      throw new InputException(
          org.coprod.core.Problem.Kind.LIMIT_EXCEEDED,
          "the file is larger than the limit of " + limits.maxFileBytes() + " bytes",
          1,
          1);
    }
    InputStream in = Files.newInputStream(file);
    CsvRecords csv = new CsvRecords(TextInput.ofBytes(in, limits.maxFileBytes()), limits);
    return new ProjectTables.Rows() {
      private @Nullable Row next;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (next == null && !done) {
          try {
            List<CsvRecords.Cell> record = csv.next();
            if (record == null) {
              done = true;
            } else {
              next = row(record);
            }
          } catch (IOException e) {
            done = true;
            throw new UncheckedIOException(e);
          }
        }
        return next != null;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Row r = java.util.Objects.requireNonNull(next);
        next = null;
        return r;
      }

      @Override
      public void close() throws IOException {
        in.close();
      }
    };
  }

  private static Row row(List<CsvRecords.Cell> record) {
    List<Cell> cells = new ArrayList<>();
    for (int i = 0; i < record.size(); i++) {
      CsvRecords.Cell c = record.get(i);
      if (!c.text().isEmpty() || c.quoted()) {
        cells.add(new Cell(i, CellKind.PLAIN, c.text()));
      }
    }
    return new Row(Math.max(1, record.get(0).line()), Array.ofAll(cells));
  }

  @Override
  public String place(String name) {
    Path file = files.get(name);
    return file == null ? name : file.toString();
  }

  @Override
  public String place(String name, int row, int column) {
    return place(name) + ":" + columnName(column) + row;
  }

  /** A column's name as spreadsheets give it: A to Z, then AA, AB, … */
  static String columnName(int column) {
    StringBuilder out = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      out.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return out.toString();
  }
}
