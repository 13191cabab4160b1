package vn.exemplarbot.nomination;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Button;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.nomination.internal.NominationRows;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;

/**
 * {@code /my}: the person's drafts ({@code Tiếp tục}, {@code Xoá nháp}) and nominations with their
 * state ({@code Rút đề cử} until endorsed, {@code Sửa và gửi lại} after a return, {@code Bổ sung hồ
 * sơ} when the appraisal asks for more), one message each, newest first.
 */
@Component
class MyCommand implements CommandHandler {

  static final String KIND = "my";
  private static final int SHOWN = 20;

  private final NominationRows rows;
  private final SummaryView summary;

  MyCommand(NominationRows rows, SummaryView summary) {
    this.rows = rows;
    this.summary = summary;
  }

  @Override
  public CommandSpec spec() {
    return CommandSpec.forRoles("my", "command.my", Role.STAFF);
  }

  @Override
  public void handle(Turn turn, String args) {
    Person person = turn.person().orElseThrow();
    List<Nomination> mine = rows.byProposer(person.id(), SHOWN);
    if (mine.isEmpty()) {
      turn.reply("my.empty");
      return;
    }
    turn.reply("my.title", mine.size());
    for (Nomination n : mine) {
      turn.reply(new Message.Text(describe(turn, n), buttons(turn, n)));
    }
  }

  String describe(Turn turn, Nomination n) {
    String kind = SummaryView.kind(turn, n.kind()).orElse(turn.text("nomination.summary.missing"));
    if (n.isDraft()) {
      return turn.text("my.draft", n.id(), kind, summary.nominee(n));
    }
    String state = turn.text(n.shownKey());
    String line = turn.text("my.nomination", n.codeText(), kind, summary.nominee(n), state);
    return n.stateNote() == null ? line : line + "\n" + turn.text("my.note", n.stateNote());
  }

  static Markup buttons(Turn turn, Nomination n) {
    if (n.isDraft()) {
      return Markup.Inline.row(
          button(turn, "my.button.resume", "go", n), button(turn, "my.button.delete", "del", n));
    }
    if (n.state() == NominationState.NEEDS_MORE) {
      return Markup.Inline.of(button(turn, "my.button.complete", "go", n));
    }
    if (n.state() == NominationState.RETURNED) {
      return Markup.Inline.row(
          button(turn, "my.button.resubmit", "go", n), button(turn, "my.button.withdraw", "wd", n));
    }
    return n.state().withdrawable()
        ? Markup.Inline.of(button(turn, "my.button.withdraw", "wd", n))
        : Markup.NONE;
  }

  static Button button(Turn turn, String labelKey, String action, Nomination n) {
    return new Button(turn.text(labelKey), CallbackData.of(KIND, action, n.id()).encode());
  }
}
