package vn.exemplarbot.plan;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Button;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.plan.internal.PlanRows;
import vn.exemplarbot.roster.Directory;

/** What the {@code /plan} flow says at each step, and its buttons ({@code plan:<action>[:<n>]}). */
@Component
class PlanPrompts {

  static final String KIND = "plan";

  private final Directory directory;
  private final PlanRows rows;
  private final PlanFilers filers;
  private final Clock clock;

  PlanPrompts(Directory directory, PlanRows rows, PlanFilers filers, Clock clock) {
    this.directory = directory;
    this.rows = rows;
    this.filers = filers;
    this.clock = clock;
  }

  /**
   * Asks for the plan of a division: a file or a text; says if it will be a new version or late.
   */
  String ask(Turn turn, String code) {
    int year = year();
    StringBuilder text =
        new StringBuilder(turn.text("plan.ask", filers.name(code), "" + year, PlanFlow.MAX_CHARS));
    int next = rows.nextVersion(year, code);
    if (next > 1) {
      text.append("\n\n").append(turn.text("plan.ask.new-version", next - 1, next));
    }
    if (PlanDates.late(clock.instant(), due())) {
      text.append("\n\n").append(turn.text("plan.ask.late", byWhen(turn)));
    }
    return text.toString();
  }

  Markup choices(Turn turn, List<String> codes) {
    List<List<Button>> rowsOfButtons = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      rowsOfButtons.add(List.of(new Button(filers.name(codes.get(i)), data("pick", i))));
    }
    return new Markup.Inline(rowsOfButtons);
  }

  String confirm(Turn turn, PlanDraft draft) {
    String what =
        draft.fileId() != null
            ? turn.text("plan.confirm.file", draft.fileName())
            : turn.text("plan.confirm.text", draft.body().length());
    return turn.text("plan.confirm", filers.name(draft.division()), "" + year(), what);
  }

  Markup confirmButtons(Turn turn) {
    return Markup.Inline.row(
        new Button(turn.text("plan.button.confirm"), data("ok")),
        new Button(turn.text("plan.button.cancel"), data("no")));
  }

  String byWhen(Turn turn) {
    LocalDateTime due = due();
    return PlanDates.midnight(due)
        ? turn.text("deadline.by-day", PlanDates.day(due))
        : turn.text("deadline.by-time", PlanDates.time(due), PlanDates.day(due));
  }

  int year() {
    return directory.settings().cycle().year();
  }

  LocalDateTime due() {
    return directory.settings().cycle().divisionPlansDue();
  }

  private static String data(String action, Object... args) {
    Object[] all = new Object[args.length + 1];
    all[0] = action;
    System.arraycopy(args, 0, all, 1, args.length);
    return CallbackData.of(KIND, all).encode();
  }
}
