package vn.exemplarbot.cycle;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.ButtonHandler;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Message;

/**
 * The buttons of {@code /status}: each sends the list behind a number, read anew at the press. The
 * sender must be a council secretary or the director now, whatever the data says; data that names
 * no list or no year is refused as stale.
 */
@Component
class StatusButtons implements ButtonHandler {

  static final String KIND = "cycle";

  private final Snapshots snapshots;
  private final CycleYears years;

  StatusButtons(Snapshots snapshots, CycleYears years) {
    this.snapshots = snapshots;
    this.years = years;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public void onPress(Turn turn, CallbackData data) {
    if (Access.of(turn).isEmpty()) {
      return;
    }
    Optional<Backlog> list = data.args().size() == 2 ? Backlog.of(data.arg(0)) : Optional.empty();
    Optional<Integer> year = data.args().size() == 2 ? years.parse(data.arg(1)) : Optional.empty();
    if (list.isEmpty() || year.isEmpty() || data.arg(1).isBlank()) {
      turn.alert("cycle.stale");
      return;
    }
    Snapshot s = snapshots.of(year.get(), year.get() == years.current());
    List<String> lines = list.get().lines(turn, s);
    if (lines.isEmpty()) {
      turn.toast("cycle.list.empty", "" + s.year());
      turn.reply("cycle.list.empty", "" + s.year());
      return;
    }
    String title = turn.text(list.get().titleKey(), "" + s.year(), lines.size());
    String text = title + "\n" + String.join("\n", lines);
    turn.reply(new Message.Text(cut(text)));
  }

  private static String cut(String text) {
    return text.length() <= StatusText.LIMIT ? text : text.substring(0, StatusText.LIMIT - 1) + "…";
  }
}
