package vn.exemplarbot.nomination;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.nomination.internal.NominationRows;

/**
 * {@code Gửi}: checks the whole draft once more against {@link SubmissionPolicy}, then gives it the
 * next code over all cycles, ends the flow and says {@code Đã gửi} with the code.
 */
@Component
class Submission {

  private final SubmissionPolicy policy;
  private final NominationRows rows;
  private final Drafts drafts;
  private final AuditLog audit;
  private final SummaryView summary;
  private final Clock clock;

  Submission(
      SubmissionPolicy policy,
      NominationRows rows,
      Drafts drafts,
      AuditLog audit,
      SummaryView summary,
      Clock clock) {
    this.policy = policy;
    this.rows = rows;
    this.drafts = drafts;
    this.audit = audit;
    this.summary = summary;
    this.clock = clock;
  }

  void submit(Session s) {
    Optional<Refusal> refusal = policy.check(s.nomination(), clock.instant());
    if (refusal.isPresent()) {
      Wizard.refuse(s.turn(), refusal.get());
      return;
    }
    if (!rows.submit(s.id(), policy.cycleYear(), clock.instant())) {
      s.turn().alert("nomination.stale");
      return;
    }
    Nomination submitted = rows.find(s.id()).orElseThrow();
    audit.record(s.person().id(), "nomination-submitted", submitted.codeText(), "draft " + s.id());
    drafts.forget(s.person(), s.id());
    s.turn()
        .show(
            s.turn().text("nomination.submitted", submitted.codeText(), summary.nominee(submitted)),
            Markup.NONE);
  }
}
