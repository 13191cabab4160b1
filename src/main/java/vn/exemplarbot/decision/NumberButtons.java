package vn.exemplarbot.decision;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.ButtonHandler;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.Flows;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.decision.internal.DecisionRows;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;

/**
 * {@code Nhập số} on the clerk's notice of a new decision starts {@link NumberFlow} (number, then
 * date, or both on one line); its {@code Xác nhận} registers them as {@code /number} does. The
 * number and date wait in the clerk's flow state; the sender must be an office clerk now.
 */
@Component
class NumberButtons implements ButtonHandler {

  static final String KIND = "dnum";

  private final DecisionRows rows;
  private final Flows flows;
  private final NumberCommand number;
  private final NumberEntry entry;

  NumberButtons(DecisionRows rows, Flows flows, NumberCommand number, NumberEntry entry) {
    this.rows = rows;
    this.flows = flows;
    this.number = number;
    this.entry = entry;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public void onPress(Turn turn, CallbackData data) {
    Optional<Person> clerk = turn.person().filter(p -> p.has(Role.OFFICE_CLERK));
    String step = data.args().isEmpty() ? "" : data.arg(0);
    if (clerk.isEmpty()) {
      turn.alert("decision.clerk-only");
    } else if (step.equals("go") && data.args().size() == 2) {
      data.longArg(1)
          .flatMap(rows::decision)
          .ifPresentOrElse(d -> begin(turn, d), () -> stale(turn));
    } else if (step.equals("no")) {
      flows.end(clerk.get().id(), NumberFlow.FLOW);
      turn.show(turn.text("correction.number.kept"), Markup.NONE);
    } else if (step.equals("ok")) {
      confirmed(turn, clerk.get().id());
    } else {
      stale(turn);
    }
  }

  private void begin(Turn turn, DecisionRows.Decision d) {
    if (!d.draft()) {
      turn.alert("decision.number.already", String.join(", ", number.codes(d.id())), d.number());
      return;
    }
    String clerk = turn.person().orElseThrow().id();
    flows.begin(clerk, NumberFlow.FLOW, new NumberFlow.Typing(d.id(), null, null));
    String codes = String.join(", ", number.codes(d.id()));
    turn.reply("correction.number.ask", d.id(), codes, entry.shortName());
  }

  private void confirmed(Turn turn, String clerk) {
    Optional<NumberFlow.Typing> typed =
        flows.state(clerk, NumberFlow.FLOW, NumberFlow.Typing.class).filter(t -> t.date() != null);
    Optional<DecisionRows.Decision> d = typed.flatMap(t -> rows.decision(t.decisionId()));
    if (d.isEmpty()) {
      stale(turn);
      return;
    }
    flows.end(clerk, NumberFlow.FLOW);
    number.register(turn, d.get(), typed.get().number(), LocalDate.parse(typed.get().date()));
  }

  private static void stale(Turn turn) {
    turn.alert("correction.number.stale");
  }
}
