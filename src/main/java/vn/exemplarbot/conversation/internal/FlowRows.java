package vn.exemplarbot.conversation.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the conversation table: one row per person and flow, at most one active. */
@Repository
public class FlowRows {

  private final JdbcClient jdbc;

  FlowRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<String> active(String personId) {
    return jdbc.sql("SELECT flow FROM conversation WHERE person_id = :p AND active = 1")
        .param("p", personId)
        .query(String.class)
        .optional();
  }

  public Optional<String> state(String personId, String flow) {
    return jdbc.sql("SELECT state FROM conversation WHERE person_id = :p AND flow = :f")
        .param("p", personId)
        .param("f", flow)
        .query(String.class)
        .optional();
  }

  public List<String> flows(String personId) {
    return jdbc.sql("SELECT flow FROM conversation WHERE person_id = :p ORDER BY updated_at")
        .param("p", personId)
        .query(String.class)
        .list();
  }

  public void save(String personId, String flow, String state, Instant at) {
    jdbc.sql(
            """
            INSERT INTO conversation (person_id, flow, state, active, updated_at)
            VALUES (:p, :f, :s, 0, :at)
            ON CONFLICT (person_id, flow) DO UPDATE SET state = :s, updated_at = :at
            """)
        .param("p", personId)
        .param("f", flow)
        .param("s", state)
        .param("at", at.toEpochMilli())
        .update();
  }

  public void activate(String personId, String flow) {
    jdbc.sql(
            "UPDATE conversation SET active = CASE WHEN flow = :f THEN 1 ELSE 0 END"
                + " WHERE person_id = :p")
        .param("p", personId)
        .param("f", flow)
        .update();
  }

  /**
   * Sets the active flow aside for {@code flow}: it is suspended (active above 1, the most recent
   * the lowest), and comes back when the flow that interrupted it ends.
   */
  public void suspendActive(String personId, String flow) {
    jdbc.sql(
            "UPDATE conversation SET active = active + 1 WHERE person_id = :p AND active >= 1"
                + " AND flow <> :f")
        .param("p", personId)
        .param("f", flow)
        .update();
    jdbc.sql("UPDATE conversation SET active = 1 WHERE person_id = :p AND flow = :f")
        .param("p", personId)
        .param("f", flow)
        .update();
  }

  /** When no flow is active, the most recently suspended one becomes active again. */
  public Optional<String> resumeSuspended(String personId) {
    if (active(personId).isPresent()) {
      return Optional.empty();
    }
    Optional<String> flow =
        jdbc.sql(
                "SELECT flow FROM conversation WHERE person_id = :p AND active > 1"
                    + " ORDER BY active LIMIT 1")
            .param("p", personId)
            .query(String.class)
            .optional();
    flow.ifPresent(
        f ->
            jdbc.sql("UPDATE conversation SET active = 1 WHERE person_id = :p AND flow = :f")
                .param("p", personId)
                .param("f", f)
                .update());
    return flow;
  }

  public void deactivateAll(String personId) {
    jdbc.sql("UPDATE conversation SET active = 0 WHERE person_id = :p")
        .param("p", personId)
        .update();
  }

  public void delete(String personId, String flow) {
    jdbc.sql("DELETE FROM conversation WHERE person_id = :p AND flow = :f")
        .param("p", personId)
        .param("f", flow)
        .update();
  }
}
