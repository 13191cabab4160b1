package vn.exemplarbot.storage;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reading SQLite columns as the driver cannot on its own. */
public final class Columns {

  private Columns() {}

  /** sqlite-jdbc cannot read a NULL as a {@code Long} object: read the number, then ask. */
  public static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }
}
