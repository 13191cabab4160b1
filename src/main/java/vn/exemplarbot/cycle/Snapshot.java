package vn.exemplarbot.cycle;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.exemplarbot.ballot.BallotFacts;
import vn.exemplarbot.ballot.BallotOverview;
import vn.exemplarbot.decision.DecisionOverview;
import vn.exemplarbot.nomination.CycleNominations;
import vn.exemplarbot.nomination.NominationState;
import vn.exemplarbot.plan.PlanStatus;

/**
 * One cycle year's figures, read together: the plans of the divisions that owe one, the submitted
 * nominations, the ballots with the facts recorded at close (never a count while open), and the
 * director's decisions.
 *
 * @param current whether it is the cycle in force ({@code cycle.year}), whose deadlines are known
 */
record Snapshot(
    int year,
    boolean current,
    List<PlanStatus.Standing> plans,
    List<CycleNominations.Entry> nominations,
    List<BallotOverview.Summary> ballots,
    Map<Long, BallotFacts> facts,
    DecisionOverview.Year decisions) {

  /** Nothing was recorded for the year: no plan, nomination, ballot or decision. */
  boolean empty() {
    return plans.stream().noneMatch(PlanStatus.Standing::filed)
        && nominations.isEmpty()
        && ballots.isEmpty()
        && decisions.decisions().isEmpty()
        && decisions.rejections().isEmpty();
  }

  List<PlanStatus.Standing> missingPlans() {
    return plans.stream().filter(p -> !p.filed()).toList();
  }

  List<CycleNominations.Entry> inState(NominationState state) {
    return nominations.stream().filter(n -> n.state() == state).toList();
  }

  Optional<CycleNominations.Entry> nomination(String code) {
    return nominations.stream().filter(n -> n.code().equals(code)).findFirst();
  }

  List<DecisionOverview.Decision> drafts() {
    return decisions.decisions().stream().filter(DecisionOverview.Decision::draft).toList();
  }

  boolean published(long ballotId) {
    return decisions.publishedBallots().contains(ballotId);
  }
}
