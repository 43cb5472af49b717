package org.coprod.io;

import io.vavr.collection.IndexedSeq;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.Objects;
import org.coprod.core.Problem;
import org.coprod.core.Project;

/**
 * A project laid out in tables, as a spreadsheet or a folder of CSV files holds it: one layout,
 * declared once here, read and written for every kind of table.
 *
 * <p>The layout ({@link #layout()}): one table per top-level list ({@code Participants}, {@code
 * Meetings}, {@code Contributions}, …), whose first row holds the field keys of the project file; a
 * key/value table for the project's own fields ({@code Project}) and one for each version of the
 * agreement ({@code Agreement 1}, {@code Agreement 2}, …); and, for the objects that lists hold (an
 * output's credits, an agreement's consents, the attendance of one person that differs from the
 * meeting's), tables of their own whose first column names the item they belong to. In a table of
 * rows, ids, constants and labels in lists are one cell separated by {@code ;} ({@code
 * carer-1;carer-2}); nested fields take dotted keys ({@code consent.until}), except the two the CSV
 * ledger names already ({@code expensesClaimed}, {@code expensesReimbursed}). In a key/value table,
 * each item of a list takes a row of its own under the same key.
 *
 * <p>A {@link Source} gives the tables' rows of cells, a {@link Sink} takes them: the workbook
 * module reads and writes {@code .xlsx} files through them, and {@link ProjectFolders} reads CSV
 * files. Reading goes through the same format as a YAML file: every problem at once, each naming
 * its table and cell, and the same validation.
 */
public final class ProjectTables {
  private ProjectTables() {}

  // ---- the layout's vocabulary

  /** How a table lays out what it holds. */
  public enum Kind {
    /** One row an item of a list, under a header row of field keys. */
    ROWS,
    /** The fields of one mapping, a row a key: its key in the first column, its value beside it. */
    VALUES,
    /** Like {@link #VALUES}, one table for each item of a list, named with the item's number. */
    VERSIONS
  }

  /** What a column holds, which says how a cell is read and offered. */
  public enum Type {
    /** Any text, as written. */
    TEXT,
    /** An id: of the row's item, or of something it refers to. */
    ID,
    /** One of a fixed set of constants ({@link Column#values()}). */
    CONSTANT,
    /** A day, {@code YYYY-MM-DD} or a cell formatted as a date. */
    DATE,
    /** A decimal number: hours, money, a share. */
    NUMBER,
    /** A whole number. */
    WHOLE,
    /** True or false. */
    BOOLEAN
  }

  /**
   * One column of a table of rows, or one key of a key/value table.
   *
   * @param key the key in the header (or the first column), as in the project file
   * @param path where the value goes in the item: the key, or a dotted path for a nested field
   *     ({@code expensesClaimed} goes to {@code expenses.claimed})
   * @param type what the cells hold
   * @param list whether the cell holds a list ({@code ;}-separated in a table of rows; a row an
   *     item in a key/value table)
   * @param required whether every item needs a value here
   * @param values the constants allowed, for {@link Type#CONSTANT}; else empty
   * @param refersTo for an id of something else, the table whose first column lists those ids
   */
  public record Column(
      String key,
      String path,
      Type type,
      boolean list,
      boolean required,
      Seq<String> values,
      Option<String> refersTo) {
    /** Checks that nothing is null. */
    public Column {
      Objects.requireNonNull(key, "key is null");
      Objects.requireNonNull(path, "path is null");
      Objects.requireNonNull(type, "type is null");
      Objects.requireNonNull(values, "values is null");
      Objects.requireNonNull(refersTo, "refersTo is null");
    }

    /**
     * Whether a drop-down of choices fits the column: a single constant, or a single id of another
     * table.
     */
    public boolean offersChoices() {
      return !list && (type == Type.CONSTANT || refersTo.isDefined());
    }
  }

  /**
   * One table of the layout.
   *
   * @param name its name as a sheet ({@code Contributions}); for {@link Kind#VERSIONS}, the name
   *     before the item's number ({@code Agreement} for {@code Agreement 2})
   * @param file its name as a CSV file in a project folder ({@code contributions.csv}), if it can
   *     be one
   * @param kind how it lays out what it holds
   * @param path the key of the list it holds: top-level ({@code contributions}), or within its
   *     parent's item ({@code credits}); {@code project} for the project's own fields
   * @param parent the table whose items this one's rows belong to, if any
   * @param parentKey the column naming the parent's item ({@code output}), for a parent with ids
   * @param details for a table that details some items of a list the parent holds as ids (the
   *     attendance of people who differ from their meeting), that column of the parent
   * @param columns the columns, or the keys of a key/value table, in order
   */
  public record Table(
      String name,
      Option<String> file,
      Kind kind,
      String path,
      Option<String> parent,
      Option<String> parentKey,
      Option<String> details,
      IndexedSeq<Column> columns) {
    /** Checks that nothing is null. */
    public Table {
      Objects.requireNonNull(name, "name is null");
      Objects.requireNonNull(file, "file is null");
      Objects.requireNonNull(kind, "kind is null");
      Objects.requireNonNull(path, "path is null");
      Objects.requireNonNull(parent, "parent is null");
      Objects.requireNonNull(parentKey, "parentKey is null");
      Objects.requireNonNull(details, "details is null");
      Objects.requireNonNull(columns, "columns is null");
    }

    /** The column with this key, if the table has one. */
    public Option<Column> column(String key) {
      return columns.find(c -> c.key().equals(key));
    }

    /** The keys of the columns, in order: what row 1 of a table of rows holds. */
    public IndexedSeq<String> keys() {
      return columns.map(Column::key);
    }
  }

  // ---- what tables are read from and written to

  /** What a cell holds, as its table gives it. */
  public enum CellKind {
    /** Text with no type of its own (a CSV cell): read as its column says. */
    PLAIN,
    /** Text, typed as text (a spreadsheet's text cell). */
    TEXT,
    /** A number; its text is the number, written plainly. */
    NUMBER,
    /**
     * A number formatted as a date or a time; its text is the day ({@code 2024-02-12}), or the day
     * and time ({@code 2024-02-12T09:30}).
     */
    DATE,
    /** True or false; its text is {@code true} or {@code false}. */
    BOOLEAN,
    /** A formula; its text is the formula. */
    FORMULA,
    /** An error value ({@code #N/A}); its text is the error. */
    ERROR
  }

  /**
   * One cell that holds something.
   *
   * @param column its column, from 0
   * @param kind what it holds
   * @param text its text (see {@link CellKind}); empty only for empty text a CSV file gives as
   *     {@code ""}
   */
  public record Cell(int column, CellKind kind, String text) {
    /** Checks that nothing is null and the column is not negative. */
    public Cell {
      Objects.requireNonNull(kind, "kind is null");
      Objects.requireNonNull(text, "text is null");
      if (column < 0) {
        throw new IllegalArgumentException("a column is numbered from 0");
      }
    }
  }

  /**
   * One row of a table.
   *
   * @param number its number, from 1 (row 1 holds the keys of a table of rows)
   * @param cells the cells that hold something, in order of column; empty cells may be left out
   */
  public record Row(int number, Seq<Cell> cells) {
    /** Checks that nothing is null and the number is positive. */
    public Row {
      Objects.requireNonNull(cells, "cells is null");
      if (number < 1) {
        throw new IllegalArgumentException("rows are numbered from 1");
      }
    }
  }

  /** A table's rows, read one at a time; closing it releases what the table holds open. */
  public interface Rows extends Iterator<Row>, Closeable {}

  /** Where tables are read from: the sheets of a workbook, the CSV files of a folder. */
  public interface Source {
    /** The names of the tables it holds ({@code Contributions}, or {@code contributions.csv}). */
    Seq<String> names();

    /**
     * The rows of a table, in order. Rows that hold nothing may be left out: their numbers tell.
     *
     * @throws IOException if the table cannot be read; so may the rows, as an {@link
     *     java.io.UncheckedIOException}
     */
    Rows rows(String name) throws IOException;

    /**
     * Whether a row number the rows skip stands for an empty row (as in a sheet, which leaves them
     * out), rather than a line no row starts on (as in a CSV file, whose cells may span lines).
     */
    default boolean skipsEmptyRows() {
      return true;
    }

    /** How problems name a table: {@code project.xlsx:Contributions}. */
    String place(String name);

    /** How problems name a cell: {@code project.xlsx:Contributions!C7}. */
    String place(String name, int row, int column);
  }

  /**
   * Where tables are written to, one after another: {@link #begin(Named)}, its rows, {@link
   * #end()}.
   */
  public interface Sink {
    /**
     * Called once, first, with every table that will be written, in the layout's order: for {@link
     * Kind#VERSIONS}, once for each item, under its own name ({@code Agreement 2}). Tables may then
     * be written in another order.
     */
    void tables(Seq<Named> tables) throws IOException;

    /** Starts writing a table. */
    void begin(Named table) throws IOException;

    /**
     * One row of the table begun. A table of rows gets its header first (the keys, as text), then a
     * row an item, its cells in the columns of the layout. A key/value table gets a row a key: the
     * key (text), then its value, if any.
     */
    void row(Row row) throws IOException;

    /** Ends the table begun. */
    void end() throws IOException;
  }

  /**
   * A table of the layout under the name it has in one project ({@code Agreement 2}).
   *
   * @param name the name
   * @param table the table of the layout
   */
  public record Named(String name, Table table) {
    /** Checks that nothing is null. */
    public Named {
      Objects.requireNonNull(name, "name is null");
      Objects.requireNonNull(table, "table is null");
    }
  }

  // ---- reading and writing

  /** The layout: every table, in the order a workbook holds them. */
  public static IndexedSeq<Table> layout() {
    return TableLayout.TABLES;
  }

  /** The table of the layout with this name (a sheet's name, or a CSV file's), if any. */
  public static Option<Table> table(String name) {
    return TableLayout.byName(name);
  }

  /**
   * Reads a whole project from tables (the project's own fields from {@code Project}), with the
   * given limits on what is read. Never throws for bad input: every problem names its table and
   * cell through {@link Source#place(String, int, int)}, and nothing is built.
   *
   * @param source the tables
   * @param sourceName how problems name the source as a whole ({@code project.xlsx})
   * @param limits the limits to read within
   * @return the project, or every problem found
   */
  public static Validation<Seq<Problem>, Project> read(
      Source source, String sourceName, ReadLimits limits) {
    Objects.requireNonNull(source, "source is null");
    Objects.requireNonNull(sourceName, "sourceName is null");
    Objects.requireNonNull(limits, "limits is null");
    return TableReading.whole(source, sourceName, limits);
  }

  /**
   * Writes a project into tables: every table of the layout (the project's agreement as one
   * key/value table a version), with its header, even when it holds no rows, so a person filling it
   * in sees every field. It reads back as an equal project.
   *
   * @throws IllegalArgumentException if an item of a list in a cell is empty, holds {@code ;} or
   *     begins or ends with a space, which a cell of {@code ;}-separated items cannot carry
   * @throws IOException if the sink cannot be written
   */
  public static void write(Project project, Sink sink) throws IOException {
    Objects.requireNonNull(project, "project is null");
    Objects.requireNonNull(sink, "sink is null");
    TableWriter.write(project, sink);
  }
}
