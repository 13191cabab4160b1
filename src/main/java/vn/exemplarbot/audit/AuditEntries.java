package vn.exemplarbot.audit;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface AuditEntries extends Repository<AuditEntry, Long> {

  AuditEntry save(AuditEntry entry);

  @Query("SELECT * FROM audit_entry ORDER BY id DESC LIMIT :limit")
  List<AuditEntry> latest(int limit);

  List<AuditEntry> findByAction(String action);
}
