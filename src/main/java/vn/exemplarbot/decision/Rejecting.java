package vn.exemplarbot.decision;

import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.decision.internal.RejectionRows;
import vn.exemplarbot.decision.internal.ResultRows;
import vn.exemplarbot.nomination.DecisionSubjects;
import vn.exemplarbot.nomination.DecisionSubjects.Subject;

/**
 * The director does not recognise a nomination ({@code /reject}): the reason is kept for the
 * publication moment; checked again here ({@link Deciding#refusal}), so a stale confirmation
 * decides nothing twice.
 */
@Service
@Transactional
class Rejecting {

  private final Deciding deciding;
  private final ResultRows results;
  private final RejectionRows rejections;
  private final DecisionSubjects subjects;
  private final AuditLog audit;

  Rejecting(
      Deciding deciding,
      ResultRows results,
      RejectionRows rejections,
      DecisionSubjects subjects,
      AuditLog audit) {
    this.deciding = deciding;
    this.results = results;
    this.rejections = rejections;
    this.subjects = subjects;
    this.audit = audit;
  }

  /** False when it could no longer be decided. */
  boolean reject(String director, long id, String reason, boolean late, Instant at) {
    Optional<Subject> s = subjects.byId(id);
    if (s.isEmpty() || deciding.refusal(s.get()).isPresent()) {
      return false;
    }
    long ballot = results.resultOf(id).orElseThrow().ballotId();
    rejections.reject(id, ballot, reason, late, director, at);
    subjects.reject(id, at);
    audit.record(director, "decision-rejected", s.get().code(), reason + Deciding.late(late));
    return true;
  }
}
