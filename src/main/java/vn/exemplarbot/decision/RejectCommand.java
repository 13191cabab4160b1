package vn.exemplarbot.decision;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.ButtonHandler;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.Flows;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.nomination.DecisionSubjects;
import vn.exemplarbot.nomination.DecisionSubjects.Subject;
import vn.exemplarbot.roster.Role;

/**
 * {@code /reject N-4 <reason>} and {@code Không công nhận} in {@code /pending}: without a reason it
 * asks for one ({@link RejectReason}); then it repeats what will happen and waits for {@code Xác
 * nhận} (twice once recognition is due). The reason waits in the director's flow state.
 */
@Component
class RejectCommand implements CommandHandler, ButtonHandler {

  static final String FLOW = "decision-reject";
  static final Director.Confirmation<Reasoned> CONFIRMATION =
      new Director.Confirmation<>(FLOW, Reasoned.class, "decision.kept");
  static final int MAX_REASON = 500;

  private final DecisionSubjects subjects;
  private final Deciding deciding;
  private final Rejecting rejecting;
  private final Flows flows;
  private final Publication publication;
  private final Clock clock;

  RejectCommand(
      DecisionSubjects subjects,
      Deciding deciding,
      Rejecting rejecting,
      Flows flows,
      Publication publication,
      Clock clock) {
    this.subjects = subjects;
    this.deciding = deciding;
    this.rejecting = rejecting;
    this.flows = flows;
    this.publication = publication;
    this.clock = clock;
  }

  @Override
  public CommandSpec spec() {
    return CommandSpec.forRoles("reject", "command.reject", Role.DIRECTOR);
  }

  @Override
  public String kind() {
    return "drej";
  }

  @Override
  public void handle(Turn turn, String args) {
    if (Director.of(turn).isEmpty()) {
      return;
    }
    Optional<Reasoned.Typed> typed = Reasoned.Typed.parse(args);
    if (typed.isEmpty()) {
      turn.reply("decision.reject.usage");
      return;
    }
    Optional<Subject> s = subjects.byCode(typed.get().code());
    if (s.isEmpty()) {
      turn.reply("decision.unknown-code", typed.get().code());
      return;
    }
    Optional<String> refusal = deciding.refusal(s.get());
    if (refusal.isPresent()) {
      turn.reply(refusal.get(), s.get().code());
    } else if (typed.get().reason().isEmpty()) {
      askReason(turn, s.get());
    } else {
      ask(turn, s.get(), typed.get().reason());
    }
  }

  /** Begins the typed flow that asks for the reason. */
  void askReason(Turn turn, Subject s) {
    flows.begin(turn.person().orElseThrow().id(), RejectReason.FLOW, new Reasoned(s.id(), ""));
    turn.reply("decision.reject.ask-reason", s.code(), s.name(), MAX_REASON);
  }

  /** The {@code Xác nhận} step for this nomination and reason. */
  void ask(Turn turn, Subject s, String reason) {
    if (reason.length() > MAX_REASON) {
      turn.reply("decision.reject.too-long", MAX_REASON);
      return;
    }
    flows.save(turn.person().orElseThrow().id(), FLOW, new Reasoned(s.id(), reason));
    turn.reply(
        new Message.Text(
            turn.text("decision.reject.confirm", s.code(), s.name(), reason),
            Director.confirm(turn, kind(), "ok")));
  }

  @Override
  public void onPress(Turn turn, CallbackData data) {
    Optional<Director.Press<Reasoned>> press =
        CONFIRMATION.pressed(turn, data, flows, deciding.late(clock.instant()));
    if (press.isEmpty()) {
      return;
    }
    if (press.get().askAgain()) {
      String code = deciding.codes(List.of(press.get().pending().nominationId()));
      turn.show(turn.text("decision.late-confirm", code), Director.confirm(turn, kind(), "late"));
    } else {
      decide(turn, press.get().person(), press.get().pending());
    }
  }

  private void decide(Turn turn, String person, Reasoned p) {
    boolean late = deciding.late(clock.instant());
    String code = deciding.codes(List.of(p.nominationId()));
    flows.end(person, FLOW);
    if (!rejecting.reject(person, p.nominationId(), p.reason(), late, clock.instant())) {
      turn.show(turn.text("decision.no-longer"), Markup.NONE);
      return;
    }
    publication.publishReady();
    String text = turn.text("decision.rejected", code, p.reason());
    turn.show(late ? text + "\n" + turn.text("decision.marked-late") : text, Markup.NONE);
  }
}
