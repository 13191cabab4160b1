package vn.exemplarbot.cycle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.exemplarbot.ballot.BallotFacts;
import vn.exemplarbot.ballot.BallotMinutes;
import vn.exemplarbot.ballot.BallotOverview;
import vn.exemplarbot.decision.DecisionOverview;
import vn.exemplarbot.nomination.CycleNominations;
import vn.exemplarbot.plan.PlanStatus;

/** Reads a cycle year's figures from the modules that own them. */
@Component
class Snapshots {

  private final PlanStatus plans;
  private final CycleNominations nominations;
  private final BallotOverview ballots;
  private final BallotMinutes minutes;
  private final DecisionOverview decisions;

  Snapshots(
      PlanStatus plans,
      CycleNominations nominations,
      BallotOverview ballots,
      BallotMinutes minutes,
      DecisionOverview decisions) {
    this.plans = plans;
    this.nominations = nominations;
    this.ballots = ballots;
    this.minutes = minutes;
    this.decisions = decisions;
  }

  Snapshot of(int year, boolean current) {
    List<BallotOverview.Summary> ofYear = ballots.ofYear(year);
    Map<Long, BallotFacts> facts = new LinkedHashMap<>();
    ofYear.stream()
        .filter(b -> b.state() == BallotOverview.State.CLOSED)
        .forEach(b -> minutes.facts(b.id()).ifPresent(f -> facts.put(b.id(), f)));
    return new Snapshot(
        year,
        current,
        plans.ofYear(year),
        nominations.ofYear(year),
        ofYear,
        facts,
        decisions.ofYear(year));
  }
}
