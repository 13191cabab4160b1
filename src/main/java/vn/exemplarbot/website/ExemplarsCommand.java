package vn.exemplarbot.website;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.decision.Recognitions;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.roster.Directory;

/**
 * {@code /exemplars [year]}, for anyone registered: the year's public exemplars (the current cycle
 * by default) by division, read as the website export reads them, so chat and web agree.
 */
@Component
class ExemplarsCommand implements CommandHandler {

  private final Recognitions recognitions;
  private final Directory directory;
  private final ExemplarList list;

  ExemplarsCommand(Recognitions recognitions, Directory directory, ExemplarList list) {
    this.recognitions = recognitions;
    this.directory = directory;
    this.list = list;
  }

  @Override
  public CommandSpec spec() {
    return new CommandSpec("exemplars", "command.exemplars", Set.of(), false);
  }

  @Override
  public void handle(Turn turn, String args) {
    Snapshot snapshot = Snapshot.read(recognitions, directory);
    String typed = args == null ? "" : args.strip();
    if (!typed.isEmpty() && !typed.matches("\\d{4}")) {
      turn.reply("exemplars.bad-year", typed, String.valueOf(snapshot.currentYear()));
      return;
    }
    int year = typed.isEmpty() ? snapshot.currentYear() : Integer.parseInt(typed);
    if (snapshot.ofYear(year).isEmpty()) {
      none(turn, snapshot, year);
      return;
    }
    for (String text : list.messages(turn, snapshot, year)) {
      turn.reply(new Message.Text(text));
    }
  }

  private static void none(Turn turn, Snapshot snapshot, int year) {
    List<Integer> others =
        snapshot.years().stream().filter(y -> !snapshot.ofYear(y).isEmpty()).toList();
    if (others.isEmpty()) {
      turn.reply("exemplars.none", String.valueOf(year));
    } else {
      String years = others.stream().map(String::valueOf).collect(Collectors.joining(", "));
      turn.reply("exemplars.none-other", String.valueOf(year), years);
    }
  }
}
