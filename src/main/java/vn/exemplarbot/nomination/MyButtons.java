package vn.exemplarbot.nomination;

import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.conversation.ButtonHandler;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.nomination.internal.DossierRows;
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
  private final DossierRows dossier;
  private final Drafts drafts;
  private final Dossiers files;
  private final StepView view;
  private final AuditLog audit;
  private final Clock clock;

  MyButtons(
      NominationRows rows,
      DossierRows dossier,
      Drafts drafts,
      Dossiers files,
      StepView view,
      AuditLog audit,
      Clock clock) {
    this.rows = rows;
    this.dossier = dossier;
    this.drafts = drafts;
    this.files = files;
    this.view = view;
    this.audit = audit;
    this.clock = clock;
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
    boolean withdrawable = mine.filter(n -> n.state().withdrawable()).isPresent();
    if (draft && action.equals("go")) {
      resume(turn, person, mine.get());
    } else if (draft && action.equals("del")) {
      confirm(turn, "my.confirm-delete", "delok", mine.get());
    } else if (draft && action.equals("delok")) {
      delete(turn, person, mine.get());
    } else if (withdrawable && action.equals("wd")) {
      confirm(turn, "my.confirm-withdraw", "wdok", mine.get());
    } else if (withdrawable && action.equals("wdok")) {
      withdraw(turn, person, mine.get());
    } else if (mine.isPresent() && action.equals("keep")) {
      turn.show(turn.text("my.kept"), Markup.NONE);
    } else {
      turn.alert("nomination.stale");
    }
  }

  private void resume(Turn turn, Person person, Nomination n) {
    var answered =
        dossier.answers(n.id()).stream().map(CriterionAnswer::index).collect(Collectors.toSet());
    int criteria = view.criteria();
    Draft state =
        drafts
            .state(person)
            .filter(d -> d.nominationId() == n.id() && d.step() != Step.EDIT)
            .map(Draft::next)
            .orElseGet(() -> Steps.resume(n, answered, criteria, drafts.nextSeq(person)));
    drafts.save(person, state);
    view.show(new Session(turn, person, n, state));
  }

  private void confirm(Turn turn, String questionKey, String action, Nomination n) {
    String label = n.isDraft() ? "#" + n.id() : n.codeText();
    turn.show(
        turn.text(questionKey, label),
        Markup.Inline.row(
            MyCommand.button(turn, "my.button.confirm", action, n),
            MyCommand.button(turn, "nomination.button.cancel", "keep", n)));
  }

  private void delete(Turn turn, Person person, Nomination n) {
    drafts.forget(person, n.id());
    rows.deleteDraft(n.id());
    files.discard(n.id());
    audit.record(person.id(), "nomination-draft-deleted", String.valueOf(n.id()), null);
    turn.show(turn.text("my.deleted", "#" + n.id()), Markup.NONE);
  }

  private void withdraw(Turn turn, Person person, Nomination n) {
    if (!rows.move(n.id(), n.state(), NominationState.WITHDRAWN, clock.instant())) {
      turn.alert("nomination.stale");
      return;
    }
    audit.record(person.id(), "nomination-withdrawn", n.codeText(), null);
    turn.show(turn.text("my.withdrawn", n.codeText()), Markup.NONE);
  }
}
