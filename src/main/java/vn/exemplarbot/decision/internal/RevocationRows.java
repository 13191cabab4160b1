package vn.exemplarbot.decision.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the recognitions the director withdrew ({@code /revoke}). */
@Repository
public class RevocationRows {

  private final JdbcClient jdbc;

  RevocationRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** False when it was revoked already. */
  public boolean revoke(long nominationId, String reason, String by, Instant at) {
    return jdbc.sql(
                "INSERT INTO revocation (nomination_id, reason, revoked_by, revoked_at)"
                    + " VALUES (:n, :r, :by, :at) ON CONFLICT DO NOTHING")
            .param("n", nominationId)
            .param("r", reason)
            .param("by", by)
            .param("at", at.toEpochMilli())
            .update()
        == 1;
  }

  /** The reason it was revoked for, if it was. */
  public Optional<String> reasonOf(long nominationId) {
    return jdbc.sql("SELECT reason FROM revocation WHERE nomination_id = :n")
        .param("n", nominationId)
        .query(String.class)
        .optional();
  }
}
