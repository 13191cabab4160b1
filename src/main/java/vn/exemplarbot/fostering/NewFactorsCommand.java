package vn.exemplarbot.fostering;

import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;

/** {@code /newfactors}: the list to follow up, for division heads and council secretaries. */
@Component
class NewFactorsCommand implements CommandHandler {

  private final FactorList list;
  private final Stewards stewards;

  NewFactorsCommand(FactorList list, Stewards stewards) {
    this.list = list;
    this.stewards = stewards;
  }

  @Override
  public CommandSpec spec() {
    return CommandSpec.forRoles(
        "newfactors", "command.newfactors", Role.DIVISION_HEAD, Role.COUNCIL_SECRETARY);
  }

  @Override
  public void handle(Turn turn, String args) {
    Person person = turn.person().orElseThrow();
    if (!stewards.fosters(person)) {
      turn.reply("conversation.not-allowed", "newfactors");
      return;
    }
    for (Message.Text message : list.messages(turn, person)) {
      turn.reply(message);
    }
  }
}
