package vn.exemplarbot.decision;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.ballot.BallotFacts;
import vn.exemplarbot.ballot.BallotMinutes;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.decision.internal.DecisionRows;
import vn.exemplarbot.decision.internal.ResultRows;
import vn.exemplarbot.messaging.Button;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.nomination.DecisionSubjects;
import vn.exemplarbot.nomination.DecisionSubjects.Subject;
import vn.exemplarbot.roster.Role;

/**
 * {@code /pending} (director): each passed nomination awaiting a decision, with the council's
 * counts and shares and its buttons ({@link PendingButtons}); the nominations that did not pass,
 * apart; each closed ballot that passed nothing, to acknowledge.
 */
@Component
class PendingCommand implements CommandHandler {

  private final ResultRows rows;
  private final DecisionRows decisions;
  private final DecisionSubjects subjects;
  private final BallotMinutes minutes;

  PendingCommand(
      ResultRows rows, DecisionRows decisions, DecisionSubjects subjects, BallotMinutes minutes) {
    this.rows = rows;
    this.decisions = decisions;
    this.subjects = subjects;
    this.minutes = minutes;
  }

  @Override
  public CommandSpec spec() {
    return CommandSpec.forRoles("pending", "command.pending", Role.DIRECTOR);
  }

  @Override
  public void handle(Turn turn, String args) {
    if (Director.of(turn).isEmpty()) {
      return;
    }
    List<ResultRows.Result> results = rows.results();
    List<ResultRows.Result> waiting =
        results.stream().filter(r -> r.passed() && !decisions.decided(r.nominationId())).toList();
    List<Long> nothingPassed =
        results.stream()
            .map(ResultRows.Result::ballotId)
            .distinct()
            .filter(b -> results.stream().noneMatch(r -> r.ballotId() == b && r.passed()))
            .filter(b -> !rows.acknowledged(b))
            .toList();
    if (waiting.isEmpty() && nothingPassed.isEmpty()) {
      turn.reply("decision.pending.none");
      return;
    }
    turn.reply("decision.pending.header", waiting.size());
    waiting.forEach(r -> card(turn, r));
    failed(turn, results, waiting);
    nothingPassed.forEach(b -> acknowledgement(turn, b));
  }

  private void card(Turn turn, ResultRows.Result r) {
    Optional<Subject> s = subjects.byId(r.nominationId());
    if (s.isEmpty()) {
      return;
    }
    String text =
        turn.text("decision.pending.card", s.get().code(), s.get().name(), s.get().division())
            + "\n"
            + count(turn, r);
    Markup buttons =
        new Markup.Inline(
            List.of(
                List.of(
                    button(turn, "decision.button.approve", "app", r.nominationId()),
                    button(turn, "decision.button.reject", "rej", r.nominationId())),
                List.of(button(turn, "decision.button.view", "view", r.nominationId()))));
    turn.reply(new Message.Text(text, buttons));
  }

  /** The failed nominations of the ballots still awaiting the director, listed apart. */
  private void failed(Turn turn, List<ResultRows.Result> all, List<ResultRows.Result> open) {
    List<String> lines =
        all.stream()
            .filter(r -> !r.passed())
            .filter(r -> open.stream().anyMatch(w -> w.ballotId() == r.ballotId()))
            .map(r -> line(turn, r))
            .toList();
    if (!lines.isEmpty()) {
      turn.reply("decision.pending.failed", String.join("\n", lines));
    }
  }

  private String line(Turn turn, ResultRows.Result r) {
    String name = subjects.byId(r.nominationId()).map(Subject::name).orElse("?");
    return "• " + r.code() + ": " + name + " — " + count(turn, r);
  }

  private void acknowledgement(Turn turn, long ballotId) {
    String lines =
        String.join(
            "\n",
            rows.results().stream()
                .filter(r -> r.ballotId() == ballotId)
                .map(r -> line(turn, r))
                .toList());
    Markup ack = Markup.Inline.of(button(turn, "decision.button.acknowledge", "ack", ballotId));
    turn.reply(
        new Message.Text(turn.text("decision.pending.nothing-passed", ballotId, lines), ack));
  }

  private String count(Turn turn, ResultRows.Result r) {
    return minutes.facts(r.ballotId()).stream()
        .flatMap(f -> f.lines().stream())
        .filter(l -> l.code().equals(r.code()))
        .findFirst()
        .map(l -> counted(turn, r.ballotId(), l))
        .orElse("");
  }

  private static String counted(Turn turn, long ballotId, BallotFacts.Line l) {
    return turn.text(
        "decision.pending.count",
        ballotId,
        l.agree(),
        l.disagree(),
        l.abstain(),
        l.cast(),
        l.base(),
        l.shareOfBase(),
        l.shareOfCast());
  }

  private static Button button(Turn turn, String key, String action, long id) {
    return new Button(turn.text(key), CallbackData.of(PendingButtons.KIND, action, id).encode());
  }
}
