package vn.exemplarbot.registration;

import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.Flows;
import vn.exemplarbot.conversation.Turn;

/** {@code /cancel}: leaves the current step; whatever was saved (a draft) stays. */
@Component
class CancelCommand implements CommandHandler {

  private final Flows flows;

  CancelCommand(Flows flows) {
    this.flows = flows;
  }

  @Override
  public CommandSpec spec() {
    return new CommandSpec("cancel", "command.cancel", java.util.Set.of(), false);
  }

  @Override
  public void handle(Turn turn, String args) {
    String personId = turn.person().orElseThrow().id();
    boolean wasActive = flows.active(personId).isPresent();
    flows.pauseAll(personId);
    turn.reply(wasActive ? "cancel.done" : "cancel.nothing");
  }
}
