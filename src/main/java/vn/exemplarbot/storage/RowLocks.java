package vn.exemplarbot.storage;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * How a row is claimed. On PostgreSQL a claim locks the row it takes and passes over one another
 * transaction is claiming ({@code FOR UPDATE SKIP LOCKED}): a second runner takes the next row
 * instead of waiting for the first to finish, and never takes the same one. On SQLite a writer
 * holds the whole database for its transaction, so the plain query claims as much.
 */
@Component
public class RowLocks {

  private final boolean postgresql;

  public RowLocks(Environment environment) {
    this.postgresql = !Database.of(environment).sqlite();
  }

  /** What ends a {@code SELECT} of rows to claim: the lock clause, or nothing. */
  public String skipLocked() {
    return postgresql ? " FOR UPDATE SKIP LOCKED" : "";
  }
}
