package org.coprod.io;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.base.ParserMinimalBase;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.json.JsonReadContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.coprod.core.Problem;
import org.coprod.io.ProjectTables.Cell;
import org.coprod.io.ProjectTables.CellKind;
import org.coprod.io.ProjectTables.Column;
import org.coprod.io.ProjectTables.Kind;
import org.coprod.io.ProjectTables.Named;
import org.coprod.io.ProjectTables.Row;
import org.coprod.io.ProjectTables.Rows;
import org.coprod.io.ProjectTables.Source;
import org.coprod.io.ProjectTables.Table;
import org.jspecify.annotations.Nullable;

/**
 * Tables read as the tokens of a project file, so that the format's own reader (every key, every
 * value, the same messages and validation) reads a workbook or a folder of CSV files as it reads
 * YAML. Rows are read one at a time as the reader asks for tokens; the tables whose rows belong to
 * another's items (credits, consents, attendance) are read first and held, since their rows go
 * inside their parents'.
 *
 * <p>What only a table can get wrong (a formula, a number stored as text, a column no key names, an
 * empty row between rows) is reported here, at its cell. Each token carries its cell as its
 * location: the row as the line, and the table and column coded together as the column ({@link
 * #place(int, int)}), which {@link TableReading} turns back into the table's own name for the cell.
 */
final class TableParser extends ParserMinimalBase {
  /** The columns a spreadsheet has: a cell's column fits below this in the coded column. */
  static final int COLUMNS = 16384;

  /** One token with its text and where it came from. */
  private record Tok(JsonToken token, String text, int line, int column) {}

  /** Produces tokens, some at a time; false once it has no more. */
  @FunctionalInterface
  private interface Step {
    boolean fill() throws IOException;
  }

  private final Source source;
  private final ReadLimits limits;
  private final List<Named> tables = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> reported = new HashSet<>();
  private final ArrayDeque<Tok> queue = new ArrayDeque<>();
  private final ArrayDeque<Step> steps = new ArrayDeque<>();
  private @Nullable Tok current;
  private Tok last = new Tok(JsonToken.NOT_AVAILABLE, "", 1, 1);
  private JsonReadContext context = JsonReadContext.createRootContext(null);
  private boolean closed;
  private @Nullable Rows open;

  /** The ordinal of the table being read, for a problem a source throws. */
  private int reading = 1;

  private TableParser(Source source, ReadLimits limits) {
    super(0, Readers.constraints(limits));
    this.source = source;
    this.limits = limits;
  }

  /**
   * A parser of a whole project: {@code coprod} and {@code project} from the table {@code Project},
   * then every list the source holds, in the layout's order.
   *
   * @param present the tables of the layout the source holds, each under its name there
   */
  static TableParser whole(Source source, List<Named> present, ReadLimits limits) {
    TableParser p = new TableParser(source, limits);
    p.plan(present, true);
    return p;
  }

  /** A parser of only the lists the source holds, for a folder whose project file has the rest. */
  static TableParser parts(Source source, List<Named> present, ReadLimits limits) {
    TableParser p = new TableParser(source, limits);
    p.plan(present, false);
    return p;
  }

  /** The problems the tables themselves had, each at its coded cell. */
  List<Problem> problems() {
    return problems;
  }

  /**
   * The paths of values the tables reported a problem with and left out: the format's reader then
   * finds them missing, which the problem already says.
   */
  Set<String> reported() {
    return reported;
  }

  /** The table a coded column belongs to, and the column within it. */
  @Nullable Named table(int coded) {
    int ordinal = (coded - 1) / COLUMNS;
    return ordinal >= 1 && ordinal <= tables.size() ? tables.get(ordinal - 1) : null;
  }

  /** A cell's column within its table, from a coded column. */
  static int column(int coded) {
    return (coded - 1) % COLUMNS;
  }

  // ---- the plan: which tables, in which order, make the tokens

  private int ordinal(Named t) {
    int i = tables.indexOf(t);
    if (i < 0) {
      tables.add(t);
      i = tables.size() - 1;
    }
    return i + 1;
  }

  /** The coded column of a cell of a table. */
  private static int place(int ordinal, int column) {
    return ordinal * COLUMNS + column + 1;
  }

  private void plan(List<Named> present, boolean whole) {
    present.forEach(this::ordinal);
    Map<String, List<Named>> byTable = new LinkedHashMap<>();
    for (Named n : present) {
      byTable.computeIfAbsent(n.table().name(), k -> new ArrayList<>()).add(n);
    }
    Named first = present.isEmpty() ? null : present.get(0);
    int line = 1;
    int column = first == null ? 1 : place(ordinal(first), 0);
    steps.add(literal(new Tok(JsonToken.START_OBJECT, "", line, column)));
    for (Table t : TableLayout.TABLES) {
      List<Named> named = byTable.get(t.name());
      if (t.parent().isDefined()) {
        continue;
      }
      if (t.kind() == Kind.VALUES) {
        if (whole) {
          steps.add(project(named == null ? null : named.get(0), byTable));
        }
        continue;
      }
      if (named == null) {
        // children whose parent is not there at all: every row names nothing
        for (Table c : TableLayout.children(t)) {
          List<Named> orphans = byTable.get(c.name());
          if (orphans != null) {
            steps.add(orphans(orphans.get(0), t.name()));
          }
        }
        continue;
      }
      if (t.kind() == Kind.VERSIONS) {
        steps.add(versions(t, named, byTable));
      } else {
        steps.add(rows(named.get(0), byTable));
      }
    }
    steps.add(literal(new Tok(JsonToken.END_OBJECT, "", line, column)));
  }

  private Step literal(Tok tok) {
    return () -> {
      queue.add(tok);
      return false;
    };
  }

  // ---- tokens to the reader

  @Override
  public @Nullable JsonToken nextToken() throws IOException {
    if (closed) {
      return null;
    }
    while (queue.isEmpty() && !steps.isEmpty()) {
      Step step = steps.peek();
      boolean more;
      try {
        more = step.fill();
      } catch (UncheckedIOException e) {
        if (e.getCause() instanceof InputException input) {
          // the source's own words for what is wrong (a stray quote in a CSV file), at its row
          throw new InputException(
              input.kind(),
              String.valueOf(input.getMessage()),
              Math.max(1, input.line()),
              place(reading, 0));
        }
        throw unreadable(e.getCause());
      } catch (RuntimeException e) {
        // a library that reads the tables threw on a broken file: reading stops here
        throw unreadable(e);
      }
      if (!more) {
        steps.poll();
      }
      if (problems.size() >= limits.maxProblems()) {
        throw new InputException(
            Problem.Kind.LIMIT_EXCEEDED,
            "reading stopped after " + limits.maxProblems() + " problems",
            last.line(),
            last.column());
      }
    }
    Tok t = queue.poll();
    current = t;
    if (t == null) {
      _currToken = null;
      closeOpen();
      return null;
    }
    last = t;
    _currToken = t.token();
    switch (t.token()) {
      case START_OBJECT -> context = context.createChildObjectContext(t.line(), t.column());
      case START_ARRAY -> context = context.createChildArrayContext(t.line(), t.column());
      case END_OBJECT, END_ARRAY -> {
        JsonReadContext parent = context.getParent();
        context = parent == null ? context : parent;
      }
      case FIELD_NAME -> context.setCurrentName(t.text());
      default -> {}
    }
    return t.token();
  }

  private InputException unreadable(@Nullable Throwable e) {
    String what = e == null ? "IOException" : e.getClass().getSimpleName();
    return new InputException(
        Problem.Kind.SYNTAX,
        "the tables cannot be read (" + what + ")",
        last.line(),
        last.column());
  }

  // ---- the project's own fields

  private Step project(@Nullable Named named, Map<String, List<Named>> byTable) {
    return () -> {
      if (named == null) {
        problem(
            Problem.Kind.MISSING,
            "project",
            "there is no table Project, which holds the project's id, title and start",
            1,
            1);
        reported.add(TableReading.VERSION_KEY);
        reported.add("project");
        return false;
      }
      Obj fields = values(named, "project");
      Entry version = fields.remove(TableReading.VERSION_KEY);
      if (version != null) {
        queue.add(
            new Tok(
                JsonToken.FIELD_NAME,
                TableReading.VERSION_KEY,
                version.name.line(),
                version.name.column()));
        version.emit(queue);
      }
      List<Tok> children = new ArrayList<>();
      for (Table c : TableLayout.children(named.table())) {
        List<Named> rows = byTable.get(c.name());
        if (rows != null) {
          Children held = children(rows.get(0));
          List<Held> all = held.all();
          held.clear();
          children.addAll(array(c.path(), all, "project", all.isEmpty() ? null : all.get(0)));
        }
      }
      queue.add(new Tok(JsonToken.FIELD_NAME, "project", 1, place(ordinal(named), 0)));
      fields.emit(queue, 1, place(ordinal(named), 0), children);
      return false;
    };
  }

  // ---- key/value tables

  /** A key/value table as a mapping, dotted keys as nested mappings, lists gathered by key. */
  private Obj values(Named named, String path) throws IOException {
    int ordinal = ordinal(named);
    Obj out = new Obj();
    reading = ordinal;
    try (Rows rows = source.rows(named.name())) {
      open = rows;
      boolean first = true;
      while (rows.hasNext()) {
        Row row = rows.next();
        Cell key = null;
        Cell value = null;
        for (Cell c : row.cells()) {
          if (c.column() == 0) {
            key = c;
          } else if (c.column() == 1) {
            value = c;
          } else {
            problem(
                Problem.Kind.SYNTAX,
                path,
                "a key/value table holds a key in column A and its value in column B; this cell"
                    + " lies beyond them",
                row.number(),
                place(ordinal, c.column()));
          }
        }
        boolean header =
            first
                && row.number() == 1
                && key != null
                && key.text().equals("key")
                && (value == null || value.text().equals("value"));
        first = false;
        if (header) {
          continue;
        }
        if (key == null) {
          if (value != null) {
            problem(
                Problem.Kind.MISSING,
                path,
                "a value with no key beside it in column A",
                row.number(),
                place(ordinal, 1));
          }
          continue;
        }
        if (key.kind() != CellKind.TEXT && key.kind() != CellKind.PLAIN) {
          problem(
              Problem.Kind.WRONG_TYPE,
              path,
              "column A holds a key as text, not " + kindName(key.kind()),
              row.number(),
              place(ordinal, 0));
          continue;
        }
        String k = key.text();
        Column column = named.table().column(k).getOrNull();
        String valuePath = path + "." + (column == null ? k : column.path());
        Tok name = new Tok(JsonToken.FIELD_NAME, "", row.number(), place(ordinal, 0));
        if (value == null) {
          if (column != null && column.required()) {
            out.put(
                column.path(),
                name,
                List.of(new Tok(JsonToken.VALUE_NULL, "", row.number(), place(ordinal, 1))),
                false);
          }
          continue;
        }
        Column as = column == null ? unknown(k) : column;
        List<Tok> tokens = scalar(as, value, row.number(), ordinal, valuePath);
        if (tokens != null) {
          out.put(as.path(), name, tokens, as.list());
        }
      }
    } finally {
      open = null;
    }
    return out;
  }

  /** A key the layout does not know: read as text, so the format's reader names the nearest key. */
  private static Column unknown(String key) {
    return new Column(
        key,
        key,
        ProjectTables.Type.TEXT,
        false,
        false,
        io.vavr.collection.Array.empty(),
        io.vavr.control.Option.none());
  }

  private Step versions(Table t, List<Named> named, Map<String, List<Named>> byTable) {
    return new Step() {
      private final List<Named> sorted = sortedVersions(named);
      private int index = -1;
      private @Nullable Map<Table, Children> children;

      @Override
      public boolean fill() throws IOException {
        Named first = sorted.get(0);
        int ordinal = ordinal(first);
        if (index < 0) {
          children = new LinkedHashMap<>();
          for (Table c : TableLayout.children(t)) {
            List<Named> rows = byTable.get(c.name());
            if (rows != null) {
              children.put(c, children(rows.get(0)));
            }
          }
          queue.add(new Tok(JsonToken.FIELD_NAME, t.path(), 1, place(ordinal, 0)));
          queue.add(new Tok(JsonToken.START_ARRAY, "", 1, place(ordinal, 0)));
          index = 0;
          return true;
        }
        Map<Table, Children> held = java.util.Objects.requireNonNull(children);
        if (index == sorted.size()) {
          queue.add(new Tok(JsonToken.END_ARRAY, "", 1, place(ordinal, 0)));
          held.forEach((c, h) -> orphanRows(h, t.name()));
          return false;
        }
        Named n = sorted.get(index);
        String path = t.path() + "[" + index + "]";
        Obj fields = values(n, path);
        String number = TableLayout.version(n.name()).getOrElse("");
        Entry version = fields.get("version");
        if (version != null && version.value != null && !version.value.isEmpty()) {
          Tok v = version.value.get(0);
          if (v.token() != JsonToken.VALUE_NULL && !sameNumber(v.text(), number)) {
            problem(
                Problem.Kind.INVALID_VALUE,
                path + ".version",
                "the table "
                    + n.name()
                    + " holds version "
                    + v.text()
                    + ": name each table after its version",
                v.line(),
                v.column());
          }
        }
        List<Tok> kids = new ArrayList<>();
        for (Map.Entry<Table, Children> e : held.entrySet()) {
          List<Held> rows = e.getValue().take(number);
          kids.addAll(array(e.getKey().path(), rows, path, rows.isEmpty() ? null : rows.get(0)));
        }
        fields.emit(queue, 1, place(ordinal(n), 0), kids);
        index++;
        return true;
      }
    };
  }

  private static boolean sameNumber(String a, String b) {
    try {
      return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static List<Named> sortedVersions(List<Named> named) {
    List<Named> out = new ArrayList<>(named);
    out.sort(
        java.util.Comparator.comparingLong(
            (Named n) -> Long.parseLong(TableLayout.version(n.name()).getOrElse("0"))));
    return out;
  }

  // ---- tables of rows

  /** The columns of a table, by position; null where a column holds nothing coprod reads. */
  private static final class Header {
    private final @Nullable Column[] columns;
    private final boolean[] keyed;
    private final boolean usable;

    Header(@Nullable Column[] columns, boolean[] keyed, boolean usable) {
      this.columns = columns;
      this.keyed = keyed;
      this.usable = usable;
    }

    @Nullable Column[] columns() {
      return columns;
    }

    boolean usable() {
      return usable;
    }

    /** The column of a key, from 0; 0 if row 1 does not hold it. */
    int column(String key) {
      for (int i = 0; i < columns.length; i++) {
        Column c = columns[i];
        if (c != null && c.key().equals(key)) {
          return i;
        }
      }
      return 0;
    }

    /** Whether row 1 has a key cell in this column, known or not. */
    boolean keyed(int column) {
      return column < keyed.length && keyed[column];
    }
  }

  private Header header(Named named, @Nullable Row first, int ordinal, String path) {
    Table t = named.table();
    Column[] byIndex = new Column[0];
    if (first == null) {
      return new Header(byIndex, new boolean[0], true);
    }
    if (first.number() != 1) {
      problem(
          Problem.Kind.MISSING,
          path,
          "row 1 holds the keys of the columns, and it is empty",
          1,
          place(ordinal, 0));
      return new Header(byIndex, new boolean[0], false);
    }
    int width = first.cells().isEmpty() ? 0 : first.cells().last().column() + 1;
    byIndex = new Column[width];
    boolean[] keyed = new boolean[width];
    first.cells().forEach(c -> keyed[c.column()] = true);
    Map<String, Integer> seen = new HashMap<>();
    Set<String> suggested = new HashSet<>();
    boolean usable = true;
    for (Cell c : first.cells()) {
      if (c.kind() != CellKind.TEXT && c.kind() != CellKind.PLAIN) {
        problem(
            Problem.Kind.WRONG_TYPE,
            path,
            "row 1 holds the keys of the columns as text, not " + kindName(c.kind()),
            1,
            place(ordinal, c.column()));
        continue;
      }
      String key = c.text();
      Column column = t.column(key).getOrNull();
      if (column == null) {
        if (!key.startsWith(Shape.APPLICATION_PREFIX)) {
          String nearest = NearestKey.among(key, t.keys().toJavaList());
          problem(
              Problem.Kind.UNKNOWN_KEY,
              path,
              "'"
                  + Scalars.shortened(key)
                  + "' is not a column of "
                  + named.name()
                  + "; did you mean '"
                  + nearest
                  + "'?",
              1,
              place(ordinal, c.column()));
          if (NearestKey.isTypo(key, nearest)) {
            suggested.add(nearest);
          }
        }
        continue;
      }
      if (seen.putIfAbsent(key, c.column()) != null) {
        problem(
            Problem.Kind.SYNTAX,
            path,
            "the column '" + key + "' appears twice in row 1",
            1,
            place(ordinal, c.column()));
        continue;
      }
      byIndex[c.column()] = column;
    }
    for (Column c : t.columns()) {
      if (c.required() && !seen.containsKey(c.key()) && !suggested.contains(c.key())) {
        problem(
            Problem.Kind.MISSING,
            path,
            "row 1 has no column '" + c.key() + "', which " + named.name() + " needs",
            1,
            place(ordinal, 0));
        usable = false;
      } else if (c.required() && suggested.contains(c.key())) {
        usable = false;
      }
    }
    return new Header(byIndex, keyed, usable);
  }

  /** One row of a child table, held until its parent's row comes. */
  private record Held(Named table, Row row, Header header, String key, int keyColumn) {}

  /** The rows of a child table, by the id of the item they belong to, in order. */
  private static final class Children {
    private final Map<String, List<Held>> byKey = new LinkedHashMap<>();

    void add(Held h) {
      byKey.computeIfAbsent(h.key(), k -> new ArrayList<>()).add(h);
    }

    List<Held> take(String key) {
      List<Held> rows = byKey.remove(key);
      return rows == null ? List.of() : rows;
    }

    List<Held> all() {
      List<Held> out = new ArrayList<>();
      byKey.values().forEach(out::addAll);
      return out;
    }

    void clear() {
      byKey.clear();
    }

    boolean isEmpty() {
      return byKey.isEmpty();
    }

    Iterable<List<Held>> rest() {
      return byKey.values();
    }
  }

  /** Reads a child table whole, its rows held by the id of the item each belongs to. */
  private Children children(Named named) throws IOException {
    Children out = new Children();
    Table t = named.table();
    int ordinal = ordinal(named);
    String keyName = t.parentKey().getOrElse("");
    reading = ordinal;
    try (Rows rows = source.rows(named.name())) {
      open = rows;
      Row first = rows.hasNext() ? rows.next() : null;
      Header header = header(named, first, ordinal, t.path());
      int keyColumn = -1;
      for (int i = 0; i < header.columns().length; i++) {
        Column c = header.columns()[i];
        if (c != null && c.key().equals(keyName)) {
          keyColumn = i;
        }
      }
      Gaps gaps = new Gaps(named, ordinal, t.path());
      while (rows.hasNext()) {
        Row row = rows.next();
        if (!gaps.next(row) || !header.usable()) {
          continue;
        }
        String key = "";
        if (keyColumn >= 0) {
          for (Cell c : row.cells()) {
            if (c.column() == keyColumn) {
              key = idText(c);
            }
          }
        }
        out.add(new Held(named, row, header, key, keyColumn));
      }
    } finally {
      open = null;
    }
    return out;
  }

  private Step orphans(Named child, String parent) {
    return () -> {
      Children held = children(child);
      orphanRows(held, parent);
      return false;
    };
  }

  /** Rows of a child table whose item is nowhere. */
  private void orphanRows(Children held, String parent) {
    for (List<Held> rows : held.rest()) {
      for (Held h : rows) {
        int ordinal = ordinal(h.table());
        String key = h.table().table().parentKey().getOrElse("");
        if (h.key().isEmpty()) {
          problem(
              Problem.Kind.MISSING,
              h.table().table().path(),
              "the column "
                  + key
                  + " needs a value: it names the item of "
                  + parent
                  + " this row belongs to",
              h.row().number(),
              place(ordinal, Math.max(0, h.keyColumn())));
        } else {
          problem(
              Problem.Kind.DANGLING_REFERENCE,
              h.table().table().path(),
              "no row of " + parent + " has the " + key + " '" + Scalars.shortened(h.key()) + "'",
              h.row().number(),
              place(ordinal, Math.max(0, h.keyColumn())));
        }
      }
    }
    held.clear();
  }

  /**
   * Empty rows between rows: a table ends at its first empty row, so one in the middle is a
   * mistake.
   */
  private final class Gaps {
    private final Named named;
    private final int ordinal;
    private final String path;
    private int previous = 1;
    private int firstEmpty = -1;

    Gaps(Named named, int ordinal, String path) {
      this.named = named;
      this.ordinal = ordinal;
      this.path = path;
    }

    /** Whether the row holds something; reports the empty rows before it, if any. */
    boolean next(Row row) {
      if (firstEmpty < 0 && row.number() > previous + 1 && source.skipsEmptyRows()) {
        firstEmpty = previous + 1;
      }
      previous = row.number();
      if (row.cells().isEmpty()) {
        if (firstEmpty < 0) {
          firstEmpty = row.number();
        }
        return false;
      }
      if (firstEmpty > 0) {
        problem(
            Problem.Kind.SYNTAX,
            path,
            "row "
                + firstEmpty
                + " of "
                + named.name()
                + " is empty, and rows below it hold values: delete the empty rows, since a table"
                + " ends at its first empty row",
            firstEmpty,
            place(ordinal, 0));
        firstEmpty = -1;
      }
      return true;
    }
  }

  private Step rows(Named named, Map<String, List<Named>> byTable) {
    Table t = named.table();
    int ordinal = ordinal(named);
    return new Step() {
      private @Nullable Rows rows;
      private @Nullable Header header;
      private final Map<Table, Children> children = new LinkedHashMap<>();
      private int index;
      private @Nullable Gaps gaps;
      // the first row of each id, and ids given again: reported before the child rows that a
      // repeated id leaves without their item, since the repeat is what the reader should fix
      private final Map<String, Integer> firstOf = new HashMap<>();
      private final List<Problem> repeated = new ArrayList<>();

      @Override
      public boolean fill() throws IOException {
        Rows r = rows;
        if (r == null) {
          for (Table c : TableLayout.children(t)) {
            List<Named> held = byTable.get(c.name());
            if (held != null) {
              children.put(c, children(held.get(0)));
            }
          }
          reading = ordinal;
          r = source.rows(named.name());
          rows = r;
          open = r;
          header = header(named, r.hasNext() ? r.next() : null, ordinal, t.path());
          gaps = new Gaps(named, ordinal, t.path());
          queue.add(new Tok(JsonToken.FIELD_NAME, t.path(), 1, place(ordinal, 0)));
          queue.add(new Tok(JsonToken.START_ARRAY, "", 1, place(ordinal, 0)));
          return true;
        }
        Header h = java.util.Objects.requireNonNull(header);
        Gaps g = java.util.Objects.requireNonNull(gaps);
        while (r.hasNext()) {
          Row row = r.next();
          if (!g.next(row) || !h.usable()) {
            continue;
          }
          String path = t.path() + "[" + index + "]";
          Obj item = item(ordinal, h, row, path, null);
          List<Tok> kids = new ArrayList<>();
          Entry id = item.get("id");
          String key =
              id == null || id.value == null || id.value.isEmpty() ? "" : id.value.get(0).text();
          if (!key.isEmpty() && !children.isEmpty()) {
            Integer first = firstOf.putIfAbsent(key, index);
            if (first != null) {
              repeated.add(
                  Problem.of(
                          Problem.Kind.DUPLICATE_ID,
                          path + ".id",
                          "the id '"
                              + key
                              + "' is already used at "
                              + t.path()
                              + "["
                              + first
                              + "].id")
                      .at(Math.max(1, row.number()), Math.max(1, place(ordinal, h.column("id")))));
            }
          }
          for (Map.Entry<Table, Children> e : children.entrySet()) {
            Table c = e.getKey();
            List<Held> mine = key.isEmpty() ? List.of() : e.getValue().take(key);
            if (c.details().isDefined()) {
              detail(item, c, mine, path);
            } else {
              kids.addAll(array(c.path(), mine, path, mine.isEmpty() ? null : mine.get(0)));
            }
          }
          item.emit(queue, row.number(), place(ordinal, 0), kids);
          index++;
          return true;
        }
        r.close();
        open = null;
        queue.add(new Tok(JsonToken.END_ARRAY, "", 1, place(ordinal, 0)));
        if (children.values().stream().anyMatch(held -> !held.isEmpty())) {
          problems.addAll(repeated);
        }
        children.values().forEach(held -> orphanRows(held, named.name()));
        return false;
      }
    };
  }

  /**
   * The attendance of people who differ from their meeting, put into the meeting's list: each id
   * the list names that has a row of its own becomes that row, in the list's order; rows the list
   * does not name follow it.
   */
  private void detail(Obj item, Table child, List<Held> rows, String path) {
    String listKey = child.details().get();
    Entry list = item.get(listKey);
    List<Held> left = new ArrayList<>(rows);
    List<Tok> out = new ArrayList<>();
    Tok start = null;
    if (list != null && list.value != null) {
      for (Tok t : list.value) {
        if (t.token() == JsonToken.START_ARRAY) {
          start = t;
          continue;
        }
        if (t.token() == JsonToken.END_ARRAY) {
          continue;
        }
        Held match = null;
        for (Held h : left) {
          if (participant(h).equals(t.text())) {
            match = h;
            break;
          }
        }
        if (match == null) {
          out.add(t);
        } else {
          left.remove(match);
          out.addAll(object(match, path + "." + listKey + "[" + countItems(out) + "]"));
        }
      }
    }
    for (Held h : left) {
      out.addAll(object(h, path + "." + listKey + "[" + countItems(out) + "]"));
    }
    if (out.isEmpty()) {
      return;
    }
    Tok at = start != null ? start : first(out);
    List<Tok> array = new ArrayList<>();
    array.add(new Tok(JsonToken.START_ARRAY, "", at.line(), at.column()));
    array.addAll(out);
    array.add(new Tok(JsonToken.END_ARRAY, "", at.line(), at.column()));
    Tok name = list != null ? list.name : new Tok(JsonToken.FIELD_NAME, "", at.line(), at.column());
    item.set(listKey, name, array);
  }

  private static Tok first(List<Tok> tokens) {
    return tokens.get(0);
  }

  /** How many items a list of tokens holds so far (objects and scalars at its top). */
  private static int countItems(List<Tok> tokens) {
    int depth = 0;
    int count = 0;
    for (Tok t : tokens) {
      switch (t.token()) {
        case START_OBJECT, START_ARRAY -> {
          if (depth == 0) {
            count++;
          }
          depth++;
        }
        case END_OBJECT, END_ARRAY -> depth--;
        default -> {
          if (depth == 0) {
            count++;
          }
        }
      }
    }
    return count;
  }

  /** The participant a held attendance row names. */
  private static String participant(Held h) {
    for (int i = 0; i < h.header().columns().length; i++) {
      Column c = h.header().columns()[i];
      if (c != null && c.key().equals("participant")) {
        for (Cell cell : h.row().cells()) {
          if (cell.column() == i) {
            return idText(cell);
          }
        }
      }
    }
    return "";
  }

  /** The rows of a child table as a list under its key, or nothing when there are none. */
  private List<Tok> array(String key, List<Held> rows, String parentPath, @Nullable Held first) {
    if (rows.isEmpty() || first == null) {
      return List.of();
    }
    int ordinal = ordinal(first.table());
    int line = first.row().number();
    int column = place(ordinal, 0);
    List<Tok> out = new ArrayList<>();
    out.add(new Tok(JsonToken.FIELD_NAME, key, line, column));
    out.add(new Tok(JsonToken.START_ARRAY, "", line, column));
    int i = 0;
    for (Held h : rows) {
      out.addAll(object(h, parentPath + "." + key + "[" + i + "]"));
      i++;
    }
    out.add(new Tok(JsonToken.END_ARRAY, "", line, column));
    return out;
  }

  /** A held row as a mapping, without the column naming its parent. */
  private List<Tok> object(Held h, String path) {
    int ordinal = ordinal(h.table());
    Obj item = item(ordinal, h.header(), h.row(), path, h.table().table().parentKey().getOrNull());
    List<Tok> out = new ArrayList<>();
    item.emit(out, h.row().number(), place(ordinal, 0), List.of());
    return out;
  }

  /** One row as a mapping: its cells under their columns' paths. */
  private Obj item(int ordinal, Header h, Row row, String path, @Nullable String leaveOut) {
    Obj item = new Obj();
    Column[] columns = h.columns();
    boolean[] filled = new boolean[columns.length];
    for (Cell cell : row.cells()) {
      int at = cell.column();
      Column c = at < columns.length ? columns[at] : null;
      if (c == null) {
        // a column whose key row 1 lacks; one with a key the layout lacks was reported there
        if (!h.keyed(at)) {
          problem(
              Problem.Kind.UNKNOWN_KEY,
              path,
              "this cell lies in a column that row 1 gives no key",
              row.number(),
              place(ordinal, at));
        }
        continue;
      }
      filled[at] = true;
      if (c.key().equals(leaveOut)) {
        continue;
      }
      String valuePath = path + "." + c.path();
      List<Tok> tokens = scalar(c, cell, row.number(), ordinal, valuePath);
      if (tokens != null) {
        item.put(
            c.path(),
            new Tok(JsonToken.FIELD_NAME, "", row.number(), place(ordinal, at)),
            tokens,
            false);
      }
    }
    for (int i = 0; i < columns.length; i++) {
      Column c = columns[i];
      if (c != null && !filled[i] && c.required() && !c.key().equals(leaveOut)) {
        // the format's reader says the value is needed, at this cell
        Tok at = new Tok(JsonToken.FIELD_NAME, "", row.number(), place(ordinal, i));
        item.put(
            c.path(),
            at,
            List.of(new Tok(JsonToken.VALUE_NULL, "", row.number(), place(ordinal, i))),
            false);
      }
    }
    return item;
  }

  // ---- cells

  /**
   * A cell as tokens of its column's kind: a scalar, or a list for a list column; null, after
   * reporting, when the cell cannot hold what the column does.
   */
  private @Nullable List<Tok> scalar(Column c, Cell cell, int row, int ordinal, String path) {
    int column = place(ordinal, cell.column());
    switch (cell.kind()) {
      case FORMULA -> {
        refuse(
            path,
            "the cell holds a formula; coprod reads values only: copy the cell and paste it back"
                + " as its value",
            row,
            column);
        return null;
      }
      case ERROR -> {
        refuse(path, "the cell shows the error " + Scalars.shortened(cell.text()), row, column);
        return null;
      }
      default -> {}
    }
    if (c.list()) {
      return list(c, cell, row, column, path);
    }
    Tok one = one(c.type(), cell, cell.text(), row, column, path);
    return one == null ? null : List.of(one);
  }

  private void refuse(String path, String message, int row, int column) {
    problem(Problem.Kind.WRONG_TYPE, path, message, row, column);
    reported.add(path);
  }

  private @Nullable List<Tok> list(Column c, Cell cell, int row, int column, String path) {
    List<Tok> out = new ArrayList<>();
    out.add(new Tok(JsonToken.START_ARRAY, "", row, column));
    if (cell.kind() == CellKind.TEXT || cell.kind() == CellKind.PLAIN) {
      for (ListCell.Item each : ListCell.split(cell.text())) {
        String item = each.text();
        if (item.isEmpty() && !each.quoted()) {
          out.add(new Tok(JsonToken.VALUE_NULL, "", row, column));
          continue;
        }
        JsonToken token =
            c.type() == ProjectTables.Type.WHOLE || c.type() == ProjectTables.Type.NUMBER
                ? JsonToken.VALUE_NUMBER_INT
                : JsonToken.VALUE_STRING;
        out.add(new Tok(token, item, row, column));
      }
    } else {
      Tok one = one(c.type(), cell, cell.text(), row, column, path);
      if (one == null) {
        return null;
      }
      out.add(one);
    }
    out.add(new Tok(JsonToken.END_ARRAY, "", row, column));
    return out;
  }

  /** One value of a cell as a token of the column's type, or null after reporting. */
  private @Nullable Tok one(
      ProjectTables.Type type, Cell cell, String text, int row, int column, String path) {
    CellKind kind = cell.kind();
    switch (type) {
      case TEXT, ID, CONSTANT -> {
        return new Tok(JsonToken.VALUE_STRING, asText(cell), row, column);
      }
      case DATE -> {
        if (kind == CellKind.DATE && text.indexOf('T') >= 0) {
          refuse(
              path,
              "the cell holds a date and a time (" + text + "): give the day alone",
              row,
              column);
          return null;
        }
        if (kind == CellKind.NUMBER || kind == CellKind.BOOLEAN) {
          refuse(
              path,
              "the cell holds "
                  + kindName(kind)
                  + " ("
                  + Scalars.shortened(text)
                  + ") where a date belongs: write it YYYY-MM-DD or format the cell as a date",
              row,
              column);
          return null;
        }
        return new Tok(JsonToken.VALUE_STRING, text, row, column);
      }
      case NUMBER, WHOLE -> {
        if (kind == CellKind.TEXT && isNumber(text.strip())) {
          refuse(
              path,
              "the cell holds the number "
                  + Scalars.shortened(text.strip())
                  + " stored as text: enter it as a number",
              row,
              column);
          return null;
        }
        if (kind == CellKind.DATE || kind == CellKind.BOOLEAN) {
          refuse(
              path,
              "the cell holds "
                  + kindName(kind)
                  + " where "
                  + (type == ProjectTables.Type.WHOLE ? "a whole number" : "a number")
                  + " belongs",
              row,
              column);
          return null;
        }
        // text that is no number comes as a number token, so the format's reader says what it is
        return new Tok(JsonToken.VALUE_NUMBER_FLOAT, text, row, column);
      }
      case BOOLEAN -> {
        if (kind == CellKind.BOOLEAN
            || ((kind == CellKind.TEXT || kind == CellKind.PLAIN)
                && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")))) {
          boolean yes = text.equalsIgnoreCase("true");
          return new Tok(yes ? JsonToken.VALUE_TRUE : JsonToken.VALUE_FALSE, text, row, column);
        }
        if (kind == CellKind.NUMBER || kind == CellKind.DATE) {
          refuse(
              path,
              "the cell holds " + kindName(kind) + " where TRUE or FALSE belongs",
              row,
              column);
          return null;
        }
        return new Tok(JsonToken.VALUE_STRING, text, row, column);
      }
    }
    return null;
  }

  /** Whether text is a plain decimal number, as a spreadsheet would have stored it as one. */
  private static boolean isNumber(String text) {
    return !text.isEmpty() && text.matches("[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
  }

  /** A cell's value as text: booleans as a spreadsheet shows them. */
  private static String asText(Cell cell) {
    return cell.kind() == CellKind.BOOLEAN ? cell.text().toUpperCase(Locale.ROOT) : cell.text();
  }

  /** The id a cell names, as the item it belongs to is matched by. */
  private static String idText(Cell cell) {
    return asText(cell);
  }

  private static String kindName(CellKind kind) {
    return switch (kind) {
      case NUMBER -> "a number";
      case DATE -> "a date";
      case BOOLEAN -> "TRUE or FALSE";
      case FORMULA -> "a formula";
      case ERROR -> "an error";
      default -> "text";
    };
  }

  private void problem(Problem.Kind kind, String path, String message, int row, int column) {
    problems.add(Problem.of(kind, path, message).at(Math.max(1, row), Math.max(1, column)));
  }

  // ---- mappings built from cells, then given out as tokens

  /** A key's value in a mapping being built: its tokens, or a nested mapping. */
  private static final class Entry {
    final Tok name;
    @Nullable List<Tok> value;
    @Nullable Obj nested;

    Entry(Tok name) {
      this.name = name;
    }

    void emit(ArrayDeque<Tok> out) {
      List<Tok> tokens = new ArrayList<>();
      emit(tokens);
      out.addAll(tokens);
    }

    void emit(List<Tok> out) {
      if (nested != null) {
        nested.emit(out, name.line(), name.column(), List.of());
      } else if (value != null) {
        out.addAll(value);
      }
    }
  }

  /** A mapping being built, its keys in the order they came. */
  private static final class Obj {
    private final List<Map.Entry<String, Entry>> entries = new ArrayList<>();

    @Nullable Entry get(String key) {
      for (Map.Entry<String, Entry> e : entries) {
        if (e.getKey().equals(key)) {
          return e.getValue();
        }
      }
      return null;
    }

    @Nullable Entry remove(String key) {
      for (int i = 0; i < entries.size(); i++) {
        if (entries.get(i).getKey().equals(key)) {
          return entries.remove(i).getValue();
        }
      }
      return null;
    }

    /** Replaces a key's value, or adds it. */
    void set(String key, Tok name, List<Tok> tokens) {
      Entry e = get(key);
      if (e == null) {
        e = new Entry(name);
        entries.add(Map.entry(key, e));
      }
      e.value = new ArrayList<>(tokens);
      e.nested = null;
    }

    /**
     * Adds a value at a dotted path; a list key's values gather into one list, and any other key
     * given twice stays twice, so the format's reader says so.
     */
    void put(String path, Tok name, List<Tok> tokens, boolean gather) {
      int dot = path.indexOf('.');
      if (dot > 0) {
        String head = path.substring(0, dot);
        Entry e = get(head);
        if (e == null || e.nested == null) {
          e = new Entry(name);
          e.nested = new Obj();
          entries.add(Map.entry(head, e));
        }
        java.util.Objects.requireNonNull(e.nested)
            .put(path.substring(dot + 1), name, tokens, gather);
        return;
      }
      if (gather) {
        Entry e = get(path);
        if (e != null && e.value != null) {
          List<Tok> merged = e.value;
          // the new items go before the list's end
          merged.addAll(merged.size() - 1, tokens.subList(1, tokens.size() - 1));
          return;
        }
      }
      Entry e = new Entry(name);
      e.value = new ArrayList<>(tokens);
      entries.add(Map.entry(path, e));
    }

    void emit(ArrayDeque<Tok> out, int line, int column, List<Tok> after) {
      List<Tok> tokens = new ArrayList<>();
      emit(tokens, line, column, after);
      out.addAll(tokens);
    }

    void emit(List<Tok> out, int line, int column, List<Tok> after) {
      out.add(new Tok(JsonToken.START_OBJECT, "", line, column));
      for (Map.Entry<String, Entry> e : entries) {
        Entry v = e.getValue();
        out.add(new Tok(JsonToken.FIELD_NAME, e.getKey(), v.name.line(), v.name.column()));
        v.emit(out);
      }
      out.addAll(after);
      out.add(new Tok(JsonToken.END_OBJECT, "", line, column));
    }
  }

  // ---- the rest of a parser

  private void closeOpen() throws IOException {
    Rows r = open;
    open = null;
    if (r != null) {
      r.close();
    }
  }

  @Override
  protected void _handleEOF() throws JsonParseException {
    // the tables end where their tokens do: nothing is left open to report
  }

  // Jackson 2 declares it abstract though deprecated: every parser must still give it
  @Override
  @Deprecated
  public @Nullable String getCurrentName() {
    Tok t = current;
    if (t != null && t.token() == JsonToken.FIELD_NAME) {
      return t.text();
    }
    return context.getCurrentName();
  }

  @Override
  public void close() throws IOException {
    closed = true;
    queue.clear();
    steps.clear();
    closeOpen();
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  public JsonStreamContext getParsingContext() {
    return context;
  }

  @Override
  public void overrideCurrentName(String name) {
    try {
      context.setCurrentName(name);
    } catch (IOException e) {
      // only a context that detects repeated keys throws, and these contexts detect none
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String getText() {
    Tok t = current;
    return t == null ? "" : t.text();
  }

  @Override
  public char[] getTextCharacters() {
    return getText().toCharArray();
  }

  @Override
  public boolean hasTextCharacters() {
    return false;
  }

  @Override
  public int getTextLength() {
    return getText().length();
  }

  @Override
  public int getTextOffset() {
    return 0;
  }

  @Override
  public byte[] getBinaryValue(Base64Variant variant) throws IOException {
    throw _constructError("a table's cell holds no binary data");
  }

  @Override
  public @Nullable ObjectCodec getCodec() {
    return null;
  }

  @Override
  public void setCodec(@Nullable ObjectCodec codec) {
    // tables are read token by token; no codec binds them to objects
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  // Jackson 2 declares it abstract though deprecated: every parser must still give it
  @Override
  @Deprecated
  public JsonLocation getCurrentLocation() {
    return getTokenLocation();
  }

  // Jackson 2 declares it abstract though deprecated: every parser must still give it
  @Override
  @Deprecated
  public JsonLocation getTokenLocation() {
    Tok t = current == null ? last : current;
    return new JsonLocation(ContentReference.unknown(), -1L, t.line(), t.column());
  }

  private BigDecimal decimal() throws IOException {
    try {
      return new BigDecimal(getText().strip());
    } catch (NumberFormatException e) {
      throw _constructError("the cell holds no number");
    }
  }

  @Override
  public Number getNumberValue() throws IOException {
    return getDecimalValue();
  }

  @Override
  public NumberType getNumberType() {
    return NumberType.BIG_DECIMAL;
  }

  @Override
  public int getIntValue() throws IOException {
    return decimal().intValue();
  }

  @Override
  public long getLongValue() throws IOException {
    return decimal().longValue();
  }

  @Override
  public BigInteger getBigIntegerValue() throws IOException {
    return decimal().toBigInteger();
  }

  @Override
  public float getFloatValue() throws IOException {
    return decimal().floatValue();
  }

  @Override
  public double getDoubleValue() throws IOException {
    return decimal().doubleValue();
  }

  @Override
  public BigDecimal getDecimalValue() throws IOException {
    return decimal();
  }
}
