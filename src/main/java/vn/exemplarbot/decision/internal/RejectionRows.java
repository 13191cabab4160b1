package vn.exemplarbot.decision.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the director's rejections (not recognised, with the reason). */
@Repository
public class RejectionRows {

  private final JdbcClient jdbc;

  RejectionRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void reject(
      long nominationId, long ballotId, String reason, boolean late, String by, Instant at) {
    jdbc.sql(
            "INSERT INTO rejection (nomination_id, ballot_id, reason, late, rejected_by,"
                + " rejected_at) VALUES (:n, :b, :r, :l, :by, :at)")
        .param("n", nominationId)
        .param("b", ballotId)
        .param("r", reason)
        .param("l", late ? 1 : 0)
        .param("by", by)
        .param("at", at.toEpochMilli())
        .update();
  }

  /** The reason the director gave for not recognising it, if they did not. */
  public Optional<String> rejectionOf(long nominationId) {
    return jdbc.sql("SELECT reason FROM rejection WHERE nomination_id = :n")
        .param("n", nominationId)
        .query(String.class)
        .optional();
  }
}
