package vn.exemplarbot.decision;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.FlowHandler;
import vn.exemplarbot.conversation.Flows;
import vn.exemplarbot.conversation.Input;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.decision.internal.DecisionRows;
import vn.exemplarbot.documents.DocumentDates;
import vn.exemplarbot.messaging.Button;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.roster.Role;

/**
 * The number and date a clerk types after {@code Nhập số}: the number, then the date (or both on
 * one line, {@code 15/QĐ-SNgV 05/01/2027}), each checked as typed, the number also unused in the
 * date's year; then {@code Xác nhận} ({@link NumberButtons}). {@code /cancel} leaves.
 */
@Component
class NumberFlow implements FlowHandler {

  static final String FLOW = "decision-number";

  private final Flows flows;
  private final NumberCommand number;
  private final NumberEntry entry;
  private final DecisionRows rows;

  NumberFlow(Flows flows, NumberCommand number, NumberEntry entry, DecisionRows rows) {
    this.flows = flows;
    this.number = number;
    this.entry = entry;
    this.rows = rows;
  }

  /** What the clerk entered so far; the date as {@code yyyy-mm-dd}. */
  record Typing(long decisionId, String number, String date) {}

  @Override
  public String flow() {
    return FLOW;
  }

  @Override
  public void onInput(Turn turn, Input input) {
    String clerk = turn.person().orElseThrow().id();
    Optional<Typing> typing = flows.state(clerk, FLOW, Typing.class);
    if (typing.isEmpty() || !turn.person().get().has(Role.OFFICE_CLERK)) {
      flows.end(clerk, FLOW);
      turn.reply("decision.clerk-only");
    } else if (!(input instanceof Input.Text typed) || typed.text().isBlank()) {
      turn.reply("correction.number.text");
    } else {
      take(turn, typing.get(), typed.text().strip().split("\\s+"));
    }
  }

  private void take(Turn turn, Typing t, String[] words) {
    if (words.length == 2) {
      full(turn, t.decisionId(), words[0], words[1]);
    } else if (words.length == 1 && t.number() == null) {
      numberOnly(turn, t, words[0]);
    } else if (words.length == 1) {
      full(turn, t.decisionId(), t.number(), words[0]);
    } else {
      turn.reply("correction.number.text");
    }
  }

  private void numberOnly(Turn turn, Typing t, String typed) {
    Optional<String> n = entry.number(typed);
    if (n.isEmpty()) {
      turn.reply("decision.number.bad-number", typed, entry.shortName());
      return;
    }
    flows.save(turn.person().orElseThrow().id(), FLOW, new Typing(t.decisionId(), n.get(), null));
    turn.reply("correction.number.ask-date", n.get());
  }

  private void full(Turn turn, long decisionId, String numberTyped, String dateTyped) {
    Optional<String> refusal = number.refusal(turn, numberTyped, dateTyped);
    if (refusal.isPresent()) {
      turn.reply(new Message.Text(refusal.get()));
      return;
    }
    String n = entry.number(numberTyped).orElseThrow();
    LocalDate on = entry.date(dateTyped).orElseThrow();
    if (rows.numberUsed(n, on.getYear())) {
      turn.reply("decision.number.used", n, String.valueOf(on.getYear()));
      return;
    }
    flows.save(turn.person().orElseThrow().id(), FLOW, new Typing(decisionId, n, on.toString()));
    String codes = String.join(", ", number.codes(decisionId));
    String text =
        turn.text("correction.number.confirm", n, DocumentDates.inChat(on), codes, decisionId);
    turn.reply(new Message.Text(text, confirm(turn)));
  }

  private static Markup confirm(Turn turn) {
    return Markup.Inline.row(
        new Button(
            turn.text("decision.button.confirm"),
            CallbackData.of(NumberButtons.KIND, "ok").encode()),
        new Button(
            turn.text("decision.button.cancel"),
            CallbackData.of(NumberButtons.KIND, "no").encode()));
  }
}
