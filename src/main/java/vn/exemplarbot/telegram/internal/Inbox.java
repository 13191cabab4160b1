package vn.exemplarbot.telegram.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.exemplarbot.clock.SteadyClock;
import vn.exemplarbot.storage.Lease;
import vn.exemplarbot.storage.RowLocks;
import vn.exemplarbot.storage.TransactionLevels;

/**
 * Updates as they came from {@code getUpdates}, stored before the next offset confirms them. An
 * {@code update_id} is stored once: a re-delivered update is ignored. Once handled, only the id
 * stays: the payload may hold a vote or personal data. On PostgreSQL a vote press is stored sealed
 * ({@link SecretPresses}).
 */
@Repository
public class Inbox {

  private final JdbcClient jdbc;
  private final SteadyClock clock;
  private final RowLocks locks;
  private final TransactionLevels levels;
  private final Lease lease;
  private final SecretPresses secrets;

  Inbox(
      JdbcClient jdbc,
      SteadyClock clock,
      RowLocks locks,
      TransactionLevels levels,
      Lease lease,
      SecretPresses secrets) {
    this.jdbc = jdbc;
    this.lease = lease;
    this.secrets = secrets;
    this.clock = clock;
    this.locks = locks;
    this.levels = levels;
  }

  /**
   * Stores what is new; returns how many were new. At {@code READ COMMITTED} on PostgreSQL ({@link
   * TransactionLevels}): each row is new or already there, whatever runs beside it. Only by the
   * active instance ({@link Lease#fence()}).
   */
  @Transactional
  public int store(List<RawUpdate> updates) {
    levels.readCommitted();
    lease.fence();
    int stored = 0;
    long now = clock.millis();
    for (RawUpdate update : updates) {
      stored +=
          jdbc.sql(
                  "INSERT INTO inbox (update_id, payload, received_at) VALUES (:id, :p, :at)"
                      + " ON CONFLICT (update_id) DO NOTHING")
              .param("id", update.updateId())
              .param("p", secrets.stored(update.updateId(), update.json()))
              .param("at", now)
              .update();
    }
    return stored;
  }

  @Transactional(readOnly = true)
  public List<RawUpdate> unhandled(int limit) {
    return jdbc.sql(
            "SELECT update_id, payload, received_at FROM inbox WHERE handled_at IS NULL"
                + " ORDER BY update_id LIMIT :limit")
        .param("limit", limit)
        .query(
            (rs, n) ->
                new RawUpdate(
                    rs.getLong("update_id"),
                    secrets.read(rs.getLong("update_id"), rs.getString("payload")),
                    rs.getLong("received_at")))
        .list();
  }

  /** How many stored updates wait to be applied. */
  public int unhandledCount() {
    return jdbc.sql("SELECT count(*) FROM inbox WHERE handled_at IS NULL")
        .query(Integer.class)
        .single();
  }

  /** An unhandled update whose payload is a button press with data beginning so. */
  public boolean unhandledWithButtonData(String dataPrefix) {
    return jdbc.sql(
                "SELECT count(*) FROM inbox WHERE handled_at IS NULL AND payload LIKE :p"
                    + " ESCAPE '\\'")
            .param(
                "p",
                "%\"data\":\""
                    + dataPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    + "%")
            .query(Integer.class)
            .single()
        > 0;
  }

  /**
   * Marks the update handled and drops its payload, claiming it for this transaction; false if
   * someone already had, or (on PostgreSQL) is claiming it right now: then it is theirs, or, if
   * they roll back, still unhandled and read again by the next batch.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean handled(long updateId, boolean failed) {
    lease.fence();
    return jdbc.sql(
                "UPDATE inbox SET handled_at = :at, payload = NULL, failed = :f WHERE update_id IN"
                    + " (SELECT update_id FROM inbox WHERE update_id = :id AND handled_at IS NULL"
                    + locks.skipLocked()
                    + ")")
            .param("id", updateId)
            .param("at", clock.millis())
            .param("f", failed ? 1 : 0)
            .update()
        == 1;
  }

  /** Forgets handled updates older than {@code before} (real time); returns how many. */
  @Transactional(propagation = Propagation.MANDATORY)
  public int forgetHandledBefore(java.time.Instant before) {
    return jdbc.sql("DELETE FROM inbox WHERE handled_at IS NOT NULL AND handled_at < :before")
        .param("before", before.toEpochMilli())
        .update();
  }

  /** An update as stored: its id, Telegram's JSON, and when it arrived (epoch ms). */
  public record RawUpdate(long updateId, String json, long receivedAt) {}
}
