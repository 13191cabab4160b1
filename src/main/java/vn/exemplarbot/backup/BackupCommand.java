package vn.exemplarbot.backup;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.roster.Role;

/** {@code /backup}: the admin takes a backup now, unless a ballot's secrets hold it. */
@Component
class BackupCommand implements CommandHandler {

  private final Backups backups;
  private final BackupWorker worker;

  BackupCommand(Backups backups, BackupWorker worker) {
    this.backups = backups;
    this.worker = worker;
  }

  @Override
  public CommandSpec spec() {
    return CommandSpec.forRoles("backup", "command.backup", Role.ADMIN);
  }

  @Override
  public void handle(Turn turn, String args) {
    if (!backups.own()) {
      turn.reply("backup.postgresql");
      return;
    }
    Optional<String> held = backups.heldBy();
    if (held.isPresent()) {
      turn.reply(new Message.Text(turn.text("backup.not-now") + "\n" + turn.text(held.get())));
      return;
    }
    turn.reply("backup.started", backups.folder().toString());
    worker.takeFor(turn.person().orElseThrow().id());
  }
}
