package vn.exemplarbot.registration;

import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.Commands;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.messaging.Texts;
import vn.exemplarbot.roster.Accounts;
import vn.exemplarbot.roster.Person;

/**
 * {@code /lang}: switches between Vietnamese (the default) and English; {@code /lang en} names it.
 */
@Component
class LanguageCommand implements CommandHandler {

  private final Accounts accounts;
  private final Commands commands;
  private final Outbox outbox;
  private final Texts texts;

  LanguageCommand(Accounts accounts, Commands commands, Outbox outbox, Texts texts) {
    this.accounts = accounts;
    this.commands = commands;
    this.outbox = outbox;
    this.texts = texts;
  }

  @Override
  public CommandSpec spec() {
    return new CommandSpec("lang", "command.lang", java.util.Set.of(), false);
  }

  @Override
  public void handle(Turn turn, String args) {
    Person person = turn.person().orElseThrow();
    String wanted = args.trim().toLowerCase(Locale.ROOT);
    String language =
        switch (wanted) {
          case "vi", "en" -> wanted;
          case "" -> "vi".equals(turn.language()) ? "en" : "vi";
          default -> null;
        };
    if (language == null) {
      turn.reply("lang.unknown", args.trim());
      return;
    }
    accounts.setLanguage(person.id(), language);
    outbox.toPerson(person.id(), new Message.Text(texts.get(language, "lang.switched")));
    commands.refreshMenu(person);
  }
}
