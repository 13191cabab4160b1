package vn.exemplarbot.ballot;

import java.time.Instant;

/**
 * A ballot as stored: open, closed or voided, with the rules frozen at its opening and the scheme
 * of its seal ({@link #SALTED_SEAL} since issue 12; older ballots keep {@link #UNSALTED_SEAL}).
 */
public record Ballot(
    long id,
    int year,
    String state,
    String openedBy,
    Instant openedAt,
    Instant closesAt,
    Instant closedAt,
    FrozenRules rules,
    int sealScheme) {

  /** The seal of ballots opened before salts: lines without a salt, sorted as text. */
  public static final int UNSALTED_SEAL = 1;

  /** The salted seal of documents.md: a random salt per box row, kept only in the box. */
  public static final int SALTED_SEAL = 2;

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
