package vn.exemplarbot.move;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import vn.exemplarbot.storage.Database;
import vn.exemplarbot.storage.StartupTexts;

/**
 * The PostgreSQL side: refused unless empty (no table at all in its schema, or only Flyway's
 * history with nothing recorded), then given the bot's schema by Flyway with the PostgreSQL
 * migrations, as the bot would at its first start; after the copy, each identity column's sequence
 * moved past the highest id. When the copy fails, the tables Flyway made are dropped again, so the
 * database is as empty as it was and the move can be run again.
 */
final class TargetSchema {

  private TargetSchema() {}

  /** Refuses a database that holds any table but an empty Flyway history. */
  static void refuseUnlessEmpty(Connection postgres, Target target) throws SQLException {
    Map<String, Long> found = new LinkedHashMap<>();
    for (String table : tables(postgres)) {
      long rows = count(postgres, table);
      if (!(table.equals(SourceSchema.HISTORY) && rows == 0)) {
        found.put(table, rows);
      }
    }
    if (!found.isEmpty()) {
      List<String> shown = new ArrayList<>();
      found.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed()) // the fullest first
          .limit(6)
          .forEach(e -> shown.add(e.getKey() + " " + e.getValue()));
      throw new MoveRefused(
          MoveCommandLine.REFUSED,
          StartupTexts.both(
              "move.not-empty", target.shown(), found.size(), String.join(", ", shown)));
    }
  }

  static void migrate(Target target) {
    Flyway.configure()
        .dataSource(target.url(), blankAsNull(target.user()), blankAsNull(target.password()))
        .locations(Database.POSTGRESQL.migrations())
        .failOnMissingLocations(true)
        .load()
        .migrate();
  }

  /**
   * The tables of the target's schema, Flyway's history aside, mapped to their columns; refused
   * unless they are exactly the source's.
   */
  static void refuseUnlessSame(Connection postgres, List<Table> source) throws SQLException {
    Map<String, List<String>> target = new TreeMap<>();
    for (String table : tables(postgres)) {
      if (!table.equals(SourceSchema.HISTORY)) {
        target.put(table, columns(postgres, table));
      }
    }
    Map<String, List<String>> expected = new TreeMap<>();
    source.forEach(t -> expected.put(t.name(), t.columns()));
    if (!expected.equals(target)) {
      throw new MoveRefused(
          MoveCommandLine.REFUSED,
          StartupTexts.both("move.schema-differs", differences(expected, target)));
    }
  }

  /** Rows the migrations wrote themselves (backup_state's one row) make way for the source's. */
  static void clear(Connection postgres, List<Table> tables) throws SQLException {
    try (Statement s = postgres.createStatement()) {
      for (int i = tables.size() - 1; i >= 0; i--) {
        s.executeUpdate("DELETE FROM " + tables.get(i).quotedName());
      }
    }
  }

  /** Each identity column's sequence set to its table's highest id (none: left at its start). */
  static void advanceSequences(Connection postgres) throws SQLException {
    List<String[]> identities = new ArrayList<>();
    try (Statement s = postgres.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT table_name, column_name FROM information_schema.columns"
                    + " WHERE table_schema = current_schema() AND is_identity = 'YES'")) {
      while (rs.next()) {
        identities.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    for (String[] id : identities) {
      String sql =
          "SELECT setval(pg_get_serial_sequence(?, ?), max("
              + Table.quoted(id[1])
              + ")) FROM "
              + Table.quoted(id[0]);
      try (PreparedStatement p = postgres.prepareStatement(sql)) {
        p.setString(1, Table.quoted(id[0]));
        p.setString(2, id[1]);
        p.executeQuery().close();
      }
    }
  }

  /** After a failed copy: the tables Flyway made (there were none before), dropped. */
  static void dropAll(Connection postgres) throws SQLException {
    postgres.setAutoCommit(true);
    try (Statement s = postgres.createStatement()) {
      for (String table : tables(postgres)) {
        s.execute("DROP TABLE IF EXISTS " + Table.quoted(table) + " CASCADE");
      }
    }
  }

  private static List<String> tables(Connection postgres) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement s = postgres.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT tablename FROM pg_catalog.pg_tables"
                    + " WHERE schemaname = current_schema() ORDER BY tablename")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    return tables;
  }

  private static List<String> columns(Connection postgres, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (PreparedStatement p =
        postgres.prepareStatement(
            "SELECT column_name FROM information_schema.columns WHERE table_schema ="
                + " current_schema() AND table_name = ? ORDER BY ordinal_position")) {
      p.setString(1, table);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          columns.add(rs.getString(1));
        }
      }
    }
    return columns;
  }

  private static long count(Connection postgres, String table) throws SQLException {
    try (Statement s = postgres.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + Table.quoted(table))) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String differences(
      Map<String, List<String>> expected, Map<String, List<String>> target) {
    List<String> lines = new ArrayList<>();
    expected.forEach(
        (t, c) -> {
          if (!target.containsKey(t)) {
            lines.add("-" + t);
          } else if (!target.get(t).equals(c)) {
            lines.add(t + " " + c + " ≠ " + target.get(t));
          }
        });
    target.keySet().stream().filter(t -> !expected.containsKey(t)).forEach(t -> lines.add("+" + t));
    return String.join("; ", lines);
  }

  private static String blankAsNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
