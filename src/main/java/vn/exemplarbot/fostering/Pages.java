package vn.exemplarbot.fostering;

import java.util.ArrayList;
import java.util.List;
import vn.exemplarbot.messaging.Button;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.messaging.Message;

/**
 * Fills messages with the list: each under Telegram's 4096 characters and with a few factors (and
 * their buttons) at most, a division's heading repeated when its factors run on into the next.
 */
final class Pages {

  static final int MAX_CHARS = 3900;
  static final int MAX_FACTORS = 8;

  private final List<Message.Text> done = new ArrayList<>();
  private StringBuilder text = new StringBuilder();
  private List<List<Button>> buttons = new ArrayList<>();
  private int factors;
  private String heading;
  private String continued;

  /** A new division starts; {@code continued} heads its next message if it runs on. */
  void division(String heading, String continued) {
    this.heading = heading;
    this.continued = continued;
  }

  /** One factor's entry, with its button (or none, for those who may not annotate it). */
  void factor(String entry, Button button) {
    String block = heading == null ? entry : heading + "\n" + entry;
    if (factors > 0 && (factors >= MAX_FACTORS || text.length() + block.length() + 2 > MAX_CHARS)) {
      flush();
      block = heading == null ? continued + "\n" + entry : block;
    }
    heading = null;
    append(block);
    factors++;
    if (button != null) {
      buttons.add(List.of(button));
    }
  }

  List<Message.Text> messages() {
    if (!text.isEmpty()) {
      flush();
    }
    return List.copyOf(done);
  }

  private void append(String block) {
    if (!text.isEmpty()) {
      text.append("\n\n");
    }
    text.append(block);
  }

  private void flush() {
    Markup markup = buttons.isEmpty() ? Markup.NONE : new Markup.Inline(buttons);
    done.add(new Message.Text(text.toString(), markup));
    text = new StringBuilder();
    buttons = new ArrayList<>();
    factors = 0;
  }
}
