package vn.exemplarbot.plan;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.ButtonHandler;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.Flows;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.roster.Person;

/**
 * The buttons of {@code /plan}: {@code plan:pick:<n>} (a division from the list this person was
 * shown), {@code plan:ok}, {@code plan:no}. Each press reads the presser's own active flow and
 * checks their role for that division again, so forged data names nothing they may not file.
 */
@Component
class PlanButtons implements ButtonHandler {

  private final Flows flows;
  private final PlanFilers filers;
  private final PlanPrompts prompts;
  private final PlanFiling filing;
  private final Clock clock;

  PlanButtons(Flows flows, PlanFilers filers, PlanPrompts prompts, PlanFiling filing, Clock clock) {
    this.flows = flows;
    this.filers = filers;
    this.prompts = prompts;
    this.filing = filing;
    this.clock = clock;
  }

  @Override
  public String kind() {
    return PlanPrompts.KIND;
  }

  @Override
  public void onPress(Turn turn, CallbackData data) {
    Person person = turn.person().orElseThrow();
    Optional<PlanDraft> draft =
        flows
            .active(person.id())
            .filter(PlanFlow.FLOW::equals)
            .flatMap(f -> flows.state(person.id(), PlanFlow.FLOW, PlanDraft.class));
    String action = data.args().isEmpty() ? "" : data.arg(0);
    if (draft.isEmpty()) {
      turn.alert(filers.divisionsFor(person).isEmpty() ? "plan.not-allowed" : "plan.stale");
    } else if (action.equals("pick")) {
      pick(turn, person, draft.get(), data);
    } else if (draft.get().division() == null || !filers.may(person, draft.get().division())) {
      turn.alert("plan.not-allowed");
    } else if (action.equals("ok") && draft.get().ready()) {
      flows.end(person.id(), PlanFlow.FLOW);
      filing.file(turn, person, draft.get(), clock.instant());
    } else if (action.equals("no")) {
      flows.end(person.id(), PlanFlow.FLOW);
      turn.show(turn.text("plan.cancelled"), Markup.NONE);
    } else {
      turn.alert("plan.stale");
    }
  }

  private void pick(Turn turn, Person person, PlanDraft draft, CallbackData data) {
    Optional<String> code =
        data.longArg(1)
            .filter(i -> i >= 0 && i < draft.choices().size())
            .map(i -> draft.choices().get(i.intValue()))
            .filter(c -> filers.may(person, c));
    if (code.isEmpty()) {
      turn.alert("plan.not-allowed");
      return;
    }
    flows.save(person.id(), PlanFlow.FLOW, draft.withDivision(code.get()));
    turn.show(prompts.ask(turn, code.get()), Markup.NONE);
  }
}
