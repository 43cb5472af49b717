package org.coprod.workbook;

import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.coprod.io.ProjectTables;
import org.coprod.io.ProjectTables.CellKind;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellAddress;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * The sheets of a workbook as tables, read row by row with fastexcel's streaming reader: each cell
 * with what it holds (text, a number, a date by its number format and the workbook's date system,
 * true or false, a formula or an error) and its place named as a spreadsheet names it ({@code
 * project.xlsx:Contributions!C7}).
 */
final class SheetSource implements ProjectTables.Source {
  private static final java.util.regex.Pattern CONSTANT_TRUTH =
      java.util.regex.Pattern.compile("=?(?i:true|false)\\(\\)");

  /** The columns a sheet has, A to XFD. */
  static final int COLUMNS = 16_384;

  private final ReadableWorkbook workbook;
  private final String sourceName;
  private final boolean date1904;

  SheetSource(ReadableWorkbook workbook, String sourceName) {
    this.workbook = workbook;
    this.sourceName = sourceName;
    this.date1904 = workbook.isDate1904();
  }

  @Override
  public Seq<String> names() {
    try (Stream<Sheet> sheets = workbook.getSheets()) {
      return Array.ofAll(sheets.map(Sheet::getName).toList());
    }
  }

  @Override
  public ProjectTables.Rows rows(String name) throws IOException {
    Sheet sheet =
        workbook.findSheet(name).orElseThrow(() -> new IOException("no sheet of that name"));
    Stream<Row> stream = sheet.openStream();
    Iterator<Row> rows = stream.iterator();
    return new ProjectTables.Rows() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public ProjectTables.Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return row(rows.next());
      }

      @Override
      public void close() {
        stream.close();
      }
    };
  }

  private ProjectTables.Row row(Row row) {
    List<ProjectTables.Cell> cells = new ArrayList<>();
    for (int i = 0; i < row.getCellCount(); i++) {
      Cell c = row.getCell(i);
      ProjectTables.@Nullable Cell cell = c == null ? null : cell(c);
      if (cell != null) {
        cells.add(cell);
      }
    }
    return new ProjectTables.Row(Math.max(1, row.getRowNum()), Array.ofAll(cells));
  }

  /** A cell as a table's cell; null when it holds nothing a person would see. */
  private ProjectTables.@Nullable Cell cell(Cell c) {
    int column = c.getColumnIndex();
    if (column >= COLUMNS) {
      throw new UncheckedIOException(new IOException("a cell lies beyond the last column"));
    }
    CellType type = c.getType();
    String raw = c.getRawValue();
    switch (type) {
      case EMPTY -> {
        return null;
      }
      case STRING -> {
        String text = raw == null ? "" : raw;
        // a cell of spaces looks empty, and is taken as empty
        return text.isBlank() ? null : new ProjectTables.Cell(column, CellKind.TEXT, text);
      }
      case BOOLEAN -> {
        Object value = c.getValue();
        return new ProjectTables.Cell(
            column, CellKind.BOOLEAN, Boolean.TRUE.equals(value) ? "true" : "false");
      }
      case FORMULA -> {
        String formula = c.getFormula();
        if (formula != null && CONSTANT_TRUTH.matcher(formula.strip()).matches()) {
          // LibreOffice saves TRUE and FALSE as the formulas TRUE() and FALSE(): constants, not
          // sums, so they are the values they always give
          boolean yes = formula.strip().toUpperCase(java.util.Locale.ROOT).contains("TRUE");
          return new ProjectTables.Cell(column, CellKind.BOOLEAN, yes ? "true" : "false");
        }
        return new ProjectTables.Cell(
            column, CellKind.FORMULA, formula == null || formula.isEmpty() ? "=" : formula);
      }
      case ERROR -> {
        return new ProjectTables.Cell(
            column, CellKind.ERROR, raw == null || raw.isEmpty() ? "#ERROR" : raw);
      }
      case NUMBER -> {
        if (raw == null || raw.isEmpty()) {
          return null;
        }
        BigDecimal number;
        try {
          number = new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
          return new ProjectTables.Cell(column, CellKind.ERROR, raw);
        }
        if (Serials.isDateFormat(c.getDataFormatId(), c.getDataFormatString())) {
          String day = Serials.text(number, date1904);
          if (day != null) {
            return new ProjectTables.Cell(column, CellKind.DATE, day);
          }
        }
        return new ProjectTables.Cell(column, CellKind.NUMBER, plain(number));
      }
    }
    return null;
  }

  /** A number written plainly: no exponent, no trailing zeros (unless its size makes it absurd). */
  static String plain(BigDecimal number) {
    BigDecimal n = number.stripTrailingZeros();
    if (n.scale() < -400 || n.scale() > 400) {
      return number.toString();
    }
    return n.signum() == 0 ? "0" : n.toPlainString();
  }

  @Override
  public String place(String name) {
    return sourceName + ":" + quoted(name);
  }

  @Override
  public String place(String name, int row, int column) {
    return sourceName + ":" + quoted(name) + "!" + CellAddress.convertNumToColString(column) + row;
  }

  /** A sheet's name as a reference writes it: quoted when it holds more than letters and digits. */
  static String quoted(String sheet) {
    return sheet.matches("[A-Za-z][A-Za-z0-9_]*") ? sheet : "'" + sheet.replace("'", "''") + "'";
  }
}
