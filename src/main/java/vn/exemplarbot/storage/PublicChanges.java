package vn.exemplarbot.storage;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A count of the changes to what is public ({@code site_change}), on PostgreSQL: the active counts
 * each regeneration of its website export, and a standby that sees the count move regenerates its
 * own copy. A cheap read every few seconds instead of {@code LISTEN}, which would hold a connection
 * and lose what was said while it was being opened again. On SQLite nothing is counted.
 */
@Component
public class PublicChanges {

  private final JdbcClient jdbc;
  private final boolean postgresql;
  private final Lease lease;

  public PublicChanges(JdbcClient jdbc, Environment environment, Lease lease) {
    this.jdbc = jdbc;
    this.lease = lease;
    this.postgresql = !Database.of(environment).sqlite();
  }

  /** One more change made public, counted by the active instance (a standby's start is not). */
  public void counted() {
    if (postgresql && lease.holding()) {
      jdbc.sql(
              "INSERT INTO site_change (id, serial) VALUES (1, 1)"
                  + " ON CONFLICT (id) DO UPDATE SET serial = site_change.serial + 1")
          .update();
    }
  }

  /** How many so far (0 on SQLite). */
  public long serial() {
    if (!postgresql) {
      return 0;
    }
    return jdbc.sql("SELECT coalesce(max(serial), 0) FROM site_change").query(Long.class).single();
  }
}
