package vn.exemplarbot.audit;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One line of the audit log. The actor is a roster id, or {@code system} for the bot itself. */
@Table("audit_entry")
public record AuditEntry(
    @Id Long id, Instant at, String actor, String action, String subject, String detail) {

  static AuditEntry of(Instant at, String actor, String action, String subject, String detail) {
    return new AuditEntry(null, at, actor, action, subject, detail);
  }
}
