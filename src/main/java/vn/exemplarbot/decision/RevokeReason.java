package vn.exemplarbot.decision;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.FlowHandler;
import vn.exemplarbot.conversation.Flows;
import vn.exemplarbot.conversation.Input;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.nomination.DecisionSubjects;
import vn.exemplarbot.nomination.DecisionSubjects.Subject;

/** The reason for {@code /revoke}, typed after the bot asked for it; then the {@code Xác nhận}. */
@Component
class RevokeReason implements FlowHandler {

  static final String FLOW = "decision-revoke-reason";

  private final Flows flows;
  private final DecisionSubjects subjects;
  private final RevokeCommand revoke;

  RevokeReason(Flows flows, DecisionSubjects subjects, RevokeCommand revoke) {
    this.flows = flows;
    this.subjects = subjects;
    this.revoke = revoke;
  }

  @Override
  public String flow() {
    return FLOW;
  }

  @Override
  public void onInput(Turn turn, Input input) {
    if (!(input instanceof Input.Text typed) || typed.text().isBlank()) {
      turn.reply("decision.reject.reason-text");
      return;
    }
    String person = turn.person().orElseThrow().id();
    Optional<Subject> s =
        flows
            .state(person, FLOW, RevokeCommand.Pending.class)
            .flatMap(p -> subjects.byId(p.nominationId()));
    flows.end(person, FLOW);
    if (s.isEmpty() || Director.of(turn).isEmpty()) {
      turn.reply("correction.revoke.no-longer");
      return;
    }
    revoke.ask(turn, s.get(), typed.text().strip());
  }
}
