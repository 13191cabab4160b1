package vn.exemplarbot.telegram;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.backup.BackupGate;
import vn.exemplarbot.conversation.ButtonHandler;
import vn.exemplarbot.telegram.internal.Inbox;
import vn.exemplarbot.telegram.internal.SecretPresses;

/**
 * No backup while a press of a button whose data carries a secret ({@link
 * ButtonHandler#carriesSecret()}: a ballot choice) waits unhandled in the inbox. Handling drops the
 * payload, so this passes in moments.
 */
@Component
class InboxBackupGate implements BackupGate {

  private final Inbox inbox;
  private final SecretPresses secrets;

  InboxBackupGate(Inbox inbox, SecretPresses secrets) {
    this.inbox = inbox;
    this.secrets = secrets;
  }

  @Override
  public Optional<String> holdsBackup() {
    for (String kind : secrets.kinds()) {
      if (inbox.unhandledWithButtonData(kind + ":")) {
        return Optional.of("backup.held.updates");
      }
    }
    return Optional.empty();
  }
}
