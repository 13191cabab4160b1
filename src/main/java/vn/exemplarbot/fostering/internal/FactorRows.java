package vn.exemplarbot.fostering.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.exemplarbot.fostering.NewFactor;
import vn.exemplarbot.fostering.Note;
import vn.exemplarbot.fostering.Source;
import vn.exemplarbot.fostering.Subject;
import vn.exemplarbot.nomination.Kind;

/** SQL of the new-factor list and its notes. */
@Repository
public class FactorRows {

  private static final String COLUMNS =
      "id, kind, person_id, division, since_year, source, nomination_id, nomination_code,"
          + " added_by, reason, added_at";

  private final JdbcClient jdbc;

  FactorRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Lists the factor (its id is ignored); empty when its person or collective is listed already.
   */
  public OptionalLong insert(NewFactor f) {
    return jdbc.sql(
            "INSERT INTO new_factor (kind, person_id, division, since_year, source,"
                + " nomination_id, nomination_code, added_by, reason, added_at)"
                + " VALUES (:k, :p, :d, :y, :s, :nid, :ncode, :by, :r, :at)"
                + " ON CONFLICT DO NOTHING RETURNING id")
        .param("k", f.kind().db())
        .param("p", f.subject().personId())
        .param("d", f.subject().division())
        .param("y", f.sinceYear())
        .param("s", f.source().db())
        .param("nid", f.nominationId())
        .param("ncode", f.nominationCode())
        .param("by", f.addedBy())
        .param("r", f.reason())
        .param("at", f.addedAt().toEpochMilli())
        .query(Long.class)
        .optional()
        .map(OptionalLong::of)
        .orElseGet(OptionalLong::empty);
  }

  /** The factor of this person (whatever division they were listed in) or of this collective. */
  public Optional<Long> idOf(Subject subject) {
    String where =
        subject.kind() == Kind.INDIVIDUAL
            ? "kind = 'individual' AND person_id = :w"
            : "kind = 'collective' AND division = :w";
    return jdbc.sql("SELECT id FROM new_factor WHERE " + where)
        .param("w", subject.key())
        .query(Long.class)
        .optional();
  }

  public Optional<NewFactor> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM new_factor WHERE id = :id")
        .param("id", id)
        .query(FactorRows::map)
        .optional();
  }

  /** The whole list, in the order its factors joined it. */
  public List<NewFactor> all() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM new_factor ORDER BY id")
        .query(FactorRows::map)
        .list();
  }

  public long addNote(long factorId, String authorId, Instant at, String text) {
    return jdbc.sql(
            "INSERT INTO new_factor_note (factor_id, author_id, written_at, text)"
                + " VALUES (:f, :a, :at, :t) RETURNING id")
        .param("f", factorId)
        .param("a", authorId)
        .param("at", at.toEpochMilli())
        .param("t", text)
        .query(Long.class)
        .single();
  }

  /** The newest {@code perFactor} notes of every factor, oldest first within each factor. */
  public List<Note> latestNotes(int perFactor) {
    return jdbc.sql(
            """
            SELECT id, factor_id, author_id, written_at, text FROM (
              SELECT n.*, row_number() OVER
                (PARTITION BY factor_id ORDER BY written_at DESC, id DESC) AS newest
              FROM new_factor_note n) AS ranked
            WHERE newest <= :per ORDER BY factor_id, written_at, id
            """)
        .param("per", perFactor)
        .query(FactorRows::mapNote)
        .list();
  }

  /** How many notes each factor has (factors without notes are absent). */
  public Map<Long, Integer> noteCounts() {
    Map<Long, Integer> counts = new HashMap<>();
    jdbc.sql("SELECT factor_id, count(*) AS n FROM new_factor_note GROUP BY factor_id")
        .query((RowCallbackHandler) rs -> counts.put(rs.getLong("factor_id"), rs.getInt("n")));
    return counts;
  }

  private static NewFactor map(ResultSet rs, int row) throws SQLException {
    Kind kind = Kind.fromDb(rs.getString("kind"));
    String division = rs.getString("division");
    Subject subject =
        kind == Kind.INDIVIDUAL
            ? Subject.individual(rs.getString("person_id"), division)
            : Subject.collective(division);
    long nominationId = rs.getLong("nomination_id");
    Long nominationOrNull = rs.wasNull() ? null : nominationId;
    int code = rs.getInt("nomination_code");
    Integer codeOrNull = rs.wasNull() ? null : code;
    return new NewFactor(
        rs.getLong("id"),
        subject,
        rs.getInt("since_year"),
        Source.fromDb(rs.getString("source")),
        nominationOrNull,
        codeOrNull,
        rs.getString("added_by"),
        rs.getString("reason"),
        Instant.ofEpochMilli(rs.getLong("added_at")));
  }

  private static Note mapNote(ResultSet rs, int row) throws SQLException {
    return new Note(
        rs.getLong("id"),
        rs.getLong("factor_id"),
        rs.getString("author_id"),
        Instant.ofEpochMilli(rs.getLong("written_at")),
        rs.getString("text"));
  }
}
