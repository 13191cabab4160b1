package vn.exemplarbot.decision;

import java.util.Optional;
import vn.exemplarbot.conversation.FlowHandler;
import vn.exemplarbot.conversation.Flows;
import vn.exemplarbot.conversation.Input;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.nomination.DecisionSubjects;
import vn.exemplarbot.nomination.DecisionSubjects.Subject;

/**
 * A reason the director types after the bot asked for it ({@code /reject}, {@code /revoke}); then
 * the command's {@code Xác nhận} step. The director's role is checked again on the typed answer.
 */
abstract class TypedReason implements FlowHandler {

  private final Flows flows;
  private final DecisionSubjects subjects;

  TypedReason(Flows flows, DecisionSubjects subjects) {
    this.flows = flows;
    this.subjects = subjects;
  }

  /** The message saying the nomination can no longer be dealt with this way. */
  abstract String noLongerKey();

  /** The command's {@code Xác nhận} step for this nomination and reason. */
  abstract void ask(Turn turn, Subject s, String reason);

  @Override
  public void onInput(Turn turn, Input input) {
    if (!(input instanceof Input.Text typed) || typed.text().isBlank()) {
      turn.reply("decision.reject.reason-text");
      return;
    }
    String person = turn.person().orElseThrow().id();
    Optional<Subject> s =
        flows.state(person, flow(), Reasoned.class).flatMap(p -> subjects.byId(p.nominationId()));
    flows.end(person, flow());
    if (s.isEmpty() || Director.of(turn).isEmpty()) {
      turn.reply(noLongerKey());
      return;
    }
    ask(turn, s.get(), typed.text().strip());
  }
}
