package vn.exemplarbot.ballot;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.exemplarbot.ballot.internal.BallotRows;

/** What other modules may read of ballots: the facts recorded at close, for the minutes. */
@Service
@Transactional(readOnly = true)
public class BallotMinutes {

  private final BallotRows rows;

  BallotMinutes(BallotRows rows) {
    this.rows = rows;
  }

  public Optional<BallotFacts> facts(long ballotId) {
    return rows.facts(ballotId);
  }

  /** Whether a ballot is open now (a backup must wait; a cycle change is refused). */
  public boolean anyOpen() {
    return rows.open().isPresent();
  }
}
