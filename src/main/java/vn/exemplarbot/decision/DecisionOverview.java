package vn.exemplarbot.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.exemplarbot.decision.internal.DecisionOverviewRows;

/**
 * What the cycle's overview ({@code /status}, {@code /report}) reads of the director's decisions
 * for one cycle year: the decisions with their items (numbered or drafts, late, revoked), the
 * rejections, the passed nominations still awaiting a decision, and the ballots published.
 */
@Service
@Transactional(readOnly = true)
public class DecisionOverview {

  private final DecisionOverviewRows rows;

  DecisionOverview(DecisionOverviewRows rows) {
    this.rows = rows;
  }

  /**
   * A decision of the year.
   *
   * @param number its official number, null while a draft
   * @param decidedOn its date, null while a draft
   * @param codes the nominations it recognises, in order
   * @param revoked those of them whose recognition was revoked since
   */
  public record Decision(
      long id,
      long ballotId,
      String number,
      LocalDate decidedOn,
      boolean late,
      Instant madeAt,
      List<String> codes,
      List<String> revoked) {

    public boolean draft() {
      return number == null;
    }
  }

  public record Rejection(String code, long ballotId, String reason, boolean late, Instant at) {}

  /** A passed nomination awaiting the director. */
  public record Awaiting(String code, long ballotId, long nominationId) {}

  /** Everything of a year at once, read in one transaction. */
  public record Year(
      List<Decision> decisions,
      List<Rejection> rejections,
      List<Awaiting> awaiting,
      Set<Long> publishedBallots) {}

  public Year ofYear(int year) {
    List<DecisionOverviewRows.Item> items = rows.items(year);
    List<Decision> decisions = rows.decisions(year).stream().map(d -> decision(d, items)).toList();
    List<Rejection> rejections =
        rows.rejections(year).stream()
            .map(r -> new Rejection("N-" + r.code(), r.ballotId(), r.reason(), r.late(), r.at()))
            .toList();
    List<Awaiting> awaiting =
        rows.awaiting(year).stream()
            .map(a -> new Awaiting("N-" + a.code(), a.ballotId(), a.nominationId()))
            .toList();
    return new Year(decisions, rejections, awaiting, Set.copyOf(rows.published(year)));
  }

  private static Decision decision(
      DecisionOverviewRows.Made d, List<DecisionOverviewRows.Item> items) {
    List<DecisionOverviewRows.Item> mine =
        items.stream().filter(i -> i.decisionId() == d.id()).toList();
    return new Decision(
        d.id(),
        d.ballotId(),
        d.number(),
        d.decidedOn(),
        d.late(),
        d.madeAt(),
        mine.stream().map(i -> "N-" + i.code()).toList(),
        mine.stream()
            .filter(DecisionOverviewRows.Item::revoked)
            .map(i -> "N-" + i.code())
            .toList());
  }
}
