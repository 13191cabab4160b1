package vn.exemplarbot.telegram;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.exemplarbot.backup.BackupGate;
import vn.exemplarbot.conversation.ButtonHandler;
import vn.exemplarbot.telegram.internal.Inbox;

/**
 * No backup while a press of a button whose data carries a secret ({@link
 * ButtonHandler#carriesSecret()}: a ballot choice) waits unhandled in the inbox. Handling drops the
 * payload, so this passes in moments.
 */
@Component
class InboxBackupGate implements BackupGate {

  private final Inbox inbox;
  private final ObjectProvider<ButtonHandler> buttons;
  private volatile List<String> secretKinds;

  InboxBackupGate(Inbox inbox, ObjectProvider<ButtonHandler> buttons) {
    this.inbox = inbox;
    this.buttons = buttons;
  }

  @Override
  public Optional<String> holdsBackup() {
    if (secretKinds == null) {
      secretKinds =
          buttons
              .orderedStream()
              .filter(ButtonHandler::carriesSecret)
              .map(ButtonHandler::kind)
              .toList();
    }
    for (String kind : secretKinds) {
      if (inbox.unhandledWithButtonData(kind + ":")) {
        return Optional.of("backup.held.updates");
      }
    }
    return Optional.empty();
  }
}
