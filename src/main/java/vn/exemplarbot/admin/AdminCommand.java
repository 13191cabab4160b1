package vn.exemplarbot.admin;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.exemplarbot.clock.Zones;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.messaging.RefusedMessage;
import vn.exemplarbot.roster.Accounts;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;

/** {@code /admin}: what needs the admin's attention. */
@Component
class AdminCommand implements CommandHandler {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(Zones.LOCAL);

  private final Accounts accounts;
  private final Outbox outbox;
  private final Directory directory;

  AdminCommand(Accounts accounts, Outbox outbox, Directory directory) {
    this.accounts = accounts;
    this.outbox = outbox;
    this.directory = directory;
  }

  @Override
  public CommandSpec spec() {
    return CommandSpec.forRoles("admin", "command.admin", Role.ADMIN);
  }

  @Override
  public void handle(Turn turn, String args) {
    StringBuilder text = new StringBuilder(turn.text("admin.title"));
    List<Person> waiting = accounts.unregistered();
    text.append("\n\n").append(turn.text("admin.unregistered", waiting.size()));
    waiting.forEach(
        p -> text.append("\n• ").append(p.name()).append(" (").append(p.id()).append(')'));
    List<RefusedMessage> refused = outbox.refused(20);
    text.append("\n\n").append(turn.text("admin.refused", refused.size()));
    refused.forEach(
        r ->
            text.append("\n• ")
                .append(r.personId() == null ? String.valueOf(r.chatId()) : r.personId())
                .append(" — ")
                .append(WHEN.format(r.at()))
                .append(" — ")
                .append(r.reason()));
    String gaps = directory.render(directory.config().warnings(), turn.locale());
    text.append("\n\n").append(turn.text("admin.gaps", directory.config().warnings().size()));
    if (!gaps.isEmpty()) {
      text.append('\n').append(gaps.strip());
    }
    turn.reply(new Message.Text(text.toString()));
  }
}
