package vn.exemplarbot.decision;

import java.util.Optional;
import vn.exemplarbot.conversation.CallbackData;
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

  /** Where a press on {@link #confirm} leads. */
  enum Step {
    /** {@code Hủy}: nothing is decided. */
    KEEP,
    /** An old or foreign press, or nothing pending any more. */
    STALE,
    /** The first {@code Xác nhận} after {@code recognition-due}: ask a second time. */
    ASK_LATE,
    /** Decide now. */
    DECIDE
  }

  static Step step(CallbackData data, boolean pending, boolean late) {
    String step = data.args().isEmpty() ? "" : data.arg(0);
    if (step.equals("no")) {
      return Step.KEEP;
    }
    if (!pending || !(step.equals("ok") || step.equals("late"))) {
      return Step.STALE;
    }
    return step.equals("ok") && late ? Step.ASK_LATE : Step.DECIDE;
  }

  /** {@code Xác nhận} / {@code Hủy}; the first argument says which step is confirmed. */
  static Markup confirm(Turn turn, String kind, String step) {
    return Markup.Inline.row(
        new Button(turn.text("decision.button.confirm"), CallbackData.of(kind, step).encode()),
        new Button(turn.text("decision.button.cancel"), CallbackData.of(kind, "no").encode()));
  }
}
