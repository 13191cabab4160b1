package vn.exemplarbot.nomination;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.FlowHandler;
import vn.exemplarbot.conversation.Flows;
import vn.exemplarbot.conversation.Input;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.conversation.TypedNote;
import vn.exemplarbot.nomination.internal.NominationRows;
import vn.exemplarbot.roster.Person;

/**
 * {@code Trả lại}: the endorser types the comment that goes back with the nomination. A flow of its
 * own that sets aside the one the endorser was in (a nomination being written): once the comment is
 * in, that one is active again and its step shown.
 */
@Component
class ReturnComment implements FlowHandler {

  static final String FLOW = "return-comment";
  static final int MAX_CHARS = 500;

  /** The nomination the comment is for. */
  record Pending(long nominationId) {}

  private final Flows flows;
  private final NominationRows rows;
  private final Endorsers endorsers;
  private final EndorsementActions actions;

  ReturnComment(Flows flows, NominationRows rows, Endorsers endorsers, EndorsementActions actions) {
    this.flows = flows;
    this.rows = rows;
    this.endorsers = endorsers;
    this.actions = actions;
  }

  @Override
  public String flow() {
    return FLOW;
  }

  @Override
  public void onInput(Turn turn, Input input) {
    Person person = turn.person().orElseThrow();
    TypedNote typed = TypedNote.of(input, MAX_CHARS);
    if (typed instanceof TypedNote.TooLong tooLong) {
      turn.reply("endorse.comment-long", tooLong.length(), MAX_CHARS);
      return;
    }
    if (!(typed instanceof TypedNote.Accepted accepted)) {
      turn.reply("endorse.comment-text");
      return;
    }
    String note = accepted.text();
    Optional<Nomination> n =
        flows
            .state(person.id(), FLOW, Pending.class)
            .flatMap(p -> rows.find(p.nominationId()))
            .filter(x -> x.state() == NominationState.SUBMITTED)
            .filter(x -> endorsers.may(person, x));
    if (n.isEmpty() || !actions.returnWith(turn, person, n.get(), note)) {
      turn.reply("endorse.no-longer-waiting");
    }
    flows.finish(turn, FLOW);
  }

  /** Another comment typed meanwhile is done: this one is asked for again. */
  @Override
  public void resumed(Turn turn) {
    String person = turn.person().orElseThrow().id();
    flows
        .state(person, FLOW, Pending.class)
        .flatMap(p -> rows.find(p.nominationId()))
        .ifPresentOrElse(
            n -> turn.reply("endorse.ask-comment", n.codeText()), () -> flows.end(person, FLOW));
  }
}
