package vn.exemplarbot.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.exemplarbot.clock.SteadyClock;
import vn.exemplarbot.messaging.internal.OutboxRows;
import vn.exemplarbot.storage.JournalScrub;
import vn.exemplarbot.storage.Lease;
import vn.exemplarbot.storage.TransactionLevels;

/**
 * The sender's side of the outbox: what is due, and what became of each attempt. A delivered or
 * refused row keeps no text; a delivered ephemeral row is deleted. What became of an attempt is
 * written by the row's key at {@code READ COMMITTED} on PostgreSQL ({@link TransactionLevels}).
 * Rows are handed out, and attempts written, only by the active instance ({@link Lease#fence()}).
 */
@Service
@Transactional
public class OutboxQueue {

  private final OutboxRows rows;
  private final JournalScrub scrub;
  private final SteadyClock clock;
  private final TransactionLevels levels;
  private final Lease lease;

  OutboxQueue(
      OutboxRows rows,
      JournalScrub scrub,
      SteadyClock clock,
      TransactionLevels levels,
      Lease lease) {
    this.rows = rows;
    this.lease = lease;
    this.scrub = scrub;
    this.clock = clock;
    this.levels = levels;
  }

  /** The due heads of the chats, without their messages. */
  @Transactional(readOnly = true)
  public List<OutboxHead> due(int limit) {
    lease.fence();
    return rows.due(clock.instant(), limit);
  }

  /** The heads about to be sent, with their messages; those settled meanwhile left out. */
  @Transactional(readOnly = true)
  public List<OutboxItem> items(List<OutboxHead> heads) {
    lease.fence();
    return rows.items(heads);
  }

  @Transactional(readOnly = true)
  public Optional<Instant> nextAttempt() {
    return rows.nextAttempt();
  }

  /**
   * Delivered: an ephemeral row (a ballot choice or receipt) is deleted, the journal scrubbed; any
   * other keeps no text. One statement either way: the row said what it is when it was read.
   */
  public void sent(OutboxItem item, Long messageId) {
    levels.readCommitted();
    lease.fence();
    if (item.ephemeral()) {
      if (rows.deleteEphemeral(item.id())) {
        scrub.checkpointAfterCommit();
      }
      return;
    }
    rows.sent(item.id(), messageId, clock.instant());
  }

  public void retryAt(long id, Instant at, String reason) {
    levels.readCommitted();
    lease.fence();
    rows.retryAt(id, at, reason);
  }

  /**
   * The attempt may or may not have reached Telegram (a timeout, a dropped connection): sent again
   * at {@code at}, and counted, so a message seen twice is traced to it.
   */
  public void retryUnknownFate(long id, Instant at, String reason) {
    levels.readCommitted();
    lease.fence();
    rows.retryUnknownFate(id, at, reason);
  }

  /** Refused for good: only a text-free marker stays. */
  public void refused(OutboxItem item, String reason) {
    levels.readCommitted();
    lease.fence();
    rows.refused(item.id(), reason, clock.instant());
    if (item.ephemeral()) {
      scrub.checkpointAfterCommit();
    }
  }

  @Transactional(readOnly = true)
  public int count(String status) {
    return rows.countByStatus(status);
  }
}
