package vn.exemplarbot.decision;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.ButtonHandler;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.Flows;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.decision.internal.DecisionRows;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.nomination.DecisionSubjects;
import vn.exemplarbot.nomination.DecisionSubjects.Subject;
import vn.exemplarbot.roster.Role;

/**
 * {@code /approve N-3 N-5 …} and {@code Công nhận} in {@code /pending}: says what will be decided
 * and waits for {@code Xác nhận} (twice once recognition is due). The nominations wait in the
 * director's own flow state, never in the button data, so a press decides only what its sender
 * asked for.
 */
@Component
class ApproveCommand implements CommandHandler, ButtonHandler {

  static final String FLOW = "decision-approve";

  private final DecisionSubjects subjects;
  private final Deciding deciding;
  private final Flows flows;
  private final Publication publication;
  private final Clock clock;

  ApproveCommand(
      DecisionSubjects subjects,
      Deciding deciding,
      Flows flows,
      Publication publication,
      Clock clock) {
    this.subjects = subjects;
    this.deciding = deciding;
    this.flows = flows;
    this.publication = publication;
    this.clock = clock;
  }

  /** What the director asked to recognise. */
  record Pending(List<Long> nominationIds) {}

  static final Director.Confirmation<Pending> CONFIRMATION =
      new Director.Confirmation<>(FLOW, Pending.class, "decision.kept");

  @Override
  public CommandSpec spec() {
    return CommandSpec.forRoles("approve", "command.approve", Role.DIRECTOR);
  }

  @Override
  public String kind() {
    return "dapp";
  }

  @Override
  public void handle(Turn turn, String args) {
    if (Director.of(turn).isEmpty()) {
      return;
    }
    String[] typed = args == null ? new String[0] : args.strip().split("[\\s,;]+");
    if (typed.length == 0 || typed[0].isEmpty()) {
      turn.reply("decision.approve.usage");
      return;
    }
    List<Long> ids = new ArrayList<>();
    for (String code : typed) {
      Optional<Subject> s = subjects.byCode(code);
      if (s.isEmpty()) {
        turn.reply("decision.unknown-code", code);
        return;
      }
      Optional<String> refusal = deciding.refusal(s.get());
      if (refusal.isPresent()) {
        turn.reply(refusal.get(), s.get().code());
        return;
      }
      if (!ids.contains(s.get().id())) {
        ids.add(s.get().id());
      }
    }
    ask(turn, ids);
  }

  /** The {@code Xác nhận} step for these nominations, checked already. */
  void ask(Turn turn, List<Long> ids) {
    flows.save(turn.person().orElseThrow().id(), FLOW, new Pending(ids));
    StringBuilder text =
        new StringBuilder(turn.text("decision.approve.confirm", deciding.codes(ids)));
    deciding
        .byBallot(ids)
        .forEach(
            (ballot, items) ->
                text.append('\n')
                    .append(turn.text("decision.approve.one", ballot, deciding.codes(items))));
    turn.show(text.toString(), Director.confirm(turn, kind(), "ok"));
  }

  @Override
  public void onPress(Turn turn, CallbackData data) {
    Optional<Director.Press<Pending>> press =
        CONFIRMATION.pressed(turn, data, flows, deciding.late(clock.instant()));
    if (press.isEmpty()) {
      return;
    }
    if (press.get().askAgain()) {
      turn.show(
          turn.text("decision.late-confirm", deciding.codes(press.get().pending().nominationIds())),
          Director.confirm(turn, kind(), "late"));
    } else {
      decide(turn, press.get().person(), press.get().pending());
    }
  }

  private void decide(Turn turn, String person, Pending pending) {
    boolean late = deciding.late(clock.instant());
    List<DecisionRows.Decision> made =
        deciding.approve(person, pending.nominationIds(), late, clock.instant());
    flows.end(person, FLOW);
    if (made.isEmpty()) {
      turn.show(turn.text("decision.no-longer"), Markup.NONE);
      return;
    }
    publication.publishReady();
    StringBuilder text = new StringBuilder(turn.text("decision.approved"));
    for (DecisionRows.Decision d : made) {
      String codes = deciding.codes(deciding.itemsOf(d.id()));
      text.append('\n')
          .append(
              d.draft()
                  ? turn.text("decision.made.draft", d.id(), codes)
                  : turn.text("decision.made.numbered", d.number(), codes));
    }
    if (late) {
      text.append('\n').append(turn.text("decision.marked-late"));
    }
    turn.show(text.toString(), Markup.NONE);
  }
}
