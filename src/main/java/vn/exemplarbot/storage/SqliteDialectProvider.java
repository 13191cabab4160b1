package vn.exemplarbot.storage;

import java.sql.DatabaseMetaData;
import java.util.Optional;
import org.springframework.data.jdbc.core.dialect.DialectResolver;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * Offers {@link SqliteDialect} when the database is SQLite, {@link PostgresDialect} when it is
 * PostgreSQL, and nothing otherwise. Registered in {@code META-INF/spring.factories}.
 */
public final class SqliteDialectProvider implements DialectResolver.JdbcDialectProvider {

  @Override
  public Optional<Dialect> getDialect(JdbcOperations operations) {
    String product =
        operations.execute(
            (ConnectionCallback<String>)
                connection -> {
                  DatabaseMetaData meta = connection.getMetaData();
                  return meta.getDatabaseProductName();
                });
    String name = product == null ? "" : product.toLowerCase();
    if (name.contains("sqlite")) {
      return Optional.of(SqliteDialect.INSTANCE);
    }
    if (name.contains("postgresql")) {
      return Optional.of(PostgresDialect.INSTANCE);
    }
    return Optional.empty();
  }
}
