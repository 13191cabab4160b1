package vn.exemplarbot.ballot;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.exemplarbot.ballot.internal.BallotRows;
import vn.exemplarbot.roster.PersonRegistered;

/**
 * A council member of the open ballot's electorate who registers while it is open gets their ballot
 * then (nobody's ballot waits in the outbox for a registration that may come after the close).
 */
@Component
class LateBallots {

  private final BallotRows rows;
  private final MemberCards cards;

  LateBallots(BallotRows rows, MemberCards cards) {
    this.rows = rows;
    this.cards = cards;
  }

  @EventListener
  void on(PersonRegistered registered) {
    rows.open()
        .filter(b -> isMember(b, registered.personId()))
        .filter(b -> !rows.sentTo(b.id(), registered.personId()))
        .ifPresent(b -> send(b, registered.personId()));
  }

  private boolean isMember(Ballot ballot, String personId) {
    return rows.members(ballot.id()).stream().anyMatch(m -> m[0].equals(personId));
  }

  private void send(Ballot ballot, String personId) {
    List<Item> items = rows.items(ballot.id());
    cards.send(ballot, items, personId, BoxSetup.eligibleFor(ballot.rules(), items, personId));
  }
}
