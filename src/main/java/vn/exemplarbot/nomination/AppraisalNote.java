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
 * {@code Bổ sung}: the appraiser types what the dossier is missing, which goes to the proposer.
 * Like the endorser's return comment, a short flow that sets aside the one the appraiser was in and
 * gives it back once the note is in; {@code /cancel} leaves it and nothing changes.
 */
@Component
class AppraisalNote implements FlowHandler {

  static final String FLOW = "appraisal-note";
  static final int MAX_CHARS = 500;

  /** The nomination the note is for. */
  record Pending(long nominationId) {}

  private final Flows flows;
  private final NominationRows rows;
  private final Appraisers appraisers;
  private final AppraisalActions actions;

  AppraisalNote(Flows flows, NominationRows rows, Appraisers appraisers, AppraisalActions actions) {
    this.flows = flows;
    this.rows = rows;
    this.appraisers = appraisers;
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
      turn.reply("appraise.note-long", tooLong.length(), MAX_CHARS);
      return;
    }
    if (!(typed instanceof TypedNote.Accepted accepted)) {
      turn.reply("appraise.note-text");
      return;
    }
    String note = accepted.text();
    Optional<Nomination> n =
        flows
            .state(person.id(), FLOW, Pending.class)
            .flatMap(p -> rows.find(p.nominationId()))
            .filter(x -> x.state() == NominationState.ENDORSED)
            .filter(x -> appraisers.may(person, x));
    if (n.isEmpty() || !actions.requestMore(turn, person, n.get(), note)) {
      turn.reply("appraise.no-longer-waiting");
    }
    flows.finish(turn, FLOW);
  }

  /** Another note typed meanwhile is done: this one is asked for again. */
  @Override
  public void resumed(Turn turn) {
    String person = turn.person().orElseThrow().id();
    flows
        .state(person, FLOW, Pending.class)
        .flatMap(p -> rows.find(p.nominationId()))
        .ifPresentOrElse(
            n -> turn.reply("appraise.ask-note", n.codeText(), MAX_CHARS),
            () -> flows.end(person, FLOW));
  }
}
