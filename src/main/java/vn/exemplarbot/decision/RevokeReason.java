package vn.exemplarbot.decision;

import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.Flows;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.nomination.DecisionSubjects;
import vn.exemplarbot.nomination.DecisionSubjects.Subject;

/** The reason for {@code /revoke}, typed after the bot asked for it; then the {@code Xác nhận}. */
@Component
class RevokeReason extends TypedReason {

  static final String FLOW = "decision-revoke-reason";

  private final RevokeCommand revoke;

  RevokeReason(Flows flows, DecisionSubjects subjects, RevokeCommand revoke) {
    super(flows, subjects);
    this.revoke = revoke;
  }

  @Override
  public String flow() {
    return FLOW;
  }

  @Override
  String noLongerKey() {
    return "correction.revoke.no-longer";
  }

  @Override
  void ask(Turn turn, Subject s, String reason) {
    revoke.ask(turn, s, reason);
  }
}
