package vn.exemplarbot.cycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Button;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.roster.Role;

/**
 * {@code /status [year]} (council secretary, director): the cycle at a glance in one message, with
 * a button to each list that still has something waiting ({@link StatusButtons}).
 */
@Component
class CycleStatusCommand implements CommandHandler {

  private final Snapshots snapshots;
  private final CycleYears years;
  private final StatusText text;

  CycleStatusCommand(Snapshots snapshots, CycleYears years, StatusText text) {
    this.snapshots = snapshots;
    this.years = years;
    this.text = text;
  }

  @Override
  public CommandSpec spec() {
    return CommandSpec.forRoles("status", "command.status", Role.COUNCIL_SECRETARY, Role.DIRECTOR);
  }

  @Override
  public void handle(Turn turn, String args) {
    if (Access.of(turn).isEmpty()) {
      return;
    }
    Optional<Integer> year = years.parse(args);
    if (year.isEmpty()) {
      turn.reply("cycle.bad-year", "status");
      return;
    }
    Snapshot s = snapshots.of(year.get(), year.get() == years.current());
    if (!s.current() && s.empty()) {
      turn.reply("cycle.empty", "" + s.year());
      return;
    }
    turn.reply(new Message.Text(text.render(turn, s), buttons(turn, s)));
  }

  private static Markup buttons(Turn turn, Snapshot s) {
    List<Button> buttons = new ArrayList<>();
    for (Backlog list : Backlog.values()) {
      if (!list.lines(turn, s).isEmpty()) {
        String data = CallbackData.of(StatusButtons.KIND, list.arg, s.year()).encode();
        buttons.add(new Button(turn.text(list.buttonKey()), data));
      }
    }
    return buttons.isEmpty() ? Markup.NONE : Markup.Inline.of(buttons.toArray(Button[]::new));
  }
}
