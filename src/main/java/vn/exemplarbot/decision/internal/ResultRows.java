package vn.exemplarbot.decision.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of what happens to a ballot's results: the council's result of each nomination, the
 * director's acknowledgement of a ballot that passed nothing, and the publication moment.
 */
@Repository
public class ResultRows {

  private final JdbcClient jdbc;

  ResultRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One nomination's council result in a closed ballot. */
  public record Result(long ballotId, long nominationId, String code, boolean passed) {}

  public void addResult(Result r) {
    jdbc.sql(
            "INSERT INTO council_result (ballot_id, nomination_id, code, passed)"
                + " VALUES (:b, :n, :c, :p) ON CONFLICT DO NOTHING")
        .param("b", r.ballotId())
        .param("n", r.nominationId())
        .param("c", r.code())
        .param("p", r.passed() ? 1 : 0)
        .update();
  }

  /** Every council result, newest ballot first, in code order within it. */
  public List<Result> results() {
    return jdbc.sql(
            "SELECT ballot_id, nomination_id, code, passed FROM council_result"
                + " ORDER BY ballot_id DESC, nomination_id")
        .query(
            (rs, i) -> new Result(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4) == 1))
        .list();
  }

  public Optional<Result> resultOf(long nominationId) {
    return results().stream().filter(r -> r.nominationId() == nominationId).findFirst();
  }

  /** Ballots with council results, not yet published, oldest first. */
  public List<Long> unpublishedBallots() {
    return jdbc.sql(
            "SELECT DISTINCT ballot_id FROM council_result WHERE ballot_id NOT IN"
                + " (SELECT ballot_id FROM publication) ORDER BY ballot_id")
        .query(Long.class)
        .list();
  }

  /** Whether the ballot that decided this nomination was published. */
  public boolean published(long nominationId) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM publication p JOIN council_result r"
                    + " ON r.ballot_id = p.ballot_id WHERE r.nomination_id = :n")
            .param("n", nominationId)
            .query(Integer.class)
            .single()
        > 0;
  }

  /** False when it was published already. */
  public boolean markPublished(long ballotId, Instant at) {
    return jdbc.sql(
                "INSERT INTO publication (ballot_id, published_at) VALUES (:b, :at)"
                    + " ON CONFLICT DO NOTHING")
            .param("b", ballotId)
            .param("at", at.toEpochMilli())
            .update()
        == 1;
  }

  public boolean acknowledged(long ballotId) {
    return jdbc.sql("SELECT COUNT(*) FROM ballot_acknowledgement WHERE ballot_id = :b")
            .param("b", ballotId)
            .query(Integer.class)
            .single()
        > 0;
  }

  /** False when it was acknowledged already. */
  public boolean acknowledge(long ballotId, String by, Instant at) {
    return jdbc.sql(
                "INSERT INTO ballot_acknowledgement (ballot_id, acknowledged_by,"
                    + " acknowledged_at) VALUES (:b, :by, :at) ON CONFLICT DO NOTHING")
            .param("b", ballotId)
            .param("by", by)
            .param("at", at.toEpochMilli())
            .update()
        == 1;
  }
}
