package vn.exemplarbot.telegram.internal;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.ButtonHandler;
import vn.exemplarbot.storage.ColumnSeal;

/**
 * Presses of buttons whose data carries a secret ({@link ButtonHandler#carriesSecret()}: a ballot
 * choice). Their payload is sealed in the inbox on PostgreSQL ({@link ColumnSeal}), where clearing
 * it once handled leaves the old row version and the write-ahead log behind.
 */
@Component
public class SecretPresses {

  private final ObjectProvider<ButtonHandler> buttons;
  private final ColumnSeal seal;
  private volatile List<String> kinds;
  private volatile Pattern press;

  public SecretPresses(ObjectProvider<ButtonHandler> buttons, ColumnSeal seal) {
    this.buttons = buttons;
    this.seal = seal;
  }

  /** The kinds of button whose data carries a secret. */
  public List<String> kinds() {
    if (kinds == null) {
      kinds =
          buttons
              .orderedStream()
              .filter(ButtonHandler::carriesSecret)
              .map(ButtonHandler::kind)
              .toList();
    }
    return kinds;
  }

  /** The payload to store: sealed when it is such a press (and sealing is on). */
  String stored(long updateId, String json) {
    return pressData().matcher(json).find() ? seal.seal(place(updateId), json) : json;
  }

  /** Button data of any secret kind, compiled once (it is tried on every update stored). */
  private Pattern pressData() {
    if (press == null) {
      String alternatives =
          kinds().stream().map(k -> Pattern.quote(k + ":")).collect(Collectors.joining("|"));
      press =
          Pattern.compile(
              kinds().isEmpty() ? "(?!)" : "\"data\"\\s*:\\s*\"(?:" + alternatives + ")");
    }
    return press;
  }

  String read(long updateId, String stored) {
    return seal.open(place(updateId), stored);
  }

  private static String place(long updateId) {
    return "inbox " + updateId;
  }
}
