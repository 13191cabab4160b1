package vn.exemplarbot.backup.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.exemplarbot.backup.BackupStatus;

/** The one row of {@code backup_state}. */
@Repository
public class BackupStateRows {

  private final JdbcClient jdbc;

  BackupStateRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The scheduled backup is owed from now, unless one already is. */
  public void owe(Instant at) {
    jdbc.sql("UPDATE backup_state SET owed_since = coalesce(owed_since, :at) WHERE id = 1")
        .param("at", at.toEpochMilli())
        .update();
  }

  public void succeeded(Instant at, String file, long size) {
    jdbc.sql(
            "UPDATE backup_state SET owed_since = NULL, last_success_at = :at, last_file = :f,"
                + " last_size = :s WHERE id = 1")
        .param("at", at.toEpochMilli())
        .param("f", file)
        .param("s", size)
        .update();
  }

  /** Records a skip; true when its reason differs from the last one recorded (worth saying). */
  public boolean skipped(Instant at, String reason) {
    boolean changed =
        jdbc.sql(
                    "SELECT count(*) FROM backup_state WHERE id = 1"
                        + " AND (last_skip_reason IS NULL OR last_skip_reason <> :r"
                        + " OR last_skip_at < coalesce(last_success_at, 0))")
                .param("r", reason)
                .query(Integer.class)
                .single()
            > 0;
    jdbc.sql("UPDATE backup_state SET last_skip_at = :at, last_skip_reason = :r WHERE id = 1")
        .param("at", at.toEpochMilli())
        .param("r", reason)
        .update();
    return changed;
  }

  /** Records a failure; true when it is the first since the owed backup became owed. */
  public boolean failed(Instant at, String text) {
    boolean first =
        jdbc.sql(
                    "SELECT count(*) FROM backup_state WHERE id = 1 AND (last_failure_at IS NULL"
                        + " OR last_failure_at < coalesce(owed_since, :at))")
                .param("at", at.toEpochMilli())
                .query(Integer.class)
                .single()
            > 0;
    jdbc.sql("UPDATE backup_state SET last_failure_at = :at, last_failure = :t WHERE id = 1")
        .param("at", at.toEpochMilli())
        .param("t", text.length() > 300 ? text.substring(0, 300) : text)
        .update();
    return first;
  }

  public BackupStatus status() {
    return jdbc.sql(
            "SELECT last_success_at, last_file, last_size, last_skip_at, last_skip_reason,"
                + " last_failure_at, last_failure, owed_since FROM backup_state WHERE id = 1")
        .query(
            (rs, n) ->
                new BackupStatus(
                    instant(rs.getObject(1)),
                    Optional.ofNullable(rs.getString(2)),
                    rs.getLong(3),
                    instant(rs.getObject(4)),
                    Optional.ofNullable(rs.getString(5)),
                    instant(rs.getObject(6)),
                    Optional.ofNullable(rs.getString(7)),
                    instant(rs.getObject(8))))
        .single();
  }

  private static Optional<Instant> instant(Object millis) {
    return millis == null
        ? Optional.empty()
        : Optional.of(Instant.ofEpochMilli(((Number) millis).longValue()));
  }
}
