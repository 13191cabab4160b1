package vn.exemplarbot.admin;

import org.springframework.stereotype.Component;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.roster.Accounts;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;

/** {@code /unbind <id>}: frees a binding (a new phone or account); the person then starts again. */
@Component
class UnbindCommand implements CommandHandler {

  private final Accounts accounts;
  private final AuditLog audit;

  UnbindCommand(Accounts accounts, AuditLog audit) {
    this.accounts = accounts;
    this.audit = audit;
  }

  @Override
  public CommandSpec spec() {
    return CommandSpec.forRoles("unbind", "command.unbind", Role.ADMIN);
  }

  @Override
  public void handle(Turn turn, String args) {
    String key = args.trim();
    if (key.isEmpty()) {
      turn.reply("unbind.usage");
      return;
    }
    var freed = accounts.unbind(key);
    if (freed.isEmpty()) {
      turn.reply("unbind.unknown", key);
      return;
    }
    Person person = freed.get();
    audit.record(turn.person().orElseThrow().id(), "unbound", person.id(), null);
    turn.reply(
        person.telegramId() != null ? "unbind.done-roster-id" : "unbind.done",
        person.name(),
        person.id());
  }
}
