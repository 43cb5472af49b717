package org.coprod.workbook;

import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.coprod.io.ProjectTables;
import org.coprod.io.ProjectTables.Column;
import org.coprod.io.ProjectTables.Kind;
import org.coprod.io.ProjectTables.Named;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Tables written as the sheets of a workbook with fastexcel's streaming writer: row 1 holds the
 * keys in bold and stays in view; dates are date cells shown {@code YYYY-MM-DD}; single constants
 * and ids of another sheet get a drop-down list; a large sheet is flushed to the file as it grows.
 */
final class SheetSink implements ProjectTables.Sink {
  /** Rows a drop-down covers at least, so rows added later get it too. */
  private static final int OFFERED_ROWS = 1_000;

  /** The most characters a cell holds in Excel. */
  static final int CELL_LIMIT = 32_767;

  // written into the file as they are: plain words, no character XML would need escaped
  private static final String NOT_LISTED = "Not in the list";
  private static final String CHOOSE = "Choose a value from the list, or leave the cell empty";

  private static final String DATE_FORMAT = "yyyy-mm-dd";
  private static final int FLUSH_EVERY = 1_000;

  private final Workbook workbook;
  private final Map<String, Worksheet> sheets = new HashMap<>();
  private final Map<String, Integer> heights = new HashMap<>();
  private final Map<Integer, Column> valueChoices = new HashMap<>();
  private @Nullable Worksheet sheet;
  private @Nullable Named table;
  private int rows;

  SheetSink(OutputStream out) {
    this.workbook = new Workbook(out, "coprod", "1.0");
  }

  @Override
  public void tables(Seq<Named> tables) {
    for (Named n : tables) {
      sheets.put(n.name(), workbook.newWorksheet(n.name()));
      heights.put(n.name(), 1);
    }
  }

  @Override
  public void begin(Named named) {
    Worksheet ws = Objects.requireNonNull(sheets.get(named.name()), "every table is named first");
    sheet = ws;
    table = named;
    rows = 0;
    valueChoices.clear();
    if (named.table().kind() == Kind.ROWS) {
      ws.freezePane(0, 1);
      for (int c = 0; c < named.table().columns().size(); c++) {
        ws.width(c, Math.max(12, Math.min(40, named.table().columns().get(c).key().length() + 4)));
      }
    } else {
      ws.width(0, 28);
      ws.width(1, 60);
    }
  }

  @Override
  public void row(ProjectTables.Row row) throws IOException {
    Worksheet ws = Objects.requireNonNull(sheet, "a row comes inside a table");
    Named named = Objects.requireNonNull(table, "a row comes inside a table");
    int r = row.number() - 1;
    for (ProjectTables.Cell cell : row.cells()) {
      int c = cell.column();
      String text = cell.text();
      switch (cell.kind()) {
        case NUMBER -> ws.value(r, c, new BigDecimal(text));
        case DATE -> {
          ws.value(r, c, LocalDate.parse(text));
          ws.style(r, c).format(DATE_FORMAT).set();
        }
        case BOOLEAN -> ws.value(r, c, Boolean.parseBoolean(text));
        default -> ws.value(r, c, checked(text, named.name(), row.number(), c));
      }
    }
    if (named.table().kind() != Kind.ROWS && !row.cells().isEmpty()) {
      // a key/value table's row: its value takes the drop-down of its key's column
      named
          .table()
          .column(row.cells().get(0).text())
          .filter(Column::offersChoices)
          .forEach(column -> valueChoices.put(r, column));
    }
    boolean header = named.table().kind() == Kind.ROWS && row.number() == 1;
    if (header && !row.cells().isEmpty()) {
      ws.range(0, 0, 0, row.cells().size() - 1).style().bold().set();
    }
    rows = Math.max(rows, row.number());
    if (named.table().kind() == Kind.ROWS && row.number() % FLUSH_EVERY == 0) {
      ws.flush();
    }
  }

  /**
   * Text a cell can hold: not blank (a blank cell holds no value), within Excel's length, and only
   * characters XML can carry.
   */
  private static String checked(String text, String sheet, int row, int column) {
    if (text.isBlank()) {
      throw new IllegalArgumentException(
          "the text for "
              + sheet
              + " row "
              + row
              + ", column "
              + (column + 1)
              + " is empty or blank, which a cell cannot tell apart from no value");
    }
    if (text.length() > CELL_LIMIT) {
      throw new IllegalArgumentException(
          "the text for "
              + sheet
              + " row "
              + row
              + ", column "
              + (column + 1)
              + " is longer than the "
              + CELL_LIMIT
              + " characters a cell holds");
    }
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      boolean allowed =
          c == 0x9
              || c == 0xA
              || c == 0xD
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD)
              || (c >= 0x10000 && c <= 0x10FFFF);
      if (!allowed) {
        throw new IllegalArgumentException(
            "the text for "
                + sheet
                + " row "
                + row
                + ", column "
                + (column + 1)
                + " holds a control character no workbook can carry");
      }
      i += Character.charCount(c);
    }
    return text;
  }

  @Override
  public void end() throws IOException {
    Worksheet ws = Objects.requireNonNull(sheet, "a table was begun");
    Named named = Objects.requireNonNull(table, "a table was begun");
    heights.put(named.name(), rows);
    if (named.table().kind() == Kind.ROWS) {
      offerChoices(ws, named);
    } else {
      valueChoices.forEach((r, column) -> offer(column, ws.range(r, 1, r, 1)));
    }
    ws.finish();
    sheet = null;
    table = null;
  }

  /** Drop-down lists on the columns of single constants and of ids of another sheet. */
  private void offerChoices(Worksheet ws, Named named) {
    int last = Math.max(OFFERED_ROWS, rows + OFFERED_ROWS) - 1;
    for (int c = 0; c < named.table().columns().size(); c++) {
      Column column = named.table().columns().get(c);
      offer(column, ws.range(1, c, last, c));
    }
  }

  private void offer(Column column, org.dhatim.fastexcel.Range cells) {
    if (!column.offersChoices()) {
      return;
    }
    if (column.type() == ProjectTables.Type.CONSTANT) {
      cells
          .validateWithListByFormula("\"" + String.join(",", column.values()) + "\"")
          .allowBlank(true)
          .showDropdown(true)
          .showErrorMessage(true)
          .errorTitle(NOT_LISTED)
          .error(CHOOSE);
      return;
    }
    String other = column.refersTo().get();
    Worksheet source = sheets.get(other);
    if (source == null) {
      return;
    }
    int height = Math.max(OFFERED_ROWS, heights.getOrDefault(other, 1) + OFFERED_ROWS) - 1;
    cells
        .validateWithList(source.range(1, 0, height, 0))
        .allowBlank(true)
        .showDropdown(true)
        .showErrorMessage(true)
        .errorTitle(NOT_LISTED)
        .error(CHOOSE + " (the ids of " + other + ")");
  }

  /** Writes what the workbook still holds and ends the file. */
  void finish() throws IOException {
    workbook.finish();
  }
}
