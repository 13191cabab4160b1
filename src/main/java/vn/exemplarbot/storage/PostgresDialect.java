package vn.exemplarbot.storage;

import java.util.Collection;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.relational.core.dialect.AbstractDialect;
import org.springframework.data.relational.core.dialect.LimitClause;
import org.springframework.data.relational.core.dialect.LockClause;
import org.springframework.data.relational.core.sql.IdentifierProcessing;
import org.springframework.data.relational.core.sql.LockOptions;

/**
 * PostgreSQL for Spring Data JDBC, with the columns our schema gives it: instants as epoch
 * milliseconds ({@code BIGINT}) and flags as 0 or 1 ({@code INTEGER}), as on SQLite, so one mapping
 * serves both. Not the library's PostgreSQL dialect: it takes instants for timestamps, whatever
 * converters are added to it.
 */
public final class PostgresDialect extends AbstractDialect implements JdbcDialect {

  public static final PostgresDialect INSTANCE = new PostgresDialect();

  private static final LimitClause LIMIT =
      new LimitClause() {
        @Override
        public String getLimit(long limit) {
          return "LIMIT " + limit;
        }

        @Override
        public String getOffset(long offset) {
          return "OFFSET " + offset;
        }

        @Override
        public String getLimitOffset(long limit, long offset) {
          return "LIMIT " + limit + " OFFSET " + offset;
        }

        @Override
        public Position getClausePosition() {
          return Position.AFTER_ORDER_BY;
        }
      };

  private static final LockClause FOR_UPDATE =
      new LockClause() {
        @Override
        public String getLock(LockOptions lockOptions) {
          return switch (lockOptions.getLockMode()) {
            case PESSIMISTIC_WRITE -> "FOR UPDATE";
            case PESSIMISTIC_READ -> "FOR SHARE";
          };
        }

        @Override
        public Position getClausePosition() {
          return Position.AFTER_ORDER_BY;
        }
      };

  @Override
  public LimitClause limit() {
    return LIMIT;
  }

  @Override
  public LockClause lock() {
    return FOR_UPDATE;
  }

  /** Quoted as ANSI, in lower case, as PostgreSQL folds unquoted names. */
  @Override
  public IdentifierProcessing getIdentifierProcessing() {
    return IdentifierProcessing.create(
        IdentifierProcessing.Quoting.ANSI, IdentifierProcessing.LetterCasing.LOWER_CASE);
  }

  @Override
  public Collection<Object> getConverters() {
    return SqliteDialect.INSTANCE.getConverters();
  }
}
