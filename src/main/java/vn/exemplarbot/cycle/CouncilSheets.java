package vn.exemplarbot.cycle;

import java.util.List;
import java.util.Map;
import vn.exemplarbot.ballot.BallotFacts;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.decision.DecisionOverview;
import vn.exemplarbot.fostering.FactorOverview;

/**
 * The report's sheets after the nominations: the council's results of each closed ballot, from the
 * facts recorded at close (counts and shares per nomination, never a member beside a choice); the
 * director's decisions and rejections; the new factors, all of them, with their since-year.
 */
final class CouncilSheets {

  private final Turn turn;
  private final Snapshot s;

  CouncilSheets(Turn turn, Snapshot s) {
    this.turn = turn;
    this.s = s;
  }

  void results(SheetWriter w) {
    w.header(
        texts(
            "ballot",
            "code",
            "nominee",
            "division",
            "agree",
            "disagree",
            "abstain",
            "cast",
            "base",
            "share-of-base",
            "share-of-cast",
            "threshold",
            "result",
            "publication"));
    for (Map.Entry<Long, BallotFacts> ballot : s.facts().entrySet()) {
      String published = yes(s.published(ballot.getKey()));
      for (BallotFacts.Line l : ballot.getValue().lines()) {
        w.row(
            ballot.getKey(),
            l.code(),
            l.nominee(),
            l.division(),
            l.agree(),
            l.disagree(),
            l.abstain(),
            l.cast(),
            l.base(),
            l.shareOfBase(),
            l.shareOfCast(),
            l.threshold(),
            turn.text("cycle.result." + l.result().name().toLowerCase(java.util.Locale.ROOT)),
            published);
      }
    }
    w.finish();
  }

  void decisions(SheetWriter w) {
    w.header(
        texts("number", "date", "ballot", "items", "late", "decision-state", "revoked", "made-at"));
    for (DecisionOverview.Decision d : s.decisions().decisions()) {
      w.row(
          d.draft() ? "" : d.number(),
          CycleDates.day(d.decidedOn()),
          d.ballotId(),
          String.join(", ", d.codes()),
          yes(d.late()),
          turn.text(d.draft() ? "cycle.decision.draft" : "cycle.decision.numbered"),
          String.join(", ", d.revoked()),
          CycleDates.moment(d.madeAt()));
    }
    if (!s.decisions().rejections().isEmpty()) {
      w.blank();
      w.header(texts("rejected", "ballot", "reason", "late", "made-at"));
      for (DecisionOverview.Rejection r : s.decisions().rejections()) {
        w.row(r.code(), r.ballotId(), r.reason(), yes(r.late()), CycleDates.moment(r.at()));
      }
    }
    w.finish();
  }

  void factors(List<FactorOverview.Line> listed, SheetWriter w) {
    w.header(texts("kind", "factor", "division", "since", "source", "code", "last-note"));
    for (FactorOverview.Line f : listed) {
      w.row(
          turn.text("cycle.kind." + f.kind().db()),
          f.name(),
          f.division(),
          "" + f.sinceYear(),
          turn.text("cycle.source." + f.source().db()),
          f.nominationCode() == null ? "" : f.nominationCode(),
          CycleDates.day(f.lastNote()));
    }
    w.finish();
  }

  private List<String> texts(String... keys) {
    return java.util.Arrays.stream(keys).map(k -> turn.text("cycle.report." + k)).toList();
  }

  private String yes(boolean value) {
    return turn.text(value ? "cycle.yes" : "cycle.no");
  }
}
