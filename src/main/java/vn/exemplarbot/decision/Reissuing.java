package vn.exemplarbot.decision;

import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.decision.internal.CertificateRows.Issued;
import vn.exemplarbot.nomination.DecisionSubjects.Subject;

/**
 * Issues a certificate again ({@code /reissue}) from the roster as it is now, after a correction
 * such as a misspelt name and {@code /reload}: the next version is kept beside the earlier ones and
 * sent to those concerned and the council secretaries; {@link CertificateReissued} lets the public
 * lists show the corrected facts.
 */
@Service
@Transactional
class Reissuing {

  private final Recognised recognised;
  private final Certificates certificates;
  private final Exemplars exemplars;
  private final CorrectionNotices notices;
  private final ApplicationEventPublisher events;
  private final AuditLog audit;

  Reissuing(
      Recognised recognised,
      Certificates certificates,
      Exemplars exemplars,
      CorrectionNotices notices,
      ApplicationEventPublisher events,
      AuditLog audit) {
    this.recognised = recognised;
    this.certificates = certificates;
    this.exemplars = exemplars;
    this.notices = notices;
    this.events = events;
    this.audit = audit;
  }

  /** The certificate issued, or empty when it could no longer be. */
  Optional<Issued> reissue(String by, Subject s) {
    if (recognised.refusal(s).isPresent()) {
      return Optional.empty();
    }
    Issued c = certificates.again(s, recognised.decision(s));
    exemplars.send(s, c, notices.concerned(s), "correction.reissue.caption");
    events.publishEvent(new CertificateReissued(s.id()));
    audit.record(by, "certificate-reissued", s.code(), "version " + c.version());
    return Optional.of(c);
  }
}
