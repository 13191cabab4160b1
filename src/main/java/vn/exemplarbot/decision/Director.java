package vn.exemplarbot.decision;

import java.util.Optional;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.Flows;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Button;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;

/** The checks and buttons the director's commands share. */
final class Director {

  private Director() {}

  /** The sender, if they are a director now (whatever the button data says). */
  static Optional<Person> of(Turn turn) {
    Optional<Person> person = turn.person().filter(p -> p.has(Role.DIRECTOR));
    if (person.isEmpty()) {
      turn.alert("decision.director-only");
    }
    return person;
  }

  /**
   * What a director's {@code Xác nhận} waits on: the flow holding the pending step (never the
   * button), its type, and what {@code Hủy} says.
   */
  record Confirmation<T>(String flow, Class<T> type, String keptKey) {

    /**
     * Reads a press on {@link #confirm}. Empty when it was answered here: not a director, {@code
     * Hủy} (the step dropped), or an old, foreign or forged press. Otherwise who confirmed, what,
     * and whether a second confirmation must be asked first ({@code late}: after {@code
     * recognition-due}).
     */
    Optional<Press<T>> pressed(Turn turn, CallbackData data, Flows flows, boolean late) {
      Optional<Person> director = of(turn);
      if (director.isEmpty()) {
        return Optional.empty();
      }
      String person = director.get().id();
      Optional<T> pending = flows.state(person, flow, type);
      String step = data.args().isEmpty() ? "" : data.arg(0);
      if (step.equals("no")) {
        flows.end(person, flow);
        turn.show(turn.text(keptKey), Markup.NONE);
        return Optional.empty();
      }
      if (pending.isEmpty() || !(step.equals("ok") || step.equals("late"))) {
        turn.alert("decision.stale");
        return Optional.empty();
      }
      return Optional.of(new Press<>(person, pending.get(), step.equals("ok") && late));
    }
  }

  /** A confirmed step: the director, what waited, and whether to ask once more (late). */
  record Press<T>(String person, T pending, boolean askAgain) {}

  /** {@code Xác nhận} / {@code Hủy}; the first argument says which step is confirmed. */
  static Markup confirm(Turn turn, String kind, String step) {
    return Markup.Inline.row(
        new Button(turn.text("decision.button.confirm"), CallbackData.of(kind, step).encode()),
        new Button(turn.text("decision.button.cancel"), CallbackData.of(kind, "no").encode()));
  }
}
