package vn.exemplarbot.nomination;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.nomination.internal.NominationRows;

/**
 * {@code Gửi}: checks the whole draft once more against {@link SubmissionPolicy}, then gives it the
 * next code over all cycles (a returned nomination keeps its own), ends the flow, says {@code Đã
 * gửi} with the code and asks the endorsers.
 */
@Component
class Submission {

  private final SubmissionPolicy policy;
  private final NominationRows rows;
  private final Drafts drafts;
  private final AuditLog audit;
  private final EndorsementNotices notices;
  private final Clock clock;

  Submission(
      SubmissionPolicy policy,
      NominationRows rows,
      Drafts drafts,
      AuditLog audit,
      EndorsementNotices notices,
      Clock clock) {
    this.policy = policy;
    this.rows = rows;
    this.drafts = drafts;
    this.audit = audit;
    this.notices = notices;
    this.clock = clock;
  }

  void submit(Session s) {
    Optional<Refusal> refusal = policy.check(s.nomination(), clock.instant());
    if (refusal.isPresent()) {
      Wizard.refuse(s.turn(), refusal.get());
      return;
    }
    boolean again = s.nomination().state() == NominationState.RETURNED;
    boolean moved =
        again
            ? rows.resubmit(s.id(), clock.instant())
            : rows.submit(s.id(), policy.cycleYear(), clock.instant());
    if (!moved) {
      s.turn().alert("nomination.stale");
      return;
    }
    Nomination submitted = rows.find(s.id()).orElseThrow();
    String action = again ? "nomination-resubmitted" : "nomination-submitted";
    audit.record(s.person().id(), action, submitted.codeText(), "draft " + s.id());
    drafts.forget(s.person(), s.id());
    notices.askEndorsers(submitted);
    String key = again ? "nomination.resubmitted" : "nomination.submitted";
    s.turn()
        .show(s.turn().text(key, submitted.codeText(), notices.nominee(submitted)), Markup.NONE);
  }
}
