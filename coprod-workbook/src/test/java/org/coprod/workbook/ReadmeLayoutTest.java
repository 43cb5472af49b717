package org.coprod.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coprod.io.ProjectTables;
import org.coprod.io.ProjectTables.Column;
import org.coprod.io.ProjectTables.Table;
import org.junit.jupiter.api.Test;

/**
 * Keeps the module's README true: its table of sheets is generated from the declared layout (run
 * with {@code -Dcoprod.readme.update=true} to rewrite it).
 */
class ReadmeLayoutTest {
  private static final Path README = Path.of("README.md");
  private static final String START = "<!-- layout:start -->";
  private static final String END = "<!-- layout:end -->";

  static String table() {
    StringBuilder out =
        new StringBuilder(
            "| sheet | CSV file in a folder | holds | columns, or keys (required in **bold**) |\n"
                + "|---|---|---|---|\n");
    for (Table t : ProjectTables.layout()) {
      String holds =
          switch (t.kind()) {
            case VALUES -> "the project's own fields, a row a key";
            case VERSIONS -> "one sheet a version of the agreement (`Agreement 1`, …), a row a key";
            case ROWS ->
                t.parent().isEmpty()
                    ? "a row " + singular(t.path())
                    : t.details().isDefined()
                        ? "a row for each person at a meeting who differs from it"
                        : t.parentKey().isEmpty()
                            ? "the project's `" + t.path() + "`, a row each"
                            : "an item's `"
                                + t.path()
                                + "`, a row each, naming its item of "
                                + t.parent().get()
                                + " in `"
                                + t.parentKey().get()
                                + "`";
          };
      StringBuilder columns = new StringBuilder();
      for (Column c : t.columns()) {
        if (columns.length() > 0) {
          columns.append(", ");
        }
        String key = "`" + c.key() + "`";
        columns.append(c.required() ? "**" + key + "**" : key);
        if (c.list()) {
          columns.append(t.kind() == ProjectTables.Kind.ROWS ? " (`;` list)" : " (a row an item)");
        } else if (c.offersChoices()) {
          columns.append(" ▾");
        }
      }
      out.append("| `")
          .append(t.kind() == ProjectTables.Kind.VERSIONS ? t.name() + " N" : t.name())
          .append("` | ")
          .append(t.file().map(f -> "`" + f + "`").getOrElse(""))
          .append(" | ")
          .append(holds)
          .append(" | ")
          .append(columns)
          .append(" |\n");
    }
    return out.toString();
  }

  private static String singular(String path) {
    return switch (path) {
      case "checkIns" -> "a round and side of a check-in";
      case "impacts" -> "a change";
      case "responses" -> "a response to a finding";
      case "outputs" -> "an output";
      default -> "a " + (path.endsWith("s") ? path.substring(0, path.length() - 1) : path);
    };
  }

  @Test
  void theReadmesTableOfSheetsIsGeneratedFromTheLayout() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int from = readme.indexOf(START);
    int to = readme.indexOf(END);
    assertThat(from).as("the README marks where the table of sheets goes").isNotNegative();
    String generated =
        readme.substring(0, from + START.length()) + "\n" + table() + readme.substring(to);
    if (Boolean.getBoolean("coprod.readme.update")) {
      Files.writeString(README, generated, StandardCharsets.UTF_8);
    }
    assertThat(readme)
        .as("README table of sheets; rewrite it with -Dcoprod.readme.update=true")
        .isEqualTo(generated);
  }
}
