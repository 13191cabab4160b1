package vn.exemplarbot.admin;

import org.springframework.stereotype.Component;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.roster.ConfigLoad;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Role;

/**
 * {@code /reload}: re-reads roster and settings; a refused file, or one a module vetoes (a new
 * cycle while a ballot is open), keeps what is in force.
 */
@Component
class ReloadCommand implements CommandHandler {

  private final Directory directory;
  private final AuditLog audit;

  ReloadCommand(Directory directory, AuditLog audit) {
    this.directory = directory;
    this.audit = audit;
  }

  @Override
  public CommandSpec spec() {
    return CommandSpec.forRoles("reload", "command.reload", Role.ADMIN);
  }

  @Override
  public void handle(Turn turn, String args) {
    String actor = turn.person().orElseThrow().id();
    ConfigLoad outcome = directory.reload();
    if (outcome instanceof ConfigLoad.Loaded loaded) {
      audit.record(actor, "config-reloaded", null, null);
      String gaps = directory.render(loaded.config().warnings(), turn.locale());
      turn.reply(
          new Message.Text(
              turn.text(
                      "reload.done",
                      loaded.config().roster().people().size(),
                      loaded.config().roster().divisions().size())
                  + (gaps.isEmpty() ? "" : "\n\n" + turn.text("reload.gaps") + "\n" + gaps)));
    } else if (outcome instanceof ConfigLoad.Refused refused) {
      audit.record(actor, "config-reload-refused", null, null);
      turn.reply(
          new Message.Text(
              turn.text("reload.refused")
                  + "\n\n"
                  + directory.render(refused.problems(), turn.locale())));
    } else if (outcome instanceof ConfigLoad.Vetoed vetoed) {
      audit.record(actor, "config-reload-vetoed", null, vetoed.refusal().messageKey());
      String reason = turn.text(vetoed.refusal().messageKey(), vetoed.refusal().args().toArray());
      turn.reply(new Message.Text(turn.text("reload.vetoed", reason)));
    }
  }
}
