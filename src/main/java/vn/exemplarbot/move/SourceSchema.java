package vn.exemplarbot.move;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables of the SQLite database, read from the database itself (so none is forgotten when a
 * migration adds one), in dependency order: every table after the tables its foreign keys refer to,
 * so that the target's keys hold at each insert. Flyway's history is not data: the target has its
 * own.
 */
final class SourceSchema {

  static final String HISTORY = "flyway_schema_history";

  private SourceSchema() {}

  static List<Table> tables(Connection sqlite) throws SQLException {
    Map<String, Table> tables = new TreeMap<>();
    Map<String, Set<String>> parents = new TreeMap<>();
    for (String name : names(sqlite)) {
      tables.put(name, new Table(name, columns(sqlite, name)));
      parents.put(name, referenced(sqlite, name));
    }
    return ordered(tables, parents);
  }

  /** Parents first; among tables free to go, by name, so the order is the same every time. */
  static List<Table> ordered(Map<String, Table> tables, Map<String, Set<String>> parents) {
    List<Table> order = new ArrayList<>();
    Map<String, Set<String>> waiting = new LinkedHashMap<>();
    parents.forEach((t, p) -> waiting.put(t, new TreeSet<>(p)));
    waiting.values().forEach(p -> p.retainAll(tables.keySet()));
    while (!waiting.isEmpty()) {
      String next =
          waiting.entrySet().stream()
              .filter(e -> e.getValue().stream().allMatch(p -> p.equals(e.getKey())))
              .map(Map.Entry::getKey)
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("foreign keys in a cycle: " + waiting));
      waiting.remove(next);
      waiting.values().forEach(p -> p.remove(next));
      order.add(tables.get(next));
    }
    return order;
  }

  private static List<String> names(Connection sqlite) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement s = sqlite.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")) {
      while (rs.next()) {
        if (!rs.getString(1).equals(HISTORY)) {
          names.add(rs.getString(1));
        }
      }
    }
    return names;
  }

  private static List<String> columns(Connection sqlite, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Statement s = sqlite.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA table_info(" + Table.quoted(table) + ")")) {
      while (rs.next()) {
        columns.add(rs.getString("name"));
      }
    }
    return columns;
  }

  private static Set<String> referenced(Connection sqlite, String table) throws SQLException {
    Set<String> parents = new TreeSet<>();
    try (Statement s = sqlite.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA foreign_key_list(" + Table.quoted(table) + ")")) {
      while (rs.next()) {
        parents.add(rs.getString("table"));
      }
    }
    return parents;
  }
}
