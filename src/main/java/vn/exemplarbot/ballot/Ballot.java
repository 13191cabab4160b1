package vn.exemplarbot.ballot;

import java.time.Instant;

/** A ballot as stored: open, closed or voided, with the rules frozen at its opening. */
public record Ballot(
    long id,
    int year,
    String state,
    String openedBy,
    Instant openedAt,
    Instant closesAt,
    Instant closedAt,
    FrozenRules rules) {

  public static final String OPEN = "open";
  public static final String CLOSED = "closed";
  public static final String VOIDED = "voided";

  public boolean open() {
    return OPEN.equals(state);
  }

  /** Open, and its closing time not reached yet: a vote may be cast. */
  public boolean acceptsVotesAt(Instant now) {
    return open() && now.isBefore(closesAt);
  }
}
