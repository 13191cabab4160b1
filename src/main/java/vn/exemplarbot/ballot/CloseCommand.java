package vn.exemplarbot.ballot;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.ButtonHandler;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;

/**
 * {@code /ballot_close} (council secretary): closes the open ballot now, after {@code Xác nhận}.
 */
@Component
class CloseCommand implements CommandHandler, ButtonHandler {

  private final BallotOpening opening;
  private final BallotClosing closing;
  private final VoteReminders reminders;
  private final Clock clock;

  CloseCommand(BallotOpening opening, BallotClosing closing, VoteReminders reminders, Clock clock) {
    this.opening = opening;
    this.closing = closing;
    this.reminders = reminders;
    this.clock = clock;
  }

  @Override
  public CommandSpec spec() {
    return CommandSpec.forRoles("ballot_close", "command.ballot_close", Role.COUNCIL_SECRETARY);
  }

  @Override
  public String kind() {
    return "bclose";
  }

  @Override
  public void handle(Turn turn, String args) {
    Optional<Ballot> open = opening.current();
    if (open.isEmpty()) {
      turn.reply("ballot.none-open");
      return;
    }
    Ballot b = open.get();
    turn.show(
        turn.text(
            "ballot.close.confirm",
            b.id(),
            MemberCards.time(b.closesAt()),
            reminders.behind(b.id()).size()),
        Secretary.confirm(turn, kind(), b.id()));
  }

  @Override
  public void onPress(Turn turn, CallbackData data) {
    Optional<Person> secretary = Secretary.of(turn);
    Optional<Long> id = secretary.flatMap(p -> Secretary.confirmed(turn, data));
    if (id.isEmpty()) {
      return;
    }
    Optional<BallotFacts> facts = closing.close(id.get(), secretary.get().id(), clock.instant());
    if (facts.isEmpty()) {
      turn.alert("ballot.not-open", id.get());
    } else {
      turn.show(turn.text("ballot.closed", id.get()), Markup.NONE);
    }
  }
}
