package vn.exemplarbot.fostering;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.FlowHandler;
import vn.exemplarbot.conversation.Flows;
import vn.exemplarbot.conversation.Input;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.conversation.TypedNote;
import vn.exemplarbot.fostering.internal.FactorRows;
import vn.exemplarbot.roster.Person;

/**
 * The typed follow-up note: one text message of words (not only emoji), within {@link #MAX_CHARS};
 * anything else is refused and the flow waits. {@code /cancel} leaves it. The right to annotate is
 * checked again when the note arrives.
 */
@Component
class FactorNoteFlow implements FlowHandler {

  static final String FLOW = "newfactor-note";
  static final int MAX_CHARS = 1000;

  /** The factor the note is for. */
  record Pending(long factorId) {}

  private final Flows flows;
  private final FactorRows rows;
  private final Stewards stewards;
  private final Fostering fostering;
  private final FactorView view;

  FactorNoteFlow(
      Flows flows, FactorRows rows, Stewards stewards, Fostering fostering, FactorView view) {
    this.flows = flows;
    this.rows = rows;
    this.stewards = stewards;
    this.fostering = fostering;
    this.view = view;
  }

  @Override
  public String flow() {
    return FLOW;
  }

  @Override
  public void onInput(Turn turn, Input input) {
    Person person = turn.person().orElseThrow();
    TypedNote typed = TypedNote.of(input, MAX_CHARS);
    if (typed instanceof TypedNote.NotText) {
      turn.reply("newfactors.note.text-only");
      return;
    }
    if (typed instanceof TypedNote.Meaningless) {
      turn.reply("newfactors.note.empty");
      return;
    }
    if (typed instanceof TypedNote.TooLong tooLong) {
      turn.reply("newfactors.note.long", tooLong.length(), MAX_CHARS);
      return;
    }
    String text = ((TypedNote.Accepted) typed).text();
    Optional<NewFactor> factor =
        flows
            .state(person.id(), FLOW, Pending.class)
            .flatMap(p -> rows.find(p.factorId()))
            .filter(f -> stewards.mayAnnotate(person, f));
    flows.end(person.id(), FLOW);
    if (factor.isEmpty()) {
      turn.reply("newfactors.note.not-yours");
      return;
    }
    Note note = fostering.annotate(factor.get(), person, text);
    turn.reply("newfactors.note.saved", view.name(factor.get()), FactorView.date(note.writtenAt()));
  }
}
