package vn.exemplarbot.nomination;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.nomination.internal.NominationRows;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;

/**
 * {@code /endorse [code]}: what waits for this person's endorsement, one message each with {@code
 * Giới thiệu} and {@code Trả lại}; with a code, that one nomination, if it is theirs and waiting.
 */
@Component
class EndorseCommand implements CommandHandler {

  private static final int SCANNED = 500;

  private final NominationRows rows;
  private final Endorsers endorsers;
  private final EndorsementCard card;

  EndorseCommand(NominationRows rows, Endorsers endorsers, EndorsementCard card) {
    this.rows = rows;
    this.endorsers = endorsers;
    this.card = card;
  }

  @Override
  public CommandSpec spec() {
    return CommandSpec.forRoles(
        "endorse", "command.endorse", Role.DIVISION_HEAD, Role.COUNCIL_SECRETARY);
  }

  @Override
  public void handle(Turn turn, String args) {
    Person person = turn.person().orElseThrow();
    if (args != null && !args.isBlank()) {
      one(turn, person, args);
      return;
    }
    List<Nomination> waiting =
        rows.inState(NominationState.SUBMITTED, SCANNED).stream()
            .filter(n -> endorsers.may(person, n))
            .toList();
    if (waiting.isEmpty()) {
      turn.reply("endorse.list.empty");
      return;
    }
    turn.reply("endorse.list.title", waiting.size());
    for (Nomination n : waiting) {
      turn.reply(card.card(turn.language(), n));
    }
  }

  private void one(Turn turn, Person person, String typed) {
    Optional<Nomination> found = Codes.parse(typed).flatMap(rows::byCode);
    if (found.isEmpty()) {
      turn.reply("endorse.unknown-code", typed.strip());
    } else if (!endorsers.may(person, found.get())) {
      turn.reply("endorse.not-yours-code", found.get().codeText());
    } else if (found.get().state() != NominationState.SUBMITTED) {
      Nomination n = found.get();
      turn.reply("endorse.not-waiting", n.codeText(), turn.text(n.shownKey()));
    } else {
      turn.reply(card.card(turn.language(), found.get()));
    }
  }
}
