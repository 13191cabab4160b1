package vn.exemplarbot.ballot;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.exemplarbot.ballot.internal.TurnoutRows;

/**
 * What the cycle's overview reads of ballots: each ballot of a cycle year, its state and its
 * turnout. Never a count of choices: those exist only in the facts recorded at close ({@link
 * BallotMinutes#facts}).
 */
@Service
@Transactional(readOnly = true)
public class BallotOverview {

  private final TurnoutRows rows;

  BallotOverview(TurnoutRows rows) {
    this.rows = rows;
  }

  /** Where a ballot stands. */
  public enum State {
    OPEN,
    CLOSED,
    VOIDED
  }

  /**
   * A ballot of the year.
   *
   * @param closedAt when it was closed or voided, null while open
   * @param members the electorate frozen at opening
   * @param voted members who have voted on at least one of its nominations
   */
  public record Summary(
      long id,
      State state,
      Instant openedAt,
      Instant closesAt,
      Instant closedAt,
      int members,
      int voted) {}

  public List<Summary> ofYear(int year) {
    return rows.ofYear(year).stream()
        .map(
            r ->
                new Summary(
                    r.id(),
                    State.valueOf(r.state().toUpperCase(java.util.Locale.ROOT)),
                    r.openedAt(),
                    r.closesAt(),
                    r.closedAt(),
                    r.members(),
                    r.voted()))
        .toList();
  }
}
