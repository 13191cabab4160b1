package vn.exemplarbot.reminder.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.exemplarbot.reminder.TimedAction;
import vn.exemplarbot.storage.Lease;
import vn.exemplarbot.storage.RowLocks;

/** SQL of the due_action table. */
@Repository
public class DueActionRows {

  private final JdbcClient jdbc;
  private final RowLocks locks;
  private final Lease lease;

  DueActionRows(JdbcClient jdbc, RowLocks locks, Lease lease) {
    this.jdbc = jdbc;
    this.locks = locks;
    this.lease = lease;
  }

  /** A new action, or a new time for one that has not fired; a fired one is left as it is. */
  public void upsert(String key, String kind, Instant dueAt, String payload) {
    jdbc.sql(
            """
            INSERT INTO due_action (action_key, kind, payload, due_at) VALUES (:k, :kind, :p, :due)
            ON CONFLICT (action_key) DO UPDATE SET kind = :kind, payload = :p, due_at = :due
            WHERE due_action.fired_at IS NULL
            """)
        .param("k", key)
        .param("kind", kind)
        .param("p", payload)
        .param("due", dueAt.toEpochMilli())
        .update();
  }

  public int deleteUnfired(String key) {
    return jdbc.sql("DELETE FROM due_action WHERE action_key = :k AND fired_at IS NULL")
        .param("k", key)
        .update();
  }

  /** Forgets the unfired actions of a key prefix due after {@code now}; those already due stay. */
  public int deleteUnfiredAfter(String keyPrefix, Instant now) {
    return jdbc.sql(
            "DELETE FROM due_action WHERE fired_at IS NULL AND due_at > :now"
                + " AND substr(action_key, 1, length(:p)) = :p")
        .param("p", keyPrefix)
        .param("now", now.toEpochMilli())
        .update();
  }

  public List<TimedAction> due(Instant now, int limit) {
    return jdbc.sql(
            "SELECT id, action_key, kind, payload, due_at FROM due_action"
                + " WHERE fired_at IS NULL AND due_at <= :now ORDER BY due_at, id LIMIT :limit")
        .param("now", now.toEpochMilli())
        .param("limit", limit)
        .query(
            (rs, n) ->
                new TimedAction(
                    rs.getLong("id"),
                    rs.getString("action_key"),
                    rs.getString("kind"),
                    rs.getString("payload"),
                    Instant.ofEpochMilli(rs.getLong("due_at"))))
        .list();
  }

  /**
   * Claims the action: true for exactly one caller, ever. One that another transaction is claiming
   * right now is passed over (false), not waited for: if that one rolls back, the action is still
   * due and is claimed at a later tick. Only by the active instance ({@link Lease#fence()}).
   */
  public boolean claim(long id, Instant now, String outcome) {
    lease.fence();
    return jdbc.sql(
                "UPDATE due_action SET fired_at = :now, outcome = :o WHERE id IN"
                    + " (SELECT id FROM due_action WHERE id = :id AND fired_at IS NULL"
                    + locks.skipLocked()
                    + ")")
            .param("id", id)
            .param("now", now.toEpochMilli())
            .param("o", outcome)
            .update()
        == 1;
  }

  public Optional<Instant> firedAt(String key) {
    return jdbc.sql(
            "SELECT fired_at FROM due_action WHERE action_key = :k AND fired_at IS NOT NULL")
        .param("k", key)
        .query(Long.class)
        .optional()
        .map(Instant::ofEpochMilli);
  }

  /** How many actions not yet run are due by {@code now}, and how many by {@code lateBy}. */
  public long[] dueAndLate(Instant now, Instant lateBy) {
    return jdbc.sql(
            "SELECT count(*), coalesce(sum(CASE WHEN due_at <= :late THEN 1 ELSE 0 END), 0)"
                + " FROM due_action"
                + " WHERE fired_at IS NULL AND due_at <= :now")
        .param("now", now.toEpochMilli())
        .param("late", lateBy.toEpochMilli())
        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
        .single();
  }

  /** When the earliest action not yet run is due, if any. */
  public Optional<Instant> nextUnfired() {
    return jdbc
        .sql("SELECT MIN(due_at) FROM due_action WHERE fired_at IS NULL")
        .query(Long.class)
        .list()
        .stream()
        .filter(at -> at != null)
        .findFirst()
        .map(Instant::ofEpochMilli);
  }
}
