package vn.exemplarbot.cycle;

import java.util.Optional;
import vn.exemplarbot.conversation.Input;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;

/**
 * The overview of a cycle is for the council secretary and the director: they already receive the
 * minutes, so they may see the council's results once a ballot is closed. Checked at every command
 * and every press against the roster in force, whatever the button data says.
 */
final class Access {

  private Access() {}

  static Optional<Person> of(Turn turn) {
    Optional<Person> person =
        turn.person().filter(p -> p.has(Role.COUNCIL_SECRETARY) || p.has(Role.DIRECTOR));
    if (person.isEmpty()) {
      if (turn.input() instanceof Input.Press) {
        turn.alert("cycle.only");
      } else {
        turn.reply("cycle.only");
      }
    }
    return person;
  }
}
