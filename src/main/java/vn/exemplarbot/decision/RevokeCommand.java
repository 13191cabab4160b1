package vn.exemplarbot.decision;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.ButtonHandler;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.Flows;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.nomination.DecisionSubjects;
import vn.exemplarbot.nomination.DecisionSubjects.Subject;
import vn.exemplarbot.roster.Role;

/**
 * {@code /revoke N-3 <reason>} (director): withdraws a published recognition. Without a reason it
 * asks for one ({@link RevokeReason}); then it repeats what will happen and waits for {@code Xác
 * nhận}. The nomination and the reason wait in the director's flow state, never in the button.
 */
@Component
class RevokeCommand implements CommandHandler, ButtonHandler {

  static final String FLOW = "decision-revoke";
  static final Director.Confirmation<Reasoned> CONFIRMATION =
      new Director.Confirmation<>(FLOW, Reasoned.class, "correction.revoke.kept");

  private final DecisionSubjects subjects;
  private final Recognised recognised;
  private final Revoking revoking;
  private final Flows flows;

  RevokeCommand(DecisionSubjects subjects, Recognised recognised, Revoking revoking, Flows flows) {
    this.subjects = subjects;
    this.recognised = recognised;
    this.revoking = revoking;
    this.flows = flows;
  }

  @Override
  public CommandSpec spec() {
    return CommandSpec.forRoles("revoke", "command.revoke", Role.DIRECTOR);
  }

  @Override
  public String kind() {
    return "drev";
  }

  @Override
  public void handle(Turn turn, String args) {
    if (Director.of(turn).isEmpty()) {
      return;
    }
    Optional<Reasoned.Typed> typed = Reasoned.Typed.parse(args);
    if (typed.isEmpty()) {
      turn.reply("correction.revoke.usage");
      return;
    }
    Optional<Subject> s = subjects.byCode(typed.get().code());
    Optional<String> refusal = s.flatMap(recognised::refusal);
    if (s.isEmpty()) {
      turn.reply("decision.unknown-code", typed.get().code());
    } else if (refusal.isPresent()) {
      turn.reply(refusal.get(), s.get().code());
    } else if (typed.get().reason().isEmpty()) {
      askReason(turn, s.get());
    } else {
      ask(turn, s.get(), typed.get().reason());
    }
  }

  /** Begins the typed flow that asks for the reason. */
  private void askReason(Turn turn, Subject s) {
    flows.begin(turn.person().orElseThrow().id(), RevokeReason.FLOW, new Reasoned(s.id(), ""));
    turn.reply("correction.revoke.ask-reason", s.code(), s.name(), RejectCommand.MAX_REASON);
  }

  /** The {@code Xác nhận} step, repeating what will happen. */
  void ask(Turn turn, Subject s, String reason) {
    if (reason.length() > RejectCommand.MAX_REASON) {
      turn.reply("decision.reject.too-long", RejectCommand.MAX_REASON);
      return;
    }
    flows.save(turn.person().orElseThrow().id(), FLOW, new Reasoned(s.id(), reason));
    String number = recognised.decision(s).number();
    turn.show(
        turn.text("correction.revoke.confirm", s.code(), s.name(), number, reason),
        Director.confirm(turn, kind(), "ok"));
  }

  @Override
  public void onPress(Turn turn, CallbackData data) {
    // A revocation is a correction, not a decision before recognition-due: never asked twice.
    CONFIRMATION
        .pressed(turn, data, flows, false)
        .ifPresent(p -> revoke(turn, p.person(), p.pending()));
  }

  private void revoke(Turn turn, String person, Reasoned p) {
    flows.end(person, FLOW);
    Optional<Subject> s = subjects.byId(p.nominationId());
    if (s.isEmpty() || !revoking.revoke(person, s.get(), p.reason())) {
      turn.show(turn.text("correction.revoke.no-longer"), Markup.NONE);
      return;
    }
    turn.show(turn.text("correction.revoked", s.get().code(), p.reason()), Markup.NONE);
  }
}
