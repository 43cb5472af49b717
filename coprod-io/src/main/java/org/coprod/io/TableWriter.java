package org.coprod.io;

import io.vavr.collection.Array;
import io.vavr.collection.IndexedSeq;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coprod.core.Agreement;
import org.coprod.core.Project;
import org.coprod.io.ProjectTables.Cell;
import org.coprod.io.ProjectTables.CellKind;
import org.coprod.io.ProjectTables.Column;
import org.coprod.io.ProjectTables.Kind;
import org.coprod.io.ProjectTables.Named;
import org.coprod.io.ProjectTables.Row;
import org.coprod.io.ProjectTables.Sink;
import org.coprod.io.ProjectTables.Table;
import org.jspecify.annotations.Nullable;

/**
 * Writes a project into tables from the same walk of the project that writes a YAML file: each item
 * of a top-level list is gathered as it comes, laid out as a row (its own lists as child tables'
 * rows, held until the list ends), and let go. Only the child tables' rows are held at once.
 */
final class TableWriter implements TreeWriter {
  /** A scalar as the walk wrote it. */
  private record Scalar(String text, boolean number, boolean bool) {}

  private final Sink sink;
  private final Map<String, String> versions = new LinkedHashMap<>();
  private final ArrayDeque<Object> stack = new ArrayDeque<>();

  /** The key each open mapping or list lies under; empty for an item of a list. */
  private final ArrayDeque<String> names = new ArrayDeque<>();

  private final Set<String> written = new HashSet<>();
  private final Map<Table, List<Row>> held = new LinkedHashMap<>();
  private @Nullable String name;
  private @Nullable String section;
  private @Nullable Scalar formatVersion;
  private int rowNumber;
  private int itemIndex;

  private TableWriter(Sink sink) {
    this.sink = sink;
  }

  static void write(Project project, Sink sink) throws IOException {
    TableWriter w = new TableWriter(sink);
    List<Named> all = new ArrayList<>();
    for (Table t : TableLayout.TABLES) {
      if (t.kind() == Kind.VERSIONS) {
        for (Agreement a : project.agreements()) {
          String n = t.name() + " " + a.version();
          w.versions.put(String.valueOf(a.version()), n);
          all.add(new Named(n, t));
        }
      } else {
        all.add(new Named(t.name(), t));
      }
    }
    sink.tables(Array.ofAll(all));
    ProjectWriter.emit(project, w);
    // tables of lists the project does not have: their header alone, to be filled in
    for (Named n : all) {
      if (!w.written.contains(n.name())) {
        w.begin(n);
        w.end();
      }
    }
  }

  // ---- the walk

  @Override
  public void writeStartObject() {
    stack.push(new LinkedHashMap<String, Object>());
    names.push(name == null ? "" : name);
    name = null;
  }

  @Override
  public void writeEndObject() throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Object> done = (Map<String, Object>) stack.pop();
    name = unnamed(names.pop());
    finished(done);
  }

  @Override
  public void writeStartArray() {
    stack.push(new ArrayList<Object>());
    names.push(name == null ? "" : name);
    name = null;
  }

  @Override
  public void writeEndArray() throws IOException {
    @SuppressWarnings("unchecked")
    List<Object> done = (List<Object>) stack.pop();
    name = unnamed(names.pop());
    finished(done);
  }

  private static @Nullable String unnamed(String key) {
    return key.isEmpty() ? null : key;
  }

  @Override
  public void writeFieldName(String key) throws IOException {
    name = key;
    if (stack.size() == 1) {
      section = key;
      if (!key.equals("project") && !key.equals(TableReading.VERSION_KEY)) {
        startSection(key);
      }
    }
  }

  @Override
  public void writeString(String text) throws IOException {
    finished(new Scalar(text, false, false));
  }

  @Override
  public void writeNumber(int value) throws IOException {
    finished(new Scalar(Integer.toString(value), true, false));
  }

  @Override
  public void writeNumber(String plain) throws IOException {
    finished(new Scalar(plain, true, false));
  }

  @Override
  public void writeBoolean(boolean value) throws IOException {
    finished(new Scalar(Boolean.toString(value), false, true));
  }

  /**
   * A value is complete: an item of a top-level list is laid out now; others go to their parent.
   */
  @SuppressWarnings("unchecked")
  private void finished(Object value) throws IOException {
    int depth = stack.size();
    if (depth == 0) {
      return;
    }
    Object parent = stack.peek();
    if (depth == 1) {
      String key = name;
      if (TableReading.VERSION_KEY.equals(key) && value instanceof Scalar s) {
        formatVersion = s;
      } else if ("project".equals(key) && value instanceof Map<?, ?> m) {
        project((Map<String, Object>) m);
      } else if (value instanceof List<?>) {
        endSection();
      }
      name = null;
      return;
    }
    if (depth == 2 && parent instanceof List<?> && value instanceof Map<?, ?> m) {
      item((Map<String, Object>) m);
      return;
    }
    if (parent instanceof Map<?, ?> map) {
      ((Map<String, Object>) map).put(String.valueOf(name), value);
      name = null;
    } else if (parent instanceof List<?> list) {
      ((List<Object>) list).add(value);
    }
  }

  // ---- tables

  private void begin(Named n) throws IOException {
    written.add(n.name());
    sink.begin(n);
    rowNumber = 0;
    if (n.table().kind() == Kind.ROWS) {
      row(n.table().keys().map(k -> new Cell(0, CellKind.TEXT, k)));
    }
  }

  private void end() throws IOException {
    sink.end();
  }

  /** One row, its cells numbered by position; absent cells left out. */
  private void row(IndexedSeq<@Nullable Cell> cells) throws IOException {
    rowNumber++;
    List<Cell> out = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      Cell c = cells.get(i);
      if (c != null) {
        out.add(new Cell(i, c.kind(), c.text()));
      }
    }
    sink.row(new Row(rowNumber, Array.ofAll(out)));
  }

  private @Nullable Table sectionTable() {
    for (Table t : TableLayout.TABLES) {
      if (t.parent().isEmpty() && t.path().equals(section)) {
        return t;
      }
    }
    return null;
  }

  private void startSection(String key) throws IOException {
    itemIndex = 0;
    Table t = sectionTable();
    if (t == null) {
      throw new IllegalStateException("the layout has no table for the list " + key);
    }
    if (t.kind() == Kind.ROWS) {
      begin(new Named(t.name(), t));
    }
  }

  private void endSection() throws IOException {
    Table t = sectionTable();
    if (t != null && t.kind() == Kind.ROWS) {
      end();
    }
    writeHeld();
  }

  /** The child tables' rows held while their parents' list was written. */
  private void writeHeld() throws IOException {
    for (Map.Entry<Table, List<Row>> e : held.entrySet()) {
      Table t = e.getKey();
      begin(new Named(t.name(), t));
      for (Row r : e.getValue()) {
        rowNumber++;
        sink.row(new Row(rowNumber, r.cells()));
      }
      end();
    }
    held.clear();
  }

  private void project(Map<String, Object> fields) throws IOException {
    Table t = TableLayout.TABLES.get(0);
    begin(new Named(t.name(), t));
    Scalar version = formatVersion;
    if (version != null) {
      fields.put(TableReading.VERSION_KEY, version);
    }
    values(t, fields, "project");
    end();
    for (Table c : TableLayout.children(t)) {
      hold(c, fields.get(c.path()), null, "project." + c.path());
    }
    writeHeld();
  }

  private void item(Map<String, Object> fields) throws IOException {
    Table t = sectionTable();
    if (t == null) {
      return;
    }
    String path = section + "[" + itemIndex + "]";
    itemIndex++;
    Cell key;
    if (t.kind() == Kind.VERSIONS) {
      Object v = fields.get("version");
      String number = v instanceof Scalar s ? s.text() : "";
      String n = versions.getOrDefault(number, t.name() + " " + number);
      begin(new Named(n, t));
      values(t, fields, path);
      end();
      key = new Cell(0, CellKind.NUMBER, number);
    } else {
      row(cells(t, fields, path));
      Object id = fields.get("id");
      key = id instanceof Scalar s ? new Cell(0, CellKind.TEXT, s.text()) : null;
    }
    for (Table c : TableLayout.children(t)) {
      // the attendance of people who differ from their meeting lies in the meeting's own list
      String list = c.details().getOrElse(c.path());
      hold(c, fields.get(list), key, path + "." + list);
    }
  }

  /**
   * The rows of a child table for the mappings in one item's list (its ids, in a list of people at
   * a meeting, stay in the meeting's cell), held until the list ends.
   */
  @SuppressWarnings("unchecked")
  private void hold(Table child, @Nullable Object list, @Nullable Cell key, String path) {
    if (!(list instanceof List<?> items)) {
      return;
    }
    List<Row> rows = held.computeIfAbsent(child, c -> new ArrayList<>());
    int i = 0;
    for (Object o : items) {
      if (o instanceof Map<?, ?> m) {
        IndexedSeq<@Nullable Cell> cells =
            cells(child, (Map<String, Object>) m, path + "[" + i + "]");
        if (key != null && child.parentKey().isDefined()) {
          cells = cells.update(0, key);
        }
        rows.add(new Row(1, Array.ofAll(numbered(cells))));
      }
      i++;
    }
  }

  private static List<Cell> numbered(IndexedSeq<@Nullable Cell> cells) {
    List<Cell> out = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      Cell c = cells.get(i);
      if (c != null) {
        out.add(new Cell(i, c.kind(), c.text()));
      }
    }
    return out;
  }

  /**
   * An item's cells, one a column of the table; a list of mappings the meeting register holds gives
   * its people's ids.
   */
  private static IndexedSeq<@Nullable Cell> cells(
      Table t, Map<String, Object> fields, String path) {
    List<@Nullable Cell> out = new ArrayList<>();
    for (Column c : t.columns()) {
      Object v = at(fields, c.path());
      out.add(v == null ? null : cell(c, v, path + "." + c.path(), t));
    }
    return Array.ofAll(out);
  }

  /** A key/value table: a row a key, and a row an item of a list. */
  private void values(Table t, Map<String, Object> fields, String path) throws IOException {
    for (Column c : t.columns()) {
      Object v = at(fields, c.path());
      Cell key = new Cell(0, CellKind.TEXT, c.key());
      if (v instanceof List<?> items && !items.isEmpty()) {
        for (Object item : items) {
          row(Array.of(key, scalar(c, item, path + "." + c.path())));
        }
      } else if (v == null || v instanceof List<?>) {
        row(Array.of(key));
      } else {
        row(Array.of(key, scalar(c, v, path + "." + c.path())));
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static @Nullable Object at(Map<String, Object> fields, String path) {
    Object here = fields;
    for (String part : path.split("\\.", -1)) {
      if (!(here instanceof Map<?, ?> m)) {
        return null;
      }
      here = ((Map<String, Object>) m).get(part);
    }
    return here;
  }

  /**
   * A value as one cell: a list's items joined by {@code ;}, an item that holds a {@code ;} or a
   * quote, is empty or begins or ends with a space in double quotes (see {@link ListCell}).
   */
  private static Cell cell(Column c, Object value, String path, Table t) {
    if (!(value instanceof List<?> items)) {
      return scalar(c, value, path);
    }
    List<String> texts = new ArrayList<>(items.size());
    for (Object item : items) {
      if (item instanceof Scalar scalar) {
        texts.add(scalar.text());
      } else if (item instanceof Map<?, ?> m && m.get("participant") instanceof Scalar p) {
        // a person at a meeting who differs from it: named here, detailed in its own table
        texts.add(p.text());
      } else {
        throw new IllegalArgumentException(
            path + " in " + t.name() + " holds a list a table's cell cannot carry");
      }
    }
    return new Cell(0, CellKind.TEXT, ListCell.join(texts));
  }

  private static Cell scalar(Column c, Object value, String path) {
    if (!(value instanceof Scalar s)) {
      throw new IllegalArgumentException(path + " holds a mapping where the layout has a value");
    }
    CellKind kind =
        switch (c.type()) {
          case DATE -> CellKind.DATE;
          case NUMBER, WHOLE -> s.number() ? CellKind.NUMBER : CellKind.TEXT;
          case BOOLEAN -> s.bool() ? CellKind.BOOLEAN : CellKind.TEXT;
          case TEXT, ID, CONSTANT -> CellKind.TEXT;
        };
    return new Cell(0, kind, s.text());
  }
}
