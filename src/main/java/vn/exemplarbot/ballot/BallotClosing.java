package vn.exemplarbot.ballot;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.ballot.internal.BallotRows;
import vn.exemplarbot.nomination.BallotCandidates;

/**
 * Closes an open ballot (by the secretary, or at its deadline) and voids one: counts it, records
 * the facts the minutes need with the seal, moves each nomination (passed, failed, or back to
 * appraised when short of quorum or voided) and sends the results to those who may see them.
 */
@Component
class BallotClosing {

  private final BallotRows rows;
  private final Count count;
  private final BallotCandidates candidates;
  private final BallotEnd end;
  private final Results results;

  BallotClosing(
      BallotRows rows, Count count, BallotCandidates candidates, BallotEnd end, Results results) {
    this.rows = rows;
    this.count = count;
    this.candidates = candidates;
    this.end = end;
    this.results = results;
  }

  /** The facts of the ballot now closed; empty when it was not open (nothing changed). */
  Optional<BallotFacts> close(long ballotId, String actor, Instant now) {
    Optional<Ballot> open = rows.find(ballotId).filter(Ballot::open);
    if (open.isEmpty()) {
      return Optional.empty();
    }
    Ballot ballot = open.get();
    BallotFacts facts = count.facts(ballot, now);
    if (!rows.close(ballot.id(), now, actor, facts)) {
      return Optional.empty();
    }
    List<Item> items = rows.items(ballot.id());
    for (int i = 0; i < items.size(); i++) {
      long nomination = items.get(i).nominationId();
      BallotFacts.Result result = facts.lines().get(i).result();
      if (result == BallotFacts.Result.NO_QUORUM) {
        candidates.backToAppraised(nomination, now);
      } else {
        candidates.decide(nomination, result == BallotFacts.Result.PASSED, now);
      }
    }
    results.send(facts);
    end.closed(ballot, actor, facts);
    return Optional.of(facts);
  }

  /** Voids the open ballot: its votes count for nothing; false when it was not open. */
  boolean voidBallot(long ballotId, String actor, String reason, Instant now) {
    Optional<Ballot> open = rows.find(ballotId).filter(Ballot::open);
    if (open.isEmpty() || !rows.voidWith(ballotId, now, actor, reason)) {
      return false;
    }
    rows.items(ballotId).forEach(i -> candidates.backToAppraised(i.nominationId(), now));
    end.voided(open.get(), actor, reason);
    return true;
  }
}
