package vn.exemplarbot.ballot.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of the voter list and the box, two tables that share nothing but the ballot and the
 * nomination. Neither has a timestamp; both are filled in place, never appended to.
 */
@Repository
public class BoxRows {

  private final JdbcClient jdbc;

  BoxRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void addVoter(long ballotId, long nominationId, String personId) {
    jdbc.sql(
            "INSERT INTO ballot_voter (ballot_id, nomination_id, person_id, voted)"
                + " VALUES (:b, :n, :p, 0)")
        .param("b", ballotId)
        .param("n", nominationId)
        .param("p", personId)
        .update();
  }

  /**
   * An empty box row with this receipt and a placeholder salt as long as a real one (a fill then
   * changes no row's size); false when the receipt is taken in this ballot.
   */
  public boolean addEmpty(long ballotId, long nominationId, String receipt, String placeholder) {
    return jdbc.sql(
                "INSERT INTO ballot_box (ballot_id, nomination_id, receipt, choice, salt)"
                    + " VALUES (:b, :n, :r, '-', :s) ON CONFLICT DO NOTHING")
            .param("b", ballotId)
            .param("n", nominationId)
            .param("r", receipt)
            .param("s", placeholder)
            .update()
        == 1;
  }

  /** Whether this member may vote on this nomination: empty when they have no voter row. */
  public Optional<Boolean> voted(long ballotId, long nominationId, String personId) {
    return jdbc.sql(
            "SELECT voted FROM ballot_voter"
                + " WHERE ballot_id = :b AND nomination_id = :n AND person_id = :p")
        .param("b", ballotId)
        .param("n", nominationId)
        .param("p", personId)
        .query((rs, row) -> rs.getInt(1) == 1)
        .optional();
  }

  /** Marks the voter row; false when there is none or it was marked already. */
  public boolean markVoted(long ballotId, long nominationId, String personId) {
    return jdbc.sql(
                "UPDATE ballot_voter SET voted = 1 WHERE ballot_id = :b AND nomination_id = :n"
                    + " AND person_id = :p AND voted = 0")
            .param("b", ballotId)
            .param("n", nominationId)
            .param("p", personId)
            .update()
        == 1;
  }

  /**
   * The receipts of the empty box rows of a nomination (a ballot's receipts are unique: they key
   * its rows on either database, where SQLite's row ids have no counterpart).
   */
  public List<String> emptyRows(long ballotId, long nominationId) {
    return jdbc.sql(
            "SELECT receipt FROM ballot_box WHERE ballot_id = :b AND nomination_id = :n"
                + " AND choice = '-'")
        .param("b", ballotId)
        .param("n", nominationId)
        .query(String.class)
        .list();
  }

  /**
   * Fills an empty row in place (same size), with the choice and a salt drawn now; returns its
   * receipt, empty if it was not empty.
   */
  public Optional<String> fill(long ballotId, String receipt, String choice, String salt) {
    int changed =
        jdbc.sql(
                "UPDATE ballot_box SET choice = :c, salt = :s"
                    + " WHERE ballot_id = :b AND receipt = :r AND choice = '-'")
            .param("c", choice)
            .param("s", salt)
            .param("b", ballotId)
            .param("r", receipt)
            .update();
    return changed == 1 ? Optional.of(receipt) : Optional.empty();
  }

  /** Every voter row of a ballot: who may vote on what, and whether they have. */
  public List<Voter> voters(long ballotId) {
    return jdbc.sql("SELECT person_id, nomination_id, voted FROM ballot_voter WHERE ballot_id = :b")
        .param("b", ballotId)
        .query((rs, n) -> new Voter(rs.getString(1), rs.getLong(2), rs.getInt(3) == 1))
        .list();
  }

  /** Every filled box row of a ballot, in no meaningful order. */
  public List<Filled> filled(long ballotId) {
    return jdbc.sql(
            "SELECT nomination_id, receipt, choice, salt FROM ballot_box WHERE ballot_id = :b"
                + " AND choice <> '-'")
        .param("b", ballotId)
        .query(
            (rs, n) -> new Filled(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list();
  }

  /**
   * A voided ballot's voter list and box: its votes count for nothing, so nothing of them stays.
   */
  public void forget(long ballotId) {
    jdbc.sql("DELETE FROM ballot_box WHERE ballot_id = :b").param("b", ballotId).update();
    jdbc.sql("DELETE FROM ballot_voter WHERE ballot_id = :b").param("b", ballotId).update();
  }

  /** A voter row. */
  public record Voter(String personId, long nominationId, boolean voted) {}

  /** A filled box row; {@code salt} null for a ballot sealed before salts. */
  public record Filled(long nominationId, String receipt, String choice, String salt) {}
}
