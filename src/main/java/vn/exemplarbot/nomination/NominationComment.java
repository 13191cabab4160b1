package vn.exemplarbot.nomination;

import java.util.Optional;
import vn.exemplarbot.conversation.FlowHandler;
import vn.exemplarbot.conversation.Flows;
import vn.exemplarbot.conversation.Input;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.conversation.TypedNote;
import vn.exemplarbot.nomination.internal.NominationRows;
import vn.exemplarbot.roster.Person;

/**
 * A comment typed about one nomination after a button (the endorser's return comment, what the
 * appraiser finds missing): a flow of its own that sets aside the one the person was in and gives
 * it back once the comment is in; {@code /cancel} leaves it and nothing changes. The nomination and
 * the person's right to act on it are checked again when the comment arrives.
 */
abstract class NominationComment implements FlowHandler {

  /** The nomination the comment is for. */
  record Pending(long nominationId) {}

  /** The answers of one kind of comment: too long, not a text, no longer waiting, asked again. */
  record Keys(String tooLong, String notText, String gone, String ask) {}

  private final Flows flows;
  private final NominationRows rows;
  private final String flow;
  private final int maxChars;
  private final Keys keys;

  NominationComment(Flows flows, NominationRows rows, String flow, int maxChars, Keys keys) {
    this.flows = flows;
    this.rows = rows;
    this.flow = flow;
    this.maxChars = maxChars;
    this.keys = keys;
  }

  /** Whether the nomination still waits for this person's comment. */
  abstract boolean waitsFor(Person person, Nomination n);

  /** Acts on the comment; false when the nomination had moved on meanwhile. */
  abstract boolean apply(Turn turn, Person person, Nomination n, String comment);

  @Override
  public String flow() {
    return flow;
  }

  @Override
  public void onInput(Turn turn, Input input) {
    Person person = turn.person().orElseThrow();
    TypedNote typed = TypedNote.of(input, maxChars);
    if (typed instanceof TypedNote.TooLong tooLong) {
      turn.reply(keys.tooLong(), tooLong.length(), maxChars);
      return;
    }
    if (!(typed instanceof TypedNote.Accepted accepted)) {
      turn.reply(keys.notText());
      return;
    }
    Optional<Nomination> n = pending(person.id()).filter(x -> waitsFor(person, x));
    if (n.isEmpty() || !apply(turn, person, n.get(), accepted.text())) {
      turn.reply(keys.gone());
    }
    flows.finish(turn, flow);
  }

  /** Another comment typed meanwhile is done: this one is asked for again. */
  @Override
  public void resumed(Turn turn) {
    String person = turn.person().orElseThrow().id();
    pending(person)
        .ifPresentOrElse(
            n -> turn.reply(keys.ask(), n.codeText(), maxChars), () -> flows.end(person, flow));
  }

  private Optional<Nomination> pending(String personId) {
    return flows.state(personId, flow, Pending.class).flatMap(p -> rows.find(p.nominationId()));
  }
}
