package vn.exemplarbot.ballot.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.exemplarbot.ballot.Ballot;
import vn.exemplarbot.ballot.BallotFacts;
import vn.exemplarbot.ballot.FrozenRules;
import vn.exemplarbot.ballot.Item;
import vn.exemplarbot.storage.Columns;

/** SQL of a ballot, the nominations it covers, its electorate and the messages it sent. */
@Repository
public class BallotRows {

  private static final String COLUMNS =
      "id, cycle_year, state, opened_by, opened_at, closes_at, closed_at, rules, seal_scheme";

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final BoxCipher cipher;

  BallotRows(JdbcClient jdbc, JsonMapper json, BoxCipher cipher) {
    this.cipher = cipher;
    this.jdbc = jdbc;
    this.json = json;
  }

  public long insert(int year, String openedBy, Instant at, Instant closesAt, FrozenRules rules) {
    return jdbc.sql(
            "INSERT INTO ballot (cycle_year, state, opened_by, opened_at, closes_at, rules,"
                + " seal_scheme, key_id)"
                + " VALUES (:y, 'open', :by, :at, :closes, :rules, :scheme, :key) RETURNING id")
        .param("scheme", Ballot.SALTED_SEAL)
        .param("key", cipher.keyForNewBallot().orElse(null))
        .param("y", year)
        .param("by", openedBy)
        .param("at", at.toEpochMilli())
        .param("closes", closesAt.toEpochMilli())
        .param("rules", json.writeValueAsString(rules))
        .query(Long.class)
        .single();
  }

  public Optional<Ballot> open() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM ballot WHERE state = 'open'")
        .query(this::map)
        .optional();
  }

  public Optional<Ballot> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM ballot WHERE id = :id")
        .param("id", id)
        .query(this::map)
        .optional();
  }

  /** The ballot closed last, if any. */
  public Optional<Ballot> lastClosed() {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM ballot WHERE state = 'closed' ORDER BY id DESC LIMIT 1")
        .query(this::map)
        .optional();
  }

  /** Open → closed with its facts and seal; false when it was no longer open. */
  public boolean close(long id, Instant at, String by, BallotFacts facts) {
    return jdbc.sql(
                "UPDATE ballot SET state = 'closed', closed_at = :at, closed_by = :by,"
                    + " facts = :facts, seal = :seal WHERE id = :id AND state = 'open'")
            .param("at", at.toEpochMilli())
            .param("by", by)
            .param("facts", json.writeValueAsString(facts))
            .param("seal", facts.seal())
            .param("id", id)
            .update()
        == 1;
  }

  public boolean voidWith(long id, Instant at, String by, String reason) {
    return jdbc.sql(
                "UPDATE ballot SET state = 'voided', closed_at = :at, closed_by = :by,"
                    + " void_reason = :reason WHERE id = :id AND state = 'open'")
            .param("at", at.toEpochMilli())
            .param("by", by)
            .param("reason", reason)
            .param("id", id)
            .update()
        == 1;
  }

  public Optional<BallotFacts> facts(long id) {
    return jdbc.sql("SELECT facts FROM ballot WHERE id = :id AND facts IS NOT NULL")
        .param("id", id)
        .query(String.class)
        .optional()
        .map(s -> json.readValue(s, BallotFacts.class));
  }

  public void addItem(long ballotId, Item item) {
    jdbc.sql(
            """
            INSERT INTO ballot_item (ballot_id, nomination_id, position, code, nominee, division,
                                     movement, excerpt, nominee_person_id)
            VALUES (:b, :n, :pos, :code, :nominee, :division, :movement, :excerpt, :person)
            """)
        .param("b", ballotId)
        .param("n", item.nominationId())
        .param("pos", item.position())
        .param("code", item.code())
        .param("nominee", item.nominee())
        .param("division", item.division())
        .param("movement", item.movement())
        .param("excerpt", item.excerpt())
        .param("person", item.nomineePersonId())
        .update();
  }

  public List<Item> items(long ballotId) {
    return jdbc.sql(
            "SELECT nomination_id, position, code, nominee, division, movement, excerpt,"
                + " nominee_person_id FROM ballot_item WHERE ballot_id = :b ORDER BY position")
        .param("b", ballotId)
        .query(
            (rs, n) ->
                new Item(
                    rs.getLong(1),
                    rs.getInt(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8)))
        .list();
  }

  public void addMember(long ballotId, String personId, String name, int position) {
    jdbc.sql(
            "INSERT INTO ballot_member (ballot_id, person_id, name, position)"
                + " VALUES (:b, :p, :name, :pos)")
        .param("b", ballotId)
        .param("p", personId)
        .param("name", name)
        .param("pos", position)
        .update();
  }

  /** The electorate: person ids in roster order, each with the name it had at opening. */
  public List<String[]> members(long ballotId) {
    return jdbc.sql(
            "SELECT person_id, name FROM ballot_member WHERE ballot_id = :b ORDER BY position")
        .param("b", ballotId)
        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
        .list();
  }

  public void addMessage(long ballotId, String personId, long nominationId, long outboxId) {
    jdbc.sql(
            "INSERT INTO ballot_message (ballot_id, person_id, nomination_id, outbox_id)"
                + " VALUES (:b, :p, :n, :o) ON CONFLICT (ballot_id, person_id, nomination_id)"
                + " DO UPDATE SET outbox_id = excluded.outbox_id")
        .param("b", ballotId)
        .param("p", personId)
        .param("n", nominationId)
        .param("o", outboxId)
        .update();
  }

  public boolean sentTo(long ballotId, String personId) {
    return jdbc.sql("SELECT count(*) FROM ballot_message WHERE ballot_id = :b AND person_id = :p")
            .param("b", ballotId)
            .param("p", personId)
            .query(Integer.class)
            .single()
        > 0;
  }

  /** The outbox rows of the ballot's messages, with their person and nomination (0: header). */
  public List<SentMessage> messages(long ballotId) {
    return jdbc.sql(
            "SELECT person_id, nomination_id, outbox_id FROM ballot_message WHERE ballot_id = :b")
        .param("b", ballotId)
        .query((rs, n) -> new SentMessage(rs.getString(1), rs.getLong(2), rs.getLong(3)))
        .list();
  }

  /** A ballot message as sent: to whom, about which nomination (0: the header), its outbox row. */
  public record SentMessage(String personId, long nominationId, long outboxId) {}

  private Ballot map(ResultSet rs, int row) throws SQLException {
    return new Ballot(
        rs.getLong("id"),
        rs.getInt("cycle_year"),
        rs.getString("state"),
        rs.getString("opened_by"),
        Instant.ofEpochMilli(rs.getLong("opened_at")),
        Instant.ofEpochMilli(rs.getLong("closes_at")),
        Optional.ofNullable(Columns.nullableLong(rs, "closed_at"))
            .map(Instant::ofEpochMilli)
            .orElse(null),
        json.readValue(rs.getString("rules"), FrozenRules.class),
        rs.getInt("seal_scheme"));
  }
}
