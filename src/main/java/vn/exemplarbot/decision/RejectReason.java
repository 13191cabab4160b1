package vn.exemplarbot.decision;

import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.Flows;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.nomination.DecisionSubjects;
import vn.exemplarbot.nomination.DecisionSubjects.Subject;

/** The reason for {@code /reject}, typed after the bot asked for it; then the {@code Xác nhận}. */
@Component
class RejectReason extends TypedReason {

  static final String FLOW = "decision-reason";

  private final RejectCommand reject;

  RejectReason(Flows flows, DecisionSubjects subjects, RejectCommand reject) {
    super(flows, subjects);
    this.reject = reject;
  }

  @Override
  public String flow() {
    return FLOW;
  }

  @Override
  String noLongerKey() {
    return "decision.no-longer";
  }

  @Override
  void ask(Turn turn, Subject s, String reason) {
    reject.ask(turn, s, reason);
  }
}
