package vn.exemplarbot.ballot;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.ButtonHandler;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.Flows;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;

/**
 * {@code /ballot_void reason} (council secretary): voids the open ballot after {@code Xác nhận};
 * the reason waits in the secretary's flow state meanwhile (button data cannot carry free text).
 */
@Component
class VoidCommand implements CommandHandler, ButtonHandler {

  static final String FLOW = "ballot-void";
  private static final int MAX_REASON = 500;

  private final BallotOpening opening;
  private final BallotClosing closing;
  private final Flows flows;
  private final Clock clock;

  VoidCommand(BallotOpening opening, BallotClosing closing, Flows flows, Clock clock) {
    this.opening = opening;
    this.closing = closing;
    this.flows = flows;
    this.clock = clock;
  }

  /** The reason typed with the command, for the ballot it was typed against. */
  record Pending(long ballotId, String reason) {}

  @Override
  public CommandSpec spec() {
    return CommandSpec.forRoles("ballot_void", "command.ballot_void", Role.COUNCIL_SECRETARY);
  }

  @Override
  public String kind() {
    return "bvoid";
  }

  @Override
  public void handle(Turn turn, String args) {
    Optional<Ballot> open = opening.current();
    String reason = args == null ? "" : args.strip();
    if (open.isEmpty()) {
      turn.reply("ballot.none-open");
    } else if (reason.isEmpty() || reason.length() > MAX_REASON) {
      turn.reply("ballot.void.reason-needed", MAX_REASON);
    } else {
      String person = turn.person().orElseThrow().id();
      flows.save(person, FLOW, new Pending(open.get().id(), reason));
      turn.show(
          turn.text("ballot.void.confirm", open.get().id(), reason),
          Secretary.confirm(turn, kind(), open.get().id()));
    }
  }

  @Override
  public void onPress(Turn turn, CallbackData data) {
    Optional<Person> secretary = Secretary.of(turn);
    Optional<Long> id = secretary.flatMap(p -> Secretary.confirmed(turn, data));
    if (id.isEmpty()) {
      return;
    }
    String person = secretary.get().id();
    Optional<Pending> pending =
        flows.state(person, FLOW, Pending.class).filter(p -> p.ballotId() == id.get());
    if (pending.isEmpty()
        || !closing.voidBallot(id.get(), person, pending.get().reason(), clock.instant())) {
      turn.alert("ballot.not-open", id.get());
      return;
    }
    flows.end(person, FLOW);
    turn.show(turn.text("ballot.voided", id.get(), pending.get().reason()), Markup.NONE);
  }
}
