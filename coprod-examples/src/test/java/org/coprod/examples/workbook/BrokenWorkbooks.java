package org.coprod.examples.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.coprod.core.Project;
import org.coprod.io.ProjectTables;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A generator of workbooks with mistakes in them, made with the XLSX library as a spreadsheet would
 * save them: a project is laid out in the table layout, its cells are changed (a formula put in, a
 * number typed as text, a row left empty, cells merged), and the sheets are written. Two mistakes
 * cannot be made that way and are made by rewriting the zip: a zip bomb (an entry of zeros that
 * packs small) and the 1904 date system, which the library does not write, set on a workbook whose
 * dates were written as 1904 serial numbers.
 */
final class BrokenWorkbooks {
  private BrokenWorkbooks() {}

  /** What a cell holds: the table layout's kinds, and a formula or a raw number besides. */
  enum Kind {
    TEXT,
    NUMBER,
    DATE,
    BOOLEAN,
    FORMULA,
    ERROR
  }

  /** One cell as it will be written. */
  record Cell(Kind kind, String text) {}

  /** One sheet: its rows by number (from 1), each row's cells by column (from 0). */
  static final class Sheet {
    final String name;
    final TreeMap<Integer, TreeMap<Integer, Cell>> rows = new TreeMap<>();
    final List<int[]> merged = new ArrayList<>();

    Sheet(String name) {
      this.name = name;
    }

    /** The column of a key in row 1. */
    int column(String key) {
      for (Map.Entry<Integer, Cell> e : rows.get(1).entrySet()) {
        if (e.getValue().text().equals(key)) {
          return e.getKey();
        }
      }
      throw new IllegalArgumentException(name + " has no column " + key);
    }

    /** Sets a cell; a null cell empties it. */
    Sheet set(int row, int column, Cell cell) {
      TreeMap<Integer, Cell> r = rows.computeIfAbsent(row, k -> new TreeMap<>());
      if (cell == null) {
        r.remove(column);
      } else {
        r.put(column, cell);
      }
      return this;
    }

    Sheet set(int row, String key, Cell cell) {
      return set(row, column(key), cell);
    }

    /** Moves every row from {@code from} on down by one, leaving that row empty. */
    Sheet insertEmptyRow(int from) {
      TreeMap<Integer, TreeMap<Integer, Cell>> moved = new TreeMap<>();
      rows.forEach((n, r) -> moved.put(n >= from ? n + 1 : n, r));
      rows.clear();
      rows.putAll(moved);
      return this;
    }

    /** Takes a column away, the cells to its right moving left. */
    Sheet removeColumn(String key) {
      int c = column(key);
      for (TreeMap<Integer, Cell> r : rows.values()) {
        TreeMap<Integer, Cell> moved = new TreeMap<>();
        r.forEach(
            (k, v) -> {
              if (k < c) {
                moved.put(k, v);
              } else if (k > c) {
                moved.put(k - 1, v);
              }
            });
        r.clear();
        r.putAll(moved);
      }
      return this;
    }

    int lastColumn() {
      return rows.get(1).lastKey();
    }
  }

  /** A project's sheets, as the table layout lays them out. */
  static Map<String, Sheet> sheets(Project project) throws IOException {
    Map<String, Sheet> out = new LinkedHashMap<>();
    ProjectTables.write(
        project,
        new ProjectTables.Sink() {
          private Sheet current;

          @Override
          public void tables(io.vavr.collection.Seq<ProjectTables.Named> tables) {
            tables.forEach(t -> out.put(t.name(), new Sheet(t.name())));
          }

          @Override
          public void begin(ProjectTables.Named table) {
            current = out.get(table.name());
          }

          @Override
          public void row(ProjectTables.Row row) {
            for (ProjectTables.Cell c : row.cells()) {
              current.set(
                  row.number(), c.column(), new Cell(Kind.valueOf(c.kind().name()), c.text()));
            }
          }

          @Override
          public void end() {}
        });
    return out;
  }

  /** Writes sheets as a workbook, as a spreadsheet would: dates as date cells. */
  static void write(Map<String, Sheet> sheets, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "coprod-tests", "1.0");
      for (Sheet s : sheets.values()) {
        Worksheet ws = wb.newWorksheet(s.name);
        s.rows.forEach(
            (n, cells) ->
                cells.forEach(
                    (c, cell) -> {
                      int r = n - 1;
                      switch (cell.kind()) {
                        case TEXT -> ws.value(r, c, cell.text());
                        case NUMBER -> ws.value(r, c, new BigDecimal(cell.text()));
                        case DATE -> {
                          if (cell.text().startsWith("1904:")) {
                            // a serial number of the 1904 date system, formatted as a date
                            ws.value(r, c, new BigDecimal(cell.text().substring(5)));
                            ws.style(r, c).format("yyyy-mm-dd").set();
                          } else if (cell.text().contains("T")) {
                            ws.value(r, c, java.time.LocalDateTime.parse(cell.text()));
                            ws.style(r, c).format("yyyy-mm-dd hh:mm").set();
                          } else {
                            ws.value(r, c, LocalDate.parse(cell.text()));
                            ws.style(r, c).format("yyyy-mm-dd").set();
                          }
                        }
                        case BOOLEAN -> ws.value(r, c, Boolean.parseBoolean(cell.text()));
                        case FORMULA -> ws.formula(r, c, cell.text());
                        case ERROR -> ws.formula(r, c, "NA()");
                      }
                    }));
        for (int[] m : s.merged) {
          ws.range(m[0], m[1], m[2], m[3]).merge();
        }
      }
      wb.finish();
    }
  }

  /** Rewrites a workbook's zip: each entry's bytes through a change, and entries added. */
  static void rewrite(
      Path file, Map<String, UnaryOperator<byte[]>> changes, Map<String, byte[]> added)
      throws IOException {
    Path copy = Files.createTempFile(file.getParent(), "rewrite", ".xlsx");
    try (ZipFile zip = new ZipFile(file.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        byte[] bytes;
        try (InputStream in = zip.getInputStream(e)) {
          bytes = in.readAllBytes();
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(changes.getOrDefault(e.getName(), b -> b).apply(bytes));
        out.closeEntry();
      }
      for (Map.Entry<String, byte[]> e : added.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    Files.move(copy, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** Sets the 1904 date system in a workbook's settings (the library always writes 1900). */
  static UnaryOperator<byte[]> date1904() {
    return bytes ->
        new String(bytes, StandardCharsets.UTF_8)
            .replace("date1904=\"false\"", "date1904=\"true\"")
            .getBytes(StandardCharsets.UTF_8);
  }
}
