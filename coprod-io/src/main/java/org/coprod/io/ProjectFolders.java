package org.coprod.io;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.io.ProjectTables.Table;

/**
 * A project kept as a folder: one project file (YAML or JSON) and any of the lists the table layout
 * of {@link ProjectTables} names as CSV files ({@code participants.csv}, {@code meetings.csv},
 * {@code attendance.csv}, {@code contributions.csv}, {@code decisions.csv}, …), whose first row
 * holds the field keys and whose lists separate their items with {@code ;}. A list given as a CSV
 * file replaces the one in the project file; a file of rows that belong to another list's items
 * ({@code attendance.csv} to the meetings, {@code credits.csv} to the outputs) comes with that
 * list's file. Reading never throws for bad input: every problem names its file, row and column
 * ({@code participants.csv:F7}), and nothing is built.
 */
public final class ProjectFolders {
  private ProjectFolders() {}

  /** The CSV files a project folder may hold, in the layout's order. */
  public static Seq<String> listFiles() {
    return ProjectTables.layout().flatMap(Table::file).toList();
  }

  /**
   * Whether a folder holds a project in parts: a project file, and a CSV file named after a list
   * ({@link #listFiles()}). A folder of project files holds a project each, whatever other CSV
   * files lie beside them (the tables {@code coprod stats} writes, say); a folder of CSV files
   * alone holds no project.
   */
  public static boolean isProjectFolder(Path folder) {
    Objects.requireNonNull(folder, "folder is null");
    try {
      if (!Files.isDirectory(folder) || projectFiles(folder).isEmpty()) {
        return false;
      }
      Seq<String> lists = listFiles();
      return files(folder, ".csv").stream()
          .anyMatch(p -> lists.contains(String.valueOf(p.getFileName())));
    } catch (IOException e) {
      return false;
    }
  }

  /** Reads a project folder with the {@linkplain ReadLimits#defaults() default limits}. */
  public static Validation<Seq<Problem>, Project> read(Path folder) {
    return read(folder, ReadLimits.defaults());
  }

  /**
   * Reads a project folder within the given limits, which apply to each file.
   *
   * @param folder the folder
   * @param limits the limits each file is read within
   * @return the project, or every problem, each with its file, row and column
   */
  public static Validation<Seq<Problem>, Project> read(Path folder, ReadLimits limits) {
    Objects.requireNonNull(folder, "folder is null");
    Objects.requireNonNull(limits, "limits is null");
    String name = folder.toString();
    java.util.List<Path> projectFiles;
    java.util.List<Path> csv;
    try {
      if (!Files.isDirectory(folder)) {
        return fail(name, "this is not a folder");
      }
      projectFiles = projectFiles(folder);
      csv = files(folder, ".csv");
    } catch (IOException e) {
      return fail(name, "the folder cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    if (projectFiles.isEmpty()) {
      return fail(
          name,
          "the folder holds no project file (.yaml, .yml or .json) for the project's id, title and"
              + " start: 'coprod init' writes one to start from");
    }
    if (projectFiles.size() > 1) {
      return fail(
          name,
          "the folder holds "
              + projectFiles.size()
              + " project files ("
              + List.ofAll(projectFiles).map(p -> String.valueOf(p.getFileName())).mkString(", ")
              + ")"
              + (csv.isEmpty()
                  ? ": each is a project of its own"
                  : " beside its CSV lists: keep one project file with its lists in a folder"));
    }
    Path projectFile = projectFiles.get(0);
    SortedMap<String, Path> byName = new TreeMap<>();
    csv.forEach(p -> byName.put(String.valueOf(p.getFileName()), p));
    java.util.List<Problem> missing = new ArrayList<>();
    for (String file : byName.keySet()) {
      Option<Table> table = ProjectTables.table(file);
      if (table.isEmpty() || table.get().parent().isEmpty()) {
        continue;
      }
      Table parent = TableLayout.named(table.get().parent().get());
      String parentFile = parent.file().getOrElse(parent.name());
      if (!byName.containsKey(parentFile)) {
        missing.add(
            Problem.of(
                    Problem.Kind.MISSING,
                    "",
                    file
                        + " adds to the items of "
                        + parentFile
                        + ", which the folder lacks: keep the "
                        + parent.path()
                        + " in "
                        + parentFile
                        + " beside it")
                .in(byName.get(file).toString()));
      }
    }
    if (!missing.isEmpty()) {
      return Validation.invalid(List.ofAll(missing));
    }
    String fileName = projectFile.toString();
    return ProjectFiles.open(
        projectFile,
        limits,
        (in, format) -> {
          Readers.Result base =
              Readers.tree(TextInput.ofBytes(in, limits.maxFileBytes()), format, limits);
          TableReading.Lists lists =
              TableReading.lists(new CsvSource(byName, limits), name, limits);
          Seq<Problem> problems =
              base.problems()
                  .map(p -> p.source().isEmpty() ? p.in(fileName) : p)
                  .appendAll(lists.problems());
          ProjectFormat.Root root = base.root();
          ProjectFormat.Root parts = lists.root();
          if (!problems.isEmpty() || root == null || parts == null) {
            return Validation.invalid(
                problems.isEmpty()
                    ? List.of(
                        Problem.of(Problem.Kind.MISSING, "project", "the file has no project")
                            .in(fileName))
                    : problems);
          }
          root.replaceWith(parts);
          Readers.Placer inFile = Readers.Placer.of(base.positions(), fileName);
          return Readers.project(
              new Readers.Result(root, List.empty(), base.positions()),
              fileName,
              Function.identity(),
              p ->
                  lists.sections().contains(section(p.path()))
                      ? lists.placer().place(p)
                      : inFile.place(p));
        });
  }

  /**
   * The top-level key a path starts with: {@code contributions} of {@code contributions[3].hours}.
   */
  private static String section(String path) {
    int end = path.length();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '.' || c == '[') {
        end = i;
        break;
      }
    }
    return path.substring(0, end);
  }

  /** The project files (.yaml, .yml, .json) directly in a folder, sorted, hidden ones left out. */
  public static java.util.List<Path> projectFiles(Path folder) throws IOException {
    java.util.List<Path> out = new ArrayList<>();
    try (Stream<Path> list = Files.list(folder)) {
      list.filter(Files::isRegularFile)
          .filter(p -> !String.valueOf(p.getFileName()).startsWith("."))
          .filter(p -> Format.ofFileName(String.valueOf(p.getFileName())).isDefined())
          .sorted()
          .forEach(out::add);
    }
    return out;
  }

  private static java.util.List<Path> files(Path folder, String extension) throws IOException {
    java.util.List<Path> out = new ArrayList<>();
    try (Stream<Path> list = Files.list(folder)) {
      list.filter(Files::isRegularFile)
          .filter(p -> !String.valueOf(p.getFileName()).startsWith("."))
          .filter(p -> String.valueOf(p.getFileName()).toLowerCase(Locale.ROOT).endsWith(extension))
          .sorted()
          .forEach(out::add);
    }
    return out;
  }

  private static Validation<Seq<Problem>, Project> fail(String name, String message) {
    return Validation.invalid(List.of(Problem.of(Problem.Kind.SYNTAX, "", message).in(name)));
  }
}
