package vn.exemplarbot.move;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One table from SQLite into PostgreSQL: rows streamed from a cursor and inserted in JDBC batches,
 * never the whole table in memory; the source's rows summed on the way, the target's summed by
 * reading them back inside the same transaction.
 */
final class TableCopy {

  static final int BATCH = 500;

  private TableCopy() {}

  /** Copies every row; returns the source's count and checksum. */
  static RowSum copy(Connection sqlite, Connection postgres, Table table) throws SQLException {
    RowSum source = new RowSum();
    int width = table.columns().size();
    try (Statement read = sqlite.createStatement();
        ResultSet rs = read.executeQuery(table.select());
        PreparedStatement insert = postgres.prepareStatement(table.insert())) {
      int pending = 0;
      while (rs.next()) {
        for (int i = 1; i <= width; i++) {
          insert.setObject(i, rs.getObject(i));
        }
        insert.addBatch();
        source.add(rs, width);
        if (++pending == BATCH) {
          insert.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        insert.executeBatch();
      }
    }
    return source;
  }

  /** The count and checksum of the table as the connection sees it, read with a cursor. */
  static RowSum sum(Connection connection, Table table) throws SQLException {
    RowSum sum = new RowSum();
    try (Statement read = connection.createStatement()) {
      read.setFetchSize(BATCH);
      try (ResultSet rs = read.executeQuery(table.select())) {
        while (rs.next()) {
          sum.add(rs, table.columns().size());
        }
      }
    }
    return sum;
  }
}
