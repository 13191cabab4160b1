package vn.exemplarbot.nomination.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The submitted nominations of one cycle year, for the cycle's figures (drafts have no code). */
@Repository
public class CycleNominationRows {

  private final JdbcClient jdbc;

  CycleNominationRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A nomination as counted: ids and codes as stored. */
  public record Row(
      long id,
      int code,
      String kind,
      String personId,
      String division,
      String movement,
      String state,
      boolean published) {}

  public List<Row> ofYear(int year) {
    return jdbc.sql(
            "SELECT id, code, kind, nominee_person_id, nominee_division, movement, state,"
                + " published_at FROM nomination WHERE cycle_year = :y AND code IS NOT NULL"
                + " ORDER BY code")
        .param("y", year)
        .query(
            (rs, i) ->
                new Row(
                    rs.getLong(1),
                    rs.getInt(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getObject(8) != null))
        .list();
  }
}
