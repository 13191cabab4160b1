package vn.exemplarbot.decision;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.decision.internal.DecisionRows;
import vn.exemplarbot.decision.internal.ResultRows;
import vn.exemplarbot.decision.internal.RevocationRows;
import vn.exemplarbot.nomination.DecisionSubjects.Subject;
import vn.exemplarbot.nomination.NominationState;

/**
 * The policy of corrections ({@code /revoke}, {@code /reissue}): only a recognition that was
 * published and not revoked can be corrected; before publication nothing of it is public yet, and a
 * revoked one stays revoked.
 */
@Component
class Recognised {

  private final DecisionRows decisions;
  private final ResultRows results;
  private final RevocationRows revocations;

  Recognised(DecisionRows decisions, ResultRows results, RevocationRows revocations) {
    this.decisions = decisions;
    this.results = results;
    this.revocations = revocations;
  }

  /** Why it cannot be corrected, as a message key taking its code; empty when it can. */
  Optional<String> refusal(Subject s) {
    if (s.state() != NominationState.RECOGNISED || decisions.decisionOf(s.id()).isEmpty()) {
      return Optional.of("correction.not-recognised");
    }
    if (!results.published(s.id())) {
      return Optional.of("correction.not-published");
    }
    if (revocations.reasonOf(s.id()).isPresent()) {
      return Optional.of("correction.already-revoked");
    }
    return Optional.empty();
  }

  /** The decision that recognised it. */
  DecisionRows.Decision decision(Subject s) {
    return decisions.decisionOf(s.id()).orElseThrow();
  }
}
