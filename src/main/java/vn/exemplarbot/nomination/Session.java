package vn.exemplarbot.nomination;

import java.util.ArrayList;
import java.util.List;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Button;
import vn.exemplarbot.roster.Person;

/** One turn of {@code /nominate}: who, their draft as stored, and the flow state. */
record Session(Turn turn, Person person, Nomination nomination, Draft draft) {

  static final String KIND = "nom";

  Session with(Draft next) {
    return new Session(turn, person, nomination, next);
  }

  Session with(Nomination reloaded) {
    return new Session(turn, person, reloaded, draft);
  }

  long id() {
    return nomination.id();
  }

  /** A button of the current step: it carries the draft and the step's sequence number. */
  Button button(String labelKey, String action, Object... args) {
    return new Button(turn.text(labelKey), data(action, args));
  }

  Button plain(String label, String action, Object... args) {
    return new Button(label, data(action, args));
  }

  private String data(String action, Object... args) {
    List<Object> all = new ArrayList<>(List.of(nomination.id(), draft.seq(), action));
    all.addAll(List.of(args));
    return CallbackData.of(KIND, all.toArray()).encode();
  }
}
