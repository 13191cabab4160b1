package vn.exemplarbot.decision.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read-only SQL of what the director and the clerks still owe before {@code recognition-due}, as
 * {@code /pending} and {@code /number} would find it: over every ballot, whatever its cycle, since
 * a council's result waits for its decision however the year turns.
 */
@Repository
public class RecognitionWorkRows {

  private final JdbcClient jdbc;

  RecognitionWorkRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The codes of the passed nominations neither recognised nor rejected yet, oldest first. */
  public List<String> undecidedCodes() {
    return jdbc.sql(
            "SELECT code FROM council_result WHERE passed = 1"
                + " AND nomination_id NOT IN (SELECT nomination_id FROM decision_item)"
                + " AND nomination_id NOT IN (SELECT nomination_id FROM rejection)"
                + " ORDER BY ballot_id, nomination_id")
        .query(String.class)
        .list();
  }

  /** The closed ballots that passed nothing and whose result the director has not acknowledged. */
  public List<Long> unacknowledgedBallots() {
    return jdbc.sql(
            "SELECT ballot_id FROM council_result"
                + " WHERE ballot_id NOT IN (SELECT ballot_id FROM ballot_acknowledgement)"
                + " GROUP BY ballot_id HAVING MAX(passed) = 0 ORDER BY ballot_id")
        .query(Long.class)
        .list();
  }

  /** A decision still awaiting its number, and the codes of the nominations it recognises. */
  public record Unnumbered(long decisionId, String codes) {}

  public List<Unnumbered> unnumbered() {
    return jdbc.sql(
            "SELECT d.id, string_agg(r.code, ', ' ORDER BY r.position) FROM decision d"
                + " JOIN (SELECT i.decision_id, i.position, c.code FROM decision_item i"
                + " JOIN council_result c ON c.nomination_id = i.nomination_id) r"
                + " ON r.decision_id = d.id"
                + " WHERE d.number IS NULL GROUP BY d.id ORDER BY d.id")
        .query((rs, i) -> new Unnumbered(rs.getLong(1), rs.getString(2)))
        .list();
  }
}
