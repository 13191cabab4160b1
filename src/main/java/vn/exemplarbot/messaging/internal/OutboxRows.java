package vn.exemplarbot.messaging.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Method;
import vn.exemplarbot.messaging.OutboxHead;
import vn.exemplarbot.messaging.OutboxItem;
import vn.exemplarbot.messaging.RefusedMessage;
import vn.exemplarbot.messaging.RestoredMessage;
import vn.exemplarbot.storage.ColumnSeal;
import vn.exemplarbot.storage.Columns;

/** SQL of the outbox table. */
@Repository
public class OutboxRows {

  private static final String PLACE = "outbox ephemeral payload";

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final ColumnSeal seal;

  OutboxRows(JdbcClient jdbc, JsonMapper json, ColumnSeal seal) {
    this.jdbc = jdbc;
    this.json = json;
    this.seal = seal;
  }

  /** A new row; {@code chatId} null holds it until the person registers. */
  public long insert(NewRow row, Instant now) {
    return insert(row, now, false);
  }

  /**
   * A new row; an ephemeral one (it carries a ballot choice or receipt) is deleted once delivered
   * and keeps no text once refused.
   */
  public long insert(NewRow row, Instant now, boolean ephemeral) {
    return jdbc.sql(
            """
            INSERT INTO outbox (person_id, chat_id, method, payload, ref, target_id, status,
                                next_attempt_at, message_id, created_at, ephemeral)
            VALUES (:person, :chat, :method, :payload, :ref, :target, :status, :now, :messageId, :now,
                    :ephemeral)
            RETURNING id
            """)
        .param("person", row.personId())
        .param("chat", row.chatId())
        .param("method", row.method().name())
        .param("payload", payload(row, ephemeral))
        .param("ref", row.ref())
        .param("target", row.targetId())
        .param("status", row.chatId() == null ? "held" : "pending")
        .param("now", now.toEpochMilli())
        .param("messageId", row.messageId())
        .param("ephemeral", ephemeral ? 1 : 0)
        .query(Long.class)
        .single();
  }

  /** An ephemeral row's payload (a choice or a receipt) is sealed on PostgreSQL. */
  private String payload(NewRow row, boolean ephemeral) {
    if (row.message() == null) {
      return null;
    }
    String payload = json.writeValueAsString(Payload.of(row.message()));
    return ephemeral ? seal.seal(PLACE, payload) : payload;
  }

  /**
   * A reply in a person's own chat, unless the very same message (method, text and buttons) already
   * waits there as a reply behind the chat's head: returns the new row's id, or -1 when it was not
   * queued again. The head is left out: it may be on its way or delivered and not yet recorded, and
   * a person who asks again after seeing the answer must get it again.
   */
  public long insertReply(NewRow row, String reply, Instant now) {
    String payload = json.writeValueAsString(Payload.of(row.message()));
    return jdbc.sql(
            """
            INSERT INTO outbox (person_id, chat_id, method, payload, status, next_attempt_at,
                                created_at, reply)
            SELECT :person, :chat, :method, :payload, 'pending', :now, :now, :reply
            WHERE NOT EXISTS (SELECT 1 FROM outbox WHERE status = 'pending' AND chat_id = :chat
                              AND reply IS NOT NULL AND method = :method AND payload = :payload
                              AND id > (SELECT MIN(id) FROM outbox
                                        WHERE status = 'pending' AND chat_id = :chat))
            RETURNING id
            """)
        .param("person", row.personId())
        .param("chat", row.chatId())
        .param("method", row.method().name())
        .param("payload", payload)
        .param("now", now.toEpochMilli())
        .param("reply", reply)
        .query(Long.class)
        .optional()
        .orElse(-1L);
  }

  /**
   * Ends the waiting replies of these kinds in a chat as {@code coalesced}, keeping no text. The
   * chat's head is never touched: the sender may be sending it right now.
   */
  public int coalesce(long chatId, List<String> kinds, Instant now) {
    return jdbc.sql(
            """
            UPDATE outbox SET status = 'coalesced', payload = NULL, outcome = 'superseded',
                   settled_at = :now
            WHERE status = 'pending' AND chat_id = :chat AND reply IN (:kinds)
              AND id > (SELECT MIN(id) FROM outbox WHERE status = 'pending' AND chat_id = :chat)
            """)
        .param("chat", chatId)
        .param("kinds", kinds)
        .param("now", now.toEpochMilli())
        .update();
  }

  public int release(String personId, long chatId) {
    return jdbc.sql(
            "UPDATE outbox SET chat_id = :chat, status = 'pending' WHERE person_id = :person AND status = 'held'")
        .param("chat", chatId)
        .param("person", personId)
        .update();
  }

  /**
   * The oldest pending row of each chat, if it is due: a chat's messages go out in order. Without
   * the payload, which is read only for the rows sent ({@link #items}).
   */
  public List<OutboxHead> due(Instant now, int limit) {
    return jdbc.sql(
            """
            SELECT o.id, o.chat_id, o.method, o.attempts, o.ephemeral,
                   COALESCE(o.message_id, t.message_id) AS target_message_id
            FROM (SELECT MIN(id) AS id FROM outbox WHERE status = 'pending' GROUP BY chat_id) head
            JOIN outbox o ON o.id = head.id
            LEFT JOIN outbox t ON t.id = o.target_id
            WHERE o.next_attempt_at <= :now
            ORDER BY o.next_attempt_at, o.id LIMIT :limit
            """)
        .param("now", now.toEpochMilli())
        .param("limit", limit)
        .query(
            (rs, n) -> {
              // wasNull() speaks of the column read last: ask it before reading any other.
              long read = rs.getLong("target_message_id");
              Long target = rs.wasNull() ? null : read;
              return new OutboxHead(
                  rs.getLong("id"),
                  rs.getLong("chat_id"),
                  Method.valueOf(rs.getString("method")),
                  target,
                  rs.getInt("attempts"),
                  rs.getInt("ephemeral") == 1);
            })
        .list();
  }

  /**
   * These heads with their messages, those still pending; one read. A head settled since it was
   * read (only the sender settles a head) is left out.
   */
  public List<OutboxItem> items(List<OutboxHead> heads) {
    if (heads.isEmpty()) {
      return List.of();
    }
    Map<Long, Message> messages = new HashMap<>();
    jdbc.sql("SELECT id, payload FROM outbox WHERE id IN (:ids) AND status = 'pending'")
        .param("ids", heads.stream().map(OutboxHead::id).toList())
        .query(
            rs -> {
              String payload = rs.getString("payload");
              messages.put(rs.getLong("id"), payload == null ? null : read(payload));
            });
    return heads.stream()
        .filter(h -> messages.containsKey(h.id()))
        .map(h -> h.with(messages.get(h.id())))
        .toList();
  }

  private Message read(String payload) {
    return json.readValue(seal.open(PLACE, payload), Payload.class).toMessage();
  }

  public Optional<Instant> nextAttempt() {
    return jdbc.sql("SELECT MIN(next_attempt_at) FROM outbox WHERE status = 'pending'")
        .query(Long.class)
        .optional()
        .map(Instant::ofEpochMilli);
  }

  /** An ephemeral row delivered: true when it was still pending and is gone now. */
  public boolean deleteEphemeral(long id) {
    return jdbc.sql("DELETE FROM outbox WHERE id = :id AND ephemeral = 1 AND status = 'pending'")
            .param("id", id)
            .update()
        == 1;
  }

  /** Rows showing a ballot choice or receipt not yet delivered (a backup waits for none). */
  public int ephemeralWaiting() {
    return jdbc.sql(
            "SELECT count(*) FROM outbox WHERE ephemeral = 1"
                + " AND status IN ('pending', 'held', 'restored')")
        .query(Integer.class)
        .single();
  }

  /** Rows a restore found unsent: person or chat, method, when written; oldest first. */
  public List<RestoredMessage> restored(int limit) {
    return jdbc.sql(
            "SELECT id, person_id, chat_id, method, created_at FROM outbox"
                + " WHERE status = 'restored' ORDER BY id LIMIT :n")
        .param("n", limit)
        .query(
            (rs, n) ->
                new RestoredMessage(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getObject(3) == null ? null : rs.getLong(3),
                    rs.getString(4),
                    Instant.ofEpochMilli(rs.getLong(5))))
        .list();
  }

  /** Pending rows, the oldest one's time written (epoch ms, 0 when none), held and restored. */
  public long[] load() {
    return jdbc.sql(
            "SELECT coalesce(sum(CASE WHEN status = 'pending' THEN 1 ELSE 0 END), 0),"
                + " coalesce(min(CASE WHEN status = 'pending' THEN created_at END), 0),"
                + " coalesce(sum(CASE WHEN status = 'held' THEN 1 ELSE 0 END), 0),"
                + " coalesce(sum(CASE WHEN status = 'restored' THEN 1 ELSE 0 END), 0)"
                + " FROM outbox WHERE status IN ('pending', 'held', 'restored')")
        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)})
        .single();
  }

  public int restoredCount() {
    return jdbc.sql("SELECT count(*) FROM outbox WHERE status = 'restored'")
        .query(Integer.class)
        .single();
  }

  /** «Gửi lại»: each row goes back to what it was (pending, or held for an unregistered person). */
  public int resendRestored(Instant now) {
    return jdbc.sql(
            "UPDATE outbox SET status = coalesce(restored_from, 'pending'), restored_from = NULL,"
                + " next_attempt_at = :now WHERE status = 'restored'")
        .param("now", now.toEpochMilli())
        .update();
  }

  /** «Bỏ»: final, without its text. */
  public int dropRestored(Instant now) {
    return jdbc.sql(
            "UPDATE outbox SET status = 'dropped', payload = NULL, restored_from = NULL,"
                + " outcome = 'dropped by the admin after a restore', settled_at = :now"
                + " WHERE status = 'restored'")
        .param("now", now.toEpochMilli())
        .update();
  }

  public void sent(long id, Long messageId, Instant at) {
    jdbc.sql(
            """
            UPDATE outbox SET status = 'sent', payload = NULL, outcome = NULL, settled_at = :at,
                   message_id = COALESCE(:messageId, message_id), attempts = attempts + 1
            WHERE id = :id AND status = 'pending'
            """)
        .param("id", id)
        .param("messageId", messageId)
        .param("at", at.toEpochMilli())
        .update();
  }

  public void retryAt(long id, Instant at, String reason) {
    jdbc.sql(
            "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = :at, outcome = :reason"
                + " WHERE id = :id AND status = 'pending'")
        .param("id", id)
        .param("at", at.toEpochMilli())
        .param("reason", reason)
        .update();
  }

  public void retryUnknownFate(long id, Instant at, String reason) {
    jdbc.sql(
            "UPDATE outbox SET attempts = attempts + 1, unknown_fates = unknown_fates + 1,"
                + " next_attempt_at = :at, outcome = :reason WHERE id = :id AND status = 'pending'")
        .param("id", id)
        .param("at", at.toEpochMilli())
        .param("reason", reason)
        .update();
  }

  public void refused(long id, String reason, Instant at) {
    jdbc.sql(
            """
            UPDATE outbox SET status = 'refused', payload = NULL, outcome = :reason, settled_at = :at,
                   attempts = attempts + 1
            WHERE id = :id AND status = 'pending'
            """)
        .param("id", id)
        .param("reason", reason)
        .param("at", at.toEpochMilli())
        .update();
  }

  public List<RefusedMessage> refusedMessages(int limit) {
    return jdbc.sql(
            "SELECT id, person_id, chat_id, outcome, settled_at FROM outbox WHERE status = 'refused'"
                + " ORDER BY id DESC LIMIT :limit")
        .param("limit", limit)
        .query(
            (rs, n) ->
                new RefusedMessage(
                    rs.getLong("id"),
                    rs.getString("person_id"),
                    Columns.nullableLong(rs, "chat_id"),
                    rs.getString("outcome"),
                    Instant.ofEpochMilli(rs.getLong("settled_at"))))
        .list();
  }

  /** The recipient of a row: its person and chat, to address an edit of it. */
  public Optional<NewRow> recipientOf(long id) {
    return jdbc.sql("SELECT person_id, chat_id FROM outbox WHERE id = :id")
        .param("id", id)
        .query(
            (rs, n) ->
                new NewRow(
                    rs.getString("person_id"),
                    Columns.nullableLong(rs, "chat_id"),
                    null,
                    null,
                    null,
                    id,
                    null))
        .optional();
  }

  public int countByStatus(String status) {
    return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE status = :status")
        .param("status", status)
        .query(Integer.class)
        .single();
  }

  /** The fields of a new row. */
  public record NewRow(
      String personId,
      Long chatId,
      Method method,
      Message message,
      String ref,
      Long targetId,
      Long messageId) {}
}
