package vn.exemplarbot.ballot.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of the voter list and the box, two tables that share nothing but the ballot and the
 * nomination. Neither has a timestamp; both are filled in place, never appended to. A ballot sealed
 * under a ballot key (PostgreSQL) keeps each box row's choice and salt as one ciphertext ({@link
 * BoxCipher}) in {@code choice}: its rows are read whole and opened here, and a fill replaces the
 * very ciphertext it opened.
 */
@Repository
public class BoxRows {

  private static final String EMPTY = "-";

  /** The choice of a sealed row that does not open ({@link #audited(long)}). */
  public static final String UNREADABLE = "?";

  private final JdbcClient jdbc;
  private final BoxCipher cipher;

  BoxRows(JdbcClient jdbc, BoxCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
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
    Optional<String> key = keyOf(ballotId);
    Place place = new Place(nominationId, receipt);
    return jdbc.sql(
                "INSERT INTO ballot_box (ballot_id, nomination_id, receipt, choice, salt)"
                    + " VALUES (:b, :n, :r, :c, :s) ON CONFLICT DO NOTHING")
            .param("b", ballotId)
            .param("n", nominationId)
            .param("r", receipt)
            .param(
                "c",
                key.map(k -> cipher.seal(k, ballotId, place, EMPTY, placeholder)).orElse(EMPTY))
            .param("s", key.isPresent() ? null : placeholder)
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
    Optional<String> key = keyOf(ballotId);
    if (key.isPresent()) {
      return opened(ballotId, key.get(), false).stream()
          .filter(f -> f.nominationId() == nominationId && f.choice().equals(EMPTY))
          .map(Filled::receipt)
          .toList();
    }
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
    Optional<String> key = keyOf(ballotId);
    if (key.isPresent()) {
      return fillSealed(ballotId, key.get(), receipt, choice + ";" + salt);
    }
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
    return filled(ballotId, false);
  }

  /**
   * As {@link #filled(long)}, for an audit: a sealed row that does not open under the ballot's key
   * (altered, or copied from another row, ballot or place) comes back with the choice {@link
   * #UNREADABLE} instead of failing the whole audit.
   */
  public List<Filled> audited(long ballotId) {
    return filled(ballotId, true);
  }

  private List<Filled> filled(long ballotId, boolean audit) {
    Optional<String> key = keyOf(ballotId);
    if (key.isPresent()) {
      return opened(ballotId, key.get(), audit).stream()
          .filter(f -> !f.choice().equals(EMPTY))
          .toList();
    }
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

  /** The key id the ballot was sealed under; empty for a box in clear. */
  private Optional<String> keyOf(long ballotId) {
    return jdbc.sql("SELECT key_id FROM ballot WHERE id = :b")
        .param("b", ballotId)
        .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
        .optional()
        .flatMap(k -> k);
  }

  /** Every row of a sealed box, opened: empty rows have the choice {@code -}. */
  private List<Filled> opened(long ballotId, String key, boolean audit) {
    return jdbc.sql("SELECT nomination_id, receipt, choice FROM ballot_box WHERE ballot_id = :b")
        .param("b", ballotId)
        .query(
            (rs, n) -> {
              Place place = new Place(rs.getLong(1), rs.getString(2));
              String[] open;
              try {
                open = cipher.open(key, ballotId, place, rs.getString(3));
              } catch (IllegalStateException altered) {
                if (!audit) {
                  throw altered;
                }
                open = new String[] {UNREADABLE, ""};
              }
              return new Filled(place.nominationId(), place.receipt(), open[0], open[1]);
            })
        .list();
  }

  /** Replaces the ciphertext of an empty row, the very one opened (a concurrent fill wins once). */
  private Optional<String> fillSealed(long ballotId, String key, String receipt, String plain) {
    Optional<String[]> row =
        jdbc.sql(
                "SELECT nomination_id, choice FROM ballot_box WHERE ballot_id = :b AND receipt = :r")
            .param("b", ballotId)
            .param("r", receipt)
            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
            .optional();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    Place place = new Place(Long.parseLong(row.get()[0]), receipt);
    if (!cipher.open(key, ballotId, place, row.get()[1])[0].equals(EMPTY)) {
      return Optional.empty();
    }
    String[] parts = plain.split(";", 2);
    int changed =
        jdbc.sql(
                "UPDATE ballot_box SET choice = :c"
                    + " WHERE ballot_id = :b AND receipt = :r AND choice = :old")
            .param("c", cipher.seal(key, ballotId, place, parts[0], parts[1]))
            .param("b", ballotId)
            .param("r", receipt)
            .param("old", row.get()[1])
            .update();
    return changed == 1 ? Optional.of(receipt) : Optional.empty();
  }

  /** Where a box row sits: what its ciphertext is bound to. */
  record Place(long nominationId, String receipt) {
    String aad(long ballotId) {
      return "ballot " + ballotId + ";nomination " + nominationId + ";receipt " + receipt;
    }
  }

  /** A voter row. */
  public record Voter(String personId, long nominationId, boolean voted) {}

  /** A filled box row; {@code salt} null for a ballot sealed before salts. */
  public record Filled(long nominationId, String receipt, String choice, String salt) {}
}
