package vn.exemplarbot.roster;

import java.time.Duration;
import java.util.List;

/**
 * How the council votes.
 *
 * @param quorum the share of all council members who must vote on a nomination for it to count
 * @param passThreshold the share of {@code passBase} that must agree
 * @param reminderOffsets before the ballot closes, when members who have not voted are reminded
 */
public record BallotRules(
    Share quorum,
    Share passThreshold,
    PassBase passBase,
    boolean allowAbstain,
    boolean recuseSelf,
    Duration duration,
    List<Duration> reminderOffsets) {

  public BallotRules {
    reminderOffsets = List.copyOf(reminderOffsets);
  }

  public static BallotRules defaults() {
    return new BallotRules(
        Share.of(">= 2/3"),
        Share.of("> 50%"),
        PassBase.MEMBERS,
        false,
        true,
        Duration.ofDays(3),
        List.of(Duration.ofDays(1), Duration.ofHours(2)));
  }
}
