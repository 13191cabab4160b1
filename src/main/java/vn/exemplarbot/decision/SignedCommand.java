package vn.exemplarbot.decision;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;

/**
 * {@code /signed N-3} (office clerk, director): asks for the signed scan of the decision that
 * recognises N-3 ({@link SignedFlow} takes the file), then {@code Xác nhận} keeps it ({@link
 * Signing}). The file waits in the person's flow state; the sender's role is checked again on the
 * press.
 */
@Component
class SignedCommand implements CommandHandler, ButtonHandler {

  static final String KIND = "dsig";
  private static final Logger log = LoggerFactory.getLogger(SignedCommand.class);

  private final DecisionSubjects subjects;
  private final DecisionRows rows;
  private final Signing signing;
  private final Flows flows;
  private final Issuing issuing;

  SignedCommand(
      DecisionSubjects subjects, DecisionRows rows, Signing signing, Flows flows, Issuing issuing) {
    this.subjects = subjects;
    this.rows = rows;
    this.signing = signing;
    this.flows = flows;
    this.issuing = issuing;
  }

  @Override
  public CommandSpec spec() {
    return CommandSpec.forRoles("signed", "command.signed", Role.OFFICE_CLERK, Role.DIRECTOR);
  }

  @Override
  public String kind() {
    return KIND;
  }

  /** Whether this person may attach a signed scan now, whatever the button data says. */
  static Optional<Person> signer(Turn turn) {
    return turn.person().filter(p -> p.has(Role.OFFICE_CLERK) || p.has(Role.DIRECTOR));
  }

  @Override
  public void handle(Turn turn, String args) {
    String code = args == null ? "" : args.strip();
    if (signer(turn).isEmpty()) {
      turn.reply("correction.signed.not-allowed");
      return;
    }
    if (code.isEmpty() || code.contains(" ")) {
      turn.reply("correction.signed.usage");
      return;
    }
    Optional<DecisionRows.Decision> d = subjects.byCode(code).flatMap(s -> rows.decisionOf(s.id()));
    if (d.isEmpty()) {
      turn.reply("decision.number.no-decision", code);
      return;
    }
    String person = turn.person().orElseThrow().id();
    flows.begin(person, SignedFlow.FLOW, new SignedFlow.Scan(d.get().id(), null, null, null));
    turn.reply("correction.signed.ask", label(turn, d.get()), String.join(", ", codes(d.get())));
  }

  String label(Turn turn, DecisionRows.Decision d) {
    return d.draft() ? turn.text("correction.signed.draft-number", d.id()) : d.number();
  }

  List<String> codes(DecisionRows.Decision d) {
    return issuing.codes(d.id());
  }

  @Override
  public void onPress(Turn turn, CallbackData data) {
    Optional<Person> signer = signer(turn);
    String step = data.args().isEmpty() ? "" : data.arg(0);
    if (signer.isEmpty()) {
      turn.alert("correction.signed.not-allowed");
      return;
    }
    String person = signer.get().id();
    Optional<SignedFlow.Scan> scan =
        flows.state(person, SignedFlow.FLOW, SignedFlow.Scan.class).filter(s -> s.fileId() != null);
    if (step.equals("no")) {
      flows.end(person, SignedFlow.FLOW);
      turn.show(turn.text("correction.signed.kept"), Markup.NONE);
    } else if (step.equals("ok") && scan.isPresent()) {
      attach(turn, person, scan.get());
    } else {
      turn.alert("decision.stale");
    }
  }

  private void attach(Turn turn, String person, SignedFlow.Scan scan) {
    DecisionRows.Decision d = rows.decision(scan.decisionId()).orElseThrow();
    try {
      signing.attach(person, scan, codes(d));
    } catch (IOException e) {
      log.warn("Could not download the signed scan of decision {}: {}", d.id(), e.getMessage());
      turn.show(turn.text("correction.signed.download-failed"), Markup.NONE);
      return;
    }
    flows.end(person, SignedFlow.FLOW);
    turn.show(turn.text("correction.signed.done", label(turn, d)), Markup.NONE);
  }
}
