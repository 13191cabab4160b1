package vn.exemplarbot.plan;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.Flows;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.roster.Division;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;

/**
 * {@code /plan}: starts filing a plan. One division to file for: asks for the plan at once; several
 * (the office clerk, or a clerk who also heads a division): a button per division first.
 */
@Component
class PlanCommand implements CommandHandler {

  private final PlanFilers filers;
  private final PlanPrompts prompts;
  private final Flows flows;

  PlanCommand(PlanFilers filers, PlanPrompts prompts, Flows flows) {
    this.filers = filers;
    this.prompts = prompts;
    this.flows = flows;
  }

  @Override
  public CommandSpec spec() {
    return CommandSpec.forRoles("plan", "command.plan", Role.DIVISION_HEAD, Role.OFFICE_CLERK);
  }

  @Override
  public void handle(Turn turn, String args) {
    Person person = turn.person().orElseThrow();
    List<String> codes = filers.divisionsFor(person).stream().map(Division::code).toList();
    if (codes.isEmpty()) {
      turn.reply(
          filers.headsDivisionOwingNone(person) ? "plan.owes-none" : "plan.nothing",
          filers.name(person.divisionCode()));
    } else if (codes.size() == 1) {
      flows.begin(person.id(), PlanFlow.FLOW, PlanDraft.forDivision(codes.get(0)));
      turn.reply(new Message.Text(prompts.ask(turn, codes.get(0))));
    } else {
      flows.begin(person.id(), PlanFlow.FLOW, PlanDraft.choosing(codes));
      turn.reply(new Message.Text(turn.text("plan.choose"), prompts.choices(turn, codes)));
    }
  }
}
