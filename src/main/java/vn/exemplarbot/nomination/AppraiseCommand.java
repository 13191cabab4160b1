package vn.exemplarbot.nomination;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.nomination.internal.NominationRows;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;

/**
 * {@code /appraise [code]}: the dossiers waiting for this secretary's appraisal, one card each;
 * with a code, that one, or why not (unknown, not theirs, not waiting; appraised and not yet in a
 * ballot: who appraised it, with {@code Mở lại thẩm định}).
 */
@Component
class AppraiseCommand implements CommandHandler {

  private static final int SCANNED = 500;

  private final NominationRows rows;
  private final Appraisers appraisers;
  private final AppraisalCard card;
  private final AppraisalActions actions;

  AppraiseCommand(
      NominationRows rows, Appraisers appraisers, AppraisalCard card, AppraisalActions actions) {
    this.rows = rows;
    this.appraisers = appraisers;
    this.card = card;
    this.actions = actions;
  }

  @Override
  public CommandSpec spec() {
    return CommandSpec.forRoles("appraise", "command.appraise", Role.COUNCIL_SECRETARY);
  }

  @Override
  public void handle(Turn turn, String args) {
    Person person = turn.person().orElseThrow();
    if (args != null && !args.isBlank()) {
      one(turn, person, args);
      return;
    }
    List<Nomination> waiting =
        rows.inState(NominationState.ENDORSED, SCANNED).stream()
            .filter(n -> appraisers.may(person, n))
            .toList();
    if (waiting.isEmpty()) {
      turn.reply("appraise.list.empty");
      return;
    }
    turn.reply("appraise.list.title", waiting.size());
    for (Nomination n : waiting) {
      turn.reply(card.card(turn.language(), n, false));
    }
  }

  private void one(Turn turn, Person person, String typed) {
    Optional<Nomination> found = Codes.parse(typed).flatMap(rows::byCode);
    if (found.isEmpty()) {
      turn.reply("endorse.unknown-code", typed.strip());
      return;
    }
    Nomination n = found.get();
    String state = turn.text(n.shownKey());
    if (!appraisers.may(person, n)) {
      turn.reply("appraise.not-yours-code", n.codeText());
    } else if (n.state() == NominationState.ENDORSED) {
      turn.reply(card.card(turn.language(), n, false));
    } else if (n.state() == NominationState.APPRAISED) {
      String by = actions.appraisedBy(n).orElse("?");
      String text = turn.text("appraise.already-appraised", n.codeText(), card.nominee(n), by);
      turn.reply(new Message.Text(text, card.reopen(turn.language(), n)));
    } else {
      turn.reply("appraise.not-waiting", n.codeText(), state);
    }
  }
}
