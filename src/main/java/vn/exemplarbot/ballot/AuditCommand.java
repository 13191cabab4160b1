package vn.exemplarbot.ballot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.ballot.internal.BallotRows;
import vn.exemplarbot.ballot.internal.BoxRows;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.roster.Role;

/**
 * {@code /ballot_audit [id]} (council secretary): recounts the last closed ballot (or the one
 * named) from its stored box, recomputes the seal, and says whether both match what was recorded at
 * close.
 */
@Component
class AuditCommand implements CommandHandler {

  private final BallotRows rows;
  private final BoxRows box;

  AuditCommand(BallotRows rows, BoxRows box) {
    this.rows = rows;
    this.box = box;
  }

  @Override
  public CommandSpec spec() {
    return CommandSpec.forRoles("ballot_audit", "command.ballot_audit", Role.COUNCIL_SECRETARY);
  }

  @Override
  public void handle(Turn turn, String args) {
    String typed = args == null ? "" : args.strip().replaceFirst("^#", "");
    Optional<Ballot> ballot =
        typed.matches("\\d{1,9}")
            ? rows.find(Long.parseLong(typed)).filter(b -> Ballot.CLOSED.equals(b.state()))
            : rows.lastClosed();
    Optional<BallotFacts> facts = ballot.flatMap(b -> rows.facts(b.id()));
    if (facts.isEmpty()) {
      turn.reply("ballot.audit.nothing");
      return;
    }
    List<String> differences = differences(turn, ballot.get(), facts.get());
    if (differences.isEmpty()) {
      turn.reply("ballot.audit.match", ballot.get().id(), facts.get().seal());
    } else {
      turn.reply("ballot.audit.mismatch", ballot.get().id(), String.join("\n", differences));
    }
    if (ballot.get().sealScheme() == Ballot.UNSALTED_SEAL) {
      turn.reply("ballot.audit.unsalted", ballot.get().id());
    }
  }

  private List<String> differences(Turn turn, Ballot ballot, BallotFacts facts) {
    List<BoxRows.Filled> filled = box.audited(ballot.id());
    List<Item> items = rows.items(ballot.id());
    List<Seal.Entry> entries = new ArrayList<>();
    List<String> out = new ArrayList<>();
    long unreadable = filled.stream().filter(f -> f.choice().equals(BoxRows.UNREADABLE)).count();
    if (unreadable > 0) {
      out.add(turn.text("ballot.audit.unreadable", unreadable));
    }
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      List<BoxRows.Filled> mine =
          filled.stream().filter(f -> f.nominationId() == item.nominationId()).toList();
      mine.forEach(
          f -> entries.add(new Seal.Entry(item.code(), f.receipt(), f.choice(), f.salt())));
      BallotFacts.Line line = facts.lines().get(i);
      String counted = counts(mine);
      String recorded = line.agree() + "/" + line.disagree() + "/" + line.abstain();
      if (!counted.equals(recorded)) {
        out.add(item.code() + ": " + recorded + " → " + counted);
      }
    }
    String seal = Seal.of(entries, ballot.sealScheme());
    if (!seal.equals(facts.seal())) {
      out.add("seal: " + facts.seal() + " → " + seal);
    }
    return out;
  }

  private static String counts(List<BoxRows.Filled> filled) {
    return count(filled, Choice.AGREE)
        + "/"
        + count(filled, Choice.DISAGREE)
        + "/"
        + count(filled, Choice.ABSTAIN);
  }

  private static long count(List<BoxRows.Filled> filled, Choice choice) {
    return filled.stream().filter(f -> f.choice().equals(choice.letter())).count();
  }
}
