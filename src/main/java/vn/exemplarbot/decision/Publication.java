package vn.exemplarbot.decision;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.decision.internal.DecisionRows;
import vn.exemplarbot.decision.internal.ResultRows;
import vn.exemplarbot.nomination.DecisionSubjects.Subject;

/**
 * The publication moment, one per ballot: once every nomination it passed is decided and every
 * resulting decision numbered (or, when it passed none, once the director acknowledged its
 * results), everyone concerned learns the outcome together, the certificates go out, each new
 * exemplar is followed up and the group hears of them. Checked after every decision, rejection,
 * number and acknowledgement, in the same transaction; never before.
 */
@Component
class Publication {

  private final ResultRows rows;
  private final DecisionRows decisions;
  private final Outcomes outcomes;
  private final Exemplars exemplars;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Publication(
      ResultRows rows,
      DecisionRows decisions,
      Outcomes outcomes,
      Exemplars exemplars,
      AuditLog audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.rows = rows;
    this.decisions = decisions;
    this.outcomes = outcomes;
    this.exemplars = exemplars;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /**
   * The director acknowledges the results of a ballot that passed nothing, which publishes it;
   * false when it passed something or was acknowledged already.
   */
  boolean acknowledge(String director, long ballotId) {
    boolean nothingPassed =
        rows.results().stream()
            .filter(r -> r.ballotId() == ballotId)
            .noneMatch(ResultRows.Result::passed);
    if (!nothingPassed || !rows.acknowledge(ballotId, director, clock.instant())) {
      return false;
    }
    audit.record(director, "ballot-acknowledged", "ballot-" + ballotId, "nothing passed");
    publishReady();
    return true;
  }

  /** Publishes every ballot that is ready now. */
  void publishReady() {
    Instant at = clock.instant();
    for (long ballotId : rows.unpublishedBallots()) {
      List<ResultRows.Result> results =
          rows.results().stream().filter(r -> r.ballotId() == ballotId).toList();
      if (ready(ballotId, results) && rows.markPublished(ballotId, at)) {
        publish(ballotId, results, at);
      }
    }
  }

  private boolean ready(long ballotId, List<ResultRows.Result> results) {
    if (results.stream().noneMatch(ResultRows.Result::passed)) {
      return rows.acknowledged(ballotId);
    }
    return results.stream()
            .filter(ResultRows.Result::passed)
            .allMatch(r -> decisions.decided(r.nominationId()))
        && decisions.draftsOf(ballotId) == 0;
  }

  private void publish(long ballotId, List<ResultRows.Result> results, Instant at) {
    List<Subject> recognised = new ArrayList<>();
    for (ResultRows.Result r : results) {
      Subject s = outcomes.published(r.nominationId(), at);
      Optional<DecisionRows.Decision> decision = decisions.decisionOf(s.id());
      if (decision.isPresent()) {
        outcomes.recognised(s, decision.get());
        exemplars.issue(s, decision.get(), outcomes.concerned(s));
        recognised.add(s);
      } else if (r.passed()) {
        outcomes.rejected(s);
      } else {
        outcomes.notPassed(s);
      }
    }
    exemplars.announce(recognised);
    events.publishEvent(new ExemplarsPublished(ballotId));
    audit.record(AuditLog.SYSTEM, "ballot-published", "ballot-" + ballotId, results.size() + "");
  }
}
