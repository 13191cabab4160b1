package vn.exemplarbot.plan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.plan.internal.PlanRows;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Division;
import vn.exemplarbot.roster.Role;

/**
 * {@code /plans}: every division that owes a plan this cycle, as filed (its latest version: when,
 * by whom; late when its first version came at or after the deadline), missing, or missing and
 * late.
 */
@Component
class PlansCommand implements CommandHandler {

  private final PlanRows rows;
  private final PlanFilers filers;
  private final PlanPrompts prompts;
  private final Directory directory;
  private final Clock clock;

  PlansCommand(
      PlanRows rows, PlanFilers filers, PlanPrompts prompts, Directory directory, Clock clock) {
    this.rows = rows;
    this.filers = filers;
    this.prompts = prompts;
    this.directory = directory;
    this.clock = clock;
  }

  @Override
  public CommandSpec spec() {
    return CommandSpec.forRoles(
        "plans", "command.plans", Role.OFFICE_CLERK, Role.COUNCIL_SECRETARY);
  }

  @Override
  public void handle(Turn turn, String args) {
    int year = prompts.year();
    Map<String, List<DivisionPlan>> filed = new LinkedHashMap<>();
    rows.ofCycle(year)
        .forEach(p -> filed.computeIfAbsent(p.division(), k -> new ArrayList<>()).add(p));
    boolean overdue = PlanDates.late(clock.instant(), prompts.due());
    List<Division> owing = filers.owing();
    StringBuilder lines = new StringBuilder();
    int done = 0;
    for (Division d : owing) {
      List<DivisionPlan> versions = filed.get(d.code());
      lines.append("\n").append(line(turn, d, versions, overdue));
      done += versions == null ? 0 : 1;
    }
    String title = turn.text("plans.title", "" + year, prompts.byWhen(turn), done, owing.size());
    turn.reply(new Message.Text(title + "\n" + lines));
  }

  private String line(Turn turn, Division d, List<DivisionPlan> versions, boolean overdue) {
    if (versions == null) {
      return turn.text(overdue ? "plans.line.overdue" : "plans.line.missing", d.name());
    }
    DivisionPlan latest = versions.get(versions.size() - 1);
    String by =
        directory.roster().person(latest.filedBy()).map(p -> p.name()).orElse(latest.filedBy());
    return turn.text(
        versions.get(0).late() ? "plans.line.late" : "plans.line.filed",
        d.name(),
        PlanDates.moment(latest.filedAt()),
        latest.version(),
        by);
  }
}
