package vn.exemplarbot.nomination;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.ButtonHandler;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.Flows;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.nomination.internal.NominationRows;
import vn.exemplarbot.roster.Person;

/**
 * The endorser's buttons: {@code endorse:<action>:<nomination>}. Every press checks again, from the
 * sender, that they are one of the nomination's endorsers now and that it still waits; {@code Giới
 * thiệu} asks {@code Xác nhận} first, {@code Trả lại} asks for a comment.
 */
@Component
class EndorseButtons implements ButtonHandler {

  private final NominationRows rows;
  private final Endorsers endorsers;
  private final EndorsementActions actions;
  private final EndorsementCard card;
  private final Flows flows;

  EndorseButtons(
      NominationRows rows,
      Endorsers endorsers,
      EndorsementActions actions,
      EndorsementCard card,
      Flows flows) {
    this.rows = rows;
    this.endorsers = endorsers;
    this.actions = actions;
    this.card = card;
    this.flows = flows;
  }

  @Override
  public String kind() {
    return EndorsementCard.KIND;
  }

  @Override
  public void onPress(Turn turn, CallbackData data) {
    Optional<Person> person = turn.person();
    String action = data.args().isEmpty() ? "" : data.arg(0);
    Optional<Nomination> found = data.longArg(1).flatMap(rows::find).filter(n -> !n.isDraft());
    if (person.isEmpty() || found.isEmpty() || !endorsers.may(person.get(), found.get())) {
      turn.alert("endorse.not-yours");
      return;
    }
    Nomination n = found.get();
    if (action.equals("view")) {
      card.dossier(turn, n);
    } else if (n.state() == NominationState.ENDORSED) {
      String by = rows.endorsedBy(n.id()).map(endorsers::name).orElse("?");
      turn.alert("endorse.already", n.codeText(), by);
    } else if (n.state() != NominationState.SUBMITTED) {
      turn.alert("endorse.not-waiting", n.codeText(), turn.text(n.shownKey()));
    } else if (action.equals("ask")) {
      turn.show(
          turn.text("endorse.confirm", n.codeText(), card.nominee(n)),
          Markup.Inline.row(
              card.button(turn.language(), "my.button.confirm", "ok", n),
              card.button(turn.language(), "nomination.button.cancel", "keep", n)));
    } else if (action.equals("ok")) {
      actions.endorse(turn, person.get(), n);
    } else if (action.equals("ret")) {
      flows.interject(person.get().id(), ReturnComment.FLOW, new NominationComment.Pending(n.id()));
      turn.reply("endorse.ask-comment", n.codeText());
    } else if (action.equals("keep")) {
      turn.show(card.text(turn.language(), n), card.buttons(turn.language(), n));
    } else {
      turn.alert("nomination.stale");
    }
  }
}
