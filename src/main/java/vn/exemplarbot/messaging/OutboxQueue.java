package vn.exemplarbot.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.exemplarbot.messaging.internal.OutboxRows;

/**
 * The sender's side of the outbox: what is due, and what became of each attempt. A delivered or
 * refused row keeps no text.
 */
@Service
@Transactional
public class OutboxQueue {

  private final OutboxRows rows;
  private final Clock clock = Clock.systemUTC();

  OutboxQueue(OutboxRows rows) {
    this.rows = rows;
  }

  @Transactional(readOnly = true)
  public List<OutboxItem> due(int limit) {
    return rows.due(clock.instant(), limit);
  }

  @Transactional(readOnly = true)
  public Optional<Instant> nextAttempt() {
    return rows.nextAttempt();
  }

  public void sent(long id, Long messageId) {
    rows.sent(id, messageId, clock.instant());
  }

  public void retryAt(long id, Instant at, String reason) {
    rows.retryAt(id, at, reason);
  }

  public void refused(long id, String reason) {
    rows.refused(id, reason, clock.instant());
  }

  @Transactional(readOnly = true)
  public int count(String status) {
    return rows.countByStatus(status);
  }
}
