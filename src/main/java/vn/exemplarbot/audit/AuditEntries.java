package vn.exemplarbot.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code audit_entry} rows, in SQL as every other module writes its own: instants as epoch
 * milliseconds on either database.
 */
@Component
class AuditEntries {

  private final JdbcClient jdbc;

  AuditEntries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void save(AuditEntry entry) {
    jdbc.sql(
            "INSERT INTO audit_entry (at, actor, action, subject, detail)"
                + " VALUES (:at, :actor, :action, :subject, :detail)")
        .param("at", entry.at().toEpochMilli())
        .param("actor", entry.actor())
        .param("action", entry.action())
        .param("subject", entry.subject())
        .param("detail", entry.detail())
        .update();
  }

  List<AuditEntry> findByAction(String action) {
    return jdbc.sql(
            "SELECT id, at, actor, action, subject, detail FROM audit_entry WHERE action = :a"
                + " ORDER BY id")
        .param("a", action)
        .query(
            (rs, n) ->
                new AuditEntry(
                    rs.getLong(1),
                    Instant.ofEpochMilli(rs.getLong(2)),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6)))
        .list();
  }
}
