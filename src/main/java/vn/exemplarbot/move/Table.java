package vn.exemplarbot.move;

import java.util.List;
import java.util.stream.Collectors;

/** A table to copy: its name and its columns in the source's order. */
record Table(String name, List<String> columns) {

  Table {
    columns = List.copyOf(columns);
  }

  /** {@code "a", "b"}: identifiers quoted, as both databases read them. */
  String columnList() {
    return columns.stream().map(Table::quoted).collect(Collectors.joining(", "));
  }

  String quotedName() {
    return quoted(name);
  }

  String select() {
    return "SELECT " + columnList() + " FROM " + quotedName();
  }

  String insert() {
    String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
    return "INSERT INTO " + quotedName() + " (" + columnList() + ") VALUES (" + marks + ")";
  }

  static String quoted(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
