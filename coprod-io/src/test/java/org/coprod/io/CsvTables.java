package org.coprod.io;

import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coprod.core.Project;
import org.coprod.io.ProjectTables.Named;
import org.coprod.io.ProjectTables.Row;

/**
 * A project folder made for tests: some of a project's lists as CSV files in the table layout, and
 * a project file holding the rest (the same project written as YAML, with those lists cut out).
 */
final class CsvTables {
  private CsvTables() {}

  /** Writes the lists whose files are named into the folder, and the rest as project.yaml. */
  static void folder(Project project, Path folder, Set<String> files) throws IOException {
    Files.createDirectories(folder);
    ProjectTables.write(
        project,
        new ProjectTables.Sink() {
          private final StringBuilder text = new StringBuilder();
          private Named current;

          @Override
          public void tables(Seq<Named> tables) {}

          @Override
          public void begin(Named table) {
            current = table;
            text.setLength(0);
          }

          @Override
          public void row(Row row) {
            int width = current.table().columns().size();
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < width; i++) {
              cells.add("");
            }
            row.cells().forEach(c -> cells.set(c.column(), quoted(c.text())));
            text.append(String.join(",", cells)).append("\r\n");
          }

          @Override
          public void end() {
            String file = current.table().file().getOrNull();
            if (file != null && files.contains(file)) {
              try {
                Files.writeString(folder.resolve(file), text, StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
          }
        });
    Set<String> cut = new java.util.HashSet<>();
    for (String f : files) {
      ProjectTables.table(f).filter(t -> t.parent().isEmpty()).forEach(t -> cut.add(t.path()));
    }
    StringBuilder yaml = new StringBuilder();
    boolean skipping = false;
    for (String line : ProjectFiles.toText(project, Format.YAML).split("\n", -1)) {
      if (!line.isEmpty() && !line.startsWith(" ") && !line.startsWith("-")) {
        skipping = cut.contains(line.substring(0, Math.max(0, line.indexOf(':'))));
      }
      if (!skipping) {
        yaml.append(line).append('\n');
      }
    }
    Files.writeString(
        folder.resolve("project.yaml"), yaml.toString().strip() + "\n", StandardCharsets.UTF_8);
  }

  private static String quoted(String text) {
    boolean quote =
        text.isEmpty()
            || text.indexOf(',') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  /** Writes a folder for a project file: {@code CsvTables FILE FOLDER}, for the examples. */
  public static void main(String[] args) throws IOException {
    Project p = ProjectFiles.read(Path.of(args[0])).get();
    folder(
        p,
        Path.of(args[1]),
        Set.of(
            "participants.csv",
            "meetings.csv",
            "attendance.csv",
            "contributions.csv",
            "decisions.csv"));
  }
}
