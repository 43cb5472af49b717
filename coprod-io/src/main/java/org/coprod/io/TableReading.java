package org.coprod.io;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Set;
import java.util.function.Function;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.io.ProjectTables.Kind;
import org.coprod.io.ProjectTables.Named;
import org.coprod.io.ProjectTables.Source;
import org.coprod.io.ProjectTables.Table;
import org.jspecify.annotations.Nullable;

/**
 * Reads tables through the format's reader ({@link TableParser} gives it their tokens) and names
 * every problem by its table and cell, as the source names them.
 */
final class TableReading {
  private TableReading() {}

  /**
   * The key of the format's version, which a project file gives at its top and tables in Project.
   */
  static final String VERSION_KEY = "coprod";

  /** A whole project from tables. */
  static Validation<Seq<Problem>, Project> whole(
      Source source, String sourceName, ReadLimits limits) {
    java.util.List<Problem> found = new ArrayList<>();
    java.util.List<Named> present = present(source, found, true);
    TableParser parser = TableParser.whole(source, present, limits);
    Readers.Result result =
        Readers.tree(parser, limits, new PositionIndex(), false, ProjectFormat.FILE);
    Readers.Placer placer = placer(parser, result.positions(), source, sourceName);
    Seq<Problem> problems = problems(found, parser, result, placer);
    if (!problems.isEmpty()) {
      return Validation.invalid(problems);
    }
    return Readers.project(result, sourceName, Function.identity(), placer);
  }

  /**
   * What the lists of a folder's CSV files hold: a tree of the lists the files give, with where
   * each value was; or the problems, each named by its file and cell.
   *
   * @param root the lists, null when there were problems
   * @param problems the problems, placed
   * @param placer places a problem found later in a list these files gave
   * @param sections the top-level keys of the lists the files gave ({@code participants})
   */
  record Lists(
      ProjectFormat.@Nullable Root root,
      Seq<Problem> problems,
      Readers.Placer placer,
      Set<String> sections) {}

  /** The lists of a folder's CSV files. */
  static Lists lists(Source source, String sourceName, ReadLimits limits) {
    java.util.List<Problem> found = new ArrayList<>();
    java.util.List<Named> present = present(source, found, false);
    TableParser parser = TableParser.parts(source, present, limits);
    Readers.Result result =
        Readers.tree(parser, limits, new PositionIndex(), false, ProjectFormat.LISTS);
    Readers.Placer placer = placer(parser, result.positions(), source, sourceName);
    Seq<Problem> problems = problems(found, parser, result, placer);
    Set<String> sections = new java.util.HashSet<>();
    for (Named n : present) {
      if (n.table().parent().isEmpty()) {
        sections.add(n.table().path());
      }
    }
    return new Lists(problems.isEmpty() ? result.root() : null, problems, placer, sections);
  }

  /**
   * The tables of the layout the source holds, in the layout's order (versions by number); a name
   * the layout does not know is a problem, unless it starts with {@code x-} (an application's own).
   */
  private static java.util.List<Named> present(
      Source source, java.util.List<Problem> problems, boolean sheets) {
    java.util.List<Named> out = new ArrayList<>();
    java.util.List<String> known = new ArrayList<>();
    for (Table t : TableLayout.TABLES) {
      if (sheets) {
        known.add(t.kind() == Kind.VERSIONS ? t.name() + " 1" : t.name());
      } else {
        t.file().forEach(known::add);
      }
    }
    for (String name : source.names()) {
      if (name.startsWith(Shape.APPLICATION_PREFIX)) {
        continue;
      }
      Option<Table> table = TableLayout.byName(name);
      boolean fits =
          table.isDefined()
              && (sheets ? !table.get().file().contains(name) : table.get().file().contains(name));
      if (!fits) {
        String nearest = NearestKey.among(name, known);
        problems.add(
            Problem.of(
                    Problem.Kind.UNKNOWN_KEY,
                    "",
                    (sheets ? "the sheet '" : "the file '")
                        + Scalars.shortened(name)
                        + "' holds nothing coprod reads; did you mean '"
                        + nearest
                        + "'? (Name your own "
                        + (sheets ? "sheets" : "files")
                        + " starting with x-.)")
                .in(source.place(name)));
        continue;
      }
      out.add(new Named(name, table.get()));
    }
    java.util.List<Table> order = TableLayout.TABLES.toJavaList();
    out.sort(
        Comparator.comparingInt((Named n) -> order.indexOf(n.table()))
            .thenComparingLong(n -> Long.parseLong(TableLayout.version(n.name()).getOrElse("0"))));
    return out;
  }

  /**
   * Every problem of a reading, placed, sorted by table, row and column: those about whole tables
   * first. A value the tables refused is not reported missing again.
   */
  private static Seq<Problem> problems(
      java.util.List<Problem> found,
      TableParser parser,
      Readers.Result result,
      Readers.Placer placer) {
    Set<String> reported = parser.reported();
    java.util.List<Problem> coded = new ArrayList<>(parser.problems());
    for (Problem p : result.problems()) {
      if (p.kind() == Problem.Kind.MISSING && reported.contains(p.path())) {
        continue;
      }
      coded.add(p);
    }
    coded.sort(
        Comparator.comparingInt(
                (Problem p) -> p.column().map(c -> (c - 1) / TableParser.COLUMNS).getOrElse(0))
            .thenComparingInt(p -> p.line().getOrElse(0))
            .thenComparingInt(p -> p.column().getOrElse(0)));
    return List.ofAll(found).appendAll(List.ofAll(coded).map(placer::place));
  }

  /** Places a problem at its table's cell, as the source names it. */
  private static Readers.Placer placer(
      TableParser parser, PositionIndex positions, Source source, String sourceName) {
    return p -> {
      if (p.source().isDefined()) {
        return p;
      }
      int line;
      int coded;
      if (p.line().isDefined() && p.column().isDefined()) {
        line = p.line().get();
        coded = p.column().get();
      } else {
        PositionIndex.Position at = positions.find(p.path());
        if (at == null) {
          return p.in(sourceName);
        }
        line = at.line();
        coded = at.column();
      }
      Named table = parser.table(coded);
      String place =
          table == null ? sourceName : source.place(table.name(), line, TableParser.column(coded));
      return new Problem(
          p.kind(), p.path(), p.message(), Option.some(place), Option.none(), Option.none());
    };
  }
}
