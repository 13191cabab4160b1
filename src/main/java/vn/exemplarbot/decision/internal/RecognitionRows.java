package vn.exemplarbot.decision.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of the public list of exemplars: recognised nominations in a numbered decision whose ballot
 * is published, leaving out every revoked one. Nothing here is read before publication.
 */
@Repository
public class RecognitionRows {

  private static final String PUBLIC =
      " FROM nomination n JOIN decision_item i ON i.nomination_id = n.id"
          + " JOIN decision d ON d.id = i.decision_id"
          + " JOIN publication p ON p.ballot_id = d.ballot_id"
          + " WHERE n.state = 'recognised' AND n.published_at IS NOT NULL"
          + " AND d.number IS NOT NULL"
          + " AND n.id NOT IN (SELECT nomination_id FROM revocation)";

  private final JdbcClient jdbc;

  RecognitionRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A public recognition as stored: the nomination, its decision and the publication moment. */
  public record Row(
      long nominationId, int year, String number, LocalDate decidedOn, Instant published) {}

  /** Every public recognition, newest cycle first, in code order within a cycle. */
  public List<Row> all() {
    return jdbc.sql(
            "SELECT n.id, n.cycle_year, d.number, d.decided_on, p.published_at"
                + PUBLIC
                + " ORDER BY n.cycle_year DESC, n.code")
        .query(
            (rs, i) ->
                new Row(
                    rs.getLong(1),
                    rs.getInt(2),
                    rs.getString(3),
                    LocalDate.parse(rs.getString(4)),
                    Instant.ofEpochMilli(rs.getLong(5))))
        .list();
  }
}
