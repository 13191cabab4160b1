package vn.exemplarbot.ballot;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.ballot.internal.BallotRows;
import vn.exemplarbot.conversation.ButtonHandler;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Button;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;

/**
 * {@code /ballot_status} (council secretary): who has voted on everything and who has not, never a
 * count of choices; {@code Nhắc} ({@code bremind}) reminds those who have not.
 */
@Component
class StatusCommand implements CommandHandler, ButtonHandler {

  private final BallotRows rows;
  private final VoteReminders reminders;
  private final AuditLog audit;

  StatusCommand(BallotRows rows, VoteReminders reminders, AuditLog audit) {
    this.rows = rows;
    this.reminders = reminders;
    this.audit = audit;
  }

  @Override
  public CommandSpec spec() {
    return CommandSpec.forRoles("ballot_status", "command.ballot_status", Role.COUNCIL_SECRETARY);
  }

  @Override
  public String kind() {
    return "bremind";
  }

  @Override
  public void handle(Turn turn, String args) {
    Optional<Ballot> open = rows.open();
    if (open.isEmpty()) {
      turn.reply("ballot.none-open");
      return;
    }
    Ballot b = open.get();
    Set<String> behind = reminders.behind(b.id());
    StringBuilder done = new StringBuilder();
    StringBuilder waiting = new StringBuilder();
    for (String[] member : rows.members(b.id())) {
      (behind.contains(member[0]) ? waiting : done).append("\n• ").append(member[1]);
    }
    String none = turn.text("ballot.status.nobody");
    String text =
        turn.text(
            "ballot.status",
            b.id(),
            MemberCards.time(b.closesAt()),
            done.isEmpty() ? none : done.toString(),
            waiting.isEmpty() ? none : waiting.toString());
    Markup markup =
        behind.isEmpty()
            ? Markup.NONE
            : Markup.Inline.of(
                new Button(
                    turn.text("ballot.button.remind"), CallbackData.of(kind(), b.id()).encode()));
    turn.show(text, markup);
  }

  @Override
  public void onPress(Turn turn, CallbackData data) {
    Optional<Person> secretary = Secretary.of(turn);
    if (secretary.isEmpty()) {
      return;
    }
    Optional<Ballot> open =
        data.longArg(0)
            .flatMap(rows::find)
            .filter(Ballot::open)
            .filter(b -> data.args().size() == 1);
    if (open.isEmpty()) {
      turn.alert("ballot.stale");
      return;
    }
    int told = reminders.remind(open.get());
    audit.record(secretary.get().id(), "ballot-reminded", BallotEnd.subject(open.get()), null);
    turn.toast("ballot.reminded", told);
  }
}
