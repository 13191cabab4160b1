package vn.exemplarbot.decision.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The director's decisions of one cycle year, read for the cycle's overview: a decision, a
 * rejection or a council result belongs to the year of its ballot.
 */
@Repository
public class DecisionOverviewRows {

  private static final String OF_YEAR = " JOIN ballot b ON b.id = %s WHERE b.cycle_year = :y";

  private final JdbcClient jdbc;

  DecisionOverviewRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A decision; {@code number} and {@code decidedOn} null while a draft. */
  public record Made(
      long id, long ballotId, String number, LocalDate decidedOn, boolean late, Instant madeAt) {}

  /** One nomination a decision lists, its code as people know it, and whether it was revoked. */
  public record Item(long decisionId, long nominationId, int code, boolean revoked) {}

  public record Rejected(
      long nominationId, int code, long ballotId, String reason, boolean late, Instant at) {}

  /** A nomination the council passed that the director has not decided yet. */
  public record Awaiting(long ballotId, long nominationId, int code) {}

  public List<Made> decisions(int year) {
    return jdbc.sql(
            "SELECT d.id, d.ballot_id, d.number, d.decided_on, d.late, d.made_at FROM decision d"
                + OF_YEAR.formatted("d.ballot_id")
                + " ORDER BY d.id")
        .param("y", year)
        .query(
            (rs, i) ->
                new Made(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getString(4) == null ? null : LocalDate.parse(rs.getString(4)),
                    rs.getInt(5) == 1,
                    Instant.ofEpochMilli(rs.getLong(6))))
        .list();
  }

  public List<Item> items(int year) {
    return jdbc.sql(
            "SELECT i.decision_id, i.nomination_id, n.code,"
                + " EXISTS (SELECT 1 FROM revocation r WHERE r.nomination_id = i.nomination_id)"
                + " FROM decision_item i JOIN decision d ON d.id = i.decision_id"
                + " JOIN nomination n ON n.id = i.nomination_id"
                + OF_YEAR.formatted("d.ballot_id")
                + " ORDER BY i.decision_id, i.position")
        .param("y", year)
        .query((rs, i) -> new Item(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getBoolean(4)))
        .list();
  }

  public List<Rejected> rejections(int year) {
    return jdbc.sql(
            "SELECT j.nomination_id, n.code, j.ballot_id, j.reason, j.late, j.rejected_at"
                + " FROM rejection j JOIN nomination n ON n.id = j.nomination_id"
                + OF_YEAR.formatted("j.ballot_id")
                + " ORDER BY n.code")
        .param("y", year)
        .query(
            (rs, i) ->
                new Rejected(
                    rs.getLong(1),
                    rs.getInt(2),
                    rs.getLong(3),
                    rs.getString(4),
                    rs.getInt(5) == 1,
                    Instant.ofEpochMilli(rs.getLong(6))))
        .list();
  }

  public List<Awaiting> awaiting(int year) {
    return jdbc.sql(
            "SELECT c.ballot_id, c.nomination_id, n.code FROM council_result c"
                + " JOIN nomination n ON n.id = c.nomination_id"
                + OF_YEAR.formatted("c.ballot_id")
                + " AND c.passed = 1"
                + " AND c.nomination_id NOT IN (SELECT nomination_id FROM decision_item)"
                + " AND c.nomination_id NOT IN (SELECT nomination_id FROM rejection)"
                + " ORDER BY n.code")
        .param("y", year)
        .query((rs, i) -> new Awaiting(rs.getLong(1), rs.getLong(2), rs.getInt(3)))
        .list();
  }

  public List<Long> published(int year) {
    return jdbc.sql(
            "SELECT p.ballot_id FROM publication p"
                + OF_YEAR.formatted("p.ballot_id")
                + " ORDER BY p.ballot_id")
        .param("y", year)
        .query(Long.class)
        .list();
  }
}
