package vn.exemplarbot.ballot;

import java.time.Instant;
import java.util.List;

/**
 * Everything the minutes (biên bản kiểm phiếu) need, recorded when the ballot closes: never a
 * choice beside a member. The documents module lays it out as {@code documents.md} says.
 *
 * @param members the electorate frozen at opening, names in roster order
 * @param voted members who voted on at least one nomination
 * @param valid ballots counted (an electronic ballot is always well formed)
 * @param invalid ballots void or blank (none electronically, kept for the minutes' layout)
 * @param quorumMet whether every nomination met the quorum
 * @param seal the lowercase hex SHA-256 of {@code code;receipt;choice\n} per filled box row, the
 *     lines sorted as text (by code, then receipt)
 */
public record BallotFacts(
    long ballotId,
    int year,
    Instant openedAt,
    Instant closedAt,
    List<String> members,
    int voted,
    int valid,
    int invalid,
    String quorumRule,
    String thresholdRule,
    String passBase,
    boolean allowAbstain,
    boolean quorumMet,
    List<Line> lines,
    String seal) {

  public BallotFacts {
    members = List.copyOf(members);
    lines = List.copyOf(lines);
  }

  /**
   * One nomination's count.
   *
   * @param base members who could vote on it (recused members are not)
   * @param cast votes cast on it, abstentions included
   * @param shareOfBase agree votes as a share of the base, e.g. {@code 4/7 (57,14%)}
   * @param shareOfCast agree votes as a share of the votes cast
   * @param receipts the receipts of its ballots cast, sorted, without their choices
   */
  public record Line(
      String code,
      String nominee,
      String division,
      int agree,
      int disagree,
      int abstain,
      int base,
      int cast,
      boolean quorumMet,
      String shareOfBase,
      String shareOfCast,
      String threshold,
      Result result,
      List<String> receipts) {

    public Line {
      receipts = List.copyOf(receipts);
    }
  }

  /** A nomination passed, failed, or fell short of quorum (it stays appraised). */
  public enum Result {
    PASSED,
    FAILED,
    NO_QUORUM
  }
}
