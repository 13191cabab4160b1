package vn.exemplarbot.ballot;

import java.util.Optional;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Button;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;

/** The checks and buttons the secretary's ballot commands share. */
final class Secretary {

  private Secretary() {}

  /** The sender, if they are a council secretary now (whatever the button data says). */
  static Optional<Person> of(Turn turn) {
    Optional<Person> person = turn.person().filter(p -> p.has(Role.COUNCIL_SECRETARY));
    if (person.isEmpty()) {
      turn.alert("ballot.secretary-only");
    }
    return person;
  }

  /** {@code Xác nhận} / {@code Hủy} for an action on one ballot. */
  static Markup confirm(Turn turn, String kind, long ballotId) {
    return Markup.Inline.row(
        new Button(
            turn.text("ballot.button.confirm"), CallbackData.of(kind, "ok", ballotId).encode()),
        new Button(
            turn.text("ballot.button.cancel"), CallbackData.of(kind, "no", ballotId).encode()));
  }

  /** The ballot id of a {@code Xác nhận} press, or empty for {@code Hủy} or a malformed press. */
  static Optional<Long> confirmed(Turn turn, CallbackData data) {
    if (!data.args().isEmpty() && data.arg(0).equals("no")) {
      turn.show(turn.text("ballot.kept"), Markup.NONE);
      return Optional.empty();
    }
    Optional<Long> id = data.args().size() == 2 ? data.longArg(1) : Optional.empty();
    if (id.isEmpty() || !data.arg(0).equals("ok")) {
      turn.alert("ballot.stale");
      return Optional.empty();
    }
    return id;
  }
}
