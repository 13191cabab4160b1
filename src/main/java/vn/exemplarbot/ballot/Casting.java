package vn.exemplarbot.ballot;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.ballot.internal.BoxRows;
import vn.exemplarbot.conversation.Input;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.storage.JournalScrub;

/**
 * A member's choice, asked and cast. The voter row is marked and a random empty box row filled in
 * place, in the update's transaction; the messages that show the choice or the receipt are
 * ephemeral outbox rows, and the write-ahead log is emptied once the transaction commits. The audit
 * says who voted on what, never how; no log line carries a choice.
 */
@Component
class Casting {

  private final BoxRows box;
  private final BoxSetup setup;
  private final MemberCards cards;
  private final Outbox outbox;
  private final AuditLog audit;
  private final JournalScrub scrub;

  Casting(
      BoxRows box,
      BoxSetup setup,
      MemberCards cards,
      Outbox outbox,
      AuditLog audit,
      JournalScrub scrub) {
    this.box = box;
    this.setup = setup;
    this.cards = cards;
    this.outbox = outbox;
    this.audit = audit;
    this.scrub = scrub;
  }

  /**
   * Every ballot press carries a choice or comes near one: whatever it does, the journal is
   * scrubbed after its commit, since the update's payload (dropped on handling) passed through it.
   */
  void scrubAfter() {
    scrub.checkpointAfterCommit();
  }

  void ask(Turn turn, Ballot ballot, Item item, Choice choice) {
    outbox.editEphemeral(
        turn.sender().chatId(),
        pressed(turn),
        cards.confirm(turn.language(), ballot, item, choice));
  }

  /** Casts the vote; false when this member's vote on it was already cast (nothing changed). */
  boolean cast(Turn turn, String personId, Ballot ballot, Item item, Choice choice) {
    if (!box.markVoted(ballot.id(), item.nominationId(), personId)) {
      return false;
    }
    List<String> empty = box.emptyRows(ballot.id(), item.nominationId());
    Optional<String> receipt =
        empty.isEmpty()
            ? Optional.empty()
            : box.fill(ballot.id(), setup.pick(empty), choice.letter(), setup.salt());
    if (receipt.isEmpty()) {
      // The box has a row for every voter row: none empty means it was tampered with.
      throw new IllegalStateException("no empty box row for a marked voter row");
    }
    audit.record(personId, "ballot-voted", item.code(), BallotEnd.subject(ballot));
    outbox.editEphemeral(
        turn.sender().chatId(), pressed(turn), cards.voted(turn.language(), item, receipt.get()));
    return true;
  }

  private static long pressed(Turn turn) {
    return ((Input.Press) turn.input()).messageId();
  }
}
