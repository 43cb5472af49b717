package org.coprod.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.coprod.io.ProjectTables.Column;
import org.coprod.io.ProjectTables.Kind;
import org.coprod.io.ProjectTables.Table;
import org.junit.jupiter.api.Test;

/**
 * The table layout says what the JSON Schema of the format says, key by key: every field of every
 * mapping has its column (nested ones under a dotted path), with the same kind of value, the same
 * constants, and the same need of a value; every list of mappings has its table of rows. One schema
 * serves every format.
 */
class TableLayoutTest {
  private static final JsonNode SCHEMA = Databind.json(ProjectFiles.schema());

  private static JsonNode def(String name) {
    return SCHEMA.get("$defs").get(name);
  }

  private static JsonNode resolve(JsonNode node) {
    JsonNode ref = node.get("$ref");
    return ref == null ? node : def(ref.asText().substring("#/$defs/".length()));
  }

  private static String refName(JsonNode node) {
    JsonNode ref = node.get("$ref");
    return ref == null ? "" : ref.asText().substring("#/$defs/".length());
  }

  /** A column as the schema describes it: path, type, whether a list, required, constants. */
  private static String describe(String path, JsonNode node, boolean required) {
    boolean list = "array".equals(node.path("type").asText());
    JsonNode item = list ? node.get("items") : node;
    return path
        + " "
        + type(item)
        + (list ? " list" : "")
        + (required ? " required" : "")
        + constants(resolve(item));
  }

  private static String describe(Column c) {
    return c.path()
        + " "
        + c.type()
        + (c.list() ? " list" : "")
        + (c.required() ? " required" : "")
        + (c.values().isEmpty() ? "" : " " + c.values().mkString("|"));
  }

  private static String constants(JsonNode node) {
    JsonNode e = node.get("enum");
    if (e == null) {
      return "";
    }
    List<String> out = new ArrayList<>();
    e.forEach(v -> out.add(v.asText()));
    return " " + String.join("|", out);
  }

  private static String type(JsonNode node) {
    switch (refName(node)) {
      case "date":
        return "DATE";
      case "id":
        return "ID";
      case "money":
      case "hours":
        return "NUMBER";
      default:
        break;
    }
    JsonNode n = resolve(node);
    if (n.has("enum")) {
      return "CONSTANT";
    }
    return switch (n.path("type").asText()) {
      case "integer" -> "WHOLE";
      case "number" -> "NUMBER";
      case "boolean" -> "BOOLEAN";
      default -> "TEXT";
    };
  }

  private static boolean isMapping(JsonNode node) {
    return "object".equals(resolve(node).path("type").asText());
  }

  /**
   * The columns a mapping of the schema needs, and the lists of mappings it holds (by key, with
   * their item's definition).
   */
  private static void expected(
      JsonNode mapping,
      String prefix,
      boolean inRequired,
      TreeSet<String> columns,
      Map<String, JsonNode> lists) {
    java.util.Set<String> required = new java.util.HashSet<>();
    mapping.path("required").forEach(r -> required.add(r.asText()));
    Iterator<Map.Entry<String, JsonNode>> fields =
        mapping.get("properties").properties().iterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      String path = prefix + f.getKey();
      JsonNode value = f.getValue();
      boolean req = inRequired && required.contains(f.getKey());
      if ("array".equals(value.path("type").asText())) {
        JsonNode item = value.get("items");
        if (item.has("oneOf")) {
          // a list of ids, some detailed by mappings of their own (a meeting's register)
          columns.add(path + " ID list");
          lists.put(path, item.get("oneOf").get(1));
          continue;
        }
        if (isMapping(item)) {
          lists.put(path, item);
          continue;
        }
        columns.add(describe(path, value, req));
      } else if (isMapping(value)) {
        expected(resolve(value), path + ".", false, columns, lists);
      } else {
        columns.add(describe(path, value, req));
      }
    }
  }

  private static Table top(String path) {
    return ProjectTables.layout().find(t -> t.parent().isEmpty() && t.path().equals(path)).get();
  }

  private static void same(Table table, JsonNode mapping, String parentKey) {
    TreeSet<String> columns = new TreeSet<>();
    Map<String, JsonNode> lists = new java.util.TreeMap<>();
    expected(resolve(mapping), "", true, columns, lists);
    TreeSet<String> laidOut = new TreeSet<>();
    for (Column c : table.columns()) {
      if (c.key().equals(parentKey) || c.key().equals(TableReading.VERSION_KEY)) {
        continue;
      }
      laidOut.add(describe(c));
    }
    assertThat(laidOut).as("the columns of %s", table.name()).isEqualTo(columns);
    Seq<Table> children = ProjectTables.layout().filter(t -> t.parent().contains(table.name()));
    assertThat(new TreeSet<>(children.map(t -> t.details().getOrElse(t.path())).toJavaList()))
        .as("the tables of rows that belong to %s", table.name())
        .isEqualTo(lists.keySet());
    for (Table child : children) {
      same(
          child,
          lists.get(child.details().getOrElse(child.path())),
          child.parentKey().getOrElse(""));
    }
  }

  @Test
  void everyTopLevelListHasItsTableAndEveryFieldItsColumn() {
    Iterator<Map.Entry<String, JsonNode>> sections =
        SCHEMA.get("properties").properties().iterator();
    while (sections.hasNext()) {
      Map.Entry<String, JsonNode> s = sections.next();
      if (s.getKey().equals(TableReading.VERSION_KEY)) {
        continue;
      }
      JsonNode item =
          "array".equals(s.getValue().path("type").asText())
              ? s.getValue().get("items")
              : s.getValue();
      same(top(s.getKey()), item, "");
    }
  }

  @Test
  void theProjectAndEachAgreementAreKeyValueTablesAndTheRestTablesOfRows() {
    assertThat(top("project").kind()).isEqualTo(Kind.VALUES);
    assertThat(top("project").name()).isEqualTo("Project");
    assertThat(top("agreements").kind()).isEqualTo(Kind.VERSIONS);
    assertThat(
            ProjectTables.layout()
                .filter(t -> !t.path().equals("project") && !t.path().equals("agreements"))
                .map(Table::kind)
                .distinct())
        .containsExactly(Kind.ROWS);
  }

  @Test
  void theLedgersColumnsKeepTheirNames() {
    Table contributions = top("contributions");
    assertThat(contributions.column("expensesClaimed").get().path()).isEqualTo("expenses.claimed");
    assertThat(contributions.column("expensesReimbursed").get().path())
        .isEqualTo("expenses.reimbursed");
    assertThat(contributions.keys().take(12).mkString(","))
        .isEqualTo(Ledgers.CONTRIBUTION_COLUMNS_TEXT);
  }

  @Test
  void dropDownsGoOnSingleConstantsAndIdsOfAnotherTableOnly() {
    Table contributions = top("contributions");
    assertThat(contributions.column("phase").get().offersChoices()).isTrue();
    assertThat(contributions.column("participant").get().offersChoices()).isTrue();
    assertThat(contributions.column("skills").get().offersChoices()).isFalse();
    assertThat(contributions.column("consent.uses").get().offersChoices()).isFalse();
    assertThat(contributions.column("hours").get().offersChoices()).isFalse();
    assertThat(top("meetings").column("attended").get().offersChoices()).isFalse();
  }

  @Test
  void aTableIsFoundByItsSheetOrFileName() {
    assertThat(ProjectTables.table("Contributions").get().path()).isEqualTo("contributions");
    assertThat(ProjectTables.table("attendance.csv").get().name()).isEqualTo("Attendance");
    assertThat(ProjectTables.table("Agreement 12").get().path()).isEqualTo("agreements");
    assertThat(ProjectTables.table("Agreement twelve")).isEmpty();
    assertThat(ProjectFolders.listFiles().take(5))
        .containsExactly(
            "participants.csv",
            "meetings.csv",
            "attendance.csv",
            "contributions.csv",
            "decisions.csv");
  }
}
