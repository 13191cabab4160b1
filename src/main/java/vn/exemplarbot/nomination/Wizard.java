package vn.exemplarbot.nomination;

import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.Input;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.roster.Directory;

/**
 * Moves a draft between steps: every move is saved (under a new sequence number, so the buttons of
 * older messages turn stale) before the next step is shown.
 */
@Component
class Wizard {

  private final Drafts drafts;
  private final StepView view;
  private final Directory directory;

  Wizard(Drafts drafts, StepView view, Directory directory) {
    this.drafts = drafts;
    this.view = view;
    this.directory = directory;
  }

  /** Saves {@code next} and shows it, with the draft as stored now. */
  void go(Session s, Draft next) {
    Draft saved = next.next();
    drafts.save(s.person(), saved);
    view.show(s.with(saved).with(drafts.reload(s.id())));
  }

  void forward(Session s) {
    go(s, Steps.forward(s.draft(), kindOf(s), criteria()));
  }

  void back(Session s) {
    go(s, Steps.back(s.draft(), kindOf(s), criteria()));
  }

  /** {@code Hủy}: leaves the flow; the draft and the step reached stay for {@code /my}. */
  void cancel(Session s) {
    drafts.save(s.person(), s.draft().next());
    drafts.pause(s.person());
    s.turn().show(s.turn().text("nomination.paused"), Markup.NONE);
  }

  int criteria() {
    return directory.settings().criteria().size();
  }

  /** A press is refused with an alert (the message stays as it was); a typed input by a reply. */
  static void refuse(Turn turn, Refusal refusal) {
    if (turn.input() instanceof Input.Press) {
      turn.alert(refusal.key(), refusal.arguments());
    } else {
      turn.reply(refusal.key(), refusal.arguments());
    }
  }

  private Kind kindOf(Session s) {
    return drafts.reload(s.id()).kind();
  }
}
