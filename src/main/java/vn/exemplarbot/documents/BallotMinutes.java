package vn.exemplarbot.documents;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The facts of a closed ballot, for its minutes (Biên bản kiểm phiếu). The minutes print them as
 * given and compute only the shares, from the exact counts of each row.
 *
 * @param year the cycle's year, in the subtitle
 * @param openedAt when the ballot opened, in the department's zone
 * @param closedAt when it closed; also the date of the minutes and of their closing line
 * @param quorumRule as written in settings, e.g. {@code ">= 2/3"}
 * @param thresholdRule as written in settings, e.g. {@code "> 50%"}
 * @param passBaseIsMembers the threshold is a share of the members in each row's base (else of the
 *     votes cast there, abstentions included)
 * @param allowAbstain whether {@code Không ý kiến} was offered; the abstain column shows only then
 * @param members council members at opening (ballots issued)
 * @param voted members who voted on at least one nomination (ballots received)
 * @param valid ballots received and valid
 * @param invalid ballots invalid or blank
 * @param rows one per nomination, in the order to print
 * @param sortedReceipts the receipt codes of the filled box rows, without their choices (sorted
 *     again here)
 * @param seal the lowercase hex SHA-256 of the box, as {@code documents.md} defines it
 */
public record BallotMinutes(
    int year,
    ZonedDateTime openedAt,
    ZonedDateTime closedAt,
    String quorumRule,
    String thresholdRule,
    boolean passBaseIsMembers,
    boolean allowAbstain,
    int members,
    int voted,
    int valid,
    int invalid,
    List<MinutesRow> rows,
    List<String> sortedReceipts,
    String seal,
    String secretaryName,
    String chairName) {

  public BallotMinutes {
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(closedAt, "closedAt");
    Objects.requireNonNull(quorumRule, "quorumRule");
    Objects.requireNonNull(thresholdRule, "thresholdRule");
    rows = List.copyOf(rows);
    sortedReceipts = sortedReceipts.stream().sorted().toList();
  }
}
