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
 * The appraiser's buttons: {@code appr:<action>:<nomination>}. Every press checks again, from the
 * sender, that they appraise this nomination now and that its state allows the action; {@code Đạt}
 * and {@code Mở lại thẩm định} ask {@code Xác nhận} first, {@code Bổ sung} asks what is missing.
 */
@Component
class AppraiseButtons implements ButtonHandler {

  private final NominationRows rows;
  private final Appraisers appraisers;
  private final AppraisalActions actions;
  private final AppraisalCard card;
  private final Flows flows;

  AppraiseButtons(
      NominationRows rows,
      Appraisers appraisers,
      AppraisalActions actions,
      AppraisalCard card,
      Flows flows) {
    this.rows = rows;
    this.appraisers = appraisers;
    this.actions = actions;
    this.card = card;
    this.flows = flows;
  }

  @Override
  public String kind() {
    return AppraisalCard.KIND;
  }

  @Override
  public void onPress(Turn turn, CallbackData data) {
    Optional<Person> person = turn.person();
    String action = data.args().isEmpty() ? "" : data.arg(0);
    Optional<Nomination> found = data.longArg(1).flatMap(rows::find);
    if (person.isEmpty() || found.isEmpty() || !appraisers.may(person.get(), found.get())) {
      turn.alert("appraise.not-yours");
      return;
    }
    Nomination n = found.get();
    if (action.equals("view")) {
      card.dossier(turn, n);
    } else if (action.equals("ro") || action.equals("rook")) {
      reopen(turn, person.get(), n, action.equals("rook"));
    } else if (action.equals("keep")) {
      keep(turn, n);
    } else if (n.state() == NominationState.APPRAISED) {
      turn.alert("appraise.already", n.codeText(), actions.appraisedBy(n).orElse("?"));
    } else if (n.state() != NominationState.ENDORSED) {
      turn.alert("appraise.not-waiting", n.codeText(), turn.text(n.shownKey()));
    } else {
      waiting(turn, person.get(), n, action);
    }
  }

  private void waiting(Turn turn, Person person, Nomination n, String action) {
    if (action.equals("ask")) {
      confirm(turn, "appraise.confirm", "ok", n);
    } else if (action.equals("ok")) {
      actions.appraise(turn, person, n);
    } else if (action.equals("more")) {
      flows.interject(person.id(), AppraisalNote.FLOW, new NominationComment.Pending(n.id()));
      turn.reply("appraise.ask-note", n.codeText(), AppraisalNote.MAX_CHARS);
    } else {
      turn.alert("nomination.stale");
    }
  }

  /** {@code Hủy} on a question: the message shows the nomination as it stands now. */
  private void keep(Turn turn, Nomination n) {
    if (n.state() == NominationState.ENDORSED) {
      turn.show(card.text(turn.language(), n, false), card.buttons(turn.language(), n));
      return;
    }
    String state = turn.text(n.shownKey());
    turn.show(
        turn.text("appraise.status", n.codeText(), card.nominee(n), state),
        n.state() == NominationState.APPRAISED ? card.reopen(turn.language(), n) : Markup.NONE);
  }

  private void reopen(Turn turn, Person person, Nomination n, boolean confirmed) {
    if (n.state() != NominationState.APPRAISED) {
      String state = turn.text(n.shownKey());
      turn.alert(reopenRefusal(n.state()), n.codeText(), state);
    } else if (!confirmed) {
      confirm(turn, "appraise.confirm-reopen", "rook", n);
    } else if (actions.reopen(person, n)) {
      String done = turn.text("appraise.reopened", n.codeText(), card.nominee(n));
      turn.show(
          done + "\n\n" + card.text(turn.language(), n, false), card.buttons(turn.language(), n));
    } else {
      turn.alert("nomination.stale");
    }
  }

  /** Why an appraisal cannot be reopened: it is not closed, or a ballot has it already. */
  static String reopenRefusal(NominationState state) {
    return state == NominationState.ENDORSED || state == NominationState.NEEDS_MORE
        ? "appraise.reopen-open"
        : "appraise.reopen-too-late";
  }

  private void confirm(Turn turn, String questionKey, String action, Nomination n) {
    turn.show(
        turn.text(questionKey, n.codeText(), card.nominee(n)),
        Markup.Inline.row(
            card.button(turn.language(), "my.button.confirm", action, n),
            card.button(turn.language(), "nomination.button.cancel", "keep", n)));
  }
}
