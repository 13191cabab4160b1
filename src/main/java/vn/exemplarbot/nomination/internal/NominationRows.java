package vn.exemplarbot.nomination.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.exemplarbot.nomination.Kind;
import vn.exemplarbot.nomination.Nomination;
import vn.exemplarbot.nomination.NominationState;

/** SQL of the nomination table. */
@Repository
public class NominationRows {

  private static final String COLUMNS =
      "id, code, cycle_year, proposer_id, kind, nominee_person_id, nominee_division, movement,"
          + " achievements, new_factor, state, state_note, published_at";

  private final JdbcClient jdbc;

  NominationRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insertDraft(int year, String proposerId, Instant at) {
    return jdbc.sql(
            "INSERT INTO nomination (cycle_year, proposer_id, state, created_at, updated_at)"
                + " VALUES (:y, :p, 'draft', :at, :at) RETURNING id")
        .param("y", year)
        .param("p", proposerId)
        .param("at", at.toEpochMilli())
        .query(Long.class)
        .single();
  }

  public Optional<Nomination> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM nomination WHERE id = :id")
        .param("id", id)
        .query(NominationRows::map)
        .optional();
  }

  /** Newest first. */
  public List<Nomination> byProposer(String proposerId, int limit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM nomination WHERE proposer_id = :p ORDER BY id DESC LIMIT :l")
        .param("p", proposerId)
        .param("l", limit)
        .query(NominationRows::map)
        .list();
  }

  public void setKind(long id, Kind kind, Instant at) {
    update("kind = :v, nominee_person_id = NULL, nominee_division = NULL", id, kind.db(), at);
  }

  public void setNominee(long id, String personId, String division, Instant at) {
    jdbc.sql(
            "UPDATE nomination SET nominee_person_id = :p, nominee_division = :d, updated_at = :at"
                + " WHERE id = :id")
        .param("p", personId)
        .param("d", division)
        .param("at", at.toEpochMilli())
        .param("id", id)
        .update();
  }

  public void setMovement(long id, String movement, Instant at) {
    update("movement = :v", id, movement, at);
  }

  public void setAchievements(long id, String text, Instant at) {
    update("achievements = :v", id, text, at);
  }

  public void setNewFactor(long id, boolean newFactor, Instant at) {
    update("new_factor = :v", id, newFactor ? 1 : 0, at);
  }

  /** True when another live nomination of the cycle names this person (or this collective). */
  public boolean liveFor(int year, Kind kind, String personId, String division, long exceptId) {
    String who = kind == Kind.INDIVIDUAL ? "nominee_person_id = :w" : "nominee_division = :w";
    return jdbc.sql(
                "SELECT count(*) FROM nomination WHERE cycle_year = :y AND kind = :k AND "
                    + who
                    + " AND state NOT IN ('draft', 'withdrawn') AND id <> :id")
            .param("y", year)
            .param("k", kind.db())
            .param("w", kind == Kind.INDIVIDUAL ? personId : division)
            .param("id", exceptId)
            .query(Integer.class)
            .single()
        > 0;
  }

  /**
   * Gives a draft the next code over all cycles and the cycle it is submitted in; false when it was
   * no longer a draft.
   */
  public boolean submit(long id, int year, Instant at) {
    return jdbc.sql(
                "UPDATE nomination SET state = 'submitted', submitted_at = :at, updated_at = :at,"
                    + " cycle_year = :y,"
                    + " code = (SELECT coalesce(max(v), 0) + 1 FROM (SELECT max(code) AS v"
                    + " FROM nomination UNION ALL SELECT max(floor) FROM number_floor"
                    + " WHERE kind = 'nomination-code') t)"
                    + " WHERE id = :id AND state = 'draft'")
            .param("at", at.toEpochMilli())
            .param("y", year)
            .param("id", id)
            .update()
        == 1;
  }

  /** Moves from one state to another; false when the nomination was not in {@code from}. */
  public boolean move(long id, NominationState from, NominationState to, Instant at) {
    return jdbc.sql(
                "UPDATE nomination SET state = :to, updated_at = :at WHERE id = :id AND state = :from")
            .param("to", to.db())
            .param("from", from.db())
            .param("at", at.toEpochMilli())
            .param("id", id)
            .update()
        == 1;
  }

  /** Submitted, endorsed by this person now; false when it was no longer submitted. */
  public boolean endorse(long id, String by, Instant at) {
    return jdbc.sql(
                "UPDATE nomination SET state = 'endorsed', endorsed_by = :by, endorsed_at = :at,"
                    + " state_note = NULL, updated_at = :at WHERE id = :id AND state = 'submitted'")
            .param("by", by)
            .param("at", at.toEpochMilli())
            .param("id", id)
            .update()
        == 1;
  }

  /** Submitted, returned to its proposer with a comment; false when it was no longer submitted. */
  public boolean returnWith(long id, String note, Instant at) {
    return jdbc.sql(
                "UPDATE nomination SET state = 'returned', state_note = :note, updated_at = :at"
                    + " WHERE id = :id AND state = 'submitted'")
            .param("note", note)
            .param("at", at.toEpochMilli())
            .param("id", id)
            .update()
        == 1;
  }

  /** A returned nomination submitted again, keeping its code; false when it was not returned. */
  public boolean resubmit(long id, Instant at) {
    return jdbc.sql(
                "UPDATE nomination SET state = 'submitted', state_note = NULL, submitted_at = :at,"
                    + " updated_at = :at WHERE id = :id AND state = 'returned'")
            .param("at", at.toEpochMilli())
            .param("id", id)
            .update()
        == 1;
  }

  public Optional<String> endorsedBy(long id) {
    return jdbc.sql("SELECT endorsed_by FROM nomination WHERE id = :id AND endorsed_by IS NOT NULL")
        .param("id", id)
        .query(String.class)
        .optional();
  }

  /** Live nominations in one state, oldest code first. */
  public List<Nomination> inState(NominationState state, int limit) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM nomination WHERE state = :s ORDER BY code LIMIT :l")
        .param("s", state.db())
        .param("l", limit)
        .query(NominationRows::map)
        .list();
  }

  public Optional<Nomination> byCode(int code) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM nomination WHERE code = :c")
        .param("c", code)
        .query(NominationRows::map)
        .optional();
  }

  /** Its outcome is published: shown as it is from now on. */
  public void publish(long id, Instant at) {
    jdbc.sql("UPDATE nomination SET published_at = :at WHERE id = :id AND published_at IS NULL")
        .param("at", at.toEpochMilli())
        .param("id", id)
        .update();
  }

  public boolean deleteDraft(long id) {
    return jdbc.sql("DELETE FROM nomination WHERE id = :id AND state = 'draft'")
            .param("id", id)
            .update()
        == 1;
  }

  private void update(String set, long id, Object value, Instant at) {
    jdbc.sql("UPDATE nomination SET " + set + ", updated_at = :at WHERE id = :id")
        .param("v", value)
        .param("at", at.toEpochMilli())
        .param("id", id)
        .update();
  }

  private static Nomination map(ResultSet rs, int row) throws SQLException {
    int code = rs.getInt("code");
    Integer codeOrNull = rs.wasNull() ? null : code;
    int factor = rs.getInt("new_factor");
    Boolean newFactor = rs.wasNull() ? null : factor == 1;
    return new Nomination(
        rs.getLong("id"),
        codeOrNull,
        rs.getInt("cycle_year"),
        rs.getString("proposer_id"),
        Kind.fromDb(rs.getString("kind")),
        rs.getString("nominee_person_id"),
        rs.getString("nominee_division"),
        rs.getString("movement"),
        rs.getString("achievements"),
        newFactor,
        NominationState.fromDb(rs.getString("state")),
        rs.getString("state_note"),
        rs.getObject("published_at") != null);
  }
}
