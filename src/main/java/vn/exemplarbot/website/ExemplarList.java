package vn.exemplarbot.website;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.decision.Recognition;
import vn.exemplarbot.messaging.Texts;

/**
 * The chat listing of a year: by division, each exemplar with position, movement and the start of
 * the achievements, cut into messages under Telegram's 4096 characters, a division's heading
 * repeated when it runs on into the next message.
 */
@Component
class ExemplarList {

  static final int MAX_CHARS = 3900;
  static final int EXCERPT = 300;

  private final Texts texts;

  ExemplarList(Texts texts) {
    this.texts = texts;
  }

  List<String> messages(Turn turn, Snapshot snapshot, int year) {
    Map<String, List<Recognition>> groups = snapshot.byDivision(year);
    int count = groups.values().stream().mapToInt(List::size).sum();
    List<String> done = new ArrayList<>();
    StringBuilder text =
        new StringBuilder(
            turn.text("exemplars.header", String.valueOf(year), String.valueOf(count)));
    for (Map.Entry<String, List<Recognition>> group : groups.entrySet()) {
      String heading = "▶ " + group.getKey();
      String continued = turn.text("exemplars.division-continued", group.getKey());
      boolean first = true;
      for (Recognition r : group.getValue()) {
        String block = (first ? "\n\n" + heading + "\n" : "\n\n") + entry(turn, r);
        if (text.length() + block.length() > MAX_CHARS) {
          done.add(text.toString().strip());
          text = new StringBuilder((first ? heading : continued) + "\n");
          block = entry(turn, r);
        }
        text.append(block);
        first = false;
      }
    }
    done.add(text.toString().strip());
    return done;
  }

  private String entry(Turn turn, Recognition r) {
    String title = r.code() + ". " + Display.title(r, texts);
    if (r.position() != null && !r.position().isBlank()) {
      title += ", " + r.position();
    }
    return turn.text(
        "exemplars.item",
        title,
        nullToEmpty(r.movement()),
        excerpt(r.achievements()),
        r.decisionNumber());
  }

  static String excerpt(String achievements) {
    String a = nullToEmpty(achievements).strip().replaceAll("\\s+", " ");
    if (a.length() <= EXCERPT) {
      return a;
    }
    int cut = Character.isLowSurrogate(a.charAt(EXCERPT)) ? EXCERPT - 1 : EXCERPT;
    return a.substring(0, cut).stripTrailing() + "…";
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
