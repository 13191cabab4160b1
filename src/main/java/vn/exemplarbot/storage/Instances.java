package vn.exemplarbot.storage;

import java.util.List;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The instances that shared this database (PostgreSQL), each with the hash of the {@code
 * bot-config/} it loaded last (at its start or {@code /reload}), and the hash the admins were last
 * told about for it, so a difference is told once. Nothing is kept on SQLite.
 */
@Component
public class Instances {

  private final JdbcClient jdbc;
  private final boolean postgresql;
  private final Lease lease;

  public Instances(JdbcClient jdbc, Environment environment, Lease lease) {
    this.jdbc = jdbc;
    this.postgresql = !Database.of(environment).sqlite();
    this.lease = lease;
  }

  /** This instance loaded a configuration with this hash. */
  public void loaded(String hash) {
    if (!postgresql) {
      return;
    }
    jdbc.sql(
            "INSERT INTO instance (name, config_hash, loaded_at) VALUES (:n, :h,"
                + " (EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::BIGINT)"
                + " ON CONFLICT (name) DO UPDATE SET config_hash = :h,"
                + " loaded_at = EXCLUDED.loaded_at")
        .param("n", lease.instance())
        .param("h", hash)
        .update();
  }

  /** The hash the named instance loaded last. */
  public Optional<String> hashOf(String name) {
    if (!postgresql) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT config_hash FROM instance WHERE name = :n")
        .param("n", name)
        .query(String.class)
        .optional();
  }

  /** The other instances whose hash differs from this one and was not yet told about. */
  public List<String> untoldDifferences(String hash) {
    if (!postgresql) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT name FROM instance WHERE name <> :me AND config_hash <> :h"
                + " AND (warned_hash IS NULL OR warned_hash <> config_hash) ORDER BY name")
        .param("me", lease.instance())
        .param("h", hash)
        .query(String.class)
        .list();
  }

  /**
   * Claims the telling of this instance's difference, by the active instance ({@link
   * Lease#fence()}): true once per hash it loaded.
   */
  public boolean told(String name) {
    lease.fence();
    return jdbc.sql(
                "UPDATE instance SET warned_hash = config_hash WHERE name = :n"
                    + " AND (warned_hash IS NULL OR warned_hash <> config_hash)")
            .param("n", name)
            .update()
        == 1;
  }
}
