package org.coprod.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The peer a data scientist would pick: DuckDB, through JDBC, reading a JSON project file with
 * {@code read_json} and computing four of the report's headline measures by side in SQL: the share
 * of hours, the share of each side's hours that was paid, the Gini coefficient of hours over the
 * people who contributed, and the share of key decisions in which each side had a say. The
 * definitions are the measures' own (a contribution is paid when it records an amount above zero,
 * or its person is salaried or declines payment; a side has a say in a key decision, not
 * overridden, when more than half of its deciders did not object and, under a majority rule, its
 * deciders are at least 35% of all), short of the agreements' reserved decision types, which the
 * generated projects do not use. {@link Targets} runs it as a whole process beside {@code coprod
 * check} of the same file.
 *
 * <p>DuckDB's driver ({@code org.duckdb:duckdb_jdbc}, with native code) is on the class path only
 * in the {@code benchmarks} profile: this class compiles against JDBC alone.
 */
public final class DuckDbMeasures {
  private DuckDbMeasures() {}

  /** The typed columns read from the file: only what the four measures need. */
  private static final String COLUMNS =
      "{participants: 'STRUCT(id VARCHAR, side VARCHAR, employment VARCHAR,"
          + " declinesPayment BOOLEAN)[]',"
          + " contributions: 'STRUCT(participant VARCHAR, hours DOUBLE, paid DOUBLE)[]',"
          + " decisions: 'STRUCT(\"key\" BOOLEAN, \"rule\" VARCHAR, ledBy VARCHAR,"
          + " overriddenBy VARCHAR, decidedBy VARCHAR[], objectedBy VARCHAR[])[]'}";

  /** The SQL, in the order it runs; the last query gives one row per side. */
  static String[] sql(String file) {
    String path = file.replace("'", "''");
    return new String[] {
      "CREATE TEMP TABLE doc AS SELECT * FROM read_json('"
          + path
          + "', columns = "
          + COLUMNS
          + ", format = 'unstructured', maximum_object_size = 2147483647)",
      "CREATE TEMP TABLE people AS SELECT p.id, p.side,"
          + " coalesce(p.employment = 'SALARIED', false) OR coalesce(p.declinesPayment, false)"
          + " AS paid_anyway FROM (SELECT unnest(participants) AS p FROM doc)",
      "CREATE TEMP TABLE ledger AS SELECT c.participant, c.hours, coalesce(c.paid, 0) > 0 AS paid"
          + " FROM (SELECT unnest(contributions) AS c FROM doc)",
      "CREATE TEMP TABLE hours_of AS SELECT l.participant, p.side, sum(l.hours) AS hours,"
          + " sum(CASE WHEN l.paid OR p.paid_anyway THEN l.hours ELSE 0 END) AS paid_hours"
          + " FROM ledger l JOIN people p ON p.id = l.participant GROUP BY l.participant, p.side",
      "CREATE TEMP TABLE keys AS SELECT row_number() OVER () AS k, d.* FROM"
          + " (SELECT unnest(decisions) AS d FROM doc) WHERE coalesce(d.\"key\", false)",
      "CREATE TEMP TABLE deciders AS SELECT kd.k, coalesce(kd.\"rule\", 'MAJORITY') AS rule,"
          + " lead.side AS lead_side, p.side, list_contains(coalesce(kd.objectedBy, []), kd.x)"
          + " AS objected, kd.deciders FROM (SELECT k, \"rule\", ledBy, objectedBy,"
          + " len(decidedBy) AS deciders, unnest(decidedBy) AS x FROM keys"
          + " WHERE overriddenBy IS NULL) kd JOIN people p ON p.id = kd.x"
          + " LEFT JOIN people lead ON lead.id = kd.ledBy",
      "CREATE TEMP TABLE say AS SELECT side, count(*) AS decisions FROM (SELECT k, side,"
          + " any_value(rule) AS rule, any_value(lead_side) AS lead_side, count(*) AS ours,"
          + " count(*) FILTER (WHERE objected) AS objecting, any_value(deciders) AS deciders"
          + " FROM deciders GROUP BY k, side) WHERE 2 * (ours - objecting) > ours AND CASE rule"
          + " WHEN 'MAJORITY' THEN ours >= 0.35 * deciders - 1e-9 * greatest(1, deciders)"
          + " WHEN 'LEAD_DECIDES' THEN lead_side = side ELSE true END GROUP BY side",
      "WITH total AS (SELECT sum(hours) AS hours FROM hours_of),"
          + " ranked AS (SELECT hours, row_number() OVER (ORDER BY hours) AS i,"
          + " count(*) OVER () AS n FROM hours_of),"
          + " gini AS (SELECT sum((2 * i - n - 1) * hours) / (any_value(n) * sum(hours)) AS g"
          + " FROM ranked),"
          + " counted AS (SELECT count(*) AS n FROM keys)"
          + " SELECT h.side, sum(h.hours) / any_value(total.hours) AS hours_share,"
          + " sum(h.paid_hours) / sum(h.hours) AS paid_hour_share, any_value(gini.g) AS gini,"
          + " coalesce(any_value(say.decisions), 0) / any_value(counted.n) AS say_share"
          + " FROM hours_of h, total, gini, counted LEFT JOIN say ON say.side = h.side"
          + " GROUP BY h.side ORDER BY h.side"
    };
  }

  /**
   * Reads one file and prints the four measures by side.
   *
   * @param args the JSON project file
   * @throws SQLException if DuckDB fails
   */
  public static void main(String[] args) throws SQLException {
    if (args.length != 1) {
      System.err.println("usage: DuckDbMeasures FILE.json");
      System.exit(2);
    }
    String[] sql = sql(args[0]);
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement()) {
      for (int i = 0; i < sql.length - 1; i++) {
        st.execute(sql[i]);
      }
      try (ResultSet rows = st.executeQuery(sql[sql.length - 1])) {
        while (rows.next()) {
          System.out.printf(
              Locale.ROOT,
              "%s: hours share %.4f, paid-hour share %.4f, Gini of hours %.4f,"
                  + " say in key decisions %.4f%n",
              rows.getString(1),
              rows.getDouble(2),
              rows.getDouble(3),
              rows.getDouble(4),
              rows.getDouble(5));
        }
      }
    }
  }
}
