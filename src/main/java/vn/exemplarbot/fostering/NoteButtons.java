package vn.exemplarbot.fostering;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.ButtonHandler;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.Flows;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.fostering.internal.FactorRows;
import vn.exemplarbot.roster.Person;

/**
 * {@code Thêm ghi chú}: {@code nfn:<factor>}. Only the factor's division head or a council
 * secretary, checked from the sender whatever the data says; then the note is typed ({@link
 * FactorNoteFlow}).
 */
@Component
class NoteButtons implements ButtonHandler {

  private final FactorRows rows;
  private final Stewards stewards;
  private final Flows flows;
  private final FactorView view;

  NoteButtons(FactorRows rows, Stewards stewards, Flows flows, FactorView view) {
    this.rows = rows;
    this.stewards = stewards;
    this.flows = flows;
    this.view = view;
  }

  @Override
  public String kind() {
    return FactorList.NOTE_KIND;
  }

  @Override
  public void onPress(Turn turn, CallbackData data) {
    Person person = turn.person().orElseThrow();
    Optional<NewFactor> factor = data.longArg(0).flatMap(rows::find);
    if (factor.isEmpty() || !stewards.mayAnnotate(person, factor.get())) {
      turn.alert("newfactors.note.not-yours");
      return;
    }
    flows.begin(person.id(), FactorNoteFlow.FLOW, new FactorNoteFlow.Pending(factor.get().id()));
    turn.reply("newfactors.note.ask", view.name(factor.get()), FactorNoteFlow.MAX_CHARS);
  }
}
