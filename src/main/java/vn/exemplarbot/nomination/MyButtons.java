package vn.exemplarbot.nomination;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.ButtonHandler;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.nomination.internal.NominationRows;
import vn.exemplarbot.roster.Person;

/**
 * The buttons of {@code /my}: {@code my:<action>:<nomination>}. Each press checks again that the
 * nomination is the sender's and in a state that allows the action; deleting a draft and
 * withdrawing a nomination ask {@code Xác nhận} first.
 */
@Component
class MyButtons implements ButtonHandler {

  private final NominationRows rows;
  private final Resumption resumption;
  private final MyActions actions;

  MyButtons(NominationRows rows, Resumption resumption, MyActions actions) {
    this.rows = rows;
    this.resumption = resumption;
    this.actions = actions;
  }

  @Override
  public String kind() {
    return MyCommand.KIND;
  }

  @Override
  public void onPress(Turn turn, CallbackData data) {
    Person person = turn.person().orElseThrow();
    String action = data.args().isEmpty() ? "" : data.arg(0);
    Optional<Nomination> mine =
        data.longArg(1).flatMap(rows::find).filter(n -> n.proposerId().equals(person.id()));
    boolean draft = mine.filter(Nomination::isDraft).isPresent();
    boolean editable = mine.filter(Nomination::editable).isPresent();
    boolean withdrawable = mine.filter(n -> n.state().withdrawable()).isPresent();
    if (editable && action.equals("go")) {
      resumption.resume(turn, person, mine.get());
    } else if (draft && action.equals("del")) {
      confirm(turn, "my.confirm-delete", "delok", mine.get());
    } else if (draft && action.equals("delok")) {
      actions.delete(turn, person, mine.get());
    } else if (withdrawable && action.equals("wd")) {
      confirm(turn, "my.confirm-withdraw", "wdok", mine.get());
    } else if (withdrawable && action.equals("wdok")) {
      actions.withdraw(turn, person, mine.get());
    } else if (mine.isPresent() && action.equals("keep")) {
      turn.show(turn.text("my.kept"), Markup.NONE);
    } else {
      turn.alert("nomination.stale");
    }
  }

  private void confirm(Turn turn, String questionKey, String action, Nomination n) {
    String label = n.isDraft() ? "#" + n.id() : n.codeText();
    turn.show(
        turn.text(questionKey, label),
        Markup.Inline.row(
            MyCommand.button(turn, "my.button.confirm", action, n),
            MyCommand.button(turn, "nomination.button.cancel", "keep", n)));
  }
}
