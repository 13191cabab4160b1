package vn.exemplarbot.decision;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.decision.internal.DecisionRows;
import vn.exemplarbot.decision.internal.RevocationRows;
import vn.exemplarbot.nomination.DecisionSubjects.Subject;

/**
 * Withdraws a published recognition ({@code /revoke}): the revocation is kept with its reason, the
 * certificate marked {@code ĐÃ THU HỒI}, those concerned and the council secretaries told, and
 * {@link RecognitionRevoked} lets the public lists drop the exemplar. The decision, its item and
 * the follow-up notes stay as they were: they are the record of what happened.
 */
@Service
@Transactional
class Revoking {

  private final Recognised recognised;
  private final RevocationRows revocations;
  private final Certificates certificates;
  private final CorrectionNotices notices;
  private final ApplicationEventPublisher events;
  private final AuditLog audit;
  private final Clock clock;

  Revoking(
      Recognised recognised,
      RevocationRows revocations,
      Certificates certificates,
      CorrectionNotices notices,
      ApplicationEventPublisher events,
      AuditLog audit,
      Clock clock) {
    this.recognised = recognised;
    this.revocations = revocations;
    this.certificates = certificates;
    this.notices = notices;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
  }

  /** False when it could no longer be revoked (checked again here: a stale press does nothing). */
  boolean revoke(String director, Subject s, String reason) {
    if (recognised.refusal(s).isPresent()
        || !revocations.revoke(s.id(), reason, director, clock.instant())) {
      return false;
    }
    DecisionRows.Decision d = recognised.decision(s);
    certificates.revoked(s, d);
    notices.tell(
        notices.concerned(s), "correction.revoked.notice", s.code(), s.name(), d.number(), reason);
    events.publishEvent(new RecognitionRevoked(s.id()));
    audit.record(director, "recognition-revoked", s.code(), d.number() + ": " + reason);
    return true;
  }
}
