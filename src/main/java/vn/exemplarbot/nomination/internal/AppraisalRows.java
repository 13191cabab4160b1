package vn.exemplarbot.nomination.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of appraisal's moves on the nomination table. Each moves from one state only and says whether
 * it did, so that two secretaries pressing at once change it once.
 */
@Repository
public class AppraisalRows {

  private final JdbcClient jdbc;

  AppraisalRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Endorsed, appraised as complete by this person now. */
  public boolean appraise(long id, String by, Instant at) {
    return jdbc.sql(
                "UPDATE nomination SET state = 'appraised', appraised_by = :by, appraised_at = :at,"
                    + " state_note = NULL, updated_at = :at WHERE id = :id AND state = 'endorsed'")
            .param("by", by)
            .param("at", at.toEpochMilli())
            .param("id", id)
            .update()
        == 1;
  }

  /** Endorsed, sent back to its proposer with what is missing. */
  public boolean requestMore(long id, String note, Instant at) {
    return jdbc.sql(
                "UPDATE nomination SET state = 'needs_more', state_note = :note, updated_at = :at"
                    + " WHERE id = :id AND state = 'endorsed'")
            .param("note", note)
            .param("at", at.toEpochMilli())
            .param("id", id)
            .update()
        == 1;
  }

  /** Completed by its proposer: endorsed again (no new endorsement), waiting for appraisal. */
  public boolean complete(long id, Instant at) {
    return jdbc.sql(
                "UPDATE nomination SET state = 'endorsed', state_note = NULL, updated_at = :at"
                    + " WHERE id = :id AND state = 'needs_more'")
            .param("at", at.toEpochMilli())
            .param("id", id)
            .update()
        == 1;
  }

  /** Appraised and not yet in a ballot: endorsed again, for a new appraisal. */
  public boolean reopen(long id, Instant at) {
    return jdbc.sql(
                "UPDATE nomination SET state = 'endorsed', appraised_by = NULL, appraised_at = NULL,"
                    + " updated_at = :at WHERE id = :id AND state = 'appraised'")
            .param("at", at.toEpochMilli())
            .param("id", id)
            .update()
        == 1;
  }

  public Optional<String> appraisedBy(long id) {
    return jdbc.sql(
            "SELECT appraised_by FROM nomination WHERE id = :id AND appraised_by IS NOT NULL")
        .param("id", id)
        .query(String.class)
        .optional();
  }
}
