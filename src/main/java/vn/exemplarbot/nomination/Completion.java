package vn.exemplarbot.nomination;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code Gửi} on a dossier the appraisal asked to complete: checked as a submission is, then
 * straight back to the appraisers as endorsed (no new endorsement), keeping its code.
 */
@Component
class Completion {

  private final SubmissionPolicy policy;
  private final AppraisalActions actions;
  private final Drafts drafts;
  private final Clock clock;

  Completion(SubmissionPolicy policy, AppraisalActions actions, Drafts drafts, Clock clock) {
    this.policy = policy;
    this.actions = actions;
    this.drafts = drafts;
    this.clock = clock;
  }

  void send(Session s) {
    Optional<Refusal> refusal = policy.check(s.nomination(), clock.instant());
    if (refusal.isPresent()) {
      Wizard.refuse(s.turn(), refusal.get());
      return;
    }
    if (!actions.complete(s.turn(), s.person(), s.nomination())) {
      s.turn().alert("nomination.stale");
      return;
    }
    drafts.forget(s.person(), s.id());
  }
}
