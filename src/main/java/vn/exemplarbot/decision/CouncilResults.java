package vn.exemplarbot.decision;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.exemplarbot.ballot.BallotClosed;
import vn.exemplarbot.ballot.BallotFacts;
import vn.exemplarbot.ballot.BallotMinutes;
import vn.exemplarbot.decision.internal.ResultRows;
import vn.exemplarbot.nomination.DecisionSubjects;

/**
 * Copies each nomination's council result when a ballot closes, in the closing transaction, so the
 * director's work is known per ballot: passed ones await a decision, failed ones are listed apart;
 * a nomination short of quorum went back to appraisal and is not the director's.
 */
@Component
class CouncilResults {

  private final BallotMinutes minutes;
  private final DecisionSubjects subjects;
  private final ResultRows rows;

  CouncilResults(BallotMinutes minutes, DecisionSubjects subjects, ResultRows rows) {
    this.minutes = minutes;
    this.subjects = subjects;
    this.rows = rows;
  }

  @EventListener
  void on(BallotClosed closed) {
    BallotFacts facts = minutes.facts(closed.ballotId()).orElseThrow();
    for (BallotFacts.Line line : facts.lines()) {
      if (line.result() == BallotFacts.Result.NO_QUORUM) {
        continue;
      }
      subjects
          .byCode(line.code())
          .ifPresent(
              s ->
                  rows.addResult(
                      new ResultRows.Result(
                          closed.ballotId(),
                          s.id(),
                          line.code(),
                          line.result() == BallotFacts.Result.PASSED)));
    }
  }
}
