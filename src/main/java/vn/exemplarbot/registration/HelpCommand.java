package vn.exemplarbot.registration;

import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.Commands;
import vn.exemplarbot.conversation.Turn;

/** {@code /help}: this person's commands, as they type them. */
@Component
class HelpCommand implements CommandHandler {

  private final Commands commands;

  HelpCommand(Commands commands) {
    this.commands = commands;
  }

  @Override
  public CommandSpec spec() {
    return CommandSpec.forAnyone("help", "command.help");
  }

  @Override
  public void handle(Turn turn, String args) {
    if (turn.person().isEmpty()) {
      turn.reply("help.stranger");
      return;
    }
    StringBuilder text = new StringBuilder(turn.text("help.title")).append('\n');
    for (CommandSpec spec : commands.of(turn.person().get())) {
      text.append("\n/")
          .append(spec.name())
          .append(" — ")
          .append(commands.describe(spec, turn.language()));
    }
    turn.reply(new vn.exemplarbot.messaging.Message.Text(text.toString()));
  }
}
