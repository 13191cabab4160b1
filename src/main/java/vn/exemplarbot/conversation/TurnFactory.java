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
    Optional<Accounts.Member> member = accounts.member(sender.userId());
    member.filter(m -> !m.registeredIn(sender.chatId())).ifPresent(m -> register(m, sender));
    String language = member.map(Accounts.Member::language).orElse("vi");
    Person person = member.map(Accounts.Member::person).orElse(null);
    return new Turn(incoming, person, language, outbox, texts);
  }

  private void register(Accounts.Member member, Sender sender) {
    if (accounts.start(sender.userId(), sender.username(), sender.chatId(), clock.instant())
        instanceof Registration.Registered) {
      outbox.release(member.person().id(), sender.chatId());
    }
  }
}
