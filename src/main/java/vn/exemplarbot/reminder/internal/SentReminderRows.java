package vn.exemplarbot.reminder.internal;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the reminder_sent table: which reminder of which deadline each person has had. */
@Repository
public class SentReminderRows {

  private final JdbcClient jdbc;

  SentReminderRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The offsets of this deadline already sent to the person. */
  public Set<String> sent(String deadline, String personId) {
    return jdbc
        .sql("SELECT offset_key FROM reminder_sent WHERE deadline = :d AND person_id = :p")
        .param("d", deadline)
        .param("p", personId)
        .query(String.class)
        .list()
        .stream()
        .collect(Collectors.toSet());
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
