package vn.exemplarbot.storage;

import java.sql.JDBCType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.dialect.JdbcPostgresDialect;
import org.springframework.data.jdbc.core.mapping.JdbcValue;

/**
 * PostgreSQL for Spring Data JDBC, with the columns our schema gives it: instants as epoch
 * milliseconds ({@code BIGINT}) and flags as 0 or 1 ({@code INTEGER}), as on SQLite, so one mapping
 * serves both.
 */
public final class PostgresDialect extends JdbcPostgresDialect {

  public static final PostgresDialect INSTANCE = new PostgresDialect();

  @Override
  public Collection<Object> getConverters() {
    // Ours first: the first converter registered for a type wins. An instant goes as a BIGINT
    // value: given as a plain Long, Spring Data still declares the property's timestamp type, and
    // the driver then sends a timestamp into our BIGINT column.
    List<Object> converters = new ArrayList<>();
    converters.add(InstantToEpochMillis.INSTANCE);
    converters.addAll(SqliteDialect.INSTANCE.getConverters());
    converters.addAll(super.getConverters());
    return converters;
  }

  @WritingConverter
  enum InstantToEpochMillis implements Converter<Instant, JdbcValue> {
    INSTANCE;

    @Override
    public JdbcValue convert(Instant source) {
      return JdbcValue.of(source.toEpochMilli(), JDBCType.BIGINT);
    }
  }
}
