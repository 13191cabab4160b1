package vn.exemplarbot.ballot;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.backup.BackupGate;
import vn.exemplarbot.ballot.internal.BallotRows;
import vn.exemplarbot.messaging.Outbox;

/**
 * No backup while a ballot is open, nor while a choice or a receipt still waits in the outbox: an
 * archive kept for years must hold nothing that links a member to a choice, and the order-erasing
 * design of the box holds only for a ballot that is closed and whose messages are gone. (A vote's
 * press waiting unhandled in the inbox holds it too: the telegram module's {@code
 * InboxBackupGate}.)
 */
@Component
class BallotBackupGate implements BackupGate {

  private final BallotRows rows;
  private final Outbox outbox;

  BallotBackupGate(BallotRows rows, Outbox outbox) {
    this.rows = rows;
    this.outbox = outbox;
  }

  @Override
  public Optional<String> holdsBackup() {
    if (rows.open().isPresent()) {
      return Optional.of("backup.held.ballot-open");
    }
    if (outbox.ephemeralWaiting() > 0) {
      return Optional.of("backup.held.ballot-messages");
    }
    return Optional.empty();
  }
}
