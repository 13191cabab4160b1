package vn.exemplarbot.ballot.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ballots of a cycle year with their turnout: how many members of the frozen electorate have
 * voted on at least one nomination. Who has voted is known (for reminders); how, never: nothing
 * here reads the box.
 */
@Repository
public class TurnoutRows {

  private final JdbcClient jdbc;

  TurnoutRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A ballot and its turnout; {@code closedAt} is null while open. */
  public record Row(
      long id,
      String state,
      Instant openedAt,
      Instant closesAt,
      Instant closedAt,
      int members,
      int voted) {}

  public List<Row> ofYear(int year) {
    return jdbc.sql(
            """
            SELECT b.id, b.state, b.opened_at, b.closes_at, b.closed_at,
              (SELECT count(*) FROM ballot_member m WHERE m.ballot_id = b.id),
              (SELECT count(DISTINCT v.person_id) FROM ballot_voter v
                WHERE v.ballot_id = b.id AND v.voted = 1)
            FROM ballot b WHERE b.cycle_year = :y ORDER BY b.id
            """)
        .param("y", year)
        .query(
            (rs, i) ->
                new Row(
                    rs.getLong(1),
                    rs.getString(2),
                    Instant.ofEpochMilli(rs.getLong(3)),
                    Instant.ofEpochMilli(rs.getLong(4)),
                    rs.getObject(5) == null ? null : Instant.ofEpochMilli(rs.getLong(5)),
                    rs.getInt(6),
                    rs.getInt(7)))
        .list();
  }
}
