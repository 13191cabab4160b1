package vn.exemplarbot.audit;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records actions in the caller's transaction, so an action and its audit line stand or fall
 * together.
 */
@Service
public class AuditLog {

  public static final String SYSTEM = "system";

  private final AuditEntries entries;
  private final Clock clock;

  AuditLog(AuditEntries entries, Clock clock) {
    this.entries = entries;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void record(String actor, String action, String subject, String detail) {
    entries.save(AuditEntry.of(clock.instant(), actor, action, subject, detail));
  }

  @Transactional(readOnly = true)
  public List<AuditEntry> byAction(String action) {
    return entries.findByAction(action);
  }
}
