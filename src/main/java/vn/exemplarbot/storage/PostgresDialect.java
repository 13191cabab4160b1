package vn.exemplarbot.storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jdbc.core.dialect.JdbcPostgresDialect;

/**
 * PostgreSQL for Spring Data JDBC, with the columns our schema gives it: instants as epoch
 * milliseconds ({@code BIGINT}) and flags as 0 or 1 ({@code INTEGER}), as on SQLite, so one mapping
 * serves both.
 */
public final class PostgresDialect extends JdbcPostgresDialect {

  public static final PostgresDialect INSTANCE = new PostgresDialect();

  @Override
  public Collection<Object> getConverters() {
    List<Object> converters = new ArrayList<>(super.getConverters());
    converters.addAll(SqliteDialect.INSTANCE.getConverters());
    return converters;
  }
}
