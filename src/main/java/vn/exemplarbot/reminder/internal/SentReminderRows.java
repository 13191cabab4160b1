package vn.exemplarbot.reminder.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the reminder_sent table: which reminder of which deadline each person has had. */
@Repository
public class SentReminderRows {

  private final JdbcClient jdbc;

  SentReminderRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The offsets of this deadline already sent, by person: one read for a whole moment. */
  public Map<String, Set<String>> sent(String deadline) {
    Map<String, Set<String>> byPerson = new HashMap<>();
    jdbc.sql("SELECT person_id, offset_key FROM reminder_sent WHERE deadline = :d")
        .param("d", deadline)
        .query(
            (rs, n) ->
                byPerson
                    .computeIfAbsent(rs.getString(1), k -> new HashSet<>())
                    .add(rs.getString(2)))
        .list();
    return byPerson;
  }

  /** Records it; false when it was already there (then nothing must be sent). */
  public boolean record(String deadline, String offsetKey, String personId, Instant now) {
    return jdbc.sql(
                "INSERT INTO reminder_sent (deadline, offset_key, person_id, sent_at)"
                    + " VALUES (:d, :o, :p, :t) ON CONFLICT DO NOTHING")
            .param("d", deadline)
            .param("o", offsetKey)
            .param("p", personId)
            .param("t", now.toEpochMilli())
            .update()
        == 1;
  }
}
