package vn.exemplarbot.conversation;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.messaging.Texts;
import vn.exemplarbot.roster.Accounts;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Registration;

/**
 * Opens a turn: finds the sender on the roster and, when the roster knows them but they never
 * started the bot in this chat, registers the chat (so held messages go out and replies reach
 * them).
 */
@Component
class TurnFactory {

  private final Accounts accounts;
  private final Outbox outbox;
  private final Texts texts;
  private final Clock clock;

  TurnFactory(Accounts accounts, Outbox outbox, Texts texts, Clock clock) {
    this.accounts = accounts;
    this.outbox = outbox;
    this.texts = texts;
    this.clock = clock;
  }

  Turn open(Incoming incoming) {
    Sender sender = incoming.sender();
    Optional<Person> person = accounts.identify(sender.userId());
    person.ifPresent(p -> ensureRegistered(p, sender));
    String language = person.map(p -> accounts.language(p.id())).orElse("vi");
    return new Turn(incoming, person.orElse(null), language, outbox, texts);
  }

  private void ensureRegistered(Person person, Sender sender) {
    boolean registeredHere =
        accounts.registeredChat(person.id()).filter(c -> c == sender.chatId()).isPresent();
    if (!registeredHere
        && accounts.start(sender.userId(), sender.username(), sender.chatId(), clock.instant())
            instanceof Registration.Registered) {
      outbox.release(person.id(), sender.chatId());
    }
  }
}
